/// The opd-level checks of MONEV.md for one OPD, each reading the validator's findings on the
/// things it rests on: an item with an error counts as not met for every check that rests on it.
struct OPDChecks {
    let opd: OPD
    let files: LoadedContent.OPDFiles?
    let inventory: ContentInventory
    let findings: FindingIndex
    /// The evaluated year.
    let year: Int
    /// Whether this OPD hosts the PPID Utama (it owes the seven SOPs of PPID303).
    let hostsPPIDUtama: Bool
    /// DIP items as written in `dip.yml` (not the entries the site adds for opened exemptions).
    let contentItems: [InformationItem]
    private let dipSpans: ItemSpans
    private let dikSpans: ItemSpans

    init(opd: OPD, files: LoadedContent.OPDFiles?, inventory: ContentInventory, findings: FindingIndex, year: Int,
         hostsPPIDUtama: Bool) {
        self.opd = opd
        self.files = files
        self.inventory = inventory
        self.findings = findings
        self.year = year
        self.hostsPPIDUtama = hostsPPIDUtama
        contentItems = opd.informasi.filter { !$0.isDerivedFromOpening }
        dipSpans = ItemSpans(files?.dip?.root?["informasi"])
        dikSpans = ItemSpans(files?.dik?.root?["dikecualikan"])
    }

    /// The SOP kinds every OPD other than the PPID Utama's is expected to have (MONEV.md).
    static let pelaksanaSOPKinds = ["permohonan-informasi", "keberatan", "penetapan-dip", "uji-konsekuensi", "pendokumentasian"]
    /// The seven kinds of PPID303.
    static let utamaSOPKinds = ["permohonan-informasi", "keberatan", "sengketa", "penetapan-dip", "uji-konsekuensi",
                                "pendokumentasian", "pendokumentasian-dikecualikan"]

    var dipPath: String { "opd/\(opd.slug)/dip.yml" }
    var dikPath: String { "opd/\(opd.slug)/dik.yml" }
    var profilePath: String { "opd/\(opd.slug)/opd.yml" }

    func evaluate(_ check: MonevCheck) -> MonevCheckOutcome {
        switch check {
        case .dipAda: return dipExists
        case .dipDitetapkanTahunIni: return decidedThisYear(opd.dipDecision, list: "DIP", path: dipPath)
        case .dikAda: return dikExists
        case .dikDitetapkanTahunIni: return decidedThisYear(opd.dikDecision, list: "DIK", path: dikPath)
        case .berkalaMutakhir:
            return itemShare(contentItems.filter { $0.kategori == .berkala }, rules: [.ppid103])
        case .berkalaBerkas:
            return itemShare(contentItems.filter { $0.kategori == .berkala || $0.kategori == .sertaMerta }, rules: [.ppid105])
        case .dikUjiKonsekuensi: return exemptionShare(rules: [.ppid201, .ppid202, .ppid203, .ppid207])
        case .dikJangkaWaktu: return exemptionShare(rules: [.ppid004, .ppid204, .ppid209])
        case .dikKedaluwarsaDibuka: return expiredOpened
        case .sopStandar: return standardSOPs
        case .kontakPelaksana: return pelaksanaContact
        case .skPelaksana: return pelaksanaDecree
        default: return .notCheckable
        }
    }

    private var dipExists: MonevCheckOutcome {
        if files?.dip == nil {
            return .unmet([MonevShortfall("DIP belum ada: buat dip.yml berisi daftar informasi publik OPD ini.", berkas: dipPath, aturan: .ppid013)])
        }
        if let unreadable = unreadable(dipPath) { return .unmet([unreadable]) }
        if contentItems.isEmpty {
            return .unmet([MonevShortfall("DIP belum memuat satu pun informasi yang bukan draf.", berkas: dipPath, aturan: .ppid306)])
        }
        return .met
    }

