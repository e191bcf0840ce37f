/// The counted rows reduced to what every period needs of them, as plain numbers: a province's
/// 100 000 requests are counted for each year and semester without copying a string.
struct ServiceFacts {
    /// One request: day numbers and small indices only.
    struct Request {
        var received: Int
        /// The notice's day number, or `Int.max` while pending.
        var notice: Int
        var opd: Int
        var channel: Int
        /// Index in `ApplicantCategory.allCases`, or 3 (`tidak-diisi`).
        var applicant: Int
        /// Index in `RequestDecision.decided`, or -1 for `proses`.
        var decision: Int
        var isRefusal: Bool
        /// Bit n set: Pasal 17 huruf "a" + n cited (each huruf once).
        var refusalLetters: UInt16
        var fee: Int
        /// Working days to the notice; -1 when not timed (`dicabut`, pending).
        var workingDays: Int
        var limit: Int
    }

    let requests: [InformationRequest]
    let facts: [Request]
    /// OPD slugs by index (`Request.opd`).
    let opdSlugs: [String]
    let objections: [Objection]
    let disputes: [InformationDispute]
    let calendar: WorkingDayCalendar
    let model: ContentModel

    static let letters = (UInt8(ascii: "a")...UInt8(ascii: "j")).map { String(UnicodeScalar($0)) }

    init(requests: [InformationRequest], workingDays: [Int?], objections: [Objection], disputes: [InformationDispute],
         calendar: WorkingDayCalendar, utama: String, model: ContentModel) {
        var slugs: [String] = []
        var slugIndex: [String: Int] = [:]
        var facts: [Request] = []
        facts.reserveCapacity(requests.count)
        for (index, request) in requests.enumerated() {
            let slug = request.opd ?? utama
            let opd: Int
            if let known = slugIndex[slug] { opd = known } else { opd = slugs.count; slugIndex[slug] = opd; slugs.append(slug) }
            var letters: UInt16 = 0
            for reference in request.alasanPenolakan {
                if let huruf = reference.huruf?.utf8.first, huruf >= UInt8(ascii: "a"), huruf <= UInt8(ascii: "j") {
                    letters |= 1 << UInt16(huruf - UInt8(ascii: "a"))
                }
            }
            facts.append(Request(
                received: request.tanggalPermohonan.dayNumber, notice: request.tanggalPemberitahuan?.dayNumber ?? Int.max, opd: opd,
                channel: RequestChannel.allCases.firstIndex(of: request.cara) ?? 0,
                applicant: request.kategoriPemohon.flatMap { ApplicantCategory.allCases.firstIndex(of: $0) } ?? 3,
                decision: RequestDecision.decided.firstIndex(of: request.keputusan) ?? -1,
                isRefusal: request.keputusan.needsRefusalReason, refusalLetters: request.keputusan.needsRefusalReason ? letters : 0,
                fee: request.biaya, workingDays: workingDays[index] ?? -1, limit: request.timeLimit))
        }
        self.requests = requests
        self.facts = facts
        self.opdSlugs = slugs
        self.objections = objections
        self.disputes = disputes
        self.calendar = calendar
        self.model = model
    }

    func figures(_ period: ServicePeriod) -> ServicePeriodFigures {
        var figures = ServicePeriodFigures(period: period)
        var sample = DurationSample()
        var onTimeTotal = 0
        var refusals = [Int](repeating: 0, count: Self.letters.count)
        var channels = [Int](repeating: 0, count: RequestChannel.allCases.count)
        var opds = [ServicePeriodFigures.OPDRow](repeating: .init(opd: ""), count: opdSlugs.count)
        var months = Self.months(of: period)
        let start = period.dari.dayNumber, end = period.end.dayNumber
        let firstMonth = period.dari.month
        // Requests pending at the period's end (index, receipt); only the ten oldest are counted in days.
        var pending: [(index: Int, received: Int)] = []

        for (index, request) in facts.enumerated() {
            if request.received < start, request.notice >= start { figures.tertundaAwal += 1 }
            if request.received >= start, request.received <= end {
                figures.diterima += 1
                channels[request.channel] += 1
                figures.perKategoriPemohon[request.applicant] += 1
                opds[request.opd].diterima += 1
                months[CalendarDate(dayNumber: request.received).month - firstMonth].diterima += 1
            }
            if request.received <= end, request.notice > end {
                figures.tertundaAkhir += 1
                opds[request.opd].tertundaAkhir += 1
                pending.append((index, request.received))
            }
            guard request.notice >= start, request.notice <= end else { continue }
            figures.diproses += 1
            if request.decision >= 0 { figures.keputusan[request.decision] += 1 }
            figures.biayaTotal += request.fee
            months[CalendarDate(dayNumber: request.notice).month - firstMonth].diproses += 1
            opds[request.opd].diproses += 1
            if request.workingDays >= 0 {
                let days = request.workingDays
                sample.add(days)
                figures.hariKerja.buckets[days <= 10 ? 0 : days <= 17 ? 1 : 2] += 1
                if days <= request.limit { onTimeTotal += 1; opds[request.opd].tepatWaktu += 1 }
            }
            if request.isRefusal, request.refusalLetters != 0 {
                for bit in 0..<Self.letters.count where request.refusalLetters & (1 << UInt16(bit)) != 0 { refusals[bit] += 1 }
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
        figures.alasanPenolakan = zip(Self.letters, refusals).filter { $0.1 > 0 }.map { .init(huruf: $0.0, jumlah: $0.1) }
            .sorted { ($1.jumlah, $0.huruf) < ($0.jumlah, $1.huruf) }
        figures.perOPD = zip(opdSlugs, opds).compactMap { slug, row -> ServicePeriodFigures.OPDRow? in
            guard row.diterima > 0 || row.diproses > 0 else { return nil }
            var named = row
            named.opd = slug
            named.nama = model.opd(slug)?.nama
            return named
        }.sorted { ($1.diterima, $0.opd) < ($0.diterima, $1.opd) }
        figures.perCara = zip(RequestChannel.allCases, channels).map { (cara: $0, diterima: $1) }
            .sorted { ($1.diterima, $0.cara.rawValue) < ($0.diterima, $1.cara.rawValue) }
        figures.perBulan = months
        figures.tertundaTerlama = pending.sorted {
            ($0.received, requests[$0.index].nomorRegistrasi) < ($1.received, requests[$1.index].nomorRegistrasi)
        }.prefix(10).map { entry in
            let received = CalendarDate(dayNumber: entry.received)
            return .init(nomorRegistrasi: requests[entry.index].nomorRegistrasi, tanggalPermohonan: received,
                         hariKerja: calendar.workingDays(after: received, through: period.end))
        }
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
        guard period.end.year == period.dari.year, period.end >= period.dari else { return [] }
        return (period.dari.month...period.end.month).map { month in
            .init(bulan: "\(period.year)-\(month < 10 ? "0" : "")\(month)")
        }
    }
}
