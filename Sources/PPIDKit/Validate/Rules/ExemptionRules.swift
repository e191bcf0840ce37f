// Rules on the Daftar Informasi yang Dikecualikan (UU 14/2008 Pasal 17–20, PP 61/2010).
// Reported by the schema (ContentSchemas.exemption): a missing `konsekuensi` or `kepentingan_publik`
// (PPID202), a missing `penetapan` or its `nomor`, `tanggal`, `oleh` (PPID207), `berkas`/`tautan` (PPID210).

/// One `dasar_hukum` entry: its text, where it stands and, when valid, the reference it makes.
struct ExemptionBasis {
    var text: String
    var location: SourceLocation
    var reference: LegalReference?

    /// The huruf of a valid Pasal 17 reference.
    var exemptionLetter: String? {
        guard let reference, reference.pasal == 17 else { return nil }
        return reference.huruf
    }
}

extension ExemptionClaim {
    var bases: [ExemptionBasis] {
        dasarHukum.enumerated().map { index, text in
            let location = index < dasarHukumLocations.count ? dasarHukumLocations[index] : fields.value("dasar_hukum")
            var reference: LegalReference?
            if case .success(let parsed) = LegalReference.parse(text) { reference = parsed }
            return ExemptionBasis(text: text, location: location, reference: reference)
        }
    }

    /// The first valid Pasal 17 basis whose huruf is among `letters`.
    func basis(withLetterIn letters: Set<String>) -> ExemptionBasis? {
        bases.first { $0.exemptionLetter.map(letters.contains) ?? false }
    }
}

/// PPID201: every `dasar_hukum` entry is one valid Pasal 17 reference.
struct ExemptionBasisRule: ContentRule {
    let ids: [RuleID] = [.ppid201]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for claim in context.model.allExemptions {
            if claim.dasarHukum.isEmpty && claim.fields.shape("dasar_hukum") == .emptyText {
                diagnostics.add(.ppid201, at: claim.fields.value("dasar_hukum"),
                    "dasar_hukum kosong; tulis dasar pengecualiannya sebagai \(LegalArticles.exemptionForm).")
            }
            for basis in claim.bases {
                if let message = Self.problem(basis.text) {
                    diagnostics.add(.ppid201, at: basis.location, message)
                }
            }
        }
    }

    static func problem(_ text: String) -> String? {
        switch LegalReference.parse(text) {
        case .failure(let error):
            switch error.kind {
            case .notAnArticle, .unknownArticle:
                return "dasar_hukum \"\(text)\" tidak sah: \(error.message); pengecualian hanya dapat berdasar Pasal 17 UU 14/2008: tulis \(LegalArticles.exemptionForm)."
            case .malformed, .several, .trailing:
                return "dasar_hukum \"\(text)\" tidak sah: \(error.message)."
            }
        case .success(let reference):
            guard reference.pasal != 17 else { return nil }
            return "dasar_hukum \"\(text)\" bukan rujukan Pasal 17: \(reference) adalah dasar informasi terbuka, sedangkan pengecualian hanya dapat berdasar Pasal 17 UU 14/2008; tulis \(LegalArticles.exemptionForm)."
        }
    }
}

/// PPID202: the uji konsekuensi (Pasal 19) is written out, at least 50 characters each.
struct ConsequenceTestRule: ContentRule {
    let ids: [RuleID] = [.ppid202]
    static let minimumLength = 50

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for claim in context.model.allExemptions {
            check(claim.konsekuensi, key: "konsekuensi", in: claim,
                  what: "menguraikan akibat yang timbul bila informasi ini dibuka", into: &diagnostics)
            check(claim.kepentinganPublik, key: "kepentingan_publik", in: claim,
                  what: "menjelaskan mengapa menutup informasi ini melindungi kepentingan yang lebih besar daripada membukanya",
                  into: &diagnostics)
        }
    }

    private func check(_ text: String, key: String, in claim: ExemptionClaim, what: String,
                       into diagnostics: inout DiagnosticBag) {
        let shape = claim.fields.shape(key)
        guard shape == .text || shape == .emptyText else { return }
        let length = text.trimmedWhitespace.count
        guard length < Self.minimumLength else { return }
        diagnostics.add(.ppid202, at: claim.fields.value(key),
            "\(key) \"\(text.collapsedWhitespace)\" hanya \(length) karakter: uji konsekuensi (Pasal 19 UU 14/2008) harus \(what); tulis sedikitnya \(Self.minimumLength) karakter.")
    }
}

/// PPID203: the title names a kind of information that can never be exempted.
struct NeverExemptRule: ContentRule {
    let ids: [RuleID] = [.ppid203]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for claim in context.model.allExemptions {
            guard let term = NeverExemptVocabulary.match(claim.judul) else { continue }
            diagnostics.add(.ppid203, at: claim.fields.value("judul"),
                "judul \"\(claim.judul)\" menyebut \"\(term.phrase)\", informasi yang \(term.clause.explanation): keluarkan dari DIK dan umumkan di DIP. Bila hanya sebagian isinya yang dirahasiakan (misalnya data pribadi), sebut bagian itu saja di judul, misalnya \"NIK penerima dalam lampiran keputusan\".")
        }
    }
}

