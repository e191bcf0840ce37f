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

    /// Where the parsed YAML trees (`StoredParses`) are kept: beside the stamp.
    public static func parsesLocation(forOutput output: String) -> URL {
        let keys = pageKeysLocation(forOutput: output)
        return keys.deletingLastPathComponent().appendingPathComponent(keys.lastPathComponent + "-yaml")
    }

    /// A fingerprint of every input of a build with these options.
    public static func inputs(of options: BuildOptions) -> String {
        let theme = options.templatesPath.map { [$0] } ?? []
        let lines = [version, options.contentPath, options.theme.description, options.baseURL ?? "-",
                     String(options.relativeLinks), options.today.iso, String(options.strict), String(options.includeDrafts)]
            + (theme.isEmpty ? [BuiltInTheme.fingerprint] : [])
            + fileLines([options.contentPath] + theme)
        return fingerprint(of: lines)
    }

    /// A fingerprint of the output folder's files (paths, sizes, modification times).
    public static func listing(ofOutput folder: String) -> String {
        fingerprint(of: fileLines([folder], relative: true))
    }

    /// The same fingerprint as `listing(ofOutput:)` gives of a folder holding exactly `files` (by
    /// path below it): what a build wrote gives the new output's listing without walking it.
    public static func listing(of files: [String: FileStamp]) -> String {
        fingerprint(of: files.map { "\($0.key) \($0.value.listed)" }.sorted())
    }

    private static func fingerprint(of lines: [String]) -> String {
        Fingerprint.of(Array(lines.joined(separator: "\n").utf8)) + "-\(lines.count)"
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
                "\(relative ? entry.relativePath : rootPrefix + entry.relativePath) \(entry.stamp.listed)"
            }.sorted()
        }
        return lines
    }

    /// The first line of the file: the format and the program that wrote it.
    private static var fileHeader: String { "ppid-stempel 2 \(version)" }

    /// Writes the stamp (`SidecarFile`) as lines of tab-separated fields, tabs, line ends and
    /// backslashes in a field escaped: the header, `inputs`, `output`, `pages`, `documents`, then
    /// one line per finding (`rule file line column message`). Thousands of findings are read
    /// back by every build into the same output, so no JSON.
    public func save(forOutput output: String) {
        var text = Self.fileHeader + "\n"
        text.reserveCapacity(findings.count * 200)
        text += "\(Self.escaped(inputs))\n\(Self.escaped(self.output))\n\(pages)\n\(documents)\n"
        for diagnostic in findings {
            text += diagnostic.rule.rawValue
            text += "\t"
            text += Self.escaped(diagnostic.location.file)
            text += "\t\(diagnostic.location.line)\t\(diagnostic.location.column)\t"
            text += Self.escaped(diagnostic.message)
            text += "\n"
        }
        SidecarFile.write(Array(text.utf8), to: Self.location(forOutput: output))
    }

    /// The stamp `save` wrote, or nil when it is missing, damaged or written by another version.
    /// - Parameter findings: false reads only what decides whether the output is current (every
    ///   build reads that; the findings are needed only when nothing changed).
    public static func load(forOutput output: String, findings withFindings: Bool = true) -> BuildStamp? {
        guard let data = FileManager.default.contents(atPath: location(forOutput: output).path) else { return nil }
        // Bytes, not `String.split`: a stamp may hold tens of thousands of findings.
        let lines = data.split(separator: 0x0A, maxSplits: withFindings ? Int.max : 5, omittingEmptySubsequences: false)
        func text(_ line: Data.SubSequence) -> String { String(decoding: line, as: UTF8.self) }
        guard lines.count >= 6, text(lines[0]) == fileHeader, let pages = Int(text(lines[3])), let documents = Int(text(lines[4])),
              data.last == 0x0A else { return nil }
        var findings: [Diagnostic] = []
        if withFindings {
            findings.reserveCapacity(lines.count - 6)
            for line in lines[5..<(lines.count - 1)] {
                let fields = line.split(separator: 0x09, maxSplits: 4, omittingEmptySubsequences: false)
                guard fields.count == 5, let rule = RuleID(rawValue: text(fields[0])), let number = Int(text(fields[2])),
                      let column = Int(text(fields[3])) else { return nil }
                findings.append(Diagnostic(rule, at: SourceLocation(file: unescaped(text(fields[1])), line: number, column: column),
                                           unescaped(text(fields[4]))))
            }
        }
        return BuildStamp(inputs: unescaped(text(lines[1])), output: unescaped(text(lines[2])), pages: pages, documents: documents,
                          findings: findings)
    }

    static func escaped(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) else { return field }
        var out = ""
        for character in field.unicodeScalars {
            switch character {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    static func unescaped(_ field: String) -> String {
        guard field.utf8.contains(0x5C) else { return field }
        var out = ""
        var escaping = false
        for character in field.unicodeScalars {
            if escaping {
                switch character {
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Forgets the stamp (before a build changes the output).
    public static func remove(forOutput output: String) {
        try? FileManager.default.removeItem(at: location(forOutput: output))
        try? FileManager.default.removeItem(at: pageKeysLocation(forOutput: output))
        try? FileManager.default.removeItem(at: dataPiecesLocation(forOutput: output))
        try? FileManager.default.removeItem(at: parsesLocation(forOutput: output))
    }
}
