/// Every figure of one period (STATISTICS.md), as published in `data/pengaduan.json` and on the pages.
public struct ComplaintPeriodFigures: Sendable {
    public enum Source: String, Sendable {
        /// Computed from rows (`pengaduan/*.csv`).
        case rincian
        /// Declared totals (`ringkasan.yml`).
        case ringkasan
    }

    /// One OPD's share of a period; `opd` nil for rows not yet dispositioned.
    public struct OPDFigures: Sendable {
        public var opd: String?
        public var nama: String?
        public var total: Int
        public var status: [Int]
        public var rtlHari: Tenths?
        public var medianSelesaiHari: Tenths?
        public var melewatiBatas: Int
    }

    /// A channel or topic and its number of rows.
    public struct NamedCount: Sendable, Hashable {
        public var name: String
        public var total: Int
    }

    public struct MonthFigures: Sendable {
        public var year: Int
        public var month: Int
        public var total: Int
        public var status: [Int]

        /// "2025-03".
        public var key: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
    }

    public var label: String
    public var dari: CalendarDate
    public var sampai: CalendarDate
    public var source: Source
    /// The declared `sumber` of a ringkasan period; nil for rows.
    public var sumberKeterangan: String?
    public var total: Int
    /// Count of each status in `ComplaintStatus.allCases` order; nil when a ringkasan does not give it.
    public var status: [Int?]
    public var tidakTerklasifikasi: Int
    public var tingkatPenyelesaian: Tenths?
    public var persenTindakLanjut: Tenths?
    public var rtlHari: Tenths?
    public var medianTindakLanjutHari: Tenths?
    public var medianSelesaiHari: Tenths?
    public var melewatiBatas: Int?
    /// The day on which the age of open complaints was measured: the reference date or the
    /// period's last day, whichever is earlier (row periods only).
    public var overdueAsOf: CalendarDate?
    /// Rows with an impossible date (PPID402), left out of the durations.
    public var rowsWithoutDurations: Int
    public var perOPD: [OPDFigures]
    public var perKanal: [NamedCount]
    public var perKategori: [NamedCount]
    public var perBulan: [MonthFigures]

    public func count(_ status: ComplaintStatus) -> Int? { self.status[status.index] }
}

extension String {
    /// Unicode code point order (CONTENT.md, "Order").
    func precedesByCodePoint(_ other: String) -> Bool {
        unicodeScalars.lexicographicallyPrecedes(other.unicodeScalars)
    }
}
