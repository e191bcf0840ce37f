/// How many rows a group has, and how many of each status.
public struct StatusTally: Sendable, Hashable {
    public private(set) var total = 0
    /// Counts in `ComplaintStatus.allCases` order.
    public private(set) var counts = [Int](repeating: 0, count: ComplaintStatus.allCases.count)

    public init() {}

    public mutating func add(_ status: ComplaintStatus) {
        total += 1
        counts[status.index] += 1
    }

    public subscript(status: ComplaintStatus) -> Int { counts[status.index] }
}
