/// The badan-level checks of MONEV.md: what only the Badan Publik as a whole can show.
struct BadanChecks {
    let model: ContentModel
    let loaded: LoadedContent
    let findings: FindingIndex
    let year: Int
    /// The request registers and annual reports; nil until they can be read: those checks are
    /// then not checkable.
    let facts: ServiceReportFacts?
    /// The category and `dasar` of every DIP item as written that has no error on it.
    let soundItems: [(kategori: InformationCategory?, dasar: String?)]

    init(model: ContentModel, loaded: LoadedContent, findings: FindingIndex, year: Int, facts: ServiceReportFacts?) {
        self.model = model
        self.loaded = loaded
        self.findings = findings
        self.year = year
        self.facts = facts
        let files = Dictionary(loaded.opds.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var sound: [(kategori: InformationCategory?, dasar: String?)] = []
        for opd in model.opds {
            let spans = ItemSpans(files[opd.slug]?.dip?.root?["informasi"])
            let file = loaded.inventory.displayPath("opd/\(opd.slug)/dip.yml")
            for item in opd.informasi where !item.isDerivedFromOpening
                && !findings.findings(in: file, lines: spans.span(at: item.fields.start)).contains(where: { $0.severity == .error }) {
                sound.append((item.kategori, item.dasar))
            }
        }
        soundItems = sound
    }

    func evaluate(_ check: MonevCheck) -> MonevCheckOutcome {
        switch check {
        case .kategoriLengkap: return categories
        case .berkalaPasal92: return cited(LegalArticles.berkala, pasal: 9, category: .berkala)
        case .setiapSaatPasal11: return cited(LegalArticles.setiapSaat, pasal: 11, category: nil)
        case .maklumat: return maklumat
        case .laporanLayanan: return annualReport
        case .ringkasanAkses: return accessSummary
        case .tepatWaktu: return onTime
        case .skPPID: return decree
        case .aksesibilitas, .dataTerbuka:
            // The program always writes the accessibility statement and the open data.
            return .met
        case .kanalPengaduan:
            return model.badanPublik?.lapor != nil ? .met
                : .unmet([MonevShortfall("Kanal pengaduan belum diisi: tambahkan \"lapor\" (tautan SP4N-LAPOR!) di ppid.yml.", berkas: "ppid.yml")])
        case .statistikPengaduan: return complaintFigures
        default: return .notCheckable
        }
    }

    private var categories: MonevCheckOutcome {
        let present = Set(soundItems.compactMap(\.kategori))
        let missing = InformationCategory.allCases.filter { !present.contains($0) }
        return .share(met: 3 - missing.count, of: 3, missing.map {
            MonevShortfall("Belum ada \($0.title) (\($0.article)) di DIP OPD mana pun.", berkas: nil)
        })
    }

    private func cited(_ letters: [(huruf: String, name: String)], pasal: Int, category: InformationCategory?) -> MonevCheckOutcome {
        var present = Set<String>()
        var read = Set<String>()
        // Many items share a `dasar`: each text is read once, and reading stops when all are cited.
        for item in soundItems where category == nil || item.kategori == category {
            guard present.count < letters.count, let dasar = item.dasar, read.insert(dasar).inserted,
                  case .success(let reference) = LegalReference.parse(dasar),
                  reference.pasal == pasal, let huruf = reference.huruf else { continue }
            present.insert(huruf)
        }
        let ayat = pasal == 9 ? 2 : 1
        let missing = letters.filter { !present.contains($0.huruf) }
        return .share(met: letters.count - missing.count, of: letters.count, missing.map {
            MonevShortfall("Belum ada informasi dengan dasar Pasal \(pasal) ayat (\(ayat)) huruf \($0.huruf) (\($0.name)).", berkas: nil)
        })
    }

    private var maklumat: MonevCheckOutcome {
        let relative = "halaman/maklumat-pelayanan.md"
        guard model.pages.contains(where: { $0.slug == "maklumat-pelayanan" }) else {
            return .unmet([MonevShortfall("Halaman maklumat pelayanan belum ada (atau masih draf).", berkas: relative)])
        }
        if let finding = findings.findings(in: loaded.inventory.displayPath(relative)).first(where: { $0.severity == .error }) {
            return .unmet([MonevShortfall("Maklumat pelayanan: \(finding.rule.summary)", berkas: relative,
                                          line: finding.location.line, aturan: finding.rule)])
        }
        return .met
    }

    private var decree: MonevCheckOutcome {
        guard let badan = model.badanPublik, let sk = badan.ppidUtama.sk, sk.nomor != nil, sk.tanggal != nil else {
            return .unmet([MonevShortfall("SK PPID Utama belum lengkap (atau masih draf): isi ppid_utama.sk.", berkas: "ppid.yml", aturan: .ppid301)])
        }
        guard sk.berkas != nil else {
            return .unmet([MonevShortfall("Salinan SK PPID Utama belum diterbitkan: isi ppid_utama.sk.berkas.", berkas: "ppid.yml")])
        }
        let lines = loaded.ppid?.root?["ppid_utama"]?["sk"]?.lineSpan ?? 1...1
        if let finding = findings.findings(in: loaded.inventory.displayPath("ppid.yml"), lines: lines).first(where: { $0.severity == .error }) {
            return .unmet([MonevShortfall("SK PPID Utama: \(finding.rule.summary)", berkas: "ppid.yml",
                                          line: finding.location.line, aturan: finding.rule)])
        }
        return .met
    }

    private var complaintFigures: MonevCheckOutcome {
        guard let from = CalendarDate(year: year - 1, month: 1, day: 1), let to = CalendarDate(year: year, month: 12, day: 31) else {
            return .notCheckable
        }
        let found = model.complaintStatistics.periods.contains { $0.dari <= to && $0.sampai >= from }
        return found ? .met : .unmet([MonevShortfall("Belum ada angka pengaduan untuk \(year - 1) atau \(year) di pengaduan/.", berkas: nil)])
    }

    /// `layanan/laporan/<Y−1>.md` set by 31 March of Y; not checkable without requests in Y−1.
    private var annualReport: MonevCheckOutcome {
        guard let facts, facts.yearsWithRequests.contains(year - 1) else { return .notCheckable }
        let relative = "layanan/laporan/\(year - 1).md"
        guard let report = facts.reports[year - 1], !report.isDraft else {
            return .unmet([MonevShortfall("Laporan layanan informasi \(year - 1) belum ada (atau masih draf).", berkas: relative)])
        }
        guard let deadline = CalendarDate(year: year, month: 3, day: 31), let set = report.ditetapkan, set <= deadline else {
            let said = report.ditetapkan.map { "ditetapkan \($0.indonesian), lewat dari 31 Maret \(year)" } ?? "belum bertanggal penetapan"
            return .unmet([MonevShortfall("Laporan layanan informasi \(year - 1) \(said).", berkas: relative)])
        }
        return .met
    }

    private var accessSummary: MonevCheckOutcome {
        guard let facts, facts.hasRegisters else { return .notCheckable }
        let missing = [1, 2].filter { (facts.requestsBySemester[.init(year: year - 1, semester: $0)] ?? 0) == 0 }
        return .share(met: 2 - missing.count, of: 2, missing.map {
            MonevShortfall("Register permohonan belum mencatat permohonan semester \($0) tahun \(year - 1).", berkas: nil)
        })
    }

    private var onTime: MonevCheckOutcome {
        guard let facts, facts.hasRegisters, let recorded = facts.onTimePercent[year - 1], let percent = recorded else {
            return .notCheckable
        }
        let share = min(Score.one, max(Score.zero, percent / Score(100)))
        return MonevCheckOutcome(value: share, shortfalls: share == .one ? [] : [
            MonevShortfall("Permohonan \(year - 1) yang dijawab tepat waktu: \(percent.tenths.indonesian) %.", berkas: nil),
        ])
    }
}
