import Foundation
import Testing

/// PPIDEmbedTool, which writes the built-in theme as Swift: every byte survives, binary or not.
@Suite struct EmbedToolTests {
    var tool: URL { PPIDProcess.executable.deletingLastPathComponent().appendingPathComponent("PPIDEmbedTool") }

    @Test func binaryAndTextFilesRoundTripByteForByte() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-sematkan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files: [String: [UInt8]] = [
            "aset/logo.png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(0...255),
            "aset/huruf.woff2": Array(repeating: 0, count: 7) + [0xFF, 0xFE, 0x80],
            "halaman.mustache": Array("baris \"kutip\" \\ {{judul}}\r\nCRLF dan tab\t\u{00E9}\u{0301}\n".utf8),
            ".tersembunyi": Array("bukan bagian tema".utf8),
        ]
        for (path, bytes) in files {
            let url = folder.appendingPathComponent("tema/\(path)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let output = folder.appendingPathComponent("Tema.swift")
        let process = Process()
        process.executableURL = tool
        process.arguments = ["theme", folder.appendingPathComponent("tema").path, output.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let source = try String(contentsOf: output, encoding: .utf8)
        // Entries are lines `("path", "base64"),`.
        var decoded: [String: [UInt8]] = [:]
        for line in source.split(separator: "\n") where line.hasPrefix("        (\"") {
            let parts = line.split(separator: "\"")
            #expect(parts.count >= 4)
            decoded[String(parts[1])] = Data(base64Encoded: String(parts[3])).map { [UInt8]($0) }
        }
        var expected = files
        expected[".tersembunyi"] = nil
        #expect(decoded == expected)
    }
}
