import Foundation
import Mustache

/// The theme: every `.mustache` file under the templates folder, parsed once per build, and the
/// static assets under its `aset/` folder.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary
    public let directory: String
    /// The page templates every build needs; a theme that lacks one is refused before rendering.
    public static let required = ["beranda", "halaman", "opd-daftar", "opd", "informasi", "informasi-daftar",
                                  "dikecualikan", "dikecualikan-daftar", "sop", "sop-daftar", "404",
                                  "statistik", "statistik-periode", "layanan", "cari", "data", "aksesibilitas",
                                  "dikecualikan-dibuka"]

    public enum LoadError: Error, CustomStringConvertible {
        case missingFolder(String)
        case parse(file: String, line: Int, column: Int, message: String)
        case missingTemplates([String], folder: String)

        public var description: String {
            switch self {
            case .missingFolder(let path):
                return "Folder templat \"\(path)\" tidak ditemukan; gunakan --templates untuk menunjuk folder templat."
            case .parse(let file, let line, let column, let message):
                return "\(file):\(line):\(column): templat tidak dapat dibaca: \(message)"
            case .missingTemplates(let names, let folder):
                return "Folder templat \"\(folder)\" tidak memuat templat \(names.map { "\($0).mustache" }.joined(separator: ", "))."
            }
        }
    }

    public static func load(from directory: String) async throws(LoadError) -> TemplateSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingFolder(directory)
        }
        let library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: directory)
        } catch let error as MustacheLibrary.ParserError {
            throw .parse(file: "\(directory)/\(error.filename)", line: error.context.lineNumber,
                         column: error.context.columnNumber, message: "\(error.error)")
        } catch {
            throw .parse(file: directory, line: 1, column: 1, message: "\(error)")
        }
        let missing = required.filter { library.getTemplate(named: $0) == nil }
        guard missing.isEmpty else { throw .missingTemplates(missing, folder: directory) }
        return TemplateSet(library: library, directory: directory)
    }

    public func render(_ context: [String: Any], template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
