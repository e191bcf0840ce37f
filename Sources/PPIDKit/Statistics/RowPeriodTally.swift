/// Accumulates the rows of one calendar year into the figures of a `rincian` period.
struct RowPeriodTally {
    struct OPDTally {
        var tally = StatusTally()
        var followUps = DurationSample()
        var closures = DurationSample()
        var overdue = 0
    }

    /// Complaints still open after more than this many calendar days are `melewati_batas`.
    static let overdueDays = 60

    let year: Int
    let dari: CalendarDate
    let sampai: CalendarDate
    /// min(reference date, period end).
    let asOf: CalendarDate
    private var tally = StatusTally()
    private var followUps = DurationSample()
    private var closures = DurationSample()
    private var overdue = 0
    private var unsound = 0
    private var opds: [String?: OPDTally] = [:]
    private var channels: [String: Int] = [:]
    private var topics: [String: Int] = [:]
    private var months = [StatusTally](repeating: StatusTally(), count: 12)

    init?(year: Int, today: CalendarDate) {
        guard let dari = CalendarDate(year: year, month: 1, day: 1), let sampai = CalendarDate(year: year, month: 12, day: 31)
        else { return nil }
        self.year = year
        self.dari = dari
        self.sampai = sampai
        self.asOf = min(today, sampai)
    }

    /// Adds a row of this year; `sound` is false when it has a PPID402 problem (no durations then).
    mutating func add(_ record: ComplaintRecord, sound: Bool) {
        tally.add(record.status)
        months[record.tanggalMasuk.month - 1].add(record.status)
        channels[record.kanal, default: 0] += 1
        topics[record.topic, default: 0] += 1
        // Mutated in place through the dictionary: a copy would duplicate its duration lists.
        opds[record.opd, default: OPDTally()].tally.add(record.status)
        guard sound else {
            unsound += 1
            return
        }
        if let date = record.tanggalTindakLanjut {
            let days = record.tanggalMasuk.days(until: date)
            followUps.add(days)
            opds[record.opd, default: OPDTally()].followUps.add(days)
        }
        if record.status == .selesai, let date = record.tanggalSelesai {
            let days = record.tanggalMasuk.days(until: date)
            closures.add(days)
            opds[record.opd, default: OPDTally()].closures.add(days)
        }
        if record.status.isOpen, record.tanggalMasuk.days(until: asOf) > Self.overdueDays {
            overdue += 1
            opds[record.opd, default: OPDTally()].overdue += 1
        }
    }

    func figures(opdNames: [String: String]) -> ComplaintPeriodFigures {
        let selesai = tally[.selesai], proses = tally[.proses]
        let handled = tally.total - tally[.dihapus] - tally[.bukanWewenang]
        let perOPD = opds.map { slug, opd in
            ComplaintPeriodFigures.OPDFigures(opd: slug, nama: slug.flatMap { opdNames[$0] }, total: opd.tally.total,
                                              status: opd.tally.counts, rtlHari: opd.followUps.mean,
                                              medianSelesaiHari: opd.closures.median, melewatiBatas: opd.overdue)
        }.sorted { a, b in
            switch (a.opd, b.opd) {
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                if a.total != b.total { return a.total > b.total }
                return (a.opd ?? "").precedesByCodePoint(b.opd ?? "")
            }
        }
        return ComplaintPeriodFigures(
            label: String(year), dari: dari, sampai: sampai, source: .rincian, sumberKeterangan: nil,
            total: tally.total, status: tally.counts.map { $0 }, tidakTerklasifikasi: 0,
            tingkatPenyelesaian: Tenths.percent(selesai, of: tally.total),
            persenTindakLanjut: Tenths.percent(selesai + proses, of: handled),
            rtlHari: followUps.mean, medianTindakLanjutHari: followUps.median, medianSelesaiHari: closures.median,
            melewatiBatas: overdue, overdueAsOf: asOf, rowsWithoutDurations: unsound, perOPD: perOPD,
            perKanal: Self.ranked(channels), perKategori: Self.ranked(topics),
            perBulan: months.enumerated().map { index, month in
                ComplaintPeriodFigures.MonthFigures(year: year, month: index + 1, total: month.total, status: month.counts)
            })
    }

    /// By total descending, then name by code point.
    static func ranked(_ counts: [String: Int]) -> [ComplaintPeriodFigures.NamedCount] {
        counts.map { ComplaintPeriodFigures.NamedCount(name: $0.key, total: $0.value) }
            .sorted { $0.total != $1.total ? $0.total > $1.total : $0.name.precedesByCodePoint($1.name) }
    }
}
