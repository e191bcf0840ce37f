/// `data/informasi-dikecualikan.json` and `.csv`: every DIK item still exempted on the reference
/// date (opened ones are in `informasi-publik`) with all its fields, the OPD slug added, in CONTENT.md order. In the CSV the decision is flattened to `penetapan_nomor`,
/// `penetapan_tanggal` and `penetapan_oleh`.
public struct ExemptionOpenData: Sendable {
    public static let jsonPath = "data/informasi-dikecualikan.json"
    public static let csvPath = "data/informasi-dikecualikan.csv"

    public static let fields: [OpenDataField] = [
        OpenDataField("opd", "Slug OPD yang menetapkan pengecualian."),
        OpenDataField("id", "Pengenal informasi, unik dalam satu OPD."),
        OpenDataField("judul", "Informasi yang dikecualikan."),
        OpenDataField("dasar_hukum", "Dasar pengecualian dalam Pasal 17 UU 14/2008 (daftar)."),
        OpenDataField("peraturan_lain", "Undang-undang lain yang dijadikan dasar (daftar); null bila tidak ada."),
        OpenDataField("konsekuensi", "Akibat yang timbul bila informasi dibuka (uji konsekuensi)."),
        OpenDataField("kepentingan_publik", "Alasan bahwa menutup informasi melindungi kepentingan yang lebih besar."),
        OpenDataField("jangka_waktu", "Jangka waktu pengecualian sebagaimana ditetapkan: permanen, N tahun, tanggal, atau sampai suatu peristiwa."),
        OpenDataField("penetapan", "Keputusan yang menetapkan pengecualian: nomor, tanggal (TTTT-BB-HH) dan pejabat yang menetapkan; di CSV menjadi kolom penetapan_nomor, penetapan_tanggal dan penetapan_oleh."),
        OpenDataField("url", "Alamat halaman uji konsekuensi di situs ini."),
    ]

    public static let csvHeader = ["opd", "id", "judul", "dasar_hukum", "peraturan_lain", "konsekuensi", "kepentingan_publik",
                                   "jangka_waktu", "penetapan_nomor", "penetapan_tanggal", "penetapan_oleh", "url"]

    let records: OpenDataRecords<ExemptionClaim>
    public let urls: SiteURLs

    public init(model: ContentModel, urls: SiteURLs, fragments: DataFragments = .fresh) {
        self.records = OpenDataRecords(kind: "dikecualikan", groups: model.opds.map { ($0.slug, model.withheldExemptions(of: $0)) }, fragments: fragments)
        self.urls = urls
    }

    public func write(with writer: some SiteOutput) throws(SiteWriter.WriteError) {
        try writer.write(json(), to: Self.jsonPath)
        try writer.write(csv(), to: Self.csvPath)
    }

    private func head(_ item: ExemptionClaim) -> [JSONValue] {
        [
            .string(item.opdSlug),
            .string(item.id),
            .string(item.judul),
            .strings(item.dasarHukum),
            item.peraturanLain.isEmpty ? .null : .strings(item.peraturanLain),
            .string(item.konsekuensi),
            .string(item.kepentinganPublik),
            .optional(item.jangkaWaktuText.isEmpty ? nil : item.jangkaWaktuText),
        ]
    }

    private func decision(_ item: ExemptionClaim) -> [JSONValue] {
        [.optional(item.penetapan?.nomor), .optional(item.penetapan?.tanggal?.iso), .optional(item.penetapan?.oleh)]
    }

    private func url(_ item: ExemptionClaim) -> JSONValue { .string(urls.absolute(SiteURLs.exemption(item))) }

    public func json() -> String {
        let names = Self.fields.map(\.name)
        return records.json(file: Self.jsonPath) { item in
            let penetapan: JSONValue = item.penetapan == nil ? .null
                : .object(Array(zip(["nomor", "tanggal", "oleh"], decision(item))))
            return .object(Array(zip(names, head(item) + [penetapan, url(item)])))
        }
    }

    public func csv() -> String {
        records.csv(file: Self.csvPath, header: Self.csvHeader) { item in
            (head(item) + decision(item) + [url(item)]).map(OpenDataCell.text)
        }
    }
}
