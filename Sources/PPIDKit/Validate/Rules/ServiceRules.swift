/// What the request-service rules look at: the registers read, the model (OPDs, DIKs, the
/// working-day calendar), the reference date.
public struct ServiceRuleContext: Sendable {
    public var registers: ServiceRegisters
    public var model: ContentModel
    public var today: CalendarDate

    var calendar: WorkingDayCalendar { model.calendar }

    /// The OPD a request belongs to: its `opd`, else the PPID Utama's.
    func opdSlug(of request: InformationRequest) -> String? {
        request.opd ?? model.badanPublik?.ppidUtama.opdSlug
    }
}

/// A rule over the request service (5xx). PPID501, 503 and 504 are made while reading
/// (`ServiceRegisterLoader`), where the fields are at hand.
public protocol ServiceRule: Sendable {
    var ids: [RuleID] { get }
    func check(_ context: ServiceRuleContext, into diagnostics: inout DiagnosticBag)
}

public enum ServiceRuleBook {
    public static let all: [any ServiceRule] = [
        ServiceDateOrderRule(), RequestOPDRule(), OverdueRequestRule(), RefusalWithoutExemptionRule(),
        UnknownReferenceRule(), MissingCalendarRule(), AnnualReportDueRule(),
    ]

    public static func check(_ registers: ServiceRegisters, model: ContentModel, today: CalendarDate,
                             into diagnostics: inout DiagnosticBag) {
        let context = ServiceRuleContext(registers: registers, model: model, today: today)
        for rule in all { rule.check(context, into: &diagnostics) }
    }
}

/// PPID502: dates out of order (error) or after the reference date (warning; the row is not counted).
struct ServiceDateOrderRule: ServiceRule {
    let ids: [RuleID] = [.ppid502]

    func check(_ context: ServiceRuleContext, into diagnostics: inout DiagnosticBag) {
        let registers = context.registers, today = context.today
        var findings = RepeatedRowFindings()
        func late(_ location: SourceLocation, _ date: CalendarDate, _ what: String) {
            var finding = Diagnostic(.ppid502, at: location,
                "Tanggal \(date.iso) melewati tanggal acuan \(today.iso); periksa tanggalnya. \(what) ini tidak dihitung dalam angka laporan mana pun.")
            finding.severity = .warning
            findings.add(finding)
        }
        for request in registers.requests {
            let received = request.tanggalPermohonan
            if received > today { late(registers.location(of: request, .tanggalPermohonan), received, "Permohonan") }
            guard let notice = request.tanggalPemberitahuan else { continue }
            if notice < received {
                findings.add(.ppid502, at: registers.location(of: request, .tanggalPemberitahuan),
                    "Tanggal pemberitahuan \(notice.iso) lebih awal daripada tanggal permohonan \(received.iso); periksa kedua tanggal.")
            } else if notice > today, received <= today {
                late(registers.location(of: request, .tanggalPemberitahuan), notice, "Permohonan")
            }
        }
        var answers: [String: CalendarDate] = [:]
        for objection in registers.objections {
            let received = objection.tanggalKeberatan
            if received > today { late(registers.location(of: objection, .tanggalKeberatan), received, "Keberatan") }
            guard let answer = objection.tanggalTanggapan else { continue }
            answers[objection.nomorKeberatan] = answer
            if answer < received {
                findings.add(.ppid502, at: registers.location(of: objection, .tanggalTanggapan),
                    "Tanggal tanggapan \(answer.iso) lebih awal daripada tanggal keberatan \(received.iso); periksa kedua tanggal.")
            } else if answer > today, received <= today {
                late(registers.location(of: objection, .tanggalTanggapan), answer, "Keberatan")
            }
        }
        for dispute in registers.disputes {
            if dispute.tanggalRegistrasi > today { late(dispute.location, dispute.tanggalRegistrasi, "Sengketa") }
            if let number = dispute.nomorKeberatan, let answer = answers[number], dispute.tanggalRegistrasi < answer {
                findings.add(.ppid502, at: dispute.location,
                    "Sengketa \(dispute.nomorPerkara) diregistrasi \(dispute.tanggalRegistrasi.iso), sebelum keberatan \(number) ditanggapi (\(answer.iso)); sengketa diajukan setelah tanggapan Atasan PPID (Pasal 37 UU 14/2008). Periksa kedua tanggal.")
            }
            if let decided = dispute.tanggalPutusan, decided < dispute.tanggalRegistrasi {
                findings.add(.ppid502, at: dispute.location,
                    "Tanggal putusan \(decided.iso) sengketa \(dispute.nomorPerkara) lebih awal daripada tanggal registrasinya \(dispute.tanggalRegistrasi.iso); periksa kedua tanggal.")
            }
        }
        diagnostics.append(contentsOf: findings.diagnostics)
    }
}

