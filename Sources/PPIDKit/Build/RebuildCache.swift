/// What `ppid serve` keeps between rebuilds into the same output, so that a change to one file
/// costs about what that file touches: parsed files, rendered Markdown, rendered pages and the
/// per-OPD pieces of the data files. `ppid build` keeps only the page keys and where the pieces
/// lie, in files beside the build stamp, and reuses the files of the site in place they vouch for.
public final class RebuildCache: Sendable {
    public let parsed: ParseCache
    public let markdown = MarkdownCache()
    public let pages: RenderCache
    public let fragments: FragmentCache

    /// - Parameters:
    ///   - pages: the page keys of the build that made the output (`ppid build`).
    ///   - fragments: where that build placed the pieces of the data files (`ppid build`).
    ///   - parsed: the YAML trees that build stored (`ppid build`).
    public init(pages: RenderCache = RenderCache(), fragments: FragmentCache = FragmentCache(), parsed: ParseCache = ParseCache()) {
        self.parsed = parsed
        self.pages = pages
        self.fragments = fragments
    }
}
