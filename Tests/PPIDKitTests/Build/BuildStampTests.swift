import Foundation
import Testing
@testable import PPIDKit

/// The stamp is read back by every build into the same output: its findings must come back exactly.
struct BuildStampTests {
    @Test func findingsWithTabsLineEndsAndBackslashesComeBackExactly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-stempel-\(UUID().uuidString)")
        let output = folder.appendingPathComponent("Site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let findings = [
            Diagnostic(.ppid105, at: SourceLocation(file: "opd/dinkes/dip.yml", line: 12, column: 5), "Ringkasan \"x\"\tterlalu pendek;\nperbaiki."),
            Diagnostic(.ppid001, at: SourceLocation(file: "halaman/a\\b.md", line: 1, column: 1), "garis miring terbalik \\n bukan baris baru\r"),
            Diagnostic(.ppid014, at: SourceLocation(file: "halaman/ü.md", line: 3, column: 9), ""),
        ]
        let stamp = BuildStamp(inputs: "abc-12", output: "def\t3", pages: 7, documents: 2, findings: findings)
        stamp.save(forOutput: output.path)
        #expect(BuildStamp.load(forOutput: output.path) == stamp)

        // A damaged or foreign stamp is no stamp: the next build is whole.
        let text = try String(contentsOf: BuildStamp.location(forOutput: output.path), encoding: .utf8)
        try Data(text.dropLast(3).utf8).write(to: BuildStamp.location(forOutput: output.path))
        #expect(BuildStamp.load(forOutput: output.path) == nil)
        try Data("{\"inputs\": \"abc\"}".utf8).write(to: BuildStamp.location(forOutput: output.path))
        #expect(BuildStamp.load(forOutput: output.path) == nil)
    }
}
