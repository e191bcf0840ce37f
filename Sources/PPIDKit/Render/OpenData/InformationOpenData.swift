/// `data/informasi-publik.json` and `.csv`: every DIP item with all its fields, the OPD slug added,
/// in CONTENT.md order. Absent optional keys are null; `ringkasan` is its Markdown source.
public struct InformationOpenData: Sendable {
    public static let jsonPath = "data/informasi-publik.json"
    public static let csvPath = "data/informasi-publik.csv"

    public static let fields: [OpenDataField] = [
        OpenDataField("opd", "Slug OPD yang menguasai informasi (sama dengan alamat halamannya, /opd/<slug>/)."),
        OpenDataField("id", "Pengenal informasi, unik dalam satu OPD."),
        OpenDataField("judul", "Judul informasi."),
        OpenDataField("ringkasan", "Ringkasan isi informasi, dalam format Markdown sebagaimana ditulis."),
        OpenDataField("kategori", "berkala, serta-merta atau setiap-saat (Pasal 9–11 UU 14/2008)."),
        OpenDataField("dasar", "Dasar kategori di dalam UU 14/2008, misalnya Pasal 9 ayat (2) huruf c; null bila tidak diisi."),
        OpenDataField("penguasa", "Pejabat atau unit yang menguasai informasi."),
        OpenDataField("penanggung_jawab", "Penanggung jawab pembuatan atau penerbitan informasi."),
        OpenDataField("waktu_pembuatan", "Tanggal (TTTT-BB-HH) atau tahun pembuatan."),
        OpenDataField("tempat_pembuatan", "Tempat pembuatan; null bila tidak diisi."),
        OpenDataField("bentuk", "Bentuk informasi yang tersedia: softcopy, hardcopy, rekam (daftar)."),
        OpenDataField("retensi", "Jangka waktu penyimpanan atau retensi arsip."),
        OpenDataField("diperbarui", "Tanggal pemutakhiran terakhir (TTTT-BB-HH); null bila tidak diisi."),
        OpenDataField("berkas", "Alamat lengkap dokumen yang diterbitkan di situs ini; null bila tidak ada."),
        OpenDataField("tautan", "Tautan ke informasi di situs lain; null bila tidak ada."),
        OpenDataField("tag", "Kata kunci (daftar); null bila tidak diisi."),
        OpenDataField("url", "Alamat halaman informasi di situs ini."),
        OpenDataField("dari_dik", "Untuk informasi yang sebelumnya dikecualikan lalu dibuka: id item DIK OPD yang sama; null untuk informasi lain."),
    ]

    let records: OpenDataRecords<InformationItem>
    public let urls: SiteURLs

    public init(model: ContentModel, urls: SiteURLs, fragments: DataFragments = .fresh) {
        self.records = OpenDataRecords(kind: "informasi", groups: model.opds.map { ($0.slug, $0.informasi) }, fragments: fragments)
        self.urls = urls
    }

    public func write(with writer: some SiteOutput) throws(SiteWriter.WriteError) {
        try writer.write(json(), to: Self.jsonPath)
        try writer.write(csv(), to: Self.csvPath)
    }

    /// The values of one item, parallel to `fields`.
    func values(_ item: InformationItem) -> [JSONValue] {
        [
            .string(item.opdSlug),
            .string(item.id),
            .string(item.judul),
            .string(item.ringkasan),
            .optional(item.kategori?.rawValue),
            .optional(item.dasar),
            .string(item.penguasa),
            .string(item.penanggungJawab),
            .optional(item.waktuPembuatan?.description),
            .optional(item.tempatPembuatan),
            .strings(item.bentuk),
            .string(item.retensi),
            .optional(item.diperbarui?.iso),
            .optional(documentURL(item)),
            .optional(item.tautan),
            item.tag.isEmpty ? .null : .strings(item.tag),
            .string(urls.absolute(SiteURLs.information(item))),
            .optional(item.dariDIK),
        ]
    }

    func documentURL(_ item: InformationItem) -> String? {
        guard let berkas = item.berkas,
              let path = try? DocumentPath.resolve(berkas, base: "opd/\(item.opdSlug)", allowed: "opd/\(item.opdSlug)/berkas").get()
        else { return nil }
        return urls.absoluteDocument(path)
    }

    public func json() -> String {
        let names = Self.fields.map(\.name)
        return records.json(file: Self.jsonPath) { .object(Array(zip(names, values($0)))) }
    }

    public func csv() -> String {
        records.csv(file: Self.csvPath, header: Self.fields.map(\.name)) { values($0).map(OpenDataCell.text) }
    }
}

/// A JSON value as a CSV cell: null empty, lists joined with "; ", text guarded against being
/// run as a formula (numbers are left as they are, so -3 stays -3).
enum OpenDataCell {
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .decimal: return value.serialized()
        case .string(let text): return OpenDataCSV.text(text)
        case .array(let values):
            let joined = OpenDataCSV.list(values.map(plain))
            if case .string = values.first { return OpenDataCSV.text(joined) }
            return joined
        case .object, .raw: return value.serialized()
        }
    }

    /// A list entry: only the start of the whole cell matters to a spreadsheet.
    private static func plain(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return Self.text(value)
    }
}
