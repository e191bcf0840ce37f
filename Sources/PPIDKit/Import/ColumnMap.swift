import Foundation

/// `--kolom peta.yml`: headings of the officer's sheet mapped onto our fields
/// (`kolom: {"Uraian": judul}`), tried before the heading rules. Headings are compared normalised.
public struct ColumnMap: Sendable {
    public private(set) var fields: [HeadingText: ImportField] = [:]

    public init() {}

    public init(_ pairs: [String: ImportField]) {
        for (heading, field) in pairs { fields[HeadingText(heading)] = field }
    }

    public func field(for heading: HeadingText) -> ImportField? { fields[heading] }

    /// Reads a map file; every problem is a sentence for the officer.
    public static func load(path: String, kind: ImportKind) throws(ImportProblem) -> ColumnMap {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .usage("Berkas peta kolom \(path) tidak ditemukan.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .usage("Berkas peta kolom \(path) bukan teks UTF-8; simpan ulang sebagai UTF-8.")
        }
        let source = SourceText(displayPath: path, relativePath: path, text: text)
        let root: YAMLNode
        switch YAMLLoader.parse(text, source: source) {
        case .document(let node): root = node
        case .empty: throw .usage("Berkas peta kolom \(path) kosong; tulis misalnya kolom: {\"Uraian\": judul}.")
        case .failure(let diagnostic): throw .usage("\(diagnostic.location): \(diagnostic.message)")
        }
        guard let entries = root.entries, let kolom = root["kolom"]?.entries,
              entries.allSatisfy({ $0.key == "kolom" }) else {
            throw .usage("Berkas peta kolom \(path) harus berbentuk kolom: {\"Judul di lembar\": kolom_ppid}, misalnya kolom: {\"Uraian\": judul}.")
        }
        let allowed = ImportField.mappable(for: kind)
        var map = ColumnMap()
        for entry in kolom {
            let word = entry.value.text ?? ""
            guard let field = ImportField(rawValue: word), allowed.contains(field) else {
                throw .usage("\(entry.value.location): \"\(word)\" bukan kolom \(kind.fileName); gunakan salah satu dari: \(allowed.map(\.rawValue).joined(separator: ", ")).")
            }
            map.fields[HeadingText(entry.key)] = field
        }
        return map
    }
}

/// Why `ppid impor` wrote nothing (exit 2), in words for the officer.
public enum ImportProblem: Error, Sendable, CustomStringConvertible {
    case usage(String)

    public var description: String {
        switch self {
        case .usage(let message): return message
        }
    }
}
