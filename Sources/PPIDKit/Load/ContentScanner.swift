import Foundation

/// Lists and reads a content folder. Symbolic links, special files and names with line ends or
/// other control characters are refused (PPID009),
/// text files that are not UTF-8 are refused (PPID009), and nothing is read twice.
public struct ContentScanner {
    /// Text files larger than this are refused rather than parsed (a DIP of ~30 000 items fits).
    public static let maxTextFileBytes = 16 * 1024 * 1024
    /// A complaint export of a province's year (200 000 rows and more) is larger; it is read as CSV,
    /// not parsed into a tree.
    public static let maxTableFileBytes = 256 * 1024 * 1024

    public let root: URL
    public let displayRoot: String

    public init(contentPath: String) {
        // The folder named on the command line may itself be, or lie under, a symbolic link
        // (`--content link-to-content`): that is the user's choice, so it is followed. Links
        // inside the folder are still refused (PPID009).
        self.root = Self.resolvingLinks(URL(fileURLWithPath: contentPath, isDirectory: true).standardizedFileURL)
        var display = contentPath
        while display.hasPrefix("./") { display.removeFirst(2) }
        while display.count > 1, display.hasSuffix("/") { display.removeLast() }
        self.displayRoot = display == "." ? "" : display
    }

    /// The real path of a folder with every symbolic link in it and its parents resolved; the
    /// path as given when it does not exist (the scan then reports the missing files).
    static func resolvingLinks(_ folder: URL) -> URL {
        guard let real = realpath(folder.path, nil) else { return folder }
        defer { free(real) }
        return URL(fileURLWithPath: String(cString: real), isDirectory: true)
    }

    public func scan(into diagnostics: inout DiagnosticBag) -> ContentInventory {
        var inventory = ContentInventory(contentRoot: root.path, displayRoot: displayRoot)
        let files = listFiles(into: &diagnostics)
        var opdFolders: [String: ContentInventory.OPDFolder] = [:]

        func readText(_ relative: String) -> SourceText? {
            let text = read(relative, into: &diagnostics)
            if text == nil { inventory.unusable.insert(relative) }
            return text
        }

        for relative in files {
            let parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            switch parts.first {
            case "ppid.yml" where parts.count == 1:
                inventory.ppid = readText(relative)
            case "halaman" where parts.count == 2 && relative.hasSuffix(".md"):
                if let text = readText(relative) { inventory.pages.append(text) }
            case "berkas" where parts.count >= 2:
                inventory.documents.insert(relative)
            case "pengaduan" where parts.count == 2:
                if relative.hasSuffix(".csv") {
                    if let text = readText(relative) { inventory.complaintTables.append(text) }
                } else if parts[1] == "ringkasan.yml" {
                    inventory.complaintSummary = readText(relative)
                } else if parts[1] == "kolom.yml" {
                    inventory.complaintColumns = readText(relative)
                }
            case "layanan" where parts.count >= 2:
                switch (parts.count, parts[1]) {
                case (3, "permohonan") where relative.hasSuffix(".csv"):
                    if let text = readText(relative) { inventory.requestTables.append(text) }
                case (3, "keberatan") where relative.hasSuffix(".csv"):
                    if let text = readText(relative) { inventory.objectionTables.append(text) }
                case (3, "laporan") where relative.hasSuffix(".md"):
                    if let text = readText(relative) { inventory.serviceReports.append(text) }
                case (2, "sengketa.yml"): inventory.disputes = readText(relative)
                case (2, "kolom.yml"): inventory.serviceColumns = readText(relative)
                default: break
                }
            case "kalender" where parts.count == 2 && relative.hasSuffix(".yml"):
                if let text = readText(relative) { inventory.calendars.append(text) }
            case "opd" where parts.count >= 3:
                let slug = parts[1]
                var folder = opdFolders[slug] ?? .init(slug: slug, profile: nil, dip: nil, dik: nil, sops: [], documents: [])
                switch (parts.count, parts[2]) {
                case (3, "opd.yml"): folder.profile = readText(relative)
                case (3, "dip.yml"): folder.dip = readText(relative)
                case (3, "dik.yml"): folder.dik = readText(relative)
                case (4, "sop") where relative.hasSuffix(".md"):
                    if let text = readText(relative) { folder.sops.append(text) }
                case (_, "berkas") where parts.count >= 4:
                    folder.documents.insert(relative)
                default: break
                }
                opdFolders[slug] = folder
            default:
                break
            }
        }
        inventory.opds = opdFolders.values.filter { $0.profile != nil || $0.dip != nil || $0.dik != nil || !$0.sops.isEmpty }
            .sorted { $0.slug < $1.slug }
        for folder in opdFolders.values where folder.profile == nil && (folder.dip != nil || folder.dik != nil || !folder.sops.isEmpty)
            && !inventory.isUnusable("opd/\(folder.slug)/opd.yml") {
            diagnostics.add(.ppid003, at: SourceLocation(file: inventory.displayPath("opd/\(folder.slug)/opd.yml")),
                "Folder OPD \"\(folder.slug)\" tidak memiliki opd.yml; buat berkas opd.yml berisi nama, jenis dan ppid_pelaksana.")
        }
        return inventory
    }

