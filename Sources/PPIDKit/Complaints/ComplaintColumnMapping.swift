/// `pengaduan/kolom.yml`: how another export's column names and words (`status`, `kanal`, `opd`)
/// map onto ours, and how its dates are written.
public typealias ComplaintColumnMapping = ExportColumnMapping<ComplaintColumn>

extension ExportColumnMapping where Column == ComplaintColumn {
    static let wordMaps: [WordMapKey] = [
        WordMapKey("status", ComplaintStatus.words), WordMapKey("kanal", ComplaintChannel.words), WordMapKey("opd", nil),
    ]

    public static var identity: ComplaintColumnMapping { ComplaintColumnMapping() }

    /// Reads `pengaduan/kolom.yml`; see `ExportColumnMapping.init(_:maps:kind:into:)`.
    public init(_ document: YAMLDocument?, into diagnostics: inout DiagnosticBag) {
        self.init(document?.root, maps: Self.wordMaps, kind: .complaints, into: &diagnostics)
    }

    public var statuses: WordMap { map("status") }
    public var channels: WordMap { map("kanal") }
    public var opds: WordMap { map("opd") }

    /// Our status word for a cell: the map, else the word itself spelt loosely.
    public func status(_ text: String) -> ComplaintStatus? {
        let mapped = statuses.apply(text)
        return ComplaintStatus(rawValue: mapped) ?? ExportWord.match(mapped, in: ComplaintStatus.words).flatMap(ComplaintStatus.init(rawValue:))
    }

    /// Our channel word for a cell, or the cell mapped when it is none of ours.
    public func channel(_ text: String) -> String {
        let mapped = channels.apply(text)
        return ExportWord.match(mapped, in: ComplaintChannel.words) ?? mapped
    }
}
