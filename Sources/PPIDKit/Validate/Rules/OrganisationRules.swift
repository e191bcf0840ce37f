// Rules on the PPID organisation and its SOPs (Permendagri 3/2017, Perki 1/2021).
// Reported by the schema: a missing `sk`, `sk.nomor`, `sk.tanggal` (PPID301); a missing `ppid_pelaksana`
// or its `jabatan` (PPID302); an SOP without `judul`, `jenis`, `ditetapkan` or body (PPID304).

extension FieldLocations {
    /// Whether the mapping gives neither `telepon` nor `email` (absent, null or empty text).
    var lacksContact: Bool { isBlank("telepon") && isBlank("email") }
}

/// PPID301 and PPID302: the PPID Utama and every PPID Pelaksana can be reached.
struct ContactRule: ContentRule {
    let ids: [RuleID] = [.ppid301, .ppid302]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        if let badan = context.model.badanPublik, badan.fields.shape("ppid_utama") == .mapping {
            let fields = badan.ppidUtama.fields
            if fields.lacksContact {
                diagnostics.add(.ppid301, at: fields.start,
                    "ppid_utama tidak memuat kontak: isi sedikitnya salah satu dari \"telepon\" atau \"email\" agar pemohon informasi dapat menghubungi PPID Utama.")
            }
        }
        for opd in context.model.opds where opd.fields.shape("ppid_pelaksana") == .mapping {
            let fields = opd.pelaksana.fields
            if fields.lacksContact {
                diagnostics.add(.ppid302, at: fields.start,
                    "ppid_pelaksana \(opd.nama) tidak memuat kontak: isi sedikitnya salah satu dari \"telepon\" atau \"email\" agar pemohon informasi dapat menghubungi PPID Pelaksana.")
            }
        }
    }
}

/// PPID303: the PPID Utama's OPD has every standard SOP (Permendagri 3/2017).
struct StandardSOPRule: ContentRule {
    let ids: [RuleID] = [.ppid303]

    static let standardKinds = ["permohonan-informasi", "keberatan", "sengketa", "penetapan-dip", "uji-konsekuensi",
                                "pendokumentasian", "pendokumentasian-dikecualikan"]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        guard let utama = context.model.badanPublik?.ppidUtama, let opd = context.model.opd(utama.opdSlug) else { return }
        // A draft SOP of a kind keeps this quiet: PPID306 already reminds.
        let present = Set(opd.sops.map(\.jenis)).union(opd.draftSOPKinds)
        // An SOP that could not be read or parsed may be of any kind (one cause, one finding):
        // its file name decides when it names a standard kind, else no kind is reported missing.
        let prefix = "opd/\(opd.slug)/sop/"
        let unknown = context.model.inventory.unusable.filter { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count).dropLast(3)) }
        if unknown.contains(where: { !Self.standardKinds.contains($0) }) { return }
        for kind in Self.standardKinds where !present.contains(kind) && !unknown.contains(kind) {
            let title = SOP.kindTitles[kind] ?? kind
            diagnostics.add(.ppid303, at: utama.fields.value("opd"),
                "OPD PPID Utama (\(opd.nama)) belum memiliki SOP \(title) (jenis \"\(kind)\"); tambahkan opd/\(opd.slug)/sop/\(kind).md dengan \"jenis: \(kind)\" di front matter-nya.")
        }
    }
}

/// PPID305: e-mail addresses and telephone numbers look like real ones.
struct ContactFormatRule: ContentRule {
    let ids: [RuleID] = [.ppid305]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        if let utama = context.model.badanPublik?.ppidUtama {
            check(utama.contact, fields: utama.fields, owner: "ppid_utama", into: &diagnostics)
        }
        for opd in context.model.opds {
            check(opd.pelaksana.contact, fields: opd.pelaksana.fields, owner: "ppid_pelaksana", into: &diagnostics)
        }
    }

    private func check(_ contact: Contact, fields: FieldLocations, owner: String, into diagnostics: inout DiagnosticBag) {
        if let email = contact.email, !Self.isEmail(email) {
            diagnostics.add(.ppid305, at: fields.value("email"),
                "\(owner).email \"\(email)\" bukan alamat surel yang wajar; tulis satu alamat berbentuk nama@domain.tld tanpa spasi, misalnya \"ppid@namadaerah.go.id\".")
        }
        if let telepon = contact.telepon, let problem = Self.telephoneProblem(telepon) {
            diagnostics.add(.ppid305, at: fields.value("telepon"),
                "\(owner).telepon \"\(telepon)\" \(problem); tulis satu nomor dengan angka, spasi dan + ( ) - . saja, misalnya \"(021) 89970000\".")
        }
    }

    /// `local@domain.tld`: one `@`, no white space, a domain of non-empty labels and a top-level
    /// domain of at least two letters.
    static func isEmail(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace }) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last else { return false }
        return tld.count >= 2 && tld.allSatisfy(\.isLetter)
    }

    /// Why a telephone number is refused, or nil when it is fine.
    static func telephoneProblem(_ text: String) -> String? {
        let allowed: Set<Character> = [" ", "+", "(", ")", "-", "."]
        if let bad = text.first(where: { !$0.isASCIIDigit && !allowed.contains($0) }) {
            return "memuat karakter \"\(bad)\" yang bukan bagian nomor telepon"
        }
        let digits = text.filter(\.isASCIIDigit).count
        if digits < 5 { return "hanya memuat \(digits) angka (paling sedikit 5)" }
        if digits > 15 { return "memuat \(digits) angka (paling banyak 15)" }
        return nil
    }
}
