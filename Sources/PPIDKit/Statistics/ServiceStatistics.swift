/// The information service's figures of every period and the Pasal 12 per-request table,
/// computed once from the registers (REQUESTS.md, "Figures"). Rows with a date after the reference
/// date or out of order are left out (PPID502).
public struct ServiceStatistics: Sendable {
    public var referenceDate: CalendarDate
    /// Years descending, each followed by its semesters.
    public var periods: [ServicePeriodFigures]
    /// Every processed request of every year, by notice date then register number.
    public var processed: [ProcessedRequest]

    public static let empty = ServiceStatistics(referenceDate: CalendarDate(dayNumber: 0), periods: [], processed: [])

    public var isEmpty: Bool { periods.isEmpty }

    public func period(_ label: String) -> ServicePeriodFigures? { periods.first { $0.period.label == label } }

    /// The newest finished year, for the home page's headline.
    public var lastFullYear: ServicePeriodFigures? { periods.first { $0.period.kind == .tahun && $0.period.lengkap } }

    /// The newest finished semester (the berkala ringkasan laporan akses).
    public var lastFullSemester: ServicePeriodFigures? { periods.first { $0.period.kind == .semester && $0.period.lengkap } }

    public init(referenceDate: CalendarDate, periods: [ServicePeriodFigures], processed: [ProcessedRequest]) {
        self.referenceDate = referenceDate
        self.periods = periods
        self.processed = processed
    }

    public init(_ registers: ServiceRegisters, model: ContentModel, today: CalendarDate) {
        let calendar = model.calendar
        let utama = model.badanPublik?.ppidUtama.opdSlug ?? ""
        let requests = registers.requests.filter { ServiceDateCheck.isCounted($0, today: today) }
        let objections = registers.objections.filter { ServiceDateCheck.isCounted($0, today: today) }
        let disputes = registers.disputes.filter { ServiceDateCheck.isCounted($0, today: today) }
        let firstYear = (requests.map(\.tanggalPermohonan.year) + objections.map(\.tanggalKeberatan.year)).min()
        // A processed request's working days, once: nil for `dicabut` (not timed).
        let days: [Int?] = requests.map { request in
            guard let notice = request.tanggalPemberitahuan, request.keputusan != .dicabut else { return nil }
            return calendar.workingDays(received: request.tanggalPermohonan, answered: notice)
        }
        let facts = ServiceFacts(requests: requests, workingDays: days, objections: objections, disputes: disputes,
                                 calendar: calendar, utama: utama, model: model, today: today)
        let periods = firstYear.map { ServicePeriod.all(firstYear: $0, today: today) } ?? []
        self.referenceDate = today
        self.periods = periods.map(facts.figures)
        self.processed = zip(requests, days).compactMap { (request, days) -> ProcessedRequest? in
            guard let notice = request.tanggalPemberitahuan else { return nil }
            return ProcessedRequest(nomorRegistrasi: request.nomorRegistrasi, opd: request.opd ?? utama,
                                    tanggalPermohonan: request.tanggalPermohonan, tanggalPemberitahuan: notice,
                                    hariKerja: days, tepatWaktu: days.map { $0 <= request.timeLimit }, keputusan: request.keputusan)
        }.sorted { ($0.tanggalPemberitahuan, $0.nomorRegistrasi) < ($1.tanggalPemberitahuan, $1.nomorRegistrasi) }
    }

    /// The processed requests of one period (the annual report's table).
    public func processed(in period: ServicePeriod) -> [ProcessedRequest] {
        processed.filter { period.contains($0.tanggalPemberitahuan) }
    }
}

/// The counted rows with what every period needs of them.
struct ServiceFacts {
    let requests: [InformationRequest]
    let workingDays: [Int?]
    let objections: [Objection]
    let disputes: [InformationDispute]
    let calendar: WorkingDayCalendar
    let utama: String
    let model: ContentModel
    let today: CalendarDate

