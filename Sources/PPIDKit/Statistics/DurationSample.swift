/// Whole-day durations of a group of rows, for the mean (RTL) and the median.
struct DurationSample: Sendable {
    private(set) var values: [Int] = []
    private(set) var sum = 0

    mutating func add(_ days: Int) {
        values.append(days)
        sum += days
    }

    var isEmpty: Bool { values.isEmpty }

    /// The mean, rounded half away from zero to one decimal; nil when empty.
    var mean: Tenths? { Tenths.ratio(sum, values.count) }

    /// The middle value; for an even count the mean of the two middle values (exact in tenths).
    var median: Tenths? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return Tenths(tenths: sorted[middle] * 10) }
        return Tenths(tenths: (sorted[middle - 1] + sorted[middle]) * 5)
    }
}
