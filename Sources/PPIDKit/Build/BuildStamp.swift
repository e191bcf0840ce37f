import Foundation

/// What a finished build was made from: every input file's path, size and modification time,
/// the options, the reference date and the program's version, and the findings it reported.
/// When the next build would be made from exactly the same, the site already in place is that
/// build's result, so `ppid build` can stop at once ("warm rebuild": nothing changed).
public struct BuildStamp: Sendable, Equatable {
    public static var version: String { ProgramVersion.line }

    public var inputs: String
    /// The output folder as this build left it (every file's path, size and modification time):
    /// a stamp vouches for an output only while the output is exactly what the build wrote.
    public var output: String
    public var pages: Int
    public var documents: Int
    public var findings: [Diagnostic]

    /// Where the stamp of an output folder is kept: beside it, never inside the published site.
    public static func location(forOutput output: String) -> URL {
        let url = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).ppid-stempel")
    }

    /// Where the page keys of the build that made an output are kept (`RenderCache.save`): beside
    /// the stamp, never inside the published site.
    public static func pageKeysLocation(forOutput output: String) -> URL {
        let stamp = location(forOutput: output)
        return stamp.deletingLastPathComponent().appendingPathComponent(".\(URL(fileURLWithPath: output).standardizedFileURL.lastPathComponent).ppid-kunci")
    }

    /// Where the places of the data files' pieces (`FragmentCache.save`) are kept: beside the stamp.
    public static func dataPiecesLocation(forOutput output: String) -> URL {
        let keys = pageKeysLocation(forOutput: output)
        return keys.deletingLastPathComponent().appendingPathComponent(keys.lastPathComponent + "-data")
    }

    /// A fingerprint of every input of a build with these options.
    public static func inputs(of options: BuildOptions) -> String {
        let theme = options.templatesPath.map { [$0] } ?? []
        let lines = [version, options.contentPath, options.theme.description, options.baseURL ?? "-",
                     String(options.relativeLinks), options.today.iso, String(options.strict), String(options.includeDrafts)]
            + (theme.isEmpty ? [BuiltInTheme.fingerprint] : [])
            + fileLines([options.contentPath] + theme)
        return Fingerprint.of(Array(lines.joined(separator: "\n").utf8)) + "-\(lines.count)"
    }

    /// A fingerprint of the output folder's files (paths, sizes, modification times).
    public static func listing(ofOutput folder: String) -> String {
        let lines = fileLines([folder], relative: true)
        return Fingerprint.of(Array(lines.joined(separator: "\n").utf8)) + "-\(lines.count)"
    }

    /// One line per file under `folders` (sorted per folder). Hidden entries and built sites inside
    /// a folder (an output inside the content folder) are not inputs.
    private static func fileLines(_ folders: [String], relative: Bool = false) -> [String] {
        var lines: [String] = []
        for folder in folders {
            let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.path
            let rootPrefix = root.hasSuffix("/") ? root : root + "/"
            let entries = FileListing.entries(under: root, skipHidden: !relative,
                                              skipFolder: { !relative && OutputMarker.isMarked($0) })
            lines += entries.map { entry in
                "\(relative ? entry.relativePath : rootPrefix + entry.relativePath) \(entry.size) \(entry.modified)"
            }.sorted()
        }
        return lines
    }

    public func save(forOutput output: String) {
        let list = JSONValue.array(findings.map { diagnostic in
            .object([("rule", .string(diagnostic.rule.rawValue)), ("file", .string(diagnostic.location.file)),
                     ("line", .int(diagnostic.location.line)), ("column", .int(diagnostic.location.column)),
                     ("message", .string(diagnostic.message))])
        })
        let document = JSONValue.object([("inputs", .string(inputs)), ("output", .string(self.output)), ("pages", .int(pages)),
                                         ("documents", .int(documents)), ("findings", list)])
        try? Data(document.serialized().utf8).write(to: Self.location(forOutput: output), options: .atomic)
    }

    public static func load(forOutput output: String) -> BuildStamp? {
        guard let data = FileManager.default.contents(atPath: location(forOutput: output).path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let inputs = object["inputs"] as? String, let output = object["output"] as? String, let pages = object["pages"] as? Int,
              let documents = object["documents"] as? Int, let list = object["findings"] as? [[String: Any]] else { return nil }
        var findings: [Diagnostic] = []
        for entry in list {
            guard let rule = (entry["rule"] as? String).flatMap(RuleID.init(rawValue:)), let file = entry["file"] as? String,
                  let line = entry["line"] as? Int, let column = entry["column"] as? Int,
                  let message = entry["message"] as? String else { return nil }
            findings.append(Diagnostic(rule, at: SourceLocation(file: file, line: line, column: column), message))
        }
        return BuildStamp(inputs: inputs, output: output, pages: pages, documents: documents, findings: findings)
    }

    /// Forgets the stamp (before a build changes the output).
    public static func remove(forOutput output: String) {
        try? FileManager.default.removeItem(at: location(forOutput: output))
        try? FileManager.default.removeItem(at: pageKeysLocation(forOutput: output))
        try? FileManager.default.removeItem(at: dataPiecesLocation(forOutput: output))
    }
}
