// Rules on the Daftar Informasi Publik (UU 14/2008 Pasal 9–11, Perki 1/2021).
// PPID101 (a `kategori` that is not an allowed word) is reported by the schema (ContentSchemas.informationItem).

extension InformationCategory {
    /// The references allowed as `dasar` for this category, written out for messages.
    var referenceForm: String {
        switch self {
        case .berkala: return LegalArticles.berkalaForm
        case .sertaMerta: return LegalArticles.sertaMertaForm
        case .setiapSaat: return LegalArticles.setiapSaatForm
        }
    }

    /// "untuk informasi berkala gunakan …".
    var referenceAdvice: String { "untuk informasi \(rawValue) gunakan \(referenceForm)" }

    /// The advice when the category is unknown: every category's form.
    static var allReferenceAdvice: String {
        "gunakan " + allCases.map { "\($0.referenceForm) untuk informasi \($0.rawValue)" }.joined(separator: "; ")
    }
}

/// PPID102: `dasar`, when given, is a valid reference that fits the item's category.
struct InformationBasisRule: ContentRule {
    let ids: [RuleID] = [.ppid102]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        // A DIP repeats the same few references thousands of times: judge each pair once.
        struct Pair: Hashable {
            var kategori: InformationCategory?
            var dasar: String
        }
        var judged: [Pair: String?] = [:]
        for opd in context.model.opds {
            // By index: the fields read in place, no copy of each item.
            for index in opd.informasi.indices {
                guard let dasar = opd.informasi[index].dasar else { continue }
                let key = Pair(kategori: opd.informasi[index].kategori, dasar: dasar)
                let verdict: String?
                if let known = judged[key] {
                    verdict = known
                } else {
                    verdict = problem(dasar, kategori: key.kategori)
                    judged[key] = verdict
                }
                if let message = verdict {
                    diagnostics.add(.ppid102, at: opd.informasi[index].fields.value("dasar"), message)
                }
            }
        }
    }

    func problem(_ dasar: String, kategori: InformationCategory?) -> String? {
        let advice = kategori?.referenceAdvice ?? InformationCategory.allReferenceAdvice
        switch LegalReference.parse(dasar) {
        case .failure(let error):
            switch error.kind {
            case .notAnArticle, .unknownArticle:
                return "dasar \"\(dasar)\" tidak sah: \(error.message); \(advice)."
            case .malformed, .several, .trailing:
                return "dasar \"\(dasar)\" tidak sah: \(error.message)."
            }
        case .success(let reference):
            guard let category = reference.category else {
                return "dasar \"\(dasar)\" merujuk \(reference), dasar informasi yang dikecualikan; item DIP adalah informasi terbuka: \(advice)."
            }
            guard let kategori, category != kategori else { return nil }
            return "dasar \"\(dasar)\" adalah dasar informasi \(category.rawValue) (\(category.article)), bukan \(kategori.rawValue): \(advice), atau ubah kategori menjadi \"\(category.rawValue)\"."
        }
    }
}

