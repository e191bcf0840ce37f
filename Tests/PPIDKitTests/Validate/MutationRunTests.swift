import Foundation
import Testing

/// Seeded mutation run through the real executable (issue 17): the sample content and complaint
/// CSVs damaged as in `Mutation`, with HTML and script injected into values, Markdown and CSV
/// fields. Every `ppid build` ends with exit 0 or 1, never a signal, and no injected markup reaches
/// a published page unescaped. A few rounds run with the suite; `PPID_MUTATIONS=10000` runs more
/// (BENCHMARKS.md). A failing round keeps its content folder and names it.
@Suite(.serialized) struct MutationRunTests {
    static let defaultRounds = 6

    static var rounds: Int {
        ProcessInfo.processInfo.environment["PPID_MUTATIONS"].flatMap(Int.init) ?? defaultRounds
    }

    @Test func damagedAndInjectedContentBuildsOrFailsCleanly() throws {
        let source = RichSite.packageRoot.appendingPathComponent("Content")
        let texts = try FileManager.default.subpathsOfDirectory(atPath: source.path)
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".md") || $0.hasSuffix(".csv") }.sorted()
        let tables = texts.filter { $0.hasSuffix(".csv") }
        #expect(tables.count >= 2, "contoh konten harus memuat CSV pengaduan")
        var generator = SeededGenerator(seed: 17_2026_1201)
        var exits: [Int32: Int] = [:]
        var reached = 0
        for round in 0..<Self.rounds {
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-mutasi-build-\(round)-\(UUID().uuidString)")
            let content = work.appendingPathComponent("Content"), output = work.appendingPathComponent("Site")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: content)
            var changes: [String] = []
            // Every round injects into a complaint CSV and into one other file, then damages a few.
            for file in [tables[Int.random(in: 0..<tables.count, using: &generator)],
                         texts[Int.random(in: 0..<texts.count, using: &generator)]] {
                let url = content.appendingPathComponent(file)
                let (bytes, payload) = Injection.apply(to: [UInt8](try Data(contentsOf: url)), csv: file.hasSuffix(".csv"), using: &generator)
                try Data(bytes).write(to: url)
                changes.append("\(file) ← \(payload)")
            }
            // Odd rounds also damage files: those mostly end in findings (exit 1), even ones get built.
            for _ in 0..<(round.isMultiple(of: 2) ? 0 : Int.random(in: 1...2, using: &generator)) {
                let file = texts[Int.random(in: 0..<texts.count, using: &generator)]
                let url = content.appendingPathComponent(file)
                try Data(Mutation.apply(to: [UInt8](try Data(contentsOf: url)), using: &generator)).write(to: url)
                changes.append("\(file) rusak")
            }
            let result = try PPIDProcess.run(["build", "--content", content.path, "--templates", RichSite.templatesPath,
                                              "--output", output.path, "--tanggal", "2026-11-25"])
            let context = "putaran \(round) (\(work.path)): \(changes)"
            #expect(!result.signalled, "ppid berhenti karena sinyal \(result.status); \(context)\n\(result.stderr)")
            #expect(result.signalled || [0, 1].contains(result.status), "kode keluar \(result.status); \(context)\n\(result.stderr)")
            exits[result.status, default: 0] += 1
            let leaks = result.status == 0 ? Injection.unescaped(in: output) : []
            if result.status == 0, !Injection.files(in: output, containing: "ppidInjected").isEmpty { reached += 1 }
            #expect(leaks.isEmpty, "markup sisipan lolos tanpa di-escape: \(leaks); \(context)")
            if !result.signalled, [0, 1].contains(result.status), leaks.isEmpty { try? FileManager.default.removeItem(at: work) }
        }
        #expect(exits.values.reduce(0, +) == Self.rounds)
        // The seed is fixed: with the default rounds, injected text reaches published pages (escaped).
        #expect(Self.rounds < Self.defaultRounds || reached >= 2, "keluaran: \(exits), sisipan sampai ke halaman: \(reached)")
        print("MutationRunTests: \(Self.rounds) putaran, kode keluar \(exits), sisipan sampai ke halaman \(reached)×")
    }

    /// The detector itself: raw injected markup in a page is found, escaped markup is not.
    @Test func unescapedMarkupIsDetected() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-mutasi-detektor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<p>&lt;script&gt;ppidInjected(1)&lt;/script&gt; &quot; onmouseover=&quot;ppidInjected(5)</p>".utf8)
            .write(to: folder.appendingPathComponent("aman.html"))
        #expect(Injection.unescaped(in: folder).isEmpty)
        try Data("<p><img src=x onerror=ppidInjected(2)></p>".utf8).write(to: folder.appendingPathComponent("bocor.html"))
        #expect(Injection.unescaped(in: folder) == ["bocor.html: <img src=x onerror=ppidInjected"])
    }
}

