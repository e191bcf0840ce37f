import CSV
import Foundation

/// `data/pengaduan.json` and `data/pengaduan.csv`: the figures of every period as open data.
public struct ComplaintOpenData: Sendable {
    public static let jsonPath = "data/pengaduan.json"
    public static let csvPath = "data/pengaduan.csv"
    public static let csvHeader = ["label", "dari", "sampai", "sumber", "opd", "nama", "total"] + ComplaintStatus.words
        + ["tidak_terklasifikasi", "tingkat_penyelesaian", "persen_tindak_lanjut", "rtl_hari", "median_selesai_hari", "melewati_batas"]

    public let statistics: ComplaintStatistics
    public let badanPublik: String

    public init(statistics: ComplaintStatistics, badanPublik: String) {
        self.statistics = statistics
        self.badanPublik = badanPublik
    }

    public func write(with writer: some SiteOutput) throws(SiteWriter.WriteError) {
        try writer.write(json(), to: Self.jsonPath)
        try writer.write(csv(), to: Self.csvPath)
    }

    // MARK: JSON

    public func json() -> String {
        OpenDataPeriods.document(badanPublik: badanPublik, referenceDate: statistics.referenceDate,
                                 periods: statistics.periods.map(Self.json))
    }

    static func json(_ period: ComplaintPeriodFigures) -> JSONValue {
        .object([
            ("label", .string(period.label)),
            ("dari", .string(period.dari.iso)),
            ("sampai", .string(period.sampai.iso)),
            ("sumber", .string(period.source.rawValue)),
            ("sumber_keterangan", .optional(period.sumberKeterangan)),
            ("total", .int(period.total)),
            ("status", statusObject(period.status)),
            ("tidak_terklasifikasi", .int(period.tidakTerklasifikasi)),
            ("tingkat_penyelesaian", OpenDataPeriods.tenths(period.tingkatPenyelesaian)),
            ("persen_tindak_lanjut", OpenDataPeriods.tenths(period.persenTindakLanjut)),
            ("rtl_hari", OpenDataPeriods.tenths(period.rtlHari)),
            ("median_tindak_lanjut_hari", OpenDataPeriods.tenths(period.medianTindakLanjutHari)),
            ("median_selesai_hari", OpenDataPeriods.tenths(period.medianSelesaiHari)),
            ("melewati_batas", .optional(period.melewatiBatas)),
            ("per_opd", .array(period.perOPD.map { opd in
                .object([
                    ("opd", .optional(opd.opd)),
                    ("nama", .optional(opd.nama)),
                    ("total", .int(opd.total)),
                    ("status", statusObject(opd.status)),
                    ("rtl_hari", OpenDataPeriods.tenths(opd.rtlHari)),
                    ("median_selesai_hari", OpenDataPeriods.tenths(opd.medianSelesaiHari)),
                    ("melewati_batas", .int(opd.melewatiBatas)),
                ])
            })),
            ("per_kanal", .array(period.perKanal.map { .object([("kanal", .string($0.name)), ("total", .int($0.total))]) })),
            ("per_kategori", .array(period.perKategori.map { .object([("kategori", .string($0.name)), ("total", .int($0.total))]) })),
            ("per_bulan", .array(period.perBulan.map { month in
                .object([("bulan", .string(month.key)), ("total", .int(month.total)), ("status", statusObject(month.status))])
            })),
        ])
    }

    static func statusObject(_ counts: [Int?]) -> JSONValue {
        .object(ComplaintStatus.allCases.map { ($0.rawValue, .optional(counts[$0.index])) })
    }

    static func statusObject(_ counts: [Int]) -> JSONValue {
        .object(ComplaintStatus.allCases.map { ($0.rawValue, .int(counts[$0.index])) })
    }

    // MARK: CSV

    /// RFC 4180, UTF-8, LF line ends (also after the last record); null is an empty cell; text
    /// cells that begin like a formula get a leading `'` (`OpenDataCSV.text`), numbers never.
    public func csv() -> String {
        var rows: [[String]] = [Self.csvHeader]
        for period in statistics.periods {
            let head = [OpenDataCSV.text(period.label), period.dari.iso, period.sampai.iso, period.source.rawValue]
            let statuses: [String] = period.status.map { OpenDataCSV.cell($0) }
            rows.append(head + ["", "", String(period.total)] + statuses
                + [String(period.tidakTerklasifikasi), OpenDataCSV.cell(period.tingkatPenyelesaian), OpenDataCSV.cell(period.persenTindakLanjut),
                   OpenDataCSV.cell(period.rtlHari), OpenDataCSV.cell(period.medianSelesaiHari), OpenDataCSV.cell(period.melewatiBatas)])
            for opd in period.perOPD {
                rows.append(head + [OpenDataCSV.text(opd.opd ?? ""), OpenDataCSV.text(opd.nama ?? ""), String(opd.total)] + opd.status.map(String.init)
                    + ["", "", "", OpenDataCSV.cell(opd.rtlHari), OpenDataCSV.cell(opd.medianSelesaiHari), String(opd.melewatiBatas)])
            }
        }
        return Self.encode(rows)
    }

    /// Quoting by the CSV library's writer (fields with `"`, `,` or line ends are quoted).
    static func encode(_ rows: [[String]]) -> String {
        let stream = OutputStream(toMemory: ())
        do {
            let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .lf)
            for row in rows { try writer.write(row: row) }
            writer.stream.close()
        } catch {
            return fallbackEncode(rows)
        }
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data,
              let text = String(data: data, encoding: .utf8) else { return fallbackEncode(rows) }
        return text + "\n"
    }

    /// The same quoting without the library, should the memory stream be unavailable.
    static func fallbackEncode(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { field in
                field.contains(where: { $0 == "\"" || $0 == "," || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                    ? "\"" + field.replacingAll("\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }
}
