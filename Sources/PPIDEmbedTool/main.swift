import Foundation

// Writes the generated Swift sources of PPIDKit (run by the EmbedProgramData build-tool plugin):
//   PPIDEmbedTool theme TEMPLATES_DIR OUTPUT.swift
//   PPIDEmbedTool version VERSION_FILE COMMIT OUTPUT.swift
//   PPIDEmbedTool criteria KRITERIA_DIR OUTPUT.swift

/// Every regular file under the folder whose name does not start with ".", by path relative to
/// it ("/"-separated), sorted — the same selection `ThemeFiles.read(folder:)` makes at run time.
func themeFiles(under folder: URL) throws -> [(path: String, bytes: Data)] {
    let root = folder.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var files: [(path: String, bytes: Data)] = []
    while let path = enumerator.nextObject() as? String {
        guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
        var isDirectory: ObjCBool = false
        let full = root + "/" + path
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
        files.append((path, try Data(contentsOf: URL(fileURLWithPath: full))))
    }
    return files.sorted { $0.path < $1.path }
}

func swiftLiteral(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\u{\(String(scalar.value, radix: 16))}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    // Unchanged output keeps its modification time, so nothing depending on it is rebuilt.
    if let old = try? Data(contentsOf: url), old == Data(text.utf8) { return }
    try Data(text.utf8).write(to: url, options: .atomic)
}

let arguments = CommandLine.arguments
do {
    if arguments.count == 4, arguments[1] == "theme" {
        let files = try themeFiles(under: URL(fileURLWithPath: arguments[2]))
        var text = "// Generated from Templates/ by PPIDEmbedTool; do not edit.\n\n"
        text += "extension BuiltInTheme {\n    /// Every file of the default theme: path inside the theme folder, Base64 of its bytes.\n"
        text += "    static let encodedFiles: [(path: String, base64: String)] = [\n"
        for file in files {
            text += "        (\(swiftLiteral(file.path)), \"\(file.bytes.base64EncodedString())\"),\n"
        }
        text += "    ]\n}\n"
        try write(text, to: arguments[3])
    } else if arguments.count == 5, arguments[1] == "version" {
        let number = try String(contentsOfFile: arguments[2], encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let text = """
            // Generated from VERSION and the git checkout by PPIDEmbedTool; do not edit.

            extension ProgramVersion {
                /// The release number, from the VERSION file.
                public static let number = \(swiftLiteral(number))
                /// The git commit the program was built from ("-ubah": with uncommitted changes).
                public static let commit = \(swiftLiteral(arguments[3]))
            }

            """
        try write(text, to: arguments[4])
    } else if arguments.count == 4, arguments[1] == "criteria" {
        // Each `kriteria-<tahun>.yml` as text: the built-in e-Monev criteria (MONEV.md).
        let files = try themeFiles(under: URL(fileURLWithPath: arguments[2])).filter {
            $0.path.hasPrefix("kriteria-") && $0.path.hasSuffix(".yml") && !$0.path.contains("/")
        }
        var text = "// Generated from Kriteria/ by PPIDEmbedTool; do not edit.\n\n"
        text += "extension BuiltInCriteria {\n    /// Every built-in criteria file: its name and its text.\n"
        text += "    static let files: [(name: String, text: String)] = [\n"
        for file in files {
            text += "        (\(swiftLiteral(file.path)), \(swiftLiteral(String(decoding: file.bytes, as: UTF8.self)))),\n"
        }
        text += "    ]\n}\n"
        try write(text, to: arguments[3])
    } else {
        FileHandle.standardError.write(Data("penggunaan: PPIDEmbedTool theme FOLDER KELUARAN | version BERKAS KOMIT KELUARAN | criteria FOLDER KELUARAN\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("PPIDEmbedTool: \(error)\n".utf8))
    exit(1)
}
