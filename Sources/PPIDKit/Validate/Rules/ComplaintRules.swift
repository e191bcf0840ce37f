/// What the complaint rules look at: the rows and periods read, the OPDs of the model, "today".
public struct ComplaintRuleContext: Sendable {
    public var data: ComplaintData
    public var model: ContentModel
    public var today: CalendarDate
}

/// A rule over the complaint data (4xx). PPID401, 404 and 408, and the PPID003/005 findings of
/// cells, are made while reading (ComplaintTableReader), where the fields are at hand.
public protocol ComplaintRule: Sendable {
    var ids: [RuleID] { get }
    func check(_ context: ComplaintRuleContext, into diagnostics: inout DiagnosticBag)
}

/// The complaint rule table, applied after the rows are read.
public enum ComplaintRuleBook {
    public static let all: [any ComplaintRule] = [
        ComplaintDateRule(), SummaryCountRule(), ComplaintOPDRule(), DuplicateTicketRule(), PeriodOverlapRule(),
    ]

    public static func check(_ data: ComplaintData, model: ContentModel, today: CalendarDate,
                             into diagnostics: inout DiagnosticBag) {
        let context = ComplaintRuleContext(data: data, model: model, today: today)
        for rule in all { rule.check(context, into: &diagnostics) }
    }
}

/// PPID402: impossible dates in a row.
struct ComplaintDateRule: ComplaintRule {
    let ids: [RuleID] = [.ppid402]

    func check(_ context: ComplaintRuleContext, into diagnostics: inout DiagnosticBag) {
        let today = context.today
        for record in context.data.records where !ComplaintDateCheck.isSound(record, today: today) {
            let table = context.data.table(of: record)
            for problem in ComplaintDateCheck.problems(record, today: today) {
                let column = table.describe(problem.column)
                let message: String
                switch problem {
                case .afterToday(.tanggalMasuk, let date):
                    message = "Tanggal \(date.iso) di \(column) melewati tanggal acuan \(today.iso); periksa tanggalnya. Laporan ini tidak dihitung dalam statistik apa pun."
                case .afterToday(_, let date):
                    message = "Tanggal \(date.iso) di \(column) melewati tanggal acuan \(today.iso); periksa tanggalnya. Laporan ini tetap dihitung dalam jumlah, tetapi tidak dalam rata-rata dan median hari."
                case .beforeEntry(_, let date):
                    message = "Tanggal \(date.iso) di \(column) lebih awal daripada tanggal masuk \(record.tanggalMasuk.iso); periksa kedua tanggal. Laporan ini tetap dihitung dalam jumlah, tetapi tidak dalam rata-rata dan median hari."
                case .closedButNotSelesai(let date):
                    message = "\(column.capitalizedFirst) berisi \(date.iso), padahal status laporan ini \"\(record.status.rawValue)\"; kosongkan tanggal selesai atau ubah statusnya menjadi selesai. Laporan ini tidak dihitung dalam rata-rata dan median hari."
                }
                diagnostics.add(.ppid402, at: context.data.location(of: record, problem.column), message)
            }
        }
    }
}

/// PPID403 and PPID409: a ringkasan's counts against its total, and its period's order.
struct SummaryCountRule: ComplaintRule {
    let ids: [RuleID] = [.ppid403, .ppid409]

    func check(_ context: ComplaintRuleContext, into diagnostics: inout DiagnosticBag) {
        for period in context.data.summaries {
            if period.dari > period.sampai {
                diagnostics.add(.ppid409, at: period.location,
                    "Periode dimulai \(period.dari.iso) tetapi berakhir \(period.sampai.iso); \"dari\" harus sama dengan atau sebelum \"sampai\". Tukar kedua tanggal.")
            }
            let sum = period.givenSum
            let given = ComplaintStatus.allCases.filter { period.count($0) != nil }.map(\.rawValue)
            let listed = given.isEmpty ? "tidak ada jumlah status" : "jumlah status (\(given.joined(separator: ", "))) = \(sum)"
            if sum > period.total {
                diagnostics.add(.ppid409, at: period.location,
                    "Untuk periode \(period.dari.iso) s.d. \(period.sampai.iso), \(listed) melebihi total \(period.total); periksa angka dari sumbernya (\(period.sumber)) dan perbaiki total atau jumlah statusnya.")
            } else if sum < period.total {
                diagnostics.add(.ppid403, at: period.location,
                    "Untuk periode \(period.dari.iso) s.d. \(period.sampai.iso), \(listed) kurang dari total \(period.total); selisih \(period.total - sum) diterbitkan sebagai \"tidak terklasifikasi\" apa adanya. Lengkapi jumlah status bila sumbernya menyebutkannya.")
            }
        }
    }
}

