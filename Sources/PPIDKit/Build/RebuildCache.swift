/// What `ppid serve` keeps between rebuilds into the same output, so that a change to one file
/// costs about what that file touches: parsed files, rendered Markdown, rendered pages and the
/// per-OPD pieces of the data files. `ppid build` keeps only the page keys, in a file beside the
/// build stamp, and reuses the files of the site in place that they vouch for.
public final class RebuildCache: Sendable {
    public let parsed = ParseCache()
    public let markdown = MarkdownCache()
    public let pages: RenderCache
    public let fragments = FragmentCache()

    /// - Parameter pages: the page keys of the build that made the output (`ppid build`).
    public init(pages: RenderCache = RenderCache()) {
        self.pages = pages
    }
}
