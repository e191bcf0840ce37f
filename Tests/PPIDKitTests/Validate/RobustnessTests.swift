import Foundation
@testable import PPIDKit
import Testing

/// Bad input of any kind gets a clear finding, never a crash, a hang or huge memory use.
@Suite(.serialized) struct RobustnessTests {
    @Test func emptyFilesAreReportedAtTheirStart() async throws {
        let found = try await ContentFixture.minimal(["opd/diskominfo/dip.yml": "", "ppid.yml": "   \n"]).findingsAndRemove()
        #expect(found.contains { $0.rule == .ppid003 && $0.place == "Content/opd/diskominfo/dip.yml:1:1" && $0.message.contains("informasi") })
        #expect(found.contains { $0.rule == .ppid003 && $0.place == "Content/ppid.yml:1:1" })
    }

    @Test func binaryGarbageIsNotUTF8() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        var generator = SeededGenerator(seed: 7)
        try fixture.writeBytes((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }, to: "opd/diskominfo/dik.yml")
        let found = await fixture.findings()
        #expect(found.contains { $0.rule == .ppid009 && $0.location.file.hasSuffix("opd/diskominfo/dik.yml") })
    }

    @Test func aFiftyMegabyteFileIsRefusedWithoutReadingIt() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let path = fixture.path + "/opd/diskominfo/dip.yml"
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()
        let found = await fixture.findings()
        let hit = found.first { $0.rule == .ppid001 && $0.location.file.hasSuffix("dip.yml") }
        #expect(hit?.message.contains("terlalu besar") == true)
    }

    @Test func perOPDSummaryCountsListsAndFindings() async throws {
        let fixture = try ContentFixture.minimal(["opd/diskominfo/opd.yml": Samples.opd.replacingOccurrences(of: "jenis: dinas", with: "jenis: dinass"),
                                                  "halaman/profil.md": "---\njudul: Profil\n---\n<b>x</b>\n"])
        defer { fixture.remove() }
        let validation = await fixture.validate()
        let report = OPDProgressReport(model: validation.model, diagnostics: validation.diagnostics.sorted,
                                       displayRoot: validation.loaded.inventory.displayRoot)
        #expect(report.rows.first == OPDProgressReport.Row(name: "Dinas Komunikasi dan Informatika", berkala: 3, sertaMerta: 0,
                                                           setiapSaat: 1, exemptions: 1, sops: 7, errors: 1, warnings: 0))
        #expect(report.rows.last?.warnings == 2, "dua tag HTML mentah: <b> dan </b>")
        #expect(report.text().contains("berkala  serta-merta  setiap-saat  dikecualikan  SOP  galat  peringatan"))
    }

    /// Seeded mutation test: the sample content damaged many ways; every run ends in findings or
    /// a clean report, never in a crash, and an error always comes with a finding that says so.
    @Test func damagedSampleContentNeverCrashes() async throws {
        let source = RichSite.packageRoot.appendingPathComponent("Content")
        let texts = try FileManager.default.subpathsOfDirectory(atPath: source.path)
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".md") || $0.hasSuffix(".csv") }.sorted()
        var generator = SeededGenerator(seed: 20_261_125)
        for round in 0..<24 {
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-mutasi-\(round)-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: source, to: work)
            defer { try? FileManager.default.removeItem(at: work) }
            var damaged: [String] = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let file = texts[Int.random(in: 0..<texts.count, using: &generator)]
                let url = work.appendingPathComponent(file)
                let original = try Data(contentsOf: url)
                try Data(Mutation.apply(to: [UInt8](original), using: &generator)).write(to: url)
                damaged.append(file)
            }
            let validation = await Validation.run(contentPath: work.path, today: ContentFixture.today) { _ in
                SiteURLs(baseURL: "", relativeLinks: false)
            }
            let errors = validation.diagnostics.all.filter { $0.severity == .error }
            #expect(validation.fails(strict: false) == !errors.isEmpty, "putaran \(round): \(damaged)")
            for finding in validation.diagnostics.all {
                #expect(finding.location.line >= 1 && finding.location.column >= 1, "putaran \(round): \(finding)")
                #expect(!finding.message.isEmpty)
            }
        }
    }
}

/// Ways a humas officer's editor (or a bad copy) can damage a file.
enum Mutation: CaseIterable {
    case deleteLine, duplicateLine, swapLines, truncate, insertSymbol, breakIndentation, emptyFile, garbage, tabs

    static func apply(to bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        guard let mutation = allCases.randomElement(using: &generator) else { return bytes }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let pick = { (generator: inout SeededGenerator) in Int.random(in: 0..<max(1, lines.count), using: &generator) }
        switch mutation {
        case .deleteLine where !lines.isEmpty: lines.remove(at: pick(&generator))
        case .duplicateLine where !lines.isEmpty: let i = pick(&generator); lines.insert(lines[i], at: i)
        case .swapLines where lines.count > 1: lines.swapAt(pick(&generator), pick(&generator))
        case .truncate: return Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator)))
        case .insertSymbol where !bytes.isEmpty:
            var copy = bytes
            let symbols = Array(":[]{}-#&*!|>'\"%@`\\".utf8)
            copy.insert(symbols[Int.random(in: 0..<symbols.count, using: &generator)], at: Int.random(in: 0..<copy.count, using: &generator))
            return copy
        case .breakIndentation where !lines.isEmpty: let i = pick(&generator); lines[i] = Array("   ".utf8) + lines[i]
        case .emptyFile: return []
        case .garbage: return (0..<Int.random(in: 1...512, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        case .tabs where !lines.isEmpty: let i = pick(&generator); lines[i] = [9] + lines[i]
        default: return bytes
        }
        return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }
}

/// SplitMix64: the same damage on every machine and every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension ContentFixture {
    func findingsAndRemove() async -> [Diagnostic] {
        defer { remove() }
        return await findings()
    }
}
