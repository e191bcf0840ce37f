import Synchronization

/// Counts rendered pages from every worker and reports the count now and then, for the
/// progress line `ppid build` shows on a terminal.
public final class BuildProgress: Sendable {
    private let done = Atomic<Int>(0)
    private let every: Int
    private let report: @Sendable (_ done: Int, _ total: Int) -> Void
    public let total: Int

    /// - Parameter every: report after this many pages (and at the end).
    public init(total: Int, every: Int = 250, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.every = max(1, every)
        self.report = report
    }

    func pageDone() {
        let count = done.add(1, ordering: .relaxed).newValue
        if count % every == 0 || count == total { report(count, total) }
    }
}
