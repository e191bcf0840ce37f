import Foundation
@testable import PPIDKit
import Testing

/// `ppid new situs DIR` (ONBOARDING.md) and the drafts both scaffolds write, run as a user would.
@Suite(.serialized) struct NewSiteTests {
    static let options = ["--nama", "Pemerintah Kabupaten Jombang", "--jenis", "kabupaten",
                          "--alamat-situs", "https://ppid.jombangkab.go.id", "--opd-utama", "diskominfo",
                          "--nama-opd-utama", "Dinas Komunikasi dan Informatika", "--email", "ppid@jombangkab.go.id",
                          "--tanggal", "2026-11-25"]

    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ppid-situs-\(UUID().uuidString)")
    }

    /// A new site in a fresh temporary folder.
    static func newSite(_ extra: [String] = []) throws -> URL {
        let folder = temporaryFolder()
        let result = try PPIDProcess.run(["new", "situs", folder.path] + options + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return folder
    }

    static func check(_ site: URL, strict: Bool = false) throws -> PPIDProcess.Result {
        try PPIDProcess.run(["check", "--content", site.appendingPathComponent("Content").path, "--tanggal", "2026-11-25",
                             "--format", "json"] + (strict ? ["--strict"] : []))
    }

    static func findings(_ result: PPIDProcess.Result) -> [[String: Any]] {
        let object = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any]
        return object?["diagnostics"] as? [[String: Any]] ?? []
    }

    @Test func writesExactlyTheListedTree() throws {
        let site = try Self.newSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let files = Set(PPIDProcess.snapshot(site).keys)
        var expected: Set<String> = ["README.md", "Content/ppid.yml", ".github/workflows/ppid.yml", ".gitlab-ci.yml", ".gitignore",
                                     "Content/opd/diskominfo/opd.yml", "Content/opd/diskominfo/dip.yml", "Content/opd/diskominfo/dik.yml"]
        for kind in ["permohonan-informasi", "keberatan", "sengketa", "penetapan-dip", "uji-konsekuensi", "pendokumentasian",
                     "pendokumentasian-dikecualikan"] {
            expected.insert("Content/opd/diskominfo/sop/\(kind).md")
        }
        for page in ["profil", "visi-misi", "maklumat-pelayanan", "struktur-organisasi", "tugas-dan-fungsi", "regulasi"] {
            expected.insert("Content/halaman/\(page).md")
        }
        for schema in ["ppid", "opd", "dip", "dik", "sop", "sengketa", "laporan-layanan", "kalender", "kolom-layanan", "kriteria", "ppid-konten"] { expected.insert("skema/\(schema).schema.json") }
        #expect(files == expected, "lebih: \(files.subtracting(expected)), kurang: \(expected.subtracting(files))")
        let ignore = try String(contentsOf: site.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignore.contains("Site/\n") && ignore.contains(".*.ppid-stempel") && ignore.contains("Laporan-Monev/\n"))
        let readme = try String(contentsOf: site.appendingPathComponent("README.md"), encoding: .utf8)
        for phrase in ["Langkah kerja sehari-hari", "Menerbitkan", "Content/opd/<slug>/dip.yml", "ppid check", "draf: true"] {
            #expect(readme.contains(phrase), "README tanpa \(phrase)")
        }
        // The schemas are those of this ppid.
        let committed = try String(contentsOf: RichSite.packageRoot.appendingPathComponent("skema/dip.schema.json"), encoding: .utf8)
        #expect(try String(contentsOf: site.appendingPathComponent("skema/dip.schema.json"), encoding: .utf8) == committed)
    }

    @Test func theNewSiteChecksWithoutErrorsAndListsItsDrafts() throws {
        let site = try Self.newSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try Self.check(site)
        #expect(result.status == 0, "\(result.stdout)")
        let findings = Self.findings(result)
        #expect(!findings.contains { $0["severity"] as? String == "error" }, "\(result.stdout)")
        let drafts = Set(findings.filter { $0["rule"] as? String == "PPID306" }.compactMap { ($0["file"] as? String)?.components(separatedBy: "/Content/").last })
        #expect(drafts.isSuperset(of: ["ppid.yml", "halaman/profil.md", "opd/diskominfo/sop/keberatan.md",
                                       "opd/diskominfo/dip.yml", "opd/diskominfo/dik.yml", "opd/diskominfo/opd.yml"]), "\(drafts)")
        #expect(!findings.contains { ["PPID301", "PPID303"].contains($0["rule"] as? String) })
        #expect(try Self.check(site, strict: true).status == 1)

        // Nothing the scaffold wrote as a placeholder is published.
        let output = site.appendingPathComponent("Site")
        let build = try PPIDProcess.run(["build", "--content", site.appendingPathComponent("Content").path,
                                         "--templates", RichSite.templatesPath, "--output", output.path, "--tanggal", "2026-11-25"])
        #expect(build.status == 0, "\(build.stderr)")
        for (path, data) in PPIDProcess.snapshot(output) {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("Teks ini contoh dari ppid new situs"), "\(path)")
            #expect(!text.contains("Hasil evaluasi kemampuan") && !text.contains("SOP Pelayanan Permohonan"), "\(path)")
        }
    }

    @Test func aGivenDecreeIsWrittenAndNotADraft() throws {
        let site = try Self.newSite(["--sk-nomor", "188.4.45/12/2026", "--sk-tanggal", "2026-01-15", "--telepon", "(0321) 861 234"])
        defer { try? FileManager.default.removeItem(at: site) }
        let ppid = try String(contentsOf: site.appendingPathComponent("Content/ppid.yml"), encoding: .utf8)
        #expect(ppid.contains("nomor: \"188.4.45/12/2026\"") && ppid.contains("tanggal: 2026-01-15"))
        #expect(ppid.contains("telepon: \"(0321) 861 234\""))
        let findings = Self.findings(try Self.check(site))
        #expect(!findings.contains { $0["rule"] as? String == "PPID306" && ($0["file"] as? String)?.hasSuffix("Content/ppid.yml") == true })
        #expect(!findings.contains { $0["severity"] as? String == "error" })
    }

    @Test func wrongUseWritesNothing() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("catatan".utf8).write(to: folder.appendingPathComponent("catatan.txt"))
        let occupied = try PPIDProcess.run(["new", "situs", folder.path] + Self.options)
        #expect(occupied.status == 2)
        #expect(occupied.stderr.contains("tidak kosong"))
        #expect(PPIDProcess.snapshot(folder).keys.sorted() == ["catatan.txt"])

        let empty = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try PPIDProcess.run(["new", "situs", empty.path] + Self.options).status == 0, "folder kosong boleh dipakai")

        let noContact = Self.options.enumerated().filter { ![10, 11].contains($0.offset) }.map(\.element)
        let missing = Self.temporaryFolder()
        let refused = try PPIDProcess.run(["new", "situs", missing.path] + noContact)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--email atau --telepon"))
        let halfDecree = try PPIDProcess.run(["new", "situs", missing.path] + Self.options + ["--sk-nomor", "1/2026"])
        #expect(halfDecree.status == 2)
        let badKind = try PPIDProcess.run(["new", "situs", missing.path] + Self.options + ["--jenis", "desa"])
        #expect(badKind.status == 2 && badKind.stderr.contains("provinsi, kabupaten, kota, instansi"))
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test func everyYAMLFileReferencesItsSchemaOnItsFirstLine() throws {
        let site = try Self.newSite()
        defer { try? FileManager.default.removeItem(at: site) }
        for path in PPIDProcess.snapshot(site).keys where path.hasPrefix("Content/") && path.hasSuffix(".yml") {
            let text = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
            let first = text.components(separatedBy: "\n").first ?? ""
            let prefix = "# yaml-language-server: $schema="
            #expect(first.hasPrefix(prefix), "\(path)")
            let schema = site.appendingPathComponent(path).deletingLastPathComponent()
                .appendingPathComponent(String(first.dropFirst(prefix.count))).standardizedFileURL
            #expect(FileManager.default.fileExists(atPath: schema.path), "\(path): \(schema.path)")
        }
    }

    /// Follows every "hapus tanda #" comment literally: "… di awal baris-baris berikut" uncomments
    /// the comment lines right below it, up to the first line that is not one; otherwise the line
    /// itself. Uncommenting removes the line's first "#" and one space after it, if there is one.
    static func uncommentAsTold(_ text: String) -> String {
        func uncomment(_ line: String) -> String {
            guard let mark = line.firstIndex(of: "#") else { return line }
            var rest = line[line.index(after: mark)...]
            if rest.first == " " { rest = rest.dropFirst() }
            return String(line[..<mark]) + rest
        }
        var lines = text.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.contains("hapus tanda # di awal baris-baris berikut") {
                index += 1
                while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                    lines[index] = uncomment(lines[index])
                    index += 1
                }
                continue
            }
            if line.contains("hapus tanda #") { lines[index] = uncomment(line) }
            index += 1
        }
        return lines.joined(separator: "\n")
    }

    @Test func uncommentingTheExamplesAsToldGivesNoStructuralError() throws {
        let site = try Self.newSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let content = site.appendingPathComponent("Content")
        let opd = try PPIDProcess.run(["new", "opd", "kecamatan-baru", "--nama", "Kecamatan Baru", "--jenis", "kecamatan",
                                       "--content", content.path, "--tanggal", "2026-11-25"])
        #expect(opd.status == 0)
        var told = 0
        for path in PPIDProcess.snapshot(content).keys where path.hasSuffix(".yml") || path.hasSuffix(".md") {
            let url = content.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            let uncommented = Self.uncommentAsTold(text)
            if uncommented != text { told += 1 }
            try Data(uncommented.utf8).write(to: url)
        }
        #expect(told >= 10, "contoh yang dapat dipakai: \(told) berkas")
        let findings = Self.findings(try Self.check(site))
        let structural = findings.filter { ["PPID001", "PPID002", "PPID003"].contains($0["rule"] as? String) }
        #expect(structural.isEmpty, "\(structural)")
        let ppid = try String(contentsOf: content.appendingPathComponent("ppid.yml"), encoding: .utf8)
        #expect(ppid.contains("\nlapor:\n") && !ppid.contains("#  tautan") && ppid.contains("\n    nomor: \"…\""), "\(ppid)")
        let opdFile = try String(contentsOf: content.appendingPathComponent("opd/kecamatan-baru/opd.yml"), encoding: .utf8)
        #expect(opdFile.contains("\n  email: \"ppid.kecamatan-baru@contoh.go.id\""), "\(opdFile)")
    }

    @Test func newOPDRefusesControlCharactersAndQuotesEveryValue() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        for (option, value) in [("--nama", "Dinas\nPerhubungan"), ("--nama", "Dinas\tPerhubungan"), ("--email", "a@b.go.id\r"),
                                ("--telepon", "0321\u{2028}1234"), ("--nama", "Dinas\u{7}Bel")] {
            var arguments = ["new", "opd", "dinas-baru", "--nama", "Dinas Baru", "--content", fixture.path]
            if option == "--nama" { arguments[4] = value } else { arguments += [option, value] }
            let result = try PPIDProcess.run(arguments)
            #expect(result.status == 2, "\(option) \(value.debugDescription)")
            #expect(result.stderr.contains("Nilai \(option) memuat karakter kendali"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: fixture.path + "/opd/dinas-baru"))
        }
        let situs = try PPIDProcess.run(["new", "situs", Self.temporaryFolder().path] + Self.options + ["--nama", "Kabupaten\nBaru"])
        #expect(situs.status == 2 && situs.stderr.contains("Nilai --nama memuat karakter kendali"))

        let awkward = "Dinas \"Kominfo\" # Pusat: C:\\Data & <Layanan> 'Satu'"
        let made = try PPIDProcess.run(["new", "opd", "dinas-aneh", "--nama", awkward, "--email", "ppid: aneh@contoh.go.id",
                                        "--telepon", "#0321", "--content", fixture.path, "--tanggal", "2026-11-25"])
        #expect(made.status == 0, "\(made.stderr)")
        let validation = await fixture.validate()
        #expect(!validation.diagnostics.all.contains { [.ppid001, .ppid002, .ppid003, .ppid004].contains($0.rule) },
                "\(validation.diagnostics.all.map(\.message))")
        let opd = validation.model.opd("dinas-aneh")
        #expect(opd?.nama == awkward)
        #expect(opd?.pelaksana.jabatan == "Sekretaris \(awkward)")
        #expect(opd?.pelaksana.contact == Contact(telepon: "#0321", email: "ppid: aneh@contoh.go.id"))
        #expect(ScaffoldText.quoted("a\u{1}b\n") == "\"a\\u0001b\\n\"")
    }

    @Test func ciRecipesInstallCheckBuildAndDeploy() throws {
        let site = try Self.newSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let github = try String(contentsOf: site.appendingPathComponent(".github/workflows/ppid.yml"), encoding: .utf8)
        let gitlab = try String(contentsOf: site.appendingPathComponent(".gitlab-ci.yml"), encoding: .utf8)
        for recipe in [github, gitlab] {
            for phrase in ["PPID_VERSI: \"\(ProgramVersion.number)\"", "PPID_UNDUH: \"\"", "ppid-${PPID_VERSI}-linux-x86_64.tar.gz",
                           "libcmark-gfm-dev libcmark-gfm-extensions-dev", "make -C /tmp/ppid-sumber install",
                           "SOURCE_DATE_EPOCH=\"$(git log -1 --format=%ct)\"", "TZ: \"Asia/Jakarta\"",
                           "--base-url \"$PAGES_URL\"", "--tanggal \"$PPID_TANGGAL\""] {
                #expect(recipe.contains(phrase), "\(phrase)")
            }
        }
        for phrase in ["runs-on: ubuntu-24.04", "pull_request:", "--format github", "actions/upload-pages-artifact",
                       "actions/deploy-pages", "pages: write", "id-token: write", "refs/heads/main"] {
            #expect(github.contains(phrase), "GitHub: \(phrase)")
        }
        for phrase in ["\npages:\n", "--format text", "--output public", "    paths:\n      - public", "$CI_PAGES_URL"] {
            #expect(gitlab.contains(phrase), "GitLab: \(phrase)")
        }
    }

    /// What the scaffold writes, drafts included, is valid against the JSON Schemas it writes; an SK
    /// that is neither a draft nor complete is not.
    @Test func scaffoldedFilesValidateAgainstTheirJSONSchemas() throws {
        guard PythonTools.has(["jsonschema", "yaml"]) else {
            if QualityTools.isCI { Issue.record("python3 dengan jsonschema dan PyYAML tidak ada; jalankan make .venv/.ok") }
            return
        }
        let site = try Self.newSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let script = RichSite.packageRoot.appendingPathComponent("Tests/PPIDKitTests/Scripts/validate_schema.py").path
        let content = site.appendingPathComponent("Content")
        for (schema, file) in [("ppid", "ppid.yml"), ("opd", "opd/diskominfo/opd.yml"), ("dip", "opd/diskominfo/dip.yml"),
                               ("dik", "opd/diskominfo/dik.yml")] {
            let result = try PythonTools.run(PythonTools.python, [script, site.appendingPathComponent("skema/\(schema).schema.json").path,
                                                                  content.appendingPathComponent(file).path])
            #expect(result.status == 0, "\(file): \(result.stdout)\(result.stderr)")
        }
        let ppid = content.appendingPathComponent("ppid.yml")
        let undrafted = try String(contentsOf: ppid, encoding: .utf8)
            .replacingOccurrences(of: "    draf: true   # hapus baris ini setelah nomor dan tanggal SK diisi\n", with: "    berkas: berkas/sk.pdf\n")
        try Data(undrafted.utf8).write(to: ppid)
        let broken = try PythonTools.run(PythonTools.python, [script, site.appendingPathComponent("skema/ppid.schema.json").path, ppid.path])
        #expect(broken.status == 1, "\(broken.stdout)")
        #expect(broken.stdout.contains("nomor"))
    }

    /// The recipes are valid against the GitHub workflow and GitLab CI schemas (check-jsonschema, offline).
    @Test func ciRecipesAreValidAgainstTheirSchemas() throws {
        let tool = QualityTools.venv("check-jsonschema")
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            if QualityTools.isCI { Issue.record(".venv/bin/check-jsonschema tidak ada; jalankan make .venv/.ok") }
            return
        }
        let site = try Self.newSite()
        defer { try? FileManager.default.removeItem(at: site) }
        for (schema, file) in [("vendor.github-workflows", ".github/workflows/ppid.yml"), ("vendor.gitlab-ci", ".gitlab-ci.yml")] {
            let result = try PythonTools.run(tool, ["--builtin-schema", schema, site.appendingPathComponent(file).path])
            #expect(result.status == 0, "\(file): \(result.stdout)\(result.stderr)")
        }
        // The validator does catch a broken recipe.
        let broken = site.appendingPathComponent(".gitlab-ci.yml")
        let text = try String(contentsOf: broken, encoding: .utf8).replacingOccurrences(of: "  artifacts:\n    paths:", with: "  artifacts:\n    pathz:")
        try Data(text.utf8).write(to: broken)
        #expect(try PythonTools.run(tool, ["--builtin-schema", "vendor.gitlab-ci", broken.path]).status != 0)
    }
}
