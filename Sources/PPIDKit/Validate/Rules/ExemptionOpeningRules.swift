// Rules on exemptions that end (LIFECYCLE.md): PP 61/2010 makes it the PPID's duty to declare
// exempted information whose period has ended open to the public. Reported by the schema
// (ContentSchemas.opening): a `dibuka` without `tanggal`, `nomor` or `alasan`, an unknown `alasan`
// word, a value of the wrong shape inside it (all PPID214).

/// PPID213: the period of a standing exemption ends within the next 30 working days.
struct EndingExemptionRule: ContentRule {
    let ids: [RuleID] = [.ppid213]
    static let noticeWorkingDays = 30
    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        // Built-in holidays with the local `kalender/<tahun>.yml`; a year without a calendar counts
        // weekends only, silently here (PPID508 belongs to the request registers).
        let calendar = context.model.calendar
        let today = context.today
        for claim in context.model.allExemptions where claim.dibuka == nil && claim.fields.shape("dibuka") == nil {
            guard let period = claim.jangkaWaktu, let end = period.endDate(decidedOn: claim.penetapan?.tanggal),
                  end >= today else { continue }
            let left = calendar.workingDays(after: today, through: end)
            guard left <= Self.noticeWorkingDays else { continue }
            let when = left == 0 ? "hari ini" : "\(left) hari kerja lagi"
            diagnostics.add(.ppid213, at: claim.fields.value("jangka_waktu"),
                "Jangka waktu pengecualian \"\(claim.jangkaWaktuText)\" berakhir pada \(end.iso) (\(when)): siapkan pengumuman pembukaannya sebelum \(end.indonesian). PP 61/2010 mewajibkan PPID menyatakan informasi yang jangka waktu pengecualiannya berakhir sebagai informasi publik; setelah keputusan pembukaan ditetapkan, tambahkan \"dibuka\" (tanggal, nomor, alasan: jangka-waktu-berakhir) pada item ini. Bila informasi ini masih harus dikecualikan, lakukan uji konsekuensi ulang lalu perbarui jangka_waktu dan penetapan.")
        }
    }
}

/// PPID214: `dibuka` left empty or dated before the exemption was decided; a DIP item's `dari_dik`
/// that names no DIK item of its OPD.
struct OpeningRule: ContentRule {
    let ids: [RuleID] = [.ppid214]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for claim in context.model.allExemptions {
            if let shape = claim.fields.shape("dibuka"), shape == .null || shape == .emptyText {
                diagnostics.add(.ppid214, at: claim.fields.key("dibuka"),
                    "\"dibuka\" kosong: tulis sejak kapan informasi ini terbuka dan keputusan yang membukanya, yaitu tanggal (YYYY-MM-DD), nomor dan alasan (\(ContentSchemas.openingReasons.joined(separator: ", "))); atau hapus kunci ini bila pengecualian masih berlaku.")
            }
            guard let opening = claim.dibuka, let opened = opening.tanggal,
                  let decided = claim.penetapan?.tanggal, opened < decided else { continue }
            diagnostics.add(.ppid214, at: opening.fields.value("tanggal"),
                "dibuka.tanggal \(opened.iso) lebih awal daripada penetapan.tanggal \(decided.iso): informasi tidak dapat dibuka sebelum pengecualiannya ditetapkan. Periksa kedua tanggal dan tulis tanggal pembukaan yang sebenarnya.")
        }
        for opd in context.model.opds {
            let ids = Set(opd.exemptions.map(\.id))
            for item in opd.informasi {
                guard let named = item.dariDIK, !ids.contains(named) else { continue }
                var message = "dari_dik \"\(named)\" tidak menunjuk informasi yang dikecualikan di DIK \(opd.nama) (opd/\(opd.slug)/dik.yml)"
                if let suggestion = named.closest(in: opd.exemptions.map(\.id)) {
                    message += "; maksud Anda \"\(suggestion)\"?"
                } else if ids.isEmpty {
                    message += ", karena OPD ini tidak memiliki informasi yang dikecualikan. Hapus dari_dik, atau tulis id item DIK OPD ini yang telah dibuka."
                } else {
                    message += ". Tulis id item DIK OPD ini yang telah dibuka: \(opd.exemptions.map(\.id).sorted().prefix(10).joined(separator: ", "))."
                }
                diagnostics.add(.ppid214, at: item.fields.value("dari_dik"), message)
            }
        }
    }
}
