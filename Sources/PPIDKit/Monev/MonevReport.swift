/// The e-Monev readiness estimate: the Badan Publik's score and each OPD's, with what is missing.
/// Every score is a range: what content cannot show counts 0 for the lower bound, in full for the upper.
public struct MonevReport: Sendable {
    public struct ItemResult: Sendable {
        public var item: MonevCriteria.Item
        public var outcome: MonevCheckOutcome
    }

    public struct GroupResult: Sendable {
        public var nama: String
        public var bobot: Score
        public var items: [ItemResult]
        /// The group's score, unrounded (MONEV.md: group scores are not rounded).
        public var low: Score
        public var high: Score

        /// Items fully met (v = 1).
        public var metCount: Int { items.filter { $0.outcome.value == .one }.count }
    }

    /// A total rounded to one decimal and its band, for both bounds.
    public struct Range: Sendable {
        public var low: Tenths
        public var high: Tenths
        public var bandLow: String
        public var bandHigh: String
    }

    /// An item not (fully) met, with the points it would add and what to do.
    public struct Missing: Sendable {
        public var item: MonevCriteria.Item
        public var group: String
        /// `bobot × nilai × (1 − v) / Σ nilai` of its group, on the scale of the score it belongs to.
        public var gain: Score
        public var value: Score
        public var shortfalls: [MonevShortfall]
    }

    public struct OPDResult: Sendable {
        public var slug: String
        public var nama: String
        /// The PPID Pelaksana's position, for the follow-up sheet's address.
        public var jabatanPelaksana: String?
        public var groups: [GroupResult]
        public var range: Range
        /// 1-based: by `nilai_min` descending, ties by slug.
        public var rank: Int
        /// Most valuable first.
        public var missing: [Missing]
    }

    public var year: Int
    public var referenceDate: CalendarDate
    public var badanPublik: String
    public var criteria: MonevCriteria
    /// Said when the criteria are those of another year.
    public var criteriaNote: String?
    public var groups: [GroupResult]
    public var range: Range
    /// The Badan Publik's items not fully met, most valuable first.
    public var missing: [Missing]
    /// In rank order.
    public var opds: [OPDResult]

    /// The sentence every output carries: what the numbers are, and what they are not.
    public static let estimateNotice = "Ini perkiraan dari bagian kuesioner e-Monev yang dapat diperiksa dari konten situs; visitasi dan jawaban yang diisi dengan tangan tidak dimodelkan. Batas bawah menghitung 0 untuk butir yang tidak dapat diperiksa, batas atas menghitungnya penuh."

    /// "perkiraan 71,5–83,5: Cukup Informatif sampai Menuju Informatif".
    public static func estimate(_ range: Range) -> String {
        let bands = range.bandLow == range.bandHigh ? range.bandLow : "\(range.bandLow) sampai \(range.bandHigh)"
        return "perkiraan \(span(range)): \(bands)"
    }

    /// "71,5–83,5", or one number when both bounds agree.
    public static func span(_ range: Range) -> String {
        range.low == range.high ? range.low.indonesian : "\(range.low.indonesian)–\(range.high.indonesian)"
    }

    public func opd(_ slug: String) -> OPDResult? { opds.first { $0.slug == slug } }
}

/// The forms of `ppid monev`'s report (`--format`).
public enum MonevFormat: String, Sendable, CaseIterable {
    case text, json, html
}
