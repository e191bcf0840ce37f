/// The words of the request and objection registers and of `sengketa.yml` (REQUESTS.md), each
/// list in the order every table and file uses.

/// How a request arrived (`cara`).
public enum RequestChannel: String, Sendable, CaseIterable, Hashable {
    case langsung, surat, email, situs, telepon
    case mediaSosial = "media-sosial"
    case lainnya

    public static let words = allCases.map(\.rawValue)
}

/// Who asked (`kategori_pemohon`).
public enum ApplicantCategory: String, Sendable, CaseIterable, Hashable {
    case perorangan, kelompok
    case badanHukum = "badan-hukum"

    public static let words = allCases.map(\.rawValue)
}

/// What the PPID decided (`keputusan`).
public enum RequestDecision: String, Sendable, CaseIterable, Hashable {
    case dipenuhi
    case dipenuhiSebagian = "dipenuhi-sebagian"
    case ditolak
    case tidakDikuasai = "tidak-dikuasai"
    case belumDidokumentasikan = "belum-didokumentasikan"
    case diteruskan
    case dicabut
    case proses

    public static let words = allCases.map(\.rawValue)
    /// Every word but `proses`: the decisions a processed request can carry.
    public static let decided = allCases.filter { $0 != .proses }

    /// A refusal in whole or in part, which must cite Pasal 17.
    public var needsRefusalReason: Bool { self == .ditolak || self == .dipenuhiSebagian }

    /// How a page names it.
    public var label: String {
        switch self {
        case .dipenuhi: return "Dipenuhi"
        case .dipenuhiSebagian: return "Dipenuhi sebagian"
        case .ditolak: return "Ditolak"
        case .tidakDikuasai: return "Informasi tidak dikuasai"
        case .belumDidokumentasikan: return "Belum didokumentasikan"
        case .diteruskan: return "Diteruskan ke Badan Publik lain"
        case .dicabut: return "Dicabut pemohon"
        case .proses: return "Dalam proses"
        }
    }
}

/// The grounds of an objection, Pasal 35 ayat (1) huruf a–g.
public enum ObjectionGround: String, Sendable, CaseIterable, Hashable {
    case a, b, c, d, e, f, g

    public static let words = allCases.map(\.rawValue)

    public var label: String {
        switch self {
        case .a: return "penolakan berdasarkan alasan pengecualian Pasal 17"
        case .b: return "informasi berkala tidak disediakan"
        case .c: return "permohonan tidak ditanggapi"
        case .d: return "permohonan ditanggapi tidak sebagaimana yang diminta"
        case .e: return "permohonan tidak dipenuhi"
        case .f: return "biaya yang dikenakan tidak wajar"
        case .g: return "penyampaian informasi melebihi jangka waktu"
        }
    }
}

/// The Atasan PPID's ruling on an objection (`putusan`).
public enum ObjectionRuling: String, Sendable, CaseIterable, Hashable {
    case diterima
    case diterimaSebagian = "diterima-sebagian"
    case ditolak, dicabut, proses

    public static let words = allCases.map(\.rawValue)

    public var label: String {
        switch self {
        case .diterima: return "Diterima"
        case .diterimaSebagian: return "Diterima sebagian"
        case .ditolak: return "Ditolak"
        case .dicabut: return "Dicabut"
        case .proses: return "Dalam proses"
        }
    }
}

/// Where a dispute at the Komisi Informasi stands (`tahap`).
public enum DisputeStage: String, Sendable, CaseIterable, Hashable {
    case mediasi, ajudikasi, pengadilan, selesai

    public static let words = allCases.map(\.rawValue)
}

/// How a dispute ended (`hasil`).
public enum DisputeOutcome: String, Sendable, CaseIterable, Hashable {
    case mediasiBerhasil = "mediasi-berhasil"
    case dikabulkan
    case dikabulkanSebagian = "dikabulkan-sebagian"
    case ditolak, dicabut, proses

    public static let words = allCases.map(\.rawValue)

    public var label: String {
        switch self {
        case .mediasiBerhasil: return "Mediasi berhasil"
        case .dikabulkan: return "Dikabulkan"
        case .dikabulkanSebagian: return "Dikabulkan sebagian"
        case .ditolak: return "Ditolak"
        case .dicabut: return "Dicabut"
        case .proses: return "Dalam proses"
        }
    }
}
