import Foundation
@testable import Mustache
@testable import PPIDKit
import Testing

/// swift-mustache renders a missing variable or partial as empty text, silently. These tests
/// render every page of a rich sample site and fail on any name a template uses that no
/// context ever provides, and on any partial that does not exist.
@Suite struct TemplateNameTests {
    @Test func everyTemplateNameResolvesSomewhere() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let (site, templates) = try await RichSite.context(for: fixture)
        let recorder = NameRecorder()
        let renderer = PageRenderer(site: site, templates: templates)
        for spec in SitePlan.pages(for: site.model) {
            let page = renderer.page(spec)
            _ = templates.library.render(recorder.wrap(page.context), withTemplate: page.template)
            // The layout's shared pieces, with what they are rendered with once per build.
            for piece in LayoutPieces.pieceContexts(of: page.context) {
                _ = templates.library.render(recorder.wrap(piece.context), withTemplate: piece.template)
            }
        }
        var used: [String: Set<String>] = [:]
        var partials: Set<String> = []
        for name in TemplateSet.required + RichSite.otherTemplates(in: templates) {
            guard let template = templates.library.getTemplate(named: name) else { continue }
            TemplateWalker.collect(template.tokens, template: name, names: &used, partials: &partials)
        }
        let unresolved = used.filter { !recorder.found.contains($0.key) }
            .map { "\($0.key) (\($0.value.sorted().joined(separator: ", ")))" }.sorted()
        #expect(unresolved.isEmpty, "Nama templat yang tidak pernah terisi: \(unresolved)")
        let missingPartials = partials.filter { templates.library.getTemplate(named: $0) == nil }
        #expect(missingPartials.isEmpty, "Partial yang tidak ada: \(missingPartials.sorted())")
    }

    @Test func requiredTemplatesExist() async throws {
        let templates = try await TemplateSet.load(from: RichSite.templatesPath)
        for name in TemplateSet.required {
            #expect(templates.library.getTemplate(named: name) != nil, "templat \(name) tidak ada")
        }
    }
}

/// Walks parsed templates and lists each variable/section name with the templates using it.
enum TemplateWalker {
    static func collect(_ tokens: [MustacheTemplate.Token], template: String,
                        names: inout [String: Set<String>], partials: inout Set<String>) {
        func add(_ name: String) {
            for part in name.split(separator: ".") where !part.isEmpty {
                names[String(part), default: []].insert(template)
            }
        }
        for token in tokens {
            switch token {
            case .variable(let name, _), .unescapedVariable(let name, _):
                add(name)
            case .section(let name, _, let inner), .invertedSection(let name, _, let inner):
                add(name)
                collect(inner.tokens, template: template, names: &names, partials: &partials)
            case .blockDefinition(_, let inner), .blockExpansion(_, let inner, _):
                collect(inner.tokens, template: template, names: &names, partials: &partials)
            case .partial(let name, _, let overrides):
                partials.insert(name)
                for (_, inner) in overrides ?? [:] {
                    collect(inner.tokens, template: template, names: &names, partials: &partials)
                }
            default:
                break
            }
        }
    }
}

/// Wraps dictionaries so every successful lookup is recorded.
final class NameRecorder: @unchecked Sendable {
    private(set) var found: Set<String> = []

    final class Node: MustacheParent {
        let values: [String: Any]
        let recorder: NameRecorder
        init(_ values: [String: Any], _ recorder: NameRecorder) {
            self.values = values
            self.recorder = recorder
        }
        func child(named name: String) -> Any? {
            guard let value = values[name] else { return nil }
            recorder.found.insert(name)
            return value
        }
    }

    func wrap(_ value: Any) -> Any {
        if let dictionary = value as? [String: Any] {
            return Node(dictionary.mapValues(wrap), self)
        }
        if let array = value as? [[String: Any]] {
            return array.map(wrap)
        }
        return value
    }
}
