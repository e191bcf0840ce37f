import Foundation
import Mustache

/// The theme: every `.mustache` file of the templates folder (or of the built-in theme), parsed
/// once per build, and the static assets under its `aset/` folder.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary
    public let source: ThemeSource
    /// Every file of the theme, templates and assets.
    public let files: ThemeFiles
    /// The page templates every build needs; a theme that lacks one is refused before rendering.
    public static let required = ["beranda", "halaman", "opd-daftar", "opd", "informasi", "informasi-daftar",
                                  "dikecualikan", "dikecualikan-daftar", "sop", "sop-daftar", "404",
                                  "statistik", "statistik-periode", "layanan", "cari", "data", "aksesibilitas",
                                  "dikecualikan-dibuka", "laporan-layanan", "laporan-layanan-daftar"]

    /// Templates added after themes could first be copied (`ppid tema salin`, version 0.2.0): a
    /// theme folder without them takes the built-in ones, so a customised theme keeps working
    /// after an upgrade and gains the new pages in the built-in look.
    public static let addedLater = ["laporan-layanan", "laporan-layanan-daftar", "partials/laporan-layanan-data"]

    public enum LoadError: Error, CustomStringConvertible {
        case missingFolder(String)
        case parse(file: String, line: Int, column: Int, message: String)
        case missingTemplates([String], folder: String)
        case unreadable(String)

        public var description: String {
            switch self {
            case .missingFolder(let path):
                return "Folder templat \"\(path)\" tidak ditemukan; gunakan --templates untuk menunjuk folder templat."
            case .parse(let file, let line, let column, let message):
                return "\(file):\(line):\(column): templat tidak dapat dibaca: \(message)"
            case .missingTemplates(let names, let folder):
                return "Folder templat \"\(folder)\" tidak memuat templat \(names.map { "\($0).mustache" }.joined(separator: ", "))."
            case .unreadable(let path):
                return "Berkas tema \"\(path)\" tidak dapat dibaca; periksa izin berkasnya."
            }
        }
    }

    public static func load(from directory: String) async throws(LoadError) -> TemplateSet {
        try await load(.folder(directory))
    }

    /// Parses every `.mustache` file of the theme; a template is named by its path without the
    /// extension (`layout`, `partials/paginasi`). Each template escapes with `HTMLEscaper`: its
    /// pragma goes on a line of its own in front of the text (a standalone tag renders as nothing),
    /// so a parse error's line is one less than the parser's.
    public static func load(_ source: ThemeSource) async throws(LoadError) -> TemplateSet {
        let files = try ThemeFiles.load(source)
        HTMLEscaper.register()
        var library = MustacheLibrary()
        var paths = files.paths.filter { $0.hasSuffix(".mustache") }.map { (path: $0, bytes: files.files[$0] ?? []) }
        if case .folder = source {
            let present = Set(paths.map(\.path))
            for name in addedLater where !present.contains("\(name).mustache") {
                if let bytes = BuiltInTheme.files.files["\(name).mustache"] { paths.append(("\(name).mustache", bytes)) }
            }
        }
        for (path, bytes) in paths {
            let text = HTMLEscaper.pragma + "\n" + String(decoding: bytes, as: UTF8.self)
            do {
                library.register(try MustacheTemplate(string: text), named: String(path.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw .parse(file: "\(source)/\(path)", line: max(1, error.context.lineNumber - 1),
                             column: error.context.columnNumber, message: "\(error.error)")
            } catch {
                throw .parse(file: "\(source)/\(path)", line: 1, column: 1, message: "\(error)")
            }
        }
        let missing = required.filter { library.getTemplate(named: $0) == nil }
        guard missing.isEmpty else { throw .missingTemplates(missing, folder: source.description) }
        return TemplateSet(library: library, source: source, files: files)
    }

    public func render(_ context: [String: Any], template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
