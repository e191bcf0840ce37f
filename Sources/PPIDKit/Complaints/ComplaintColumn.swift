/// Our own columns of `pengaduan/*.csv` (CONTENT.md). Every other column is dropped on read.
public enum ComplaintColumn: String, Sendable, CaseIterable, Hashable {
    case nomorTiket = "nomor_tiket"
    case tanggalMasuk = "tanggal_masuk"
    case kanal
    case kategori
    case opd
    case status
    case tanggalTindakLanjut = "tanggal_tindak_lanjut"
    case tanggalSelesai = "tanggal_selesai"

    public var isRequired: Bool {
        switch self {
        case .kategori, .tanggalTindakLanjut, .tanggalSelesai: return false
        default: return true
        }
    }

    /// Position in `allCases`, for compact per-table lookups.
    var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static let names: [String] = allCases.map(\.rawValue)
}
