/// What `ppid serve` keeps between rebuilds into the same output, so that a change to one file
/// costs about what that file touches: parsed files, rendered Markdown, rendered pages and the
/// per-OPD pieces of the data files. A plain `ppid build` keeps nothing.
public final class RebuildCache: Sendable {
    public let parsed = ParseCache()
    public let markdown = MarkdownCache()
    public let pages = RenderCache()
    public let fragments = FragmentCache()

    public init() {}
}
