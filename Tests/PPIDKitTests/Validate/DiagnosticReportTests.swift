import Foundation
@testable import PPIDKit
import Testing

/// What `ppid check` prints for each finding (RULES.md, "Output"): the order of findings, each
/// once, and the source line with a caret under the column. The report is written byte by byte
/// for speed (issue 16); these pin down what the reader sees.
@Suite struct DiagnosticReportTests {
    private func report(_ diagnostics: [Diagnostic], text: String, file: String = "Content/opd/x/dip.yml",
                        colors: Bool = false) -> String {
        var bag = DiagnosticBag()
        bag.append(contentsOf: diagnostics)
        let source = SourceText(displayPath: file, relativePath: "opd/x/dip.yml", text: text)
        return DiagnosticReport(bag, sources: [source], colors: colors).render(.text)
    }

    private func finding(_ rule: RuleID = .ppid004, file: String = "Content/opd/x/dip.yml", line: Int, column: Int,
                         _ message: String = "pesan") -> Diagnostic {
        Diagnostic(rule, at: SourceLocation(file: file, line: line, column: column), message)
    }

    @Test func caretStandsUnderTheColumnPastTabsAndAccents() {
        // Columns count Unicode scalars; a tab stays a tab so the caret lines up in a terminal.
        let text = report([finding(line: 2, column: 6)], text: "a: 1\n\tké: x\r\nb: 2\n")
        #expect(text == "Content/opd/x/dip.yml:2:6: error[PPID004]: pesan\n    \tké: x\n    \t    ^\n1 galat, 0 peringatan\n")
    }

    @Test func aLongLineIsShownAroundTheColumn() {
        let line = String(repeating: "a", count: 249) + "X" + String(repeating: "b", count: 50)
        let text = report([finding(line: 1, column: 250)], text: line + "\n")
        let excerpt = "…" + String(repeating: "a", count: 109) + "X" + String(repeating: "b", count: 50)
        #expect(text.contains("\n    \(excerpt)\n    \(String(repeating: " ", count: 110))^\n"))
    }

    @Test func coloursWrapLocationSeverityAndCaret() {
        let text = report([finding(.ppid105, line: 1, column: 1)], text: "x: 1\n", colors: true)
        #expect(text.hasPrefix("\u{1B}[1mContent/opd/x/dip.yml:1:1\u{1B}[0m: \u{1B}[1;33mwarning[PPID105]\u{1B}[0m: pesan\n    x: 1\n    \u{1B}[1;32m^\u{1B}[0m\n"))
    }

    @Test func noSourceLineForTablesOrMissingLines() {
        let text = report([finding(file: "Content/pengaduan/a.csv", line: 1, column: 1), finding(line: 9, column: 1)],
                          text: "x: 1\n")
        #expect(text == "Content/opd/x/dip.yml:9:1: error[PPID004]: pesan\nContent/pengaduan/a.csv:1:1: error[PPID004]: pesan\n2 galat, 0 peringatan\n")
    }

    @Test func findingsAreSortedAndEachReportedOnce() {
        var bag = DiagnosticBag()
        bag.add(finding(file: "Content/b.yml", line: 1, column: 1))
        bag.add(finding(.ppid105, file: "Content/a.yml", line: 2, column: 1, "kedua"))
        bag.add(finding(.ppid004, file: "Content/a.yml", line: 2, column: 1, "z"))
        bag.add(finding(.ppid004, file: "Content/a.yml", line: 2, column: 1, "a"))
        bag.add(finding(file: "Content/b.yml", line: 1, column: 1))
        bag.add(finding(file: "Content/a.yml", line: 10, column: 3))
        bag.add(finding(file: "Content/a.yml", line: 2, column: 1, "a"))
        var louder = finding(file: "Content/a.yml", line: 10, column: 3)
        louder.severity = .warning
        bag.add(louder)
        let order = bag.sorted.map { "\($0.location) \($0.rule.rawValue) \($0.severity.rawValue) \($0.message)" }
        #expect(order == [
            "Content/a.yml:2:1 PPID004 error a",
            "Content/a.yml:2:1 PPID004 error z",
            "Content/a.yml:2:1 PPID105 warning kedua",
            "Content/a.yml:10:3 PPID004 error pesan",
            "Content/a.yml:10:3 PPID004 warning pesan",
            "Content/b.yml:1:1 PPID004 error pesan",
        ])
    }

    @Test func aRepeatedKeyIsFoundInMappingsOfAnyLength() {
        // Short mappings are searched in place, long ones through a table: both name the first line.
        for count in [2, 15, 16, 17, 18, 40] {
            for repeated in [0, count / 2, count - 1] {
                var yaml = (0..<count).map { "k\($0): v\n" }.joined()
                yaml += "k\(repeated): lagi\n"
                let source = SourceText(displayPath: "Content/ppid.yml", relativePath: "ppid.yml", text: yaml)
                guard case .failure(let diagnostic) = YAMLLoader.parse(yaml, source: source) else {
                    Issue.record("\(count) kunci, k\(repeated) diulang: seharusnya gagal"); continue
                }
                #expect(diagnostic.location.line == count + 1)
                #expect(diagnostic.message == "Kunci \"k\(repeated)\" ditulis lebih dari sekali dalam satu pemetaan (pertama di baris \(repeated + 1)); hapus salah satunya.")
            }
            let distinct = (0..<count).map { "k\($0): v\n" }.joined()
            let source = SourceText(displayPath: "Content/ppid.yml", relativePath: "ppid.yml", text: distinct)
            guard case .document(let root) = YAMLLoader.parse(distinct, source: source) else {
                Issue.record("\(count) kunci berbeda: seharusnya terbaca"); continue
            }
            #expect(root.entries?.count == count)
        }
    }

    @Test func slugsAreCheckedCharacterByCharacter() {
        for valid in ["a", "a-b", "dinas-kesehatan-2024", "0"] { #expect(valid.isValidSlug, "\(valid)") }
        for invalid in ["", "-", "-a", "a-", "a--b", "A", "a_b", "é", "a b", "a\u{301}", "ａ"] {
            #expect(!invalid.isValidSlug, "\(invalid)")
        }
    }
}