/// PPID103, PPID104, PPID106: the dates of DIP items.
struct InformationDateRule: ContentRule {
    let ids: [RuleID] = [.ppid103, .ppid104, .ppid106]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        let today = context.today
        let oldest = today.adding(months: -6)
        let all = context.model.allInformation
        // By index: the fields read in place, no copy of each item.
        for index in all.indices {
            let fields = all[index].fields
            var item: InformationItem { all[index] } // for messages only
            if let diperbarui = all[index].diperbarui, diperbarui > today {
                diagnostics.add(.ppid106, at: fields.value("diperbarui"),
                    "diperbarui \(diperbarui.iso) melewati hari ini (\(today.iso)); tanggal pembaruan tidak boleh di masa depan. Tulis tanggal pembaruan terakhir yang sebenarnya.")
            }
            if let made = all[index].waktuPembuatan, made.isAfter(today) {
                diagnostics.add(.ppid106, at: fields.value("waktu_pembuatan"),
                    "waktu_pembuatan \(made) melewati hari ini (\(today.iso)); informasi tidak dapat dibuat di masa depan. Tulis waktu pembuatan yang sebenarnya.")
            }
            guard all[index].kategori == .berkala else { continue }
            if let diperbarui = all[index].diperbarui {
                if diperbarui < oldest {
                    diagnostics.add(.ppid103, at: fields.value("diperbarui"),
                        "Informasi berkala \"\(item.judul)\" terakhir diperbarui \(diperbarui.iso), lebih dari enam bulan sebelum hari ini (\(today.iso)); Pasal 9 ayat (3) UU 14/2008 mewajibkan informasi berkala diumumkan sekurang-kurangnya setiap enam bulan. Perbarui informasinya, lalu ubah \"diperbarui\".")
                }
            } else if fields.shape("diperbarui") == nil || fields.shape("diperbarui") == .null {
                diagnostics.add(.ppid104, at: fields.shape("diperbarui") == nil ? fields.start : fields.key("diperbarui"),
                    "Informasi berkala \"\(item.judul)\" tidak memiliki \"diperbarui\": tulis tanggal pembaruan terakhirnya (YYYY-MM-DD), karena Pasal 9 ayat (3) UU 14/2008 mewajibkan informasi berkala diperbarui sekurang-kurangnya setiap enam bulan.")
            }
        }
    }
}

/// PPID105: berkala and serta-merta items a citizen can get from the site.
struct InformationAccessRule: ContentRule {
    let ids: [RuleID] = [.ppid105]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        let all = context.model.allInformation
        // By index: the fields read in place, no copy of each item.
        for index in all.indices where all[index].berkas == nil && all[index].tautan == nil {
            guard let kategori = all[index].kategori, kategori != .setiapSaat else { continue }
            let item = all[index]
            diagnostics.add(.ppid105, at: item.fields.start,
                "Informasi \(kategori.rawValue) \"\(item.judul)\" tidak memiliki \"berkas\" maupun \"tautan\": undang-undang mewajibkan informasi ini diumumkan, tetapi warga tidak dapat memperolehnya dari situs. Tambahkan \"berkas: berkas/nama-dokumen.pdf\" atau \"tautan: https://…\".")
        }
    }
}

/// PPID107: every DIP has berkala items for Pasal 9 ayat (2) huruf a, b and c.
struct MinimumBerkalaRule: ContentRule {
    let ids: [RuleID] = [.ppid107]

    static let required: [(huruf: String, what: String)] = [
        ("a", "profil (informasi tentang OPD: alamat, tugas dan fungsi, struktur, profil pejabat)"),
        ("b", "kegiatan dan kinerja (program, kegiatan, capaian kinerja)"),
        ("c", "laporan keuangan (rencana dan realisasi anggaran, neraca)"),
    ]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        // The huruf of each `dasar` that is a Pasal 9 reference: a DIP repeats the same few
        // references thousands of times, so each is parsed once.
        var hurufOf: [String: String?] = [:]
        for opd in context.model.opds where opd.hasDIP {
            guard let location = opd.informasiKey else { continue }
            var present = Set<String>()
            // By index: the two fields read, not a copy of every item (a tenth of the rules' time).
            for index in opd.informasi.indices where opd.informasi[index].kategori == .berkala {
                guard let dasar = opd.informasi[index].dasar else { continue }
                let huruf: String?
                if let known = hurufOf[dasar] {
                    huruf = known
                } else {
                    if case .success(let reference) = LegalReference.parse(dasar), reference.pasal == 9 {
                        huruf = reference.huruf
                    } else {
                        huruf = nil
                    }
                    hurufOf[dasar] = huruf
                }
                if let huruf { present.insert(huruf) }
            }
            for (huruf, what) in Self.required where !present.contains(huruf) {
                diagnostics.add(.ppid107, at: location,
                    "DIP \(opd.nama) belum memuat informasi berkala Pasal 9 ayat (2) huruf \(huruf) UU 14/2008: \(what). Tambahkan item dengan \"kategori: berkala\" dan \"dasar: Pasal 9 ayat (2) huruf \(huruf)\".")
            }
        }
    }
}