    private var dikExists: MonevCheckOutcome {
        guard let dik = files?.dik else {
            return .unmet([MonevShortfall("DIK belum ada: buat dik.yml berisi hasil uji konsekuensi, atau \"dikecualikan: []\" dengan penetapan bila tidak ada yang dikecualikan.", berkas: dikPath)])
        }
        if !opd.exemptions.isEmpty { return .met }
        if let unreadable = unreadable(dikPath) { return .unmet([unreadable]) }
        let declaredEmpty = dik.root?["dikecualikan"]?.items?.isEmpty == true
        if declaredEmpty && opd.dikDecision != nil { return .met }
        return .unmet([MonevShortfall(declaredEmpty
            ? "DIK kosong tanpa penetapan: isi penetapan (nomor, tanggal, oleh) untuk menyatakan tidak ada informasi yang dikecualikan."
            : "DIK belum memuat satu pun informasi yang bukan draf.", berkas: dikPath, aturan: declaredEmpty ? nil : .ppid306)])
    }

    /// A list that could not be read at all (PPID001, PPID009): that is what to fix first.
    private func unreadable(_ path: String) -> MonevShortfall? {
        guard let finding = findings.findings(in: inventory.displayPath(path)).first(where: { $0.rule == .ppid001 || $0.rule == .ppid009 })
        else { return nil }
        return MonevShortfall("Berkas tidak dapat dibaca: \(finding.rule.summary)", berkas: path, line: finding.location.line, aturan: finding.rule)
    }

    private func decidedThisYear(_ decision: Decision?, list: String, path: String) -> MonevCheckOutcome {
        if let date = decision?.tanggal, date.year == year { return .met }
        let said = decision?.tanggal.map { "ditetapkan \($0.indonesian), bukan tahun \(year)" } ?? "belum memiliki penetapan bertanggal"
        return .unmet([MonevShortfall("\(list) \(said): tetapkan ulang dan isi penetapan (nomor, tanggal, oleh) tahun \(year).", berkas: path)])
    }

    /// Why an item (its lines in `file`) falls short: a finding under one of `rules`, or any error.
    private func failing(_ file: String, _ lines: ClosedRange<Int>, rules: Set<RuleID>) -> Diagnostic? {
        findings.findings(in: inventory.displayPath(file), lines: lines).first { rules.contains($0.rule) || $0.severity == .error }
    }

    private func itemShare(_ items: [InformationItem], rules: Set<RuleID>) -> MonevCheckOutcome {
        var shortfalls: [MonevShortfall] = []
        for item in items {
            if let finding = failing(dipPath, dipSpans.span(at: item.fields.start), rules: rules) {
                shortfalls.append(MonevShortfall("\"\(item.judul)\": \(finding.rule.summary)", berkas: dipPath,
                                                 line: finding.location.line, aturan: finding.rule))
            }
        }
        if items.isEmpty {
            shortfalls.append(MonevShortfall("DIP belum memuat informasi yang dinilai di butir ini.", berkas: dipPath))
        }
        return .share(met: items.count - (items.isEmpty ? 0 : shortfalls.count), of: items.count, shortfalls)
    }

    private func exemptionShare(rules: Set<RuleID>) -> MonevCheckOutcome {
        var shortfalls: [MonevShortfall] = []
        for claim in opd.exemptions {
            if let finding = failing(dikPath, dikSpans.span(at: claim.fields.start), rules: rules) {
                shortfalls.append(MonevShortfall("\"\(claim.judul)\": \(finding.rule.summary)", berkas: dikPath,
                                                 line: finding.location.line, aturan: finding.rule))
            }
        }
        if opd.exemptions.isEmpty {
            shortfalls.append(MonevShortfall("DIK belum memuat informasi yang dikecualikan untuk dinilai.", berkas: dikPath))
            return .unmet(shortfalls)
        }
        return .share(met: opd.exemptions.count - shortfalls.count, of: opd.exemptions.count, shortfalls)
    }

