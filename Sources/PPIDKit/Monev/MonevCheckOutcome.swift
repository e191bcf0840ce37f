/// One thing a PPID must create or fix for an item to be met: what, in which file, and the rule
/// that found it (nil when no validation rule stands behind it, e.g. a list not set this year).
public struct MonevShortfall: Sendable, Hashable {
    public var keterangan: String
    /// Path inside the content folder (`opd/dinas-kesehatan/sop/keberatan.md`); nil when no single
    /// file fixes it.
    public var berkas: String?
    /// The line to look at, when the thing exists.
    public var line: Int?
    public var aturan: RuleID?

    public init(_ keterangan: String, berkas: String?, line: Int? = nil, aturan: RuleID? = nil) {
        self.keterangan = keterangan
        self.berkas = berkas
        self.line = line
        self.aturan = aturan
    }
}

/// The value of one check: v in [0, 1], or nil when it cannot be checked (0 low, 1 high).
public struct MonevCheckOutcome: Sendable {
    public var value: Score?
    public var shortfalls: [MonevShortfall]

    public static let notCheckable = MonevCheckOutcome(value: nil, shortfalls: [])
    public static let met = MonevCheckOutcome(value: .one, shortfalls: [])

    public static func unmet(_ shortfalls: [MonevShortfall]) -> MonevCheckOutcome {
        MonevCheckOutcome(value: .zero, shortfalls: shortfalls)
    }

    /// 1 when nothing falls short, else 0.
    public static func allOrNothing(_ shortfalls: [MonevShortfall]) -> MonevCheckOutcome {
        shortfalls.isEmpty ? .met : .unmet(shortfalls)
    }

    /// The share of `total` things met; an empty list meets nothing (v = 0).
    public static func share(met: Int, of total: Int, _ shortfalls: [MonevShortfall]) -> MonevCheckOutcome {
        MonevCheckOutcome(value: Score(met, over: total) ?? .zero, shortfalls: shortfalls)
    }

    public var low: Score { value ?? .zero }
    public var high: Score { value ?? .one }
}
