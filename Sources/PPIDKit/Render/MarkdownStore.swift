/// Every Markdown text of the content rendered once, in parallel: the validate stage reads the
/// dropped raw HTML (PPID014) and linked documents from it, the render stage the HTML.
public struct MarkdownStore: Sendable {
    public struct Key: Hashable, Sendable {
        public var folder: String
        public var text: String
    }

    private var rendered: [Key: RenderedMarkdown]

    /// Nothing rendered (validation stopped before Markdown).
    public static let empty = MarkdownStore(rendered: [:])

    /// - Parameters:
    ///   - cache: texts rendered by the previous build are taken from it, not rendered again.
    ///   - onlyRawHTML: render only the texts that may hold raw HTML (they contain "<") or link a
    ///     document (they contain "berkas" or a percent escape): enough for validation alone
    ///     (`ppid check`), whose Markdown rules are PPID014 and PPID016.
    public static func render(_ model: ContentModel, with renderer: MarkdownRenderer, cache: MarkdownCache? = nil,
                              onlyRawHTML: Bool = false) async -> MarkdownStore {
        var keys = Set<Key>()
        func add(_ text: String, _ folder: String) {
            // Links to documents are rendered too: PPID016 checks every document a build publishes.
            if onlyRawHTML && !text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "%") }) && !text.containsBytes("berkas") { return }
            keys.insert(Key(folder: folder, text: text))
        }
        for page in model.pages { add(page.body, "halaman") }
        for item in model.serviceReportItems() { add(item.ringkasan, "opd/\(item.opdSlug)") }
        for narrative in model.serviceNarratives.values where !narrative.isDraft { add(narrative.body, ServiceReportNarrative.markdownFolder) }
        for opd in model.opds {
            let folder = "opd/\(opd.slug)"
            for item in opd.informasi { add(item.ringkasan, folder) }
            // An opened exemption's catatan (its page) is also the ringkasan of the DIP entry it becomes.
            for claim in opd.exemptions { if let opening = claim.dibuka { add(opening.summary, folder) } }
            for sop in opd.sops { add(sop.body, "\(folder)/sop") }
        }
        let previous = cache?.previous(basePath: renderer.basePath) ?? [:]
        let missing = previous.isEmpty ? Array(keys) : keys.filter { previous[$0] == nil }
        let results = await ParallelMap.run(missing) { key in renderer.render(key.text, folder: key.folder) }
        var rendered = Dictionary(uniqueKeysWithValues: zip(missing, results))
        if !previous.isEmpty {
            for key in keys where rendered[key] == nil { rendered[key] = previous[key] }
        }
        cache?.remember(rendered, basePath: renderer.basePath)
        return MarkdownStore(rendered: rendered)
    }

    /// Adds the texts of `other` (the drafts' Markdown, rendered apart).
    public mutating func add(_ other: MarkdownStore) {
        rendered.merge(other.rendered) { mine, _ in mine }
    }

    public func get(_ text: String, folder: String) -> RenderedMarkdown? {
        rendered[Key(folder: folder, text: text)]
    }

    public func html(_ text: String, folder: String) -> String {
        get(text, folder: folder)?.html ?? ""
    }

    public func ringkasan(_ item: InformationItem) -> RenderedMarkdown? { get(item.ringkasan, folder: "opd/\(item.opdSlug)") }
    public func summary(_ opening: ExemptionOpening, of claim: ExemptionClaim) -> RenderedMarkdown? { get(opening.summary, folder: "opd/\(claim.opdSlug)") }
    public func body(_ sop: SOP) -> RenderedMarkdown? { get(sop.body, folder: "opd/\(sop.opdSlug)/sop") }
    public func body(_ narrative: ServiceReportNarrative) -> RenderedMarkdown? { get(narrative.body, folder: ServiceReportNarrative.markdownFolder) }
    public func body(_ page: FreePage) -> RenderedMarkdown? { get(page.body, folder: "halaman") }
}
