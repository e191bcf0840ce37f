/// The complaint figures of every period, oldest first: one per calendar year that has rows,
/// and one per `ringkasan.yml` entry (STATISTICS.md). Pure: the same data and reference date
/// always give the same figures.
public struct ComplaintStatistics: Sendable {
    public var referenceDate: CalendarDate
    public var periods: [ComplaintPeriodFigures]

    public init(referenceDate: CalendarDate, periods: [ComplaintPeriodFigures]) {
        self.referenceDate = referenceDate
        self.periods = periods
    }

    public static let empty = ComplaintStatistics(referenceDate: CalendarDate(dayNumber: 0), periods: [])

    /// The newest period (the last one).
    public var latest: ComplaintPeriodFigures? { periods.last }

    public init(_ data: ComplaintData, opds: [OPD], today: CalendarDate) {
        var years: [Int: RowPeriodTally] = [:]
        for record in data.records where record.tanggalMasuk <= today {
            let year = record.tanggalMasuk.year
            if years[year] == nil { years[year] = RowPeriodTally(year: year, today: today) }
            years[year]?.add(record, sound: ComplaintDateCheck.isSound(record, today: today))
        }
        let names = Dictionary(opds.map { ($0.slug, $0.nama) }, uniquingKeysWith: { first, _ in first })
        var periods = years.values.map { $0.figures(opdNames: names) }
        periods += data.summaries.map(Self.figures)
        periods.sort { a, b in
            if a.dari != b.dari { return a.dari < b.dari }
            if a.sampai != b.sampai { return a.sampai < b.sampai }
            return a.label.precedesByCodePoint(b.label)
        }
        self.init(referenceDate: today, periods: periods)
    }

    /// A ringkasan period: the declared counts, rates from them, no durations.
    static func figures(_ summary: ComplaintSummaryPeriod) -> ComplaintPeriodFigures {
        let selesai = summary.count(.selesai), proses = summary.count(.proses)
        let handled = summary.total - (summary.count(.dihapus) ?? 0) - (summary.count(.bukanWewenang) ?? 0)
        let followedUp: Int? = selesai == nil && proses == nil ? nil : (selesai ?? 0) + (proses ?? 0)
        return ComplaintPeriodFigures(
            label: summary.label, dari: summary.dari, sampai: summary.sampai, source: .ringkasan,
            sumberKeterangan: summary.sumber, total: summary.total, status: summary.counts,
            tidakTerklasifikasi: summary.total - summary.givenSum,
            tingkatPenyelesaian: selesai.flatMap { Tenths.percent($0, of: summary.total) },
            persenTindakLanjut: handled > 0 ? followedUp.flatMap { Tenths.percent($0, of: handled) } : nil,
            rtlHari: nil, medianTindakLanjutHari: nil, medianSelesaiHari: nil, melewatiBatas: nil, overdueAsOf: nil,
            rowsWithoutDurations: 0, perOPD: [], perKanal: [], perKategori: [], perBulan: [])
    }
}
