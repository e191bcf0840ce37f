/// A day off on which UU 14/2008's working days do not run: a national holiday (libur nasional) or
/// collective leave (cuti bersama) of the joint decree (SKB) of the Menteri Agama, Menteri
/// Ketenagakerjaan and Menteri PANRB, or a local day off of the kabupaten (`kalender/<tahun>.yml`).
public struct Holiday: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case libur
        case cutiBersama = "cuti-bersama"
    }

    public var date: CalendarDate
    public var name: String
    public var kind: Kind

    public init(_ date: CalendarDate, _ name: String, _ kind: Kind = .libur) {
        self.date = date
        self.name = name
        self.kind = kind
    }
}

/// One year's days off as a kabupaten declares them in `kalender/<tahun>.yml` (REQUESTS.md).
public struct LocalCalendarYear: Sendable, Hashable {
    public var year: Int
    public var holidays: [Holiday]
    /// The file replaces the built-in days of its year (`ganti_bawaan: true`).
    public var replacesBuiltIn: Bool
    /// Cuti bersama days are working days here (`cuti_bersama: kerja`).
    public var cutiBersamaIsWorkingDay: Bool

    public init(year: Int, holidays: [Holiday], replacesBuiltIn: Bool = false, cutiBersamaIsWorkingDay: Bool = false) {
        self.year = year
        self.holidays = holidays
        self.replacesBuiltIn = replacesBuiltIn
        self.cutiBersamaIsWorkingDay = cutiBersamaIsWorkingDay
    }
}