/// Markup a hostile or careless editor could put into a value. Each payload carries a marker that
/// appears in a page only if the payload was written out without escaping.
enum Injection {
    static let payloads: [(text: String, marker: String)] = [
        ("<script>ppidInjected(1)</script>", "<script>ppidInjected"),
        ("\"><img src=x onerror=ppidInjected(2)>", "<img src=x onerror=ppidInjected"),
        ("</script><svg onload=ppidInjected(3)>", "<svg onload=ppidInjected"),
        ("[klik](javascript:ppidInjected(4))", "href=\"javascript:ppidInjected"),
        ("\" onmouseover=\"ppidInjected(5)", "onmouseover=\"ppidInjected"),
        ("<a href=\"javascript:ppidInjected(6)\">x</a>", "<a href=\"javascript:ppidInjected"),
        ("<iframe src=//ppidInjected.example></iframe>", "<iframe src=//ppidInjected"),
    ]

    /// Output files a browser reads as markup.
    static let markupExtensions: Set<String> = ["html", "htm", "xml", "svg", "atom", "rss"]

    /// The payload put into a line: after the text value of a `key: value` line in YAML (or front
    /// matter), at the end of a prose line in Markdown, into the `kategori` field of a CSV data row
    /// (quoted as CSV wants, so the row still reads).
    static func apply(to bytes: [UInt8], csv: Bool, using generator: inout SeededGenerator) -> ([UInt8], String) {
        let payload = payloads[Int.random(in: 0..<payloads.count, using: &generator)].text
        var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
        if csv {
            guard let column = lines.first?.components(separatedBy: ",").firstIndex(of: "kategori"), lines.count > 1,
                  let row = (1..<lines.count).filter({ lines[$0].components(separatedBy: ",").count > column }).randomElement(using: &generator)
            else { return (bytes, payload) }
            var fields = lines[row].components(separatedBy: ",")
            fields[column] = "\"" + (fields[column] + " " + payload).replacingOccurrences(of: "\"", with: "\"\"") + "\""
            lines[row] = fields.joined(separator: ",")
            return (Array(lines.joined(separator: "\n").utf8), payload)
        }
        // Lines whose text is shown: `key: text value` lines (not dates or numbers) and Markdown prose.
        let candidates = lines.indices.filter { index in
            let line = lines[index]
            if let colon = line.range(of: ": ") { return line[colon.upperBound...].first?.isLetter ?? false }
            return line.first?.isLetter ?? false
        }
        guard let index = candidates.randomElement(using: &generator) else { return (bytes, payload) }
        lines[index] += " " + payload
        return (Array(lines.joined(separator: "\n").utf8), payload)
    }

    /// "file: marker" for each marker found raw in a markup file under the folder.
    static func unescaped(in folder: URL) -> [String] {
        markupFiles(in: folder).flatMap { path, text in
            payloads.filter { text.contains($0.marker) }.map { "\(path): \($0.marker)" }
        }.sorted()
    }

    /// Markup files under the folder whose text contains the word.
    static func files(in folder: URL, containing word: String) -> [String] {
        markupFiles(in: folder).filter { $0.text.contains(word) }.map(\.path)
    }

    private static func markupFiles(in folder: URL) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            guard markupExtensions.contains((path as NSString).pathExtension.lowercased()),
                  let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else { continue }
            files.append((path, String(decoding: data, as: UTF8.self)))
        }
        return files
    }
}
