/// What the request registers and annual reports (REQUESTS.md, `layanan/`) say, as the checks
/// `laporan-layanan`, `ringkasan-akses` and `tepat-waktu` need it. Passed into the scorer as an
/// optional: without it those checks are not checkable (v = 0 low, 1 high), never met.
public struct ServiceReportFacts: Sendable {
    /// One `layanan/laporan/<tahun>.md`.
    public struct AnnualReport: Sendable {
        /// Its `ditetapkan` date, when given.
        public var ditetapkan: CalendarDate?
        public var isDraft: Bool
        public init(ditetapkan: CalendarDate?, isDraft: Bool) {
            self.ditetapkan = ditetapkan
            self.isDraft = isDraft
        }
    }

    /// Whether any request register exists (`layanan/permohonan/*.csv`).
    public var hasRegisters: Bool
    /// Years in which the registers hold at least one request.
    public var yearsWithRequests: Set<Int>
    /// Requests per (year, semester 1 or 2) in the registers.
    public var requestsBySemester: [SemesterKey: Int]
    /// `persen_tepat_waktu` of each year as an exact share of 100 (nil: the figure is `null`).
    public var onTimePercent: [Int: Score?]
    /// The annual reports by their year.
    public var reports: [Int: AnnualReport]

    public struct SemesterKey: Sendable, Hashable {
        public var year: Int
        /// 1 (January–June) or 2 (July–December).
        public var semester: Int
        public init(year: Int, semester: Int) {
            self.year = year
            self.semester = semester
        }
    }

    public init(hasRegisters: Bool, yearsWithRequests: Set<Int> = [], requestsBySemester: [SemesterKey: Int] = [:],
                onTimePercent: [Int: Score?] = [:], reports: [Int: AnnualReport] = [:]) {
        self.hasRegisters = hasRegisters
        self.yearsWithRequests = yearsWithRequests
        self.requestsBySemester = requestsBySemester
        self.onTimePercent = onTimePercent
        self.reports = reports
    }
}