    func figures(_ period: ServicePeriod) -> ServicePeriodFigures {
        var figures = ServicePeriodFigures(period: period)
        var sample = DurationSample()
        var onTimeTotal = 0
        var refusals: [String: Int] = [:]
        var channels = [Int](repeating: 0, count: RequestChannel.allCases.count)
        var opds: [String: ServicePeriodFigures.OPDRow] = [:]
        var months = Self.months(of: period)
        var pending: [ServicePeriodFigures.Pending] = []
        func opdRow(_ slug: String) -> ServicePeriodFigures.OPDRow {
            opds[slug] ?? .init(opd: slug, nama: model.opd(slug)?.nama)
        }

        for (index, request) in requests.enumerated() {
            let received = request.tanggalPermohonan, notice = request.tanggalPemberitahuan
            let slug = request.opd ?? utama
            if received < period.dari, notice.map({ $0 >= period.dari }) ?? true { figures.tertundaAwal += 1 }
            if period.contains(received) {
                figures.diterima += 1
                channels[RequestChannel.allCases.firstIndex(of: request.cara) ?? 0] += 1
                figures.perKategoriPemohon[request.kategoriPemohon.flatMap { ApplicantCategory.allCases.firstIndex(of: $0) } ?? 3] += 1
                var row = opdRow(slug); row.diterima += 1; opds[slug] = row
                months[Self.monthIndex(received, from: period.dari)].diterima += 1
            }
            if received <= period.end, notice.map({ $0 > period.end }) ?? true {
                figures.tertundaAkhir += 1
                var row = opdRow(slug); row.tertundaAkhir += 1; opds[slug] = row
                pending.append(.init(nomorRegistrasi: request.nomorRegistrasi, tanggalPermohonan: received,
                                     hariKerja: calendar.workingDays(after: received, through: period.end)))
            }
            guard let notice, period.contains(notice) else { continue }
            figures.diproses += 1
            if let decision = RequestDecision.decided.firstIndex(of: request.keputusan) { figures.keputusan[decision] += 1 }
            figures.biayaTotal += request.biaya
            months[Self.monthIndex(notice, from: period.dari)].diproses += 1
            var row = opdRow(slug); row.diproses += 1
            if let days = workingDays[index] {
                sample.add(days)
                figures.hariKerja.buckets[days <= 10 ? 0 : days <= 17 ? 1 : 2] += 1
                if days <= request.timeLimit { onTimeTotal += 1; row.tepatWaktu += 1 }
            }
            opds[slug] = row
            if request.keputusan.needsRefusalReason {
                for huruf in Set(request.alasanPenolakan.compactMap(\.huruf)) { refusals[huruf, default: 0] += 1 }
            }
        }

        let granted = figures.count(.dipenuhi) + figures.count(.dipenuhiSebagian)
        figures.persenDipenuhi = Tenths.percent(granted, of: granted + figures.count(.ditolak))
        figures.hariKerja.mean = sample.mean
        figures.hariKerja.median = sample.median
        figures.hariKerja.min = sample.values.min()
        figures.hariKerja.max = sample.values.max()
        figures.tepatWaktu = onTimeTotal
        figures.persenTepatWaktu = Tenths.percent(onTimeTotal, of: sample.values.count)
        figures.alasanPenolakan = refusals.map { .init(huruf: $0.key, jumlah: $0.value) }
            .sorted { ($1.jumlah, $0.huruf) < ($0.jumlah, $1.huruf) }
        figures.perOPD = opds.values.filter { $0.diterima > 0 || $0.diproses > 0 }
            .sorted { ($1.diterima, $0.opd) < ($0.diterima, $1.opd) }
        figures.perCara = zip(RequestChannel.allCases, channels).map { (cara: $0, diterima: $1) }
            .sorted { ($1.diterima, $0.cara.rawValue) < ($0.diterima, $1.cara.rawValue) }
        figures.perBulan = months
        figures.tertundaTerlama = Array(pending.sorted {
            ($0.tanggalPermohonan, $0.nomorRegistrasi) < ($1.tanggalPermohonan, $1.nomorRegistrasi)
        }.prefix(10))
        figures.keberatan = objectionFigures(period)
        for dispute in disputes where period.contains(dispute.tanggalRegistrasi) {
            figures.sengketa.terdaftar += 1
            figures.sengketa.perHasil[DisputeOutcome.allCases.firstIndex(of: dispute.hasil ?? .proses) ?? 0] += 1
        }
        return figures
    }

    private func objectionFigures(_ period: ServicePeriod) -> ServicePeriodFigures.Objections {
        var result = ServicePeriodFigures.Objections()
        var sample = DurationSample()
        for objection in objections where period.contains(objection.tanggalKeberatan) {
            result.masuk += 1
            for ground in objection.alasan { result.perAlasan[ObjectionGround.allCases.firstIndex(of: ground) ?? 0] += 1 }
            result.putusan[ObjectionRuling.allCases.firstIndex(of: objection.putusan) ?? 0] += 1
            if objection.sengketa { result.sengketa += 1 }
            guard let answer = objection.tanggalTanggapan, objection.putusan != .dicabut, objection.putusan != .proses else { continue }
            let days = calendar.workingDays(received: objection.tanggalKeberatan, answered: answer)
            sample.add(days)
            if days <= Objection.timeLimit { result.tepatWaktu += 1 }
        }
        result.dijawab = sample.values.count
        result.hariKerjaMedian = sample.median
        return result
    }

    static func months(of period: ServicePeriod) -> [ServicePeriodFigures.Month] {
        var months: [ServicePeriodFigures.Month] = []
        var month = period.dari.month
        while month <= period.end.month && period.end.year == period.dari.year {
            months.append(.init(bulan: "\(period.year)-\(month < 10 ? "0" : "")\(month)"))
            month += 1
        }
        return months
    }

    static func monthIndex(_ date: CalendarDate, from start: CalendarDate) -> Int { date.month - start.month }
}
