/// The own columns of an exported table that `ppid` reads (complaints, request and objection
/// registers). Every other column of the file is dropped on read.
public protocol ExportColumn: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String, AllCases == [Self] {
    var isRequired: Bool { get }
    /// The date columns, whose values decide the file's date format together.
    static var dateColumns: [Self] { get }
}

extension ExportColumn {
    /// Position in `allCases`, for compact per-row value arrays.
    var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static var names: [String] { allCases.map(\.rawValue) }
}

/// What differs between the kinds of exported table: the rules their problems fall under and
/// how messages name the mapping file and the person whose data a column may hold.
public struct ExportTableKind: Sendable {
    /// A missing required column, a row with the wrong number of fields, an unreadable file.
    public var structureRule: RuleID
    /// A dropped column that may hold personal data.
    public var personalRule: RuleID
    /// A date whose format cannot be told (day or month first).
    public var ambiguousDateRule: RuleID
    /// The mapping file as messages name it: `pengaduan/kolom.yml`, `layanan/kolom.yml, bagian permohonan`.
    public var mappingFile: String
    /// Whose data a personal column holds: "pelapor", "pemohon".
    public var person: String
    /// What one row is, for messages: "laporan", "permohonan".
    public var row: String

    public static let complaints = ExportTableKind(structureRule: .ppid408, personalRule: .ppid404, ambiguousDateRule: .ppid005,
                                                   mappingFile: "pengaduan/kolom.yml", person: "pelapor", row: "laporan")
    public static let requests = ExportTableKind(structureRule: .ppid501, personalRule: .ppid504, ambiguousDateRule: .ppid501,
                                                 mappingFile: "layanan/kolom.yml, bagian permohonan", person: "pemohon", row: "permohonan")
    public static let objections = ExportTableKind(structureRule: .ppid501, personalRule: .ppid504, ambiguousDateRule: .ppid501,
                                                   mappingFile: "layanan/kolom.yml, bagian keberatan", person: "pemohon", row: "keberatan")
}