/// PPID007: a request's `opd` names no OPD folder.
struct RequestOPDRule: ServiceRule {
    let ids: [RuleID] = [.ppid007]

    func check(_ context: ServiceRuleContext, into diagnostics: inout DiagnosticBag) {
        var findings = RepeatedRowFindings()
        let slugs = context.model.opds.map(\.slug)
        for request in context.registers.requests {
            guard let slug = request.opd, context.model.opd(slug) == nil else { continue }
            var message = "OPD \"\(slug)\" di kolom opd tidak punya folder opd/\(slug)/; tulis slug OPD yang ada"
            if let suggestion = slug.closest(in: slugs) { message += " (maksud Anda \"\(suggestion)\"?)" }
            message += ", kosongkan untuk OPD PPID Utama, atau petakan nama OPD ekspor di layanan/kolom.yml (permohonan: {opd: {\"\(slug)\": <slug>}})."
            findings.add(.ppid007, at: context.registers.location(of: request, .opd), message)
        }
        diagnostics.append(contentsOf: findings.diagnostics)
    }
}

/// PPID505: requests still `proses` after their deadline on the reference date, one finding per file.
struct OverdueRequestRule: ServiceRule {
    let ids: [RuleID] = [.ppid505]

    func check(_ context: ServiceRuleContext, into diagnostics: inout DiagnosticBag) {
        var overdueByTable: [Int: [InformationRequest]] = [:]
        for request in context.registers.requests where request.keputusan == .proses && request.tanggalPermohonan <= context.today {
            let deadline = context.calendar.deadline(after: request.tanggalPermohonan, workingDays: request.timeLimit)
            if context.today > deadline { overdueByTable[request.table, default: []].append(request) }
        }
        for table in overdueByTable.keys.sorted() {
            guard let overdue = overdueByTable[table], let first = overdue.first else { continue }
            let numbers = overdue.prefix(10).map(\.nomorRegistrasi).joined(separator: ", ") + (overdue.count > 10 ? ", …" : "")
            diagnostics.add(.ppid505, at: context.registers.location(of: first, .keputusan),
                "\(overdue.count) permohonan masih \"proses\" padahal batas waktunya (10 hari kerja, 17 bila diperpanjang; Pasal 22 UU 14/2008) telah lewat pada \(context.today.iso): \(numbers). Kirim pemberitahuan tertulis kepada pemohon, lalu isi keputusan dan tanggal_pemberitahuan.")
        }
    }
}

/// PPID506: a refusal cites a Pasal 17 huruf for which the OPD's DIK has no item.
struct RefusalWithoutExemptionRule: ServiceRule {
    let ids: [RuleID] = [.ppid506]

    func check(_ context: ServiceRuleContext, into diagnostics: inout DiagnosticBag) {
        var findings = RepeatedRowFindings()
        var lettersByOPD: [String: Set<String>] = [:]
        for claim in context.model.allExemptions {
            for text in claim.dasarHukum {
                if case .success(let reference) = LegalReference.parse(text), reference.pasal == 17, let huruf = reference.huruf {
                    lettersByOPD[claim.opdSlug, default: []].insert(huruf)
                }
            }
        }
        for request in context.registers.requests where request.keputusan.needsRefusalReason {
            guard let slug = context.opdSlug(of: request), context.model.opd(slug) != nil else { continue }
            let held = lettersByOPD[slug] ?? []
            for huruf in Set(request.alasanPenolakan.compactMap(\.huruf)).sorted() where !held.contains(huruf) {
                findings.add(.ppid506, at: context.registers.location(of: request, .alasanPenolakan),
                    "Penolakan ini berdasar Pasal 17 huruf \(huruf), tetapi DIK OPD \(slug) tidak memuat informasi yang dikecualikan dengan dasar itu. Penolakan tetap sah bila uji konsekuensi dilakukan saat permohonan diputus (Perki 1/2021 Pasal 49); tambahkan hasil uji konsekuensinya ke opd/\(slug)/dik.yml.")
            }
        }
        diagnostics.append(contentsOf: findings.diagnostics)
    }
}