/// PPID204: exemptions under Pasal 17 huruf a–f are never permanent (Pasal 20).
struct PermanentExemptionRule: ContentRule {
    let ids: [RuleID] = [.ppid204]
    static let notPermanent: Set<String> = ["a", "b", "c", "d", "e", "f"]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for claim in context.model.allExemptions where claim.jangkaWaktu == .permanent {
            guard let basis = claim.basis(withLetterIn: Self.notPermanent), let huruf = basis.exemptionLetter else { continue }
            diagnostics.add(.ppid204, at: claim.fields.value("jangka_waktu"),
                "jangka_waktu \"\(claim.jangkaWaktuText)\" tidak boleh untuk pengecualian Pasal 17 huruf \(huruf): menurut Pasal 20 UU 14/2008 pengecualian huruf a–f tidak bersifat permanen. Tulis jangka waktunya, misalnya \"5 tahun\", tanggal berakhirnya (YYYY-MM-DD) atau \"sampai <peristiwa>\".")
        }
    }
}

/// PPID205: the exemption period has ended and the item was not opened (`dibuka`).
struct ExpiredExemptionRule: ContentRule {
    let ids: [RuleID] = [.ppid205]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        let today = context.today
        for claim in context.model.allExemptions where !claim.fields.has("dibuka") {
            guard let period = claim.jangkaWaktu, let end = period.endDate(decidedOn: claim.penetapan?.tanggal),
                  end < today else { continue }
            let since: String
            if case .years = period, let decided = claim.penetapan?.tanggal {
                since = " sejak penetapan \(decided.iso)"
            } else {
                since = ""
            }
            diagnostics.add(.ppid205, at: claim.fields.value("jangka_waktu"),
                "Jangka waktu pengecualian \"\(claim.jangkaWaktuText)\"\(since) telah berakhir pada \(end.iso), sebelum hari ini (\(today.iso)): lakukan uji konsekuensi ulang lalu perbarui jangka_waktu dan penetapan, atau keluarkan informasi ini dari DIK dan umumkan di DIP.")
        }
    }
}

/// PPID206: the same information is in the DIP and in the DIK. An opened item (`dibuka`) and the
/// DIP entry that names it are one information on its way from one list to the other: not a clash.
struct OpenAndExemptRule: ContentRule {
    let ids: [RuleID] = [.ppid206]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        // Path order: OPD folders by their `dip.yml` path, items in file order.
        let opds = context.model.opds.sorted { "opd/\($0.slug)/dip.yml" < "opd/\($1.slug)/dip.yml" }
        // What the DIK items are looked up by: only DIP items that one of them names are indexed.
        var wantedIDs: [String: Set<String>] = [:]
        var wantedTitles = Set<String>()
        for claim in context.model.allExemptions where claim.dibuka == nil {
            if !claim.id.isEmpty { wantedIDs[claim.opdSlug, default: []].insert(claim.id) }
            wantedTitles.insert(Self.fold(claim.judul))
        }
        // Items by place (OPD, item), not copies of 50 000 items in two dictionaries.
        typealias Place = (opd: Int, item: Int)
        var byID: [String: [String: Place]] = [:]
        var byTitle: [String: Place] = [:]
        for o in opds.indices {
            let slug = opds[o].slug
            let idsOfOPD = wantedIDs[slug]
            for i in opds[o].informasi.indices {
                let id = opds[o].informasi[i].id, itemSlug = opds[o].informasi[i].opdSlug
                let ids = itemSlug == slug ? idsOfOPD : wantedIDs[itemSlug]
                if let ids, ids.contains(id), byID[itemSlug]?[id] == nil { byID[itemSlug, default: [:]][id] = (o, i) }
                let title = Self.fold(opds[o].informasi[i].judul)
                if !title.isEmpty, wantedTitles.contains(title), byTitle[title] == nil { byTitle[title] = (o, i) }
            }
        }
        for claim in context.model.allExemptions where claim.dibuka == nil {
            let clash: (place: SourceLocation, why: String)
            if !claim.id.isEmpty, let place = byID[claim.opdSlug]?[claim.id] {
                let item = opds[place.opd].informasi[place.item]
                clash = (item.idWasDerived ? item.fields.value("judul") : item.fields.value("id"), "id \"\(claim.id)\" sama")
            } else if let place = byTitle[Self.fold(claim.judul)] {
                clash = (opds[place.opd].informasi[place.item].fields.value("judul"), "judulnya sama")
            } else {
                continue
            }
            diagnostics.add(.ppid206, at: claim.fields.value("judul"),
                "Informasi \"\(claim.judul)\" dikecualikan di DIK, padahal informasi yang sama ada di DIP (\(clash.place.file):\(clash.place.line), \(clash.why)): informasi tidak dapat sekaligus terbuka dan dikecualikan. Hapus dari salah satu daftar; bila hanya sebagian yang dikecualikan, beri judul yang menyebut bagian itu saja.")
        }
    }

    /// Case folded, runs of white space collapsed (a byte loop for the usual all-ASCII title).
    static func fold(_ title: String) -> String {
        guard title.utf8.allSatisfy({ $0 < 0x80 }) else { return title.lowercased().collapsedWhitespace }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        for byte in title.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// PPID207: the decision that set the exemption is not dated in the future.
struct ExemptionDecisionRule: ContentRule {
    let ids: [RuleID] = [.ppid207]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for claim in context.model.allExemptions {
            guard let decided = claim.penetapan?.tanggal, decided > context.today else { continue }
            let location = claim.penetapanFields?.value("tanggal") ?? claim.fields.value("penetapan")
            diagnostics.add(.ppid207, at: location,
                "penetapan.tanggal \(decided.iso) melewati hari ini (\(context.today.iso)): pengecualian hanya berlaku setelah ditetapkan. Tulis tanggal keputusan yang sebenarnya.")
        }
    }
}

