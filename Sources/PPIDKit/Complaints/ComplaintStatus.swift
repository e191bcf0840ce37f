/// The eight status words of SP4N-LAPOR! (CONTENT.md), in the order every table and file uses.
public enum ComplaintStatus: String, Sendable, CaseIterable, Hashable {
    case belumTerverifikasi = "belum-terverifikasi"
    case belumDitindaklanjuti = "belum-ditindaklanjuti"
    case proses
    case selesai
    case tertunda
    case arsip
    case bukanWewenang = "bukan-wewenang"
    case dihapus

    /// Position in `allCases`, for compact count arrays.
    public var index: Int {
        switch self {
        case .belumTerverifikasi: return 0
        case .belumDitindaklanjuti: return 1
        case .proses: return 2
        case .selesai: return 3
        case .tertunda: return 4
        case .arsip: return 5
        case .bukanWewenang: return 6
        case .dihapus: return 7
        }
    }

    /// Statuses of a complaint still waiting for the agency (counted by `melewati_batas`).
    public var isOpen: Bool {
        switch self {
        case .belumTerverifikasi, .belumDitindaklanjuti, .proses, .tertunda: return true
        case .selesai, .arsip, .bukanWewenang, .dihapus: return false
        }
    }

    /// The word as a citizen reads it on a page.
    public var title: String {
        switch self {
        case .belumTerverifikasi: return "Belum terverifikasi"
        case .belumDitindaklanjuti: return "Belum ditindaklanjuti"
        case .proses: return "Proses"
        case .selesai: return "Selesai"
        case .tertunda: return "Tertunda"
        case .arsip: return "Arsip"
        case .bukanWewenang: return "Bukan wewenang"
        case .dihapus: return "Dihapus"
        }
    }

    public static let words: [String] = allCases.map(\.rawValue)
}
