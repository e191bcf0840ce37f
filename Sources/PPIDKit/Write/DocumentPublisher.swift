import Foundation

/// Publishes the documents that some item, SOP, page or `ppid.yml` links to, byte for byte.
/// Documents nobody links to stay unpublished.
public struct DocumentPublisher: Sendable {
    /// Content-relative paths of the documents to publish, sorted.
    public let documents: [String]
    public let logoPath: String?

    public init(validation: Validation) {
        self.init(model: validation.model, markdown: validation.markdown)
    }

    /// The documents a build of `model` publishes (also what PPID016 checks).
    public init(model: ContentModel, markdown: MarkdownStore) {
        var linked = Set<String>()
        func add(_ value: String?, base: String, allowed: String, existing: Set<String>) -> String? {
            guard let value, let path = try? DocumentPath.resolve(value, base: base, allowed: allowed).get(),
                  existing.contains(path) else { return nil }
            linked.insert(path)
            return path
        }
        let logo = add(model.badanPublik?.logo, base: "", allowed: "berkas", existing: model.documents)
        _ = add(model.badanPublik?.ppidUtama.sk?.berkas, base: "", allowed: "berkas", existing: model.documents)
        let allDocuments = model.documents.union(model.opds.flatMap(\.documents))
        for opd in model.opds {
            for item in opd.informasi {
                _ = add(item.berkas, base: "opd/\(opd.slug)", allowed: "opd/\(opd.slug)/berkas", existing: opd.documents)
                for path in markdown.ringkasan(item)?.linkedDocuments ?? [] where allDocuments.contains(path) { linked.insert(path) }
            }
            for sop in opd.sops {
                for path in markdown.body(sop)?.linkedDocuments ?? [] where allDocuments.contains(path) { linked.insert(path) }
            }
        }
        for page in model.pages {
            for path in markdown.body(page)?.linkedDocuments ?? [] where allDocuments.contains(path) { linked.insert(path) }
        }
        documents = linked.sorted()
        logoPath = logo
    }

    public func publish(contentPath: String, with writer: some SiteOutput) throws(SiteWriter.WriteError) -> Int {
        let root = URL(fileURLWithPath: contentPath)
        for path in documents {
            try writer.copy(from: root.appendingPathComponent(path), to: path)
        }
        return documents.count
    }
}
