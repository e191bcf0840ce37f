/// Our own columns of `pengaduan/*.csv` (CONTENT.md). Every other column is dropped on read.
public enum ComplaintColumn: String, ExportColumn {
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

    public static let dateColumns: [ComplaintColumn] = [.tanggalMasuk, .tanggalTindakLanjut, .tanggalSelesai]
}
