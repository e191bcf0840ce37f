/// The clauses of UU 14/2008 under which a kind of information can never be exempted.
enum NeverExemptClause: String, Sendable, CaseIterable {
    case courtDecisions = "Pasal 18 ayat (1) huruf a"
    case policies = "Pasal 18 ayat (1) huruf b"
    case stoppedProsecution = "Pasal 18 ayat (1) huruf c"
    case performance = "Pasal 9 ayat (2) huruf b"
    case financialReports = "Pasal 9 ayat (2) huruf c"
    case allPolicies = "Pasal 11 ayat (1) huruf c"
    case workPlans = "Pasal 11 ayat (1) huruf d"

    /// Why the clause forbids withholding, completing "… yang …".
    var explanation: String {
        switch self {
        case .courtDecisions:
            return "menurut \(rawValue) UU 14/2008 tidak termasuk informasi yang dikecualikan (putusan badan peradilan)"
        case .policies:
            return "menurut \(rawValue) UU 14/2008 tidak termasuk informasi yang dikecualikan (ketetapan, keputusan, peraturan, surat edaran dan kebijakan lain)"
        case .stoppedProsecution:
            return "menurut \(rawValue) UU 14/2008 tidak termasuk informasi yang dikecualikan (surat perintah penghentian penyidikan atau penuntutan)"
        case .performance:
            return "wajib diumumkan secara berkala menurut \(rawValue) UU 14/2008 (kegiatan dan kinerja)"
        case .financialReports:
            return "wajib diumumkan secara berkala menurut \(rawValue) UU 14/2008 (laporan keuangan)"
        case .allPolicies:
            return "wajib tersedia setiap saat menurut \(rawValue) UU 14/2008 (seluruh kebijakan dan dokumen pendukungnya)"
        case .workPlans:
            return "wajib tersedia setiap saat menurut \(rawValue) UU 14/2008 (rencana kerja dan perkiraan pengeluaran tahunan)"
        }
    }
}

/// One never-exempt kind as words to find in a `judul`.
struct NeverExemptTerm: Sendable {
    enum Placement: Sendable {
        /// Anywhere in the title's head phrase.
        case anywhere
        /// Only as the head of the title (after words such as "salinan", "dokumen"), or directly followed
        /// by one of these phrases (an issuing authority, a court).
        case headOrFollowedBy([[String]])
    }

    /// Lower-case words, matched as consecutive whole words.
    let words: [String]
    let clause: NeverExemptClause
    var placement: Placement = .anywhere
    /// Phrases that, directly following the term, make it another kind of document.
    var notFollowedBy: [[String]] = []

    var phrase: String { words.joined(separator: " ") }
}

/// The vocabulary of PPID203 and PPID212, documented in docs/KOSAKATA-PASAL-18.md.
///
/// A term is searched in the *head phrase* of the title: its words up to the first word that starts a
/// modifier ("dalam", "sebelum", "tentang", "yang" …). "Data pribadi dalam berkas keputusan" names
/// personal data, not a decision; "Berkas perkara sebelum putusan pengadilan" names a case file.
enum NeverExemptVocabulary {
    /// Issuing authorities and levels of regulation that make "keputusan", "SK" or "peraturan" a policy.
    static let authorities: [[String]] = [
        ["bupati"], ["wali", "kota"], ["walikota"], ["gubernur"], ["kepala"], ["menteri"], ["direktur"],
        ["sekretaris"], ["camat"], ["lurah"], ["ketua"], ["presiden"], ["dprd"], ["rektor"], ["ppid"],
        ["komisi"], ["dewan"], ["pejabat"], ["bersama"], ["daerah"], ["pemerintah"], ["desa"], ["badan"],
    ]

    static let courts: [[String]] = [["pengadilan"], ["hakim"], ["mahkamah"], ["majelis"], ["badan", "peradilan"]]

    /// Words that start a modifier and so end the head phrase of a title.
    static let boundaries: Set<String> = [
        "dalam", "pada", "di", "sebelum", "sampai", "hingga", "menunggu", "setelah", "sesudah", "pasca", "selama",
        "tentang", "mengenai", "perihal", "terkait", "yang", "untuk", "bagi",
    ]

    /// Words naming a copy or form of a document, skipped when looking for the head of a title.
    static let wrappers: Set<String> = [
        "salinan", "dokumen", "berkas", "naskah", "arsip", "draf", "draft", "rancangan", "konsep", "lampiran",
        "fotokopi", "kopi", "pindaian",
    ]

