/// Our columns of `layanan/permohonan/*.csv`, the request register (REQUESTS.md). Every other
/// column is dropped on read; what was asked is never among ours.
public enum RequestColumn: String, ExportColumn {
    case nomorRegistrasi = "nomor_registrasi"
    case tanggalPermohonan = "tanggal_permohonan"
    case cara
    case opd
    case kategoriPemohon = "kategori_pemohon"
    case keputusan
    case alasanPenolakan = "alasan_penolakan"
    case tanggalPemberitahuan = "tanggal_pemberitahuan"
    case perpanjangan
    case biaya

    public var isRequired: Bool {
        switch self {
        case .nomorRegistrasi, .tanggalPermohonan, .cara, .keputusan: return true
        // Required for some rows only: checked per row.
        case .alasanPenolakan, .tanggalPemberitahuan: return false
        case .opd, .kategoriPemohon, .perpanjangan, .biaya: return false
        }
    }

    public static let dateColumns: [RequestColumn] = [.tanggalPermohonan, .tanggalPemberitahuan]
}

/// Our columns of `layanan/keberatan/*.csv`, the objection register (REQUESTS.md).
public enum ObjectionColumn: String, ExportColumn {
    case nomorKeberatan = "nomor_keberatan"
    case tanggalKeberatan = "tanggal_keberatan"
    case nomorRegistrasi = "nomor_registrasi"
    case alasan
    case tanggalTanggapan = "tanggal_tanggapan"
    case putusan
    case sengketa

    public var isRequired: Bool {
        switch self {
        case .nomorKeberatan, .tanggalKeberatan, .alasan, .putusan: return true
        case .nomorRegistrasi, .tanggalTanggapan, .sengketa: return false
        }
    }

    public static let dateColumns: [ObjectionColumn] = [.tanggalKeberatan, .tanggalTanggapan]
}
