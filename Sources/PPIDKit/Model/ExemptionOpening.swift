/// Why an exemption was lifted (`dibuka.alasan`, LIFECYCLE.md).
public enum OpeningReason: String, Sendable, CaseIterable {
    case periodEnded = "jangka-waktu-berakhir"
    case consequenceTestRepeated = "uji-konsekuensi-ulang"
    case informationCommissionRuling = "putusan-komisi-informasi"
    case courtRuling = "putusan-pengadilan"

    public var indonesian: String {
        switch self {
        case .periodEnded: return "Jangka waktu pengecualian berakhir"
        case .consequenceTestRepeated: return "Uji konsekuensi ulang"
        case .informationCommissionRuling: return "Putusan Komisi Informasi"
        case .courtRuling: return "Putusan pengadilan"
        }
    }
}

/// `dibuka` of a DIK item: the decision that declared the exempted information public (PP 61/2010).
public struct ExemptionOpening: Sendable {
    /// From when the information is public; nil when missing or malformed (PPID214, PPID005).
    public var tanggal: CalendarDate?
    public var nomor: String?
    public var alasan: OpeningReason?
    /// Markdown.
    public var catatan: String?
    /// Path of the now-public document, relative to the OPD folder like any `berkas`.
    public var berkas: String?
    public var fields: FieldLocations

    /// Whether the information is public on `date` (a complete `dibuka` whose `tanggal` has come).
    public func isOpen(on date: CalendarDate) -> Bool {
        guard let tanggal, nomor != nil, alasan != nil else { return false }
        return tanggal <= date
    }

    /// The `ringkasan` of the DIP entry the opened item becomes: the `catatan`, else a fixed sentence.
    public var summary: String {
        if let catatan, !catatan.trimmedWhitespace.isEmpty { return catatan }
        return "Informasi ini sebelumnya dikecualikan dan telah dibuka sejak \(tanggal?.indonesian ?? "-") berdasarkan \(nomor ?? "-")."
    }
}

extension ExemptionClaim {
    /// Whether the exemption has been lifted by `date`.
    public func isOpen(on date: CalendarDate) -> Bool { dibuka?.isOpen(on: date) ?? false }

    /// The DIP entry an opened item becomes in its OPD's list (LIFECYCLE.md, "Site").
    func openedInformation(opdName: String) -> InformationItem? {
        guard let dibuka, let tanggal = dibuka.tanggal else { return nil }
        return InformationItem(
            opdSlug: opdSlug, id: "dibuka-\(id)", idWasDerived: false, judul: judul, ringkasan: dibuka.summary,
            kategori: .setiapSaat, dasar: nil, penguasa: opdName, penanggungJawab: penetapan?.oleh ?? "",
            waktuPembuatan: .date(tanggal), tempatPembuatan: nil, bentuk: ["softcopy"],
            retensi: "Sesuai jadwal retensi arsip", diperbarui: nil, berkas: dibuka.berkas, tautan: nil, tag: [],
            fields: dibuka.fields, dariDIK: id, isDerivedFromOpening: true)
    }
}
