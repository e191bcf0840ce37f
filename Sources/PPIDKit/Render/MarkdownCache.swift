import Synchronization

/// The Markdown rendered by the previous build, for `ppid serve`: a text that did not change is
/// not rendered again. Valid only for the same base path (links are written with it).
public final class MarkdownCache: Sendable {
    private struct State {
        var basePath = ""
        var rendered: [MarkdownStore.Key: RenderedMarkdown] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    /// What the last build rendered with `basePath`, or nothing when it used another one.
    func previous(basePath: String) -> [MarkdownStore.Key: RenderedMarkdown] {
        state.withLock { $0.basePath == basePath ? $0.rendered : [:] }
    }

    func remember(_ rendered: [MarkdownStore.Key: RenderedMarkdown], basePath: String) {
        state.withLock { $0 = State(basePath: basePath, rendered: rendered) }
    }
}
