/// Which field a column heading names: the rules of ONBOARDING.md, tried in order, the first
/// that matches deciding. Rules this implementation adds come after them, so they only place
/// headings the table leaves unplaced (docs: README, "Mengimpor daftar yang sudah ada").
public enum HeadingRules {
    public static func field(for heading: HeadingText, kind: ImportKind) -> ImportField? {
        guard !heading.isEmpty else { return nil }
        if heading.is("no", "nomor", "no urut") { return .numbering }
        switch kind {
        case .dip: return dipField(heading) ?? addedDIPField(heading)
        case .dik: return dikField(heading) ?? addedDIKField(heading)
        }
    }

    static func dipField(_ h: HeadingText) -> ImportField? {
        if h.containsAny("jenis informasi", "kategori", "klasifikasi") { return .kategori }
        if h.containsAny("menguasai", "penguasa", "penguasaan") { return .penguasa }
        if h.contains("penanggung jawab") { return .penanggungJawab }
        if h.containsAny("retensi", "jangka waktu penyimpanan") { return .retensi }
        if h.contains("waktu dan tempat") { return .waktuDanTempat }
        if h.contains("waktu pembuatan") || h.is("waktu", "tahun") { return .waktuPembuatan }
        if h.contains("tempat pembuatan") || h.is("tempat") { return .tempatPembuatan }
        if h.contains("bentuk") { return .bentuk }
        if h.is("ringkasan", "keterangan", "deskripsi") { return .ringkasan }
        if h.contains("ringkasan isi")
            || h.is("judul", "judul informasi", "informasi", "nama informasi", "uraian informasi", "informasi publik") {
            return .judul
        }
        return nil
    }

    static func dikField(_ h: HeadingText) -> ImportField? {
        if h.containsAny("dasar hukum", "dasar pengecualian", "pasal") { return .dasarHukum }
        if h.containsAny("konsekuensi", "akibat", "jika dibuka") { return .konsekuensi }
        if h.containsAny("kepentingan publik", "jika ditutup") || h.is("alasan") { return .kepentinganPublik }
        if h.containsAny("jangka waktu", "masa") { return .jangkaWaktu }
        if h.containsAny("nomor sk", "nomor penetapan", "penetapan") { return .penetapanNomor }
        if h.contains("informasi yang dikecualikan") || h.is("judul", "informasi", "judul informasi") { return .judul }
        return nil
    }

    /// Added for DIP tables: the update date, a link, the legal sub-basis.
    static func addedDIPField(_ h: HeadingText) -> ImportField? {
        if h.containsAny("diperbarui", "pemutakhiran", "tanggal pembaruan", "tanggal update") { return .diperbarui }
        if h.containsAny("tautan", "link", "url") { return .tautan }
        if h.is("dasar", "dasar hukum") { return .dasar }
        return nil
    }

    /// Added for DIK tables: the decision's date and maker, other laws relied on.
    static func addedDIKField(_ h: HeadingText) -> ImportField? {
        if h.is("tanggal") || h.containsAny("tanggal sk", "tanggal ditetapkan") { return .penetapanTanggal }
        if h.containsAny("ditetapkan oleh", "pejabat yang menetapkan") { return .penetapanOleh }
        if h.containsAny("peraturan lain", "peraturan terkait") { return .peraturanLain }
        return nil
    }
}