    /// Every regular file under the root, relative and sorted; links and special files are reported.
    private func listFiles(into diagnostics: inout DiagnosticBag) -> [String] {
        let keys: [URLResourceKey] = [.isSymbolicLinkKey, .isRegularFileKey, .isDirectoryKey]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else { return [] }
        var files: [String] = []
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath) else { continue }
            let relative = String(path.dropFirst(rootPath.count))
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                enumerator.skipDescendants()
                continue
            }
            let values = Self.kind(ofItemAt: url.path)
            if relative.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                // No web server serves such a name sanely, and it breaks every link and log line.
                let shown = String(String.UnicodeScalarView(relative.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
                diagnostics.add(.ppid009, at: SourceLocation(file: displayPath(shown)),
                    "Nama \"\(shown)\" memuat baris baru, tab atau karakter kendali lain (ditandai ?); ganti namanya tanpa karakter itu, misalnya dengan tanda \"-\".")
                if values?.isDirectory == true { enumerator.skipDescendants() }
                continue
            }
            if values?.isSymbolicLink == true {
                diagnostics.add(.ppid009, at: SourceLocation(file: displayPath(relative)),
                    "\"\(relative)\" adalah tautan simbolik; ganti dengan salinan berkas aslinya (tautan simbolik tidak diterbitkan demi keamanan).")
                continue
            }
            if values?.isDirectory == true {
                // A site built into a folder inside the content folder is never read as content.
                if OutputMarker.isMarked(path) { enumerator.skipDescendants() }
                continue
            }
            guard values?.isRegularFile == true else {
                diagnostics.add(.ppid009, at: SourceLocation(file: displayPath(relative)),
                    "\"\(relative)\" bukan berkas biasa; hapus dari folder konten.")
                continue
            }
            files.append(relative)
        }
        return files.sorted()
    }

    /// What a listed item is, from `lstat` (links not followed): `URL.resourceValues` costs a
    /// tenth of a millisecond per item, a noticeable part of `ppid check` for a province.
    private struct ItemKind {
        var isSymbolicLink: Bool
        var isRegularFile: Bool
        var isDirectory: Bool
    }

    private static func kind(ofItemAt path: String) -> ItemKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        return ItemKind(isSymbolicLink: type == S_IFLNK, isRegularFile: type == S_IFREG, isDirectory: type == S_IFDIR)
    }

    private func displayPath(_ relative: String) -> String {
        displayRoot.isEmpty ? relative : "\(displayRoot)/\(relative)"
    }

    private func read(_ relative: String, into diagnostics: inout DiagnosticBag) -> SourceText? {
        let url = root.appendingPathComponent(relative)
        let display = displayPath(relative)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let limit = relative.hasSuffix(".csv") ? Self.maxTableFileBytes : Self.maxTextFileBytes
        if size > limit {
            diagnostics.add(.ppid001, at: SourceLocation(file: display),
                "Berkas terlalu besar (\(size / 1_048_576) MB; batasnya \(limit / 1_048_576) MB). Periksa apakah berkas ini benar berkas konten.")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.add(.ppid009, at: SourceLocation(file: display), "Berkas \"\(relative)\" tidak dapat dibaca; periksa izin aksesnya.")
            return nil
        }
        switch Self.decode(data) {
        case .invalid(let line, let column):
            diagnostics.add(.ppid009, at: SourceLocation(file: display, line: line, column: column),
                "Berkas bukan teks UTF-8 (misalnya disimpan sebagai ANSI/Windows-1252); simpan ulang sebagai UTF-8.")
            return nil
        case .nul:
            diagnostics.add(.ppid009, at: SourceLocation(file: display),
                "Berkas berisi karakter NUL (berkas biner?); simpan ulang sebagai teks UTF-8.")
            return nil
        case .text(var text, let hasCarriageReturn):
            if hasCarriageReturn { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
            return SourceText(displayPath: display, relativePath: relative, text: text)
        }
    }

    private enum Decoded {
        case text(String, hasCarriageReturn: Bool)
        /// Not UTF-8: where the first byte that breaks it stands.
        case invalid(line: Int, column: Int)
        case nul
    }

    /// A file's bytes as text, a byte-order mark dropped; read in place (content files reach megabytes).
    private static func decode(_ data: Data) -> Decoded {
        data.withUnsafeBytes { raw -> Decoded in
            var bytes = UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                let (line, column) = firstInvalidUTF8(in: Array(bytes))
                return .invalid(line: line, column: column)
            }
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return .text(text, hasCarriageReturn: false) }
            if memchr(base, 0, bytes.count) != nil { return .nul }
            return .text(text, hasCarriageReturn: memchr(base, 13, bytes.count) != nil)
        }
    }

    /// Line and column (in scalars) of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return (line, column)
            case .error:
                return (line, column)
            }
        }
    }
}
