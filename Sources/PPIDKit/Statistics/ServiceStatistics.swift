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
                                 calendar: calendar, utama: utama, model: model)
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