    /// Met when the OPD has a DIK and none of its items is still withheld after its period ended.
    private var expiredOpened: MonevCheckOutcome {
        guard files?.dik != nil else {
            return .unmet([MonevShortfall("DIK belum ada, sehingga pembukaan pengecualian yang berakhir tidak dapat dinilai.", berkas: dikPath)])
        }
        let expired = findings.findings(in: inventory.displayPath(dikPath)).filter { $0.rule == .ppid205 }
        return .allOrNothing(expired.map {
            MonevShortfall("Jangka waktu pengecualian telah berakhir: uji ulang, atau umumkan dan catat \"dibuka\" (LIFECYCLE.md).",
                           berkas: dikPath, line: $0.location.line, aturan: .ppid205)
        })
    }

    private var standardSOPs: MonevCheckOutcome {
        let kinds = hostsPPIDUtama ? Self.utamaSOPKinds : Self.pelaksanaSOPKinds
        var shortfalls: [MonevShortfall] = []
        for kind in kinds {
            let candidates = opd.sops.filter { $0.jenis == kind }
            let title = SOP.kindTitles[kind] ?? kind
            let problems = candidates.map { sop in
                (sop, findings.findings(in: sop.sourcePath).first { $0.rule == .ppid304 || $0.severity == .error })
            }
            if problems.contains(where: { $0.1 == nil }) { continue }
            if let (sop, finding) = problems.first, let finding {
                let relative = "opd/\(opd.slug)/sop/\(sop.name).md"
                shortfalls.append(MonevShortfall("SOP \(title) belum lengkap: \(finding.rule.summary)", berkas: relative,
                                                 line: finding.location.line, aturan: finding.rule))
            } else if opd.draftSOPKinds.contains(kind) {
                shortfalls.append(MonevShortfall("SOP \(title) masih draf: lengkapi lalu hapus \"draf: true\".",
                                                 berkas: "opd/\(opd.slug)/sop/\(kind).md", aturan: .ppid306))
            } else {
                shortfalls.append(MonevShortfall("SOP \(title) belum ada: buat SOP berjenis \(kind).",
                                                 berkas: "opd/\(opd.slug)/sop/\(kind).md", aturan: .ppid303))
            }
        }
        return .share(met: kinds.count - shortfalls.count, of: kinds.count, shortfalls)
    }

    /// The lines of `ppid_pelaksana` (or of its `sk`) in `opd.yml`.
    private func pelaksanaSpan(_ key: String? = nil) -> ClosedRange<Int>? {
        var node = files?.profile?.root?["ppid_pelaksana"]
        if let key { node = node?[key] }
        return node?.lineSpan
    }

    private var pelaksanaContact: MonevCheckOutcome {
        let file = inventory.displayPath(profilePath)
        let lines = pelaksanaSpan() ?? 1...1
        let found = findings.findings(in: file).filter {
            $0.rule == .ppid302 || ($0.rule == .ppid305 && lines.contains($0.location.line))
                || ($0.severity == .error && lines.contains($0.location.line))
        }
        if let finding = found.first {
            return .unmet([MonevShortfall("Kontak PPID Pelaksana: \(finding.rule.summary)", berkas: profilePath,
                                          line: finding.location.line, aturan: finding.rule)])
        }
        if opd.pelaksana.contact.isEmpty {
            return .unmet([MonevShortfall("Kontak PPID Pelaksana belum ada: isi email atau telepon di ppid_pelaksana.", berkas: profilePath, aturan: .ppid302)])
        }
        return .met
    }

    private var pelaksanaDecree: MonevCheckOutcome {
        guard let sk = opd.pelaksana.sk, sk.nomor != nil, sk.tanggal != nil else {
            return .unmet([MonevShortfall("SK PPID Pelaksana belum dicatat: isi ppid_pelaksana.sk (nomor, tanggal, berkas) dari SK Kepala OPD.", berkas: profilePath)])
        }
        if let lines = pelaksanaSpan("sk"),
           let finding = findings.findings(in: inventory.displayPath(profilePath), lines: lines).first(where: { $0.severity == .error }) {
            return .unmet([MonevShortfall("SK PPID Pelaksana: \(finding.rule.summary)", berkas: profilePath,
                                          line: finding.location.line, aturan: finding.rule)])
        }
        return .met
    }
}
