/// The three categories of public information of UU 14/2008.
public enum InformationCategory: String, Sendable, CaseIterable, Comparable {
    case berkala
    case sertaMerta = "serta-merta"
    case setiapSaat = "setiap-saat"

    public var title: String {
        switch self {
        case .berkala: return "Informasi Berkala"
        case .sertaMerta: return "Informasi Serta-merta"
        case .setiapSaat: return "Informasi Tersedia Setiap Saat"
        }
    }

    public var article: String {
        switch self {
        case .berkala: return "Pasal 9 UU 14/2008"
        case .sertaMerta: return "Pasal 10 UU 14/2008"
        case .setiapSaat: return "Pasal 11 UU 14/2008"
        }
    }

    public var explanation: String {
        switch self {
        case .berkala: return "Informasi yang wajib diumumkan secara berkala, sekurang-kurangnya setiap enam bulan sekali."
        case .sertaMerta: return "Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum, yang wajib diumumkan segera tanpa penundaan."
        case .setiapSaat: return "Informasi yang wajib tersedia setiap saat dan dapat diminta oleh setiap orang."
        }
    }

    var rank: Int {
        switch self {
        case .berkala: return 0
        case .sertaMerta: return 1
        case .setiapSaat: return 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rank < rhs.rank
    }
}

/// One entry of a Daftar Informasi Publik (DIP), with the Perki 1/2021 columns.
public struct InformationItem: Sendable {
    public var opdSlug: String
    public var id: String
    public var idWasDerived: Bool
    public var judul: String
    public var ringkasan: String
    public var kategori: InformationCategory?
    public var dasar: String?
    public var penguasa: String
    public var penanggungJawab: String
    public var waktuPembuatan: PartialDate?
    public var tempatPembuatan: String?
    public var bentuk: [String]
    public var retensi: String
    public var diperbarui: CalendarDate?
    /// Path inside the content folder of the linked document (`opd/dinkes/berkas/lk.pdf`).
    public var berkas: String?
    public var tautan: String?
    public var tag: [String]
    public var fields: FieldLocations
    /// `draf: true`: in the model only under `DraftPolicy.shown`.
    public var isDraft = false
    /// `dari_dik`: the id of the DIK item of the same OPD that this entry opens (LIFECYCLE.md).
    public var dariDIK: String? = nil
    /// True for the entry the site adds for an opened DIK item that no `dip.yml` entry names.
    public var isDerivedFromOpening = false
}