    static let terms: [NeverExemptTerm] = {
        func term(_ phrase: String, _ clause: NeverExemptClause, _ placement: NeverExemptTerm.Placement = .anywhere,
                  notFollowedBy: [[String]] = []) -> NeverExemptTerm {
            NeverExemptTerm(words: phrase.split(separator: " ").map(String.init), clause: clause,
                            placement: placement, notFollowedBy: notFollowedBy)
        }
        return [
            // Pasal 18 ayat (1) huruf a — court decisions.
            term("putusan", .courtDecisions, .headOrFollowedBy(courts)),
            // Pasal 18 ayat (1) huruf b — ketetapan, keputusan, peraturan, surat edaran, other policies.
            term("ketetapan", .policies, notFollowedBy: [["pajak"], ["retribusi"]]),
            term("surat keputusan", .policies),
            term("keputusan", .policies, .headOrFollowedBy(authorities)),
            term("sk", .policies, .headOrFollowedBy(authorities)),
            term("peraturan", .policies, .headOrFollowedBy(authorities)),
            term("perda", .policies), term("perbup", .policies), term("perwal", .policies),
            term("pergub", .policies), term("perkada", .policies), term("perdes", .policies),
            term("permen", .policies), term("perpres", .policies),
            term("surat edaran", .policies),
            // Pasal 18 ayat (1) huruf c — orders to stop an investigation or a prosecution.
            term("surat perintah penghentian penyidikan", .stoppedProsecution),
            term("surat perintah penghentian penuntutan", .stoppedProsecution),
            term("surat ketetapan penghentian penuntutan", .stoppedProsecution),
            term("penghentian penyidikan", .stoppedProsecution),
            term("penghentian penuntutan", .stoppedProsecution),
            term("sp3", .stoppedProsecution), term("skpp", .stoppedProsecution),
            // Pasal 9 ayat (2) huruf b — activities and performance.
            term("laporan kinerja", .performance), term("lkjip", .performance), term("lakip", .performance),
            // Pasal 9 ayat (2) huruf c — financial reports.
            term("laporan keuangan", .financialReports), term("laporan realisasi anggaran", .financialReports),
            term("laporan arus kas", .financialReports), term("neraca", .financialReports),
            term("lkpd", .financialReports), term("lra", .financialReports), term("calk", .financialReports),
            // Pasal 11 ayat (1) huruf c — policies and their supporting documents.
            term("rencana strategis", .allPolicies), term("renstra", .allPolicies),
            term("rencana pembangunan jangka", .allPolicies), term("rpjmd", .allPolicies), term("rpjpd", .allPolicies),
            // Pasal 11 ayat (1) huruf d — work plans with estimated annual spending.
            term("rencana kerja", .workPlans), term("renja", .workPlans), term("rkpd", .workPlans),
            term("rka", .workPlans), term("dpa", .workPlans), term("dokumen pelaksanaan anggaran", .workPlans),
            term("apbd", .workPlans), term("apbn", .workPlans), term("apbdes", .workPlans),
            term("anggaran pendapatan dan belanja", .workPlans),
        ]
    }()

    /// The terms, longer phrases first, so "surat keputusan" wins over "keputusan" at the same place.
    static let longestFirst: [NeverExemptTerm] = terms.sorted { $0.words.count > $1.words.count }

    /// Words of PPID212: a person's position in public office (Pasal 18 ayat (2) huruf b).
    static let publicOffice: [[String]] = [
        ["lhkpn"], ["laporan", "harta", "kekayaan"], ["harta", "kekayaan", "pejabat"],
        ["harta", "kekayaan", "penyelenggara", "negara"], ["profil", "pejabat"], ["profil", "pimpinan"],
    ]

    /// Lower-case words of a text: runs of letters and digits.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// The first never-exempt term the title names, by position, longest first.
    static func match(_ judul: String) -> NeverExemptTerm? {
        let all = words(judul)
        let headEnd = all.indices.dropFirst().first(where: { boundaries.contains(all[$0]) }) ?? all.count
        let head = Array(all[..<headEnd])
        let headStart = head.firstIndex(where: { !wrappers.contains($0) }) ?? head.count
        for start in head.indices {
            for term in longestFirst where head.matches(term.words, at: start) {
                let after = start + term.words.count
                if term.notFollowedBy.contains(where: { all.matches($0, at: after) }) { continue }
                switch term.placement {
                case .anywhere:
                    return term
                case .headOrFollowedBy(let followers):
                    if start == headStart || followers.contains(where: { all.matches($0, at: after) }) { return term }
                }
            }
        }
        return nil
    }

    /// The PPID212 phrase the title names, if any (whole words, anywhere).
    static func publicOfficeMatch(_ judul: String) -> String? {
        let all = words(judul)
        for start in all.indices {
            if let phrase = publicOffice.first(where: { all.matches($0, at: start) }) {
                return phrase.joined(separator: " ")
            }
        }
        return nil
    }
}

extension Array where Element == String {
    /// Whether `phrase` stands at `index` as consecutive elements.
    func matches(_ phrase: [String], at index: Int) -> Bool {
        guard index >= 0, !phrase.isEmpty, index + phrase.count <= count else { return false }
        return Array(self[index..<index + phrase.count]) == phrase
    }
}