/// PPID507: an objection names an unknown request, or a dispute an unknown objection.
struct UnknownReferenceRule: ServiceRule {
    let ids: [RuleID] = [.ppid507]

    func check(_ context: ServiceRuleContext, into diagnostics: inout DiagnosticBag) {
        let registers = context.registers
        let requests = Set(registers.requests.map(\.nomorRegistrasi))
        for objection in registers.objections {
            guard let number = objection.nomorRegistrasi, !requests.contains(number) else { continue }
            diagnostics.add(.ppid507, at: registers.location(of: objection, .nomorRegistrasi),
                "Keberatan \(objection.nomorKeberatan) menyebut nomor registrasi \"\(number)\" yang tidak ada di register permohonan (layanan/permohonan/*.csv). Periksa nomornya; bila register permohonan baru dimulai setelah permohonan itu, abaikan peringatan ini.")
        }
        let objections = Set(registers.objections.map(\.nomorKeberatan))
        for dispute in registers.disputes {
            guard let number = dispute.nomorKeberatan, !objections.contains(number) else { continue }
            diagnostics.add(.ppid507, at: dispute.objectionLocation ?? dispute.location,
                "Sengketa \(dispute.nomorPerkara) menyebut nomor keberatan \"\(number)\" yang tidak ada di register keberatan (layanan/keberatan/*.csv); periksa nomornya.")
        }
    }
}

/// PPID508: working days counted through a year without a holiday calendar, once per year.
struct MissingCalendarRule: ServiceRule {
    let ids: [RuleID] = [.ppid508]

    func check(_ context: ServiceRuleContext, into diagnostics: inout DiagnosticBag) {
        let calendar = context.calendar, today = context.today
        var reported = Set<Int>()
        func need(_ start: CalendarDate, _ end: CalendarDate, at location: @autoclosure () -> SourceLocation) {
            for year in calendar.yearsWithoutCalendar(from: start, through: end) where !reported.contains(year) {
                reported.insert(year)
                let known = calendar.knownYears.sorted().map(String.init).joined(separator: ", ")
                diagnostics.add(.ppid508, at: location(),
                    "Hari kerja tahun \(year) dihitung tanpa kalender hari libur (ppid hanya memuat tahun \(known)): hanya Sabtu dan Minggu yang dianggap libur, sehingga batas waktu dapat meleset. Tambahkan kalender/\(year).yml berisi hari libur nasional dan cuti bersama tahun itu (SKB tiga menteri).")
            }
        }
        for request in context.registers.requests where ServiceDateCheck.isCounted(request, today: today) {
            need(request.tanggalPermohonan, request.tanggalPemberitahuan ?? today, at: context.registers.location(of: request, .tanggalPermohonan))
        }
        for objection in context.registers.objections where ServiceDateCheck.isCounted(objection, today: today) {
            need(objection.tanggalKeberatan, objection.tanggalTanggapan ?? today, at: context.registers.location(of: objection, .tanggalKeberatan))
        }
    }
}

/// PPID509: after 31 March of Y+1, a year with requests has no published annual report narrative.
struct AnnualReportDueRule: ServiceRule {
    let ids: [RuleID] = [.ppid509]

    func check(_ context: ServiceRuleContext, into diagnostics: inout DiagnosticBag) {
        let years = Set(context.registers.requests.filter { ServiceDateCheck.isCounted($0, today: context.today) }.map(\.tanggalPermohonan.year))
        for year in years.sorted() {
            let relative = "layanan/laporan/\(year).md"
            // A report whose front matter could not be read is PPID001 already.
            guard let due = CalendarDate(year: year + 1, month: 3, day: 31), context.today > due,
                  context.registers.publishedNarrative(year) == nil, !context.model.inventory.isUnusable(relative) else { continue }
            let state = context.registers.narratives[year] == nil ? "belum ada" : "masih draf"
            diagnostics.add(.ppid509, at: SourceLocation(file: context.model.inventory.displayPath(relative)),
                "Laporan layanan informasi tahun \(year) \(state), padahal batasnya 31 Maret \(year + 1) (Perki 1/2021). Buat \(relative) dengan front matter judul, ditetapkan dan oleh, serta bagian Kebijakan umum, Pelaksanaan umum, Kendala, dan Rekomendasi dan rencana tindak lanjut; angka-angkanya diambil dari register.")
        }
    }
}