/// PPID405: a row's `opd` names an OPD without a folder.
struct ComplaintOPDRule: ComplaintRule {
    let ids: [RuleID] = [.ppid405]

    func check(_ context: ComplaintRuleContext, into diagnostics: inout DiagnosticBag) {
        let slugs = Set(context.model.opds.map(\.slug))
        let sortedSlugs = context.model.opds.map(\.slug).sorted()
        var findings = RepeatedRowFindings()
        defer { diagnostics.append(contentsOf: findings.diagnostics) }
        for record in context.data.records {
            guard let opd = record.opd, !slugs.contains(opd),
                  !context.model.inventory.isUnusable("opd/\(opd)/opd.yml") else { continue }
            let column = context.data.table(of: record).describe(.opd)
            var message = "OPD \"\(opd)\" di \(column) tidak punya folder opd/\(opd)/"
            if let suggestion = opd.closest(in: sortedSlugs) {
                message += "; maksud Anda \"\(suggestion)\"?"
            } else {
                message += ". Gunakan slug folder OPD (misalnya \"\(sortedSlugs.first ?? "dinas-perhubungan")\"), kosongkan bila belum didisposisikan, atau petakan nama OPD dari ekspor di pengaduan/kolom.yml (opd: {\"Nama di ekspor\": slug-opd})."
            }
            findings.add(.ppid405, at: context.data.location(of: record, .opd), message)
        }
    }
}

/// PPID406: two rows share a `nomor_tiket` (reported at the later one).
struct DuplicateTicketRule: ComplaintRule {
    let ids: [RuleID] = [.ppid406]

    func check(_ context: ComplaintRuleContext, into diagnostics: inout DiagnosticBag) {
        let records = context.data.records
        var first: [String: Int] = [:]
        first.reserveCapacity(records.count)
        for (index, record) in records.enumerated() {
            guard let earlierIndex = first[record.nomorTiket] else {
                first[record.nomorTiket] = index
                continue
            }
            let earlier = context.data.location(of: records[earlierIndex], .nomorTiket)
            diagnostics.add(.ppid406, at: context.data.location(of: record, .nomorTiket),
                "Nomor tiket \"\(record.nomorTiket)\" sudah dipakai baris lain di \(earlier.file):\(earlier.line); setiap laporan harus tercatat sekali. Hapus baris ganda atau perbaiki nomornya.")
        }
    }
}

/// PPID407: one source per period — ringkasan periods do not overlap each other or a year with rows.
struct PeriodOverlapRule: ComplaintRule {
    let ids: [RuleID] = [.ppid407]

    func check(_ context: ComplaintRuleContext, into diagnostics: inout DiagnosticBag) {
        let rowYears = Set(context.data.records.map(\.tanggalMasuk.year))
        let periods = context.data.summaries.filter { $0.dari <= $0.sampai }
        for (index, period) in periods.enumerated() {
            if let earlier = periods[..<index].first(where: { $0.overlaps(period) }) {
                diagnostics.add(.ppid407, at: period.location,
                    "Periode \(period.dari.iso) s.d. \(period.sampai.iso) tumpang tindih dengan periode \(earlier.dari.iso) s.d. \(earlier.sampai.iso) di \(earlier.location.file):\(earlier.location.line); satu periode hanya boleh punya satu sumber angka. Gabungkan atau pisahkan periodenya.")
            }
            let years = (period.dari.year...period.sampai.year).filter(rowYears.contains)
            if !years.isEmpty {
                let list = years.map(String.init).joined(separator: ", ")
                diagnostics.add(.ppid407, at: period.location,
                    "Periode \(period.dari.iso) s.d. \(period.sampai.iso) jatuh pada tahun \(list) yang sudah punya rincian laporan di pengaduan/*.csv; satu periode hanya boleh punya satu sumber angka. Hapus entri ringkasan ini atau pindahkan angkanya ke rincian.")
            }
        }
    }
}