/// PPID208 and PPID211: Pasal 17 huruf j names the Undang-Undang that forbids disclosure.
struct OtherLawRule: ContentRule {
    let ids: [RuleID] = [.ppid208, .ppid211]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for claim in context.model.allExemptions {
            guard let basis = claim.basis(withLetterIn: ["j"]) else { continue }
            if claim.peraturanLain.isEmpty {
                diagnostics.add(.ppid208, at: basis.location,
                    "dasar_hukum \"\(basis.text)\" (informasi yang tidak boleh diungkapkan berdasarkan undang-undang) harus menyebut undang-undang itu, tetapi \"peraturan_lain\" tidak ada atau kosong; tulis misalnya \"peraturan_lain: [UU 17/2023 tentang Kesehatan]\".")
            } else if !claim.peraturanLain.contains(where: Self.isLaw) {
                let listed = claim.peraturanLain.map { "\"\($0)\"" }.joined(separator: ", ")
                diagnostics.add(.ppid211, at: basis.location,
                    "dasar_hukum \"\(basis.text)\" hanya berlaku bila undang-undang melarang pengungkapan, tetapi peraturan_lain (\(listed)) tidak memuat undang-undang: peraturan di bawah undang-undang tidak cukup. Tambahkan undang-undangnya (UU, Perppu, KUHP, KUHAP atau KUHPerdata), misalnya \"UU 17/2023 tentang Kesehatan\".")
            }
        }
    }

    /// An entry counts as a law when it starts with `UU`, `Undang-Undang` or `Perppu`, or names KUHP,
    /// KUHAP or KUHPerdata.
    static func isLaw(_ entry: String) -> Bool {
        let words = NeverExemptVocabulary.words(entry)
        guard let first = words.first else { return false }
        if first == "uu" || first == "perppu" || words.matches(["undang", "undang"], at: 0) { return true }
        if words.contains(where: { ["kuhp", "kuhap", "kuhperdata"].contains($0) }) { return true }
        return words.indices.contains { words.matches(["kitab", "undang", "undang", "hukum"], at: $0) }
    }
}

/// PPID209: a law-enforcement exemption (Pasal 17 huruf a) lasts at most 30 years (PP 61/2010).
struct LawEnforcementPeriodRule: ContentRule {
    let ids: [RuleID] = [.ppid209]
    static let maximumYears = 30

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for claim in context.model.allExemptions {
            guard claim.basis(withLetterIn: ["a"]) != nil, let period = claim.jangkaWaktu else { continue }
            let tooLong: Bool
            switch period {
            case .years(let years):
                tooLong = years > Self.maximumYears
            case .until(let date):
                guard let decided = claim.penetapan?.tanggal else { continue }
                tooLong = date > decided.adding(years: Self.maximumYears)
            case .permanent, .event:
                continue
            }
            guard tooLong else { continue }
            diagnostics.add(.ppid209, at: claim.fields.value("jangka_waktu"),
                "jangka_waktu \"\(claim.jangkaWaktuText)\" melebihi \(Self.maximumYears) tahun: pengecualian Pasal 17 huruf a (penegakan hukum) paling lama \(Self.maximumYears) tahun (PP 61/2010). Perpendek jangka waktunya, misalnya \"\(Self.maximumYears) tahun\".")
        }
    }
}

/// PPID212: personal-secret exemptions (Pasal 17 huruf h) over information about a public office.
struct PublicOfficeRule: ContentRule {
    let ids: [RuleID] = [.ppid212]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for claim in context.model.allExemptions {
            guard claim.basis(withLetterIn: ["h"]) != nil,
                  let phrase = NeverExemptVocabulary.publicOfficeMatch(claim.judul) else { continue }
            diagnostics.add(.ppid212, at: claim.fields.value("judul"),
                "judul \"\(claim.judul)\" menyebut \"\(phrase)\", tetapi dikecualikan sebagai rahasia pribadi (Pasal 17 huruf h): menurut Pasal 18 ayat (2) huruf b UU 14/2008 informasi yang berkaitan dengan jabatan seseorang di jabatan publik tidak dilindungi. Umumkan informasi jabatan itu; kecualikan hanya data pribadi yang tidak berkaitan dengan jabatan.")
        }
    }
}
