import Foundation
@testable import PPIDKit
import Testing

@Suite(.serialized) struct ScaffoldAndSchemaTests {
    let root = RichSite.packageRoot

    @Test func newOPDCreatesAFolderThatChecksWithoutErrors() throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let created = try PPIDProcess.run(["new", "opd", "dinas-perhubungan", "--nama", "Dinas Perhubungan", "--jenis", "dinas",
                                           "--email", "ppid.dishub@contoh.go.id", "--content", fixture.path, "--tanggal", "2026-11-25"])
        #expect(created.status == 0, "\(created.stderr)")
        for file in ["opd.yml", "dip.yml", "dik.yml", "sop/permohonan-informasi.md", "sop/pendokumentasian-dikecualikan.md"] {
            #expect(FileManager.default.fileExists(atPath: "\(fixture.path)/opd/dinas-perhubungan/\(file)"), "\(file) tidak dibuat")
        }
        let check = try PPIDProcess.run(["check", "--content", fixture.path, "--tanggal", "2026-11-25", "--format", "json"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("\"errors\": 0"))
        #expect(check.stdout.contains("PPID107"), "peringatan yang memberi tahu apa yang harus diisi")
    }

    @Test func newOPDWithoutContactIsToldWhatToFill() throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        try PPIDProcess.run(["new", "opd", "kecamatan-baru", "--nama", "Kecamatan Baru", "--content", fixture.path])
        let check = try PPIDProcess.run(["check", "--content", fixture.path, "--tanggal", "2026-11-25"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("opd/kecamatan-baru/opd.yml"))
        #expect(check.stdout.contains("PPID302"))
    }

    @Test func newOPDNeverOverwrites() throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let before = PPIDProcess.snapshot(fixture.root)
        let result = try PPIDProcess.run(["new", "opd", "diskominfo", "--nama", "Apa Saja", "--content", fixture.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("sudah ada"))
        #expect(PPIDProcess.snapshot(fixture.root) == before)
        #expect(try PPIDProcess.run(["new", "opd", "Dinas_Baru", "--nama", "X", "--content", fixture.path]).status == 2)
    }

    @Test func committedSchemaFilesMatchTheValidatorsDefinitions() throws {
        for (name, _) in JSONSchemaGenerator.documents {
            let committed = try String(contentsOf: root.appendingPathComponent("skema/\(name).schema.json"), encoding: .utf8)
            let generated = JSONSchemaGenerator.document(named: name)?.serialized(indent: 2) ?? ""
            #expect(committed == generated + "\n", "skema/\(name).schema.json usang; jalankan: ppid schema \(name) > skema/\(name).schema.json")
        }
        let all = try PPIDProcess.run(["schema"])
        #expect(all.stdout.contains("\"$defs\""))
        for name in ["ppid", "opd", "dip", "dik", "sop"] { #expect(all.stdout.contains("\"\(name)\": {")) }
        #expect(try PPIDProcess.run(["schema", "halaman-tidak-ada"]).status == 2)
    }

    /// The sample content validates against the schema with Python's `jsonschema`; a broken file does not.
    @Test func sampleContentValidatesWithARealJSONSchemaValidator() throws {
        let python = PythonTools.python
        guard PythonTools.has(["jsonschema", "yaml"]) else {
            Issue.record("python3 dengan jsonschema dan PyYAML tidak ada; jalankan make test")
            return
        }
        let script = root.appendingPathComponent("Tests/PPIDKitTests/Scripts/validate_schema.py").path
        let content = root.appendingPathComponent("Content")
        let opds = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("opd").path).sorted()
        for kind in ["opd", "dip", "dik"] {
            let files = opds.map { content.appendingPathComponent("opd/\($0)/\(kind).yml").path }
                .filter { FileManager.default.fileExists(atPath: $0) }
            let result = try PythonTools.run(python, [script, root.appendingPathComponent("skema/\(kind).schema.json").path] + files)
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        }
        let ppid = try PythonTools.run(python, [script, root.appendingPathComponent("skema/ppid.schema.json").path,
                                                content.appendingPathComponent("ppid.yml").path])
        #expect(ppid.status == 0, "\(ppid.stdout)\(ppid.stderr)")

        let fixture = try ContentFixture.minimal(["opd/diskominfo/dip.yml": Samples.dip
            .replacingOccurrences(of: "kategori: setiap-saat", with: "kategori: kadang-kadang")
            .replacingOccurrences(of: "penguasa: Sekretariat", with: "pengusa: Sekretariat")])
        defer { fixture.remove() }
        let broken = try PythonTools.run(python, [script, root.appendingPathComponent("skema/dip.schema.json").path,
                                                  fixture.path + "/opd/diskominfo/dip.yml"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("kadang-kadang"))
        #expect(broken.stdout.contains("pengusa"))
    }
}

/// The Python tools `make test` installs into `.venv` (or the system's python3).
enum PythonTools {
    static var python: String {
        let venv = RichSite.packageRoot.appendingPathComponent(".venv/bin/python3").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "/usr/bin/env"
    }

    static func has(_ modules: [String]) -> Bool {
        (try? run(python, ["-c", "import " + modules.joined(separator: ", ")]).status) == 0
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> PPIDProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = executable == "/usr/bin/env" ? ["python3"] + arguments : arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PPIDProcess.Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                                  stderr: String(decoding: e, as: UTF8.self))
    }
}
