import Foundation
@testable import PPIDKit
import Testing

/// The YAML trees `ppid build` keeps beside its stamp read back exactly as parsed (values, kinds,
/// every line and column that findings name), and are used only for the very text they came from.
@Suite struct StoredParsesTests {
    /// Everything a tree holds, as text: kind, place, scalar text and quoting, keys and their places.
    static func dump(_ node: YAMLNode?) -> String {
        guard let node else { return "(kosong)" }
        var out = ""
        func walk(_ node: YAMLNode, _ indent: String) {
            out += "\(indent)\(node.location) "
            switch node.value {
            case .null: out += "null\n"
            case .scalar(let text, let quoted): out += "\(quoted ? "kutip" : "polos") \(text.debugDescription)\n"
            case .sequence(let items):
                out += "daftar \(items.count)\n"
                for item in items { walk(item, indent + "  ") }
            case .mapping(let entries):
                out += "pemetaan \(entries.count)\n"
                for entry in entries {
                    out += "\(indent)  kunci \(entry.key.debugDescription) \(entry.keyLocation)\n"
                    walk(entry.value, indent + "    ")
                }
            }
        }
        walk(node, "")
        return out
    }

    private func parse(_ text: String, path: String = "opd/dinkes/dip.yml") -> (SourceText, YAMLNode?) {
        let source = SourceText(displayPath: "Content/\(path)", relativePath: path, text: text)
        guard case .document(let root) = YAMLLoader.parse(text, source: source) else { return (source, nil) }
        return (source, root)
    }

    private static let tricky = """
        # komentar
        nama: "Dinas Kesehatan"
        singkatan: 'DINKES'
        kosong:
        tilde: ~
        angka: 007
        daftar: [a, "b", {c: d}]
        blok: |
          baris satu
          baris dua — dengan “kutip” dan emoji 📄
        lipat: >
          satu
          dua
        bersarang:
          - id: x-1
            judul: Laporan Keuangan
            tag: []
          - id: x-2
            peta: {}
        jangkar: &j {a: 1}
        rujukan: *j
        """

    @Test func everyYAMLFileOfTheSampleReadsBackExactly() throws {
        let content = RichSite.packageRoot.appendingPathComponent("Content")
        let files = try #require(FileManager.default.enumerator(atPath: content.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yml") }
        #expect(files.count > 10)
        for path in files + ["buatan.yml"] {
            let text = path == "buatan.yml" ? Self.tricky : try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
            let (source, root) = parse(text, path: path)
            let bytes = YAMLNodeBytes.encode(root)
            guard case .node(let back) = YAMLNodeBytes.decode(bytes, file: source.displayPath) else {
                Issue.record("\(path) tidak terbaca kembali")
                continue
            }
            #expect(Self.dump(back) == Self.dump(root), "\(path)")
        }
    }

    @Test func anEmptyFileStaysEmpty() {
        guard case .empty = YAMLNodeBytes.decode(YAMLNodeBytes.encode(nil), file: "x") else {
            Issue.record("berkas kosong seharusnya kembali kosong")
            return
        }
    }

    @Test func damagedBytesAreNeverATree() {
        let (_, root) = parse(Self.tricky)
        let bytes = YAMLNodeBytes.encode(root)
        // Every shortened copy, and one with bytes added, is refused (and nothing crashes).
        for length in 0..<bytes.count {
            #expect(YAMLNodeBytes.decode(bytes[..<length], file: "x") == nil, "panjang \(length)")
        }
        #expect(YAMLNodeBytes.decode((Array(bytes) + [0])[...], file: "x") == nil)
        var flipped = bytes
        flipped[0] = 0xFF
        #expect(YAMLNodeBytes.decode(flipped, file: "x") == nil)
    }

    @Test func aStoredTreeServesOnlyTheTextItWasParsedFrom() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-yaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(".Site.ppid-kunci-yaml")

        let (source, root) = parse(Self.tricky)
        let broken = SourceText(displayPath: "Content/opd/rusak/dip.yml", relativePath: "opd/rusak/dip.yml", text: "a: [\n")
        let first = ParseCache()
        first.store(.yaml(source), .yaml(YAMLDocument(source: source, root: root, parsed: true)), [])
        first.store(.yaml(broken), .yaml(YAMLDocument(source: broken, root: nil, parsed: false)),
                    [Diagnostic(.ppid001, at: broken.location(), "rusak")])
        first.save(to: url, conforming: [source.relativePath])

