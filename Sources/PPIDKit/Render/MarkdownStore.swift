/// Every Markdown text of the content rendered once, in parallel: the validate stage reads the
/// dropped raw HTML (PPID014) and linked documents from it, the render stage the HTML.
public struct MarkdownStore: Sendable {
    public struct Key: Hashable, Sendable {
        public var folder: String
        public var text: String
    }

    private var rendered: [Key: RenderedMarkdown]

    /// - Parameter cache: texts rendered by the previous build are taken from it, not rendered again.
    public static func render(_ model: ContentModel, with renderer: MarkdownRenderer, cache: MarkdownCache? = nil) async -> MarkdownStore {
        var keys = Set<Key>()
        for page in model.pages { keys.insert(Key(folder: "halaman", text: page.body)) }
        for opd in model.opds {
            let folder = "opd/\(opd.slug)"
            for item in opd.informasi { keys.insert(Key(folder: folder, text: item.ringkasan)) }
            for sop in opd.sops { keys.insert(Key(folder: "\(folder)/sop", text: sop.body)) }
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

    public func get(_ text: String, folder: String) -> RenderedMarkdown? {
        rendered[Key(folder: folder, text: text)]
    }

    public func html(_ text: String, folder: String) -> String {
        get(text, folder: folder)?.html ?? ""
    }

    public func ringkasan(_ item: InformationItem) -> RenderedMarkdown? { get(item.ringkasan, folder: "opd/\(item.opdSlug)") }
    public func body(_ sop: SOP) -> RenderedMarkdown? { get(sop.body, folder: "opd/\(sop.opdSlug)/sop") }
    public func body(_ page: FreePage) -> RenderedMarkdown? { get(page.body, folder: "halaman") }
}