        let next = ParseCache(storedAt: url)
        guard case .yaml(let document)? = next.lookup(.yaml(source))?.0 else {
            Issue.record("pohon yang disimpan seharusnya dipakai untuk teks yang sama")
            return
        }
        #expect(Self.dump(document.root) == Self.dump(root))
        let edited = SourceText(displayPath: source.displayPath, relativePath: source.relativePath, text: Self.tricky + "\nbaru: 1\n")
        #expect(next.lookup(.yaml(edited)) == nil)
        // A file that had a finding is parsed again each time (its finding is reported again).
        #expect(next.lookup(.yaml(broken)) == nil)

        // A damaged store, or one written by another version, is not used.
        let good = try [UInt8](Data(contentsOf: url))
        for offset in stride(from: good.count - 1, to: good.count / 2, by: -max(1, good.count / 40)) {
            var bytes = good
            bytes[offset] ^= 0x01
            try Data(bytes).write(to: url)
            #expect(ParseCache(storedAt: url).lookup(.yaml(source)) == nil, "bita \(offset)")
        }
        try Data("ppid-kunci-yaml 0 lama\n".utf8).write(to: url)
        #expect(ParseCache(storedAt: url).lookup(.yaml(source)) == nil)
    }

    @Test func aRebuildFromStoredTreesReportsTheSameFindingsAsAColdOne() async throws {
        let project = try OutputReuseTests.Project()
        defer { project.remove() }
        let options = project.options(project.output)
        guard case .built(_, let cold) = await SiteBuilder(options: options).run() else {
            Issue.record("pembangunan pertama gagal")
            return
        }
        #expect(FileManager.default.fileExists(atPath: BuildStamp.parsesLocation(forOutput: project.output.path).path))
        try project.editDIP { $0.replacingOccurrences(of: "Data Statistik Sektoral Nomor 7\n", with: "Data Statistik Sektoral Nomor Tujuh\n") }
        guard case .built(_, let rebuilt) = await SiteBuilder(options: options).run() else {
            Issue.record("pembangunan ulang gagal")
            return
        }
        let fresh = await Validation.run(contentPath: project.fixture.path, today: ContentFixture.today) { _ in
            SiteURLs(baseURL: "", relativeLinks: false)
        }
        func lines(_ validation: Validation) -> [String] {
            validation.diagnostics.sorted.map { "\($0.location) \($0.rule.rawValue) \($0.message)" }
        }
        #expect(lines(rebuilt) == lines(fresh))
        #expect(!cold.diagnostics.sorted.isEmpty)
        #expect(IncrementalBuildTests.differences(project.site(), await project.coldSite()) == [])
    }
    @Test func onlyATreeStoredAsConformingSkipsItsSchemaCheck() async throws {
        let dipPath = "opd/diskominfo/dip.yml"
        let fixture = try ContentFixture.minimal([dipPath: "kunci_asing: 1\n" + Samples.dip])
        defer { fixture.remove() }
        let url = fixture.root.appendingPathComponent(".Site.ppid-kunci-yaml")
        func schemaFindings(_ cache: ParseCache) async -> (rules: [RuleID], conforming: Set<String>) {
            var loading = DiagnosticBag(), checking = DiagnosticBag()
            let loaded = await ContentLoader.load(contentPath: fixture.path, cache: cache, into: &loading)
            let conforming = await StructureValidation.check(loaded, into: &checking)
            return (checking.all.filter { $0.location.file.hasSuffix(dipPath) }.map(\.rule), conforming)
        }

        let first = ParseCache()
        let cold = await schemaFindings(first)
        #expect(cold.rules == [.ppid002])
        #expect(!cold.conforming.contains(dipPath))
        #expect(cold.conforming.contains("opd/diskominfo/opd.yml"))

        // Stored as it was found (not conforming): the next run checks it and reports it again.
        first.save(to: url, conforming: cold.conforming)
        #expect(await schemaFindings(ParseCache(storedAt: url)).rules == [.ppid002])

        // Stored as conforming: the check is skipped (which is why only clean files are marked).
        first.save(to: url, conforming: cold.conforming.union([dipPath]))
        let skipped = await schemaFindings(ParseCache(storedAt: url))
        #expect(skipped.rules.isEmpty)
        #expect(skipped.conforming.contains(dipPath))
    }
}
