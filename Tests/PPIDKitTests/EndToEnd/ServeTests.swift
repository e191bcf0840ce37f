import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import PPIDServe

/// `ppid serve` end to end: a real server on a free port, a real content change, a real fetch.
@Suite(.serialized) struct ServeTests {
    final class Server {
        let process = Process()
        let errors = Pipe()
        var port = 0
        private var buffer = ""

        init(content: String) throws {
            process.executableURL = PPIDProcess.executable
            process.arguments = ["serve", "--content", content, "--templates", RichSite.templatesPath, "--port", "0",
                                 "--tanggal", "2026-11-25"]
            var env = ProcessInfo.processInfo.environment
            env["NO_COLOR"] = "1"
            process.environment = env
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            port = try waitFor(#"http://127\.0\.0\.1:([0-9]+)/"#).flatMap { Int($0) } ?? 0
        }

        /// Reads the server's terminal output until a line matches; returns the first capture group.
        func waitFor(_ pattern: String, seconds: Double = 20) throws -> String? {
            let regex = try NSRegularExpression(pattern: pattern)
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if let match = regex.firstMatch(in: buffer, range: NSRange(buffer.startIndex..., in: buffer)) {
                    let group = match.numberOfRanges > 1 ? Range(match.range(at: 1), in: buffer).map { String(buffer[$0]) } : ""
                    buffer = String(buffer[(Range(match.range, in: buffer)?.upperBound ?? buffer.endIndex)...])
                    return group
                }
                buffer += readAvailable()
            }
            return nil
        }

        /// Whatever the server has written so far, without blocking.
        private func readAvailable() -> String {
            let handle = errors.fileHandleForReading
            var descriptor = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 50) > 0 else { return "" }
            return String(decoding: handle.availableData, as: UTF8.self)
        }

        func fetch(_ path: String) async throws -> (Int, String) {
            try await Self.fetch(port: port, path)
        }

        /// Fetches `path` until it holds `text` (a save may take more than one rebuild), at most 10 s.
        func eventually(_ path: String, contains text: String) async throws -> Bool {
            try await eventually(path) { $0.contains(text) }
        }

        func eventually(_ path: String, where holds: (String) -> Bool) async throws -> Bool {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if let (status, body) = try? await fetch(path), status == 200, holds(body) { return true }
                try await Task.sleep(for: .milliseconds(50))
            }
            return false
        }

        static func fetch(port: Int, _ path: String) async throws -> (Int, String) {
            let url = URL(string: "http://127.0.0.1:\(port)\(path)")!
            let (data, response) = try await URLSession.shared.data(from: url)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }

        func stop() {
            guard process.isRunning else { return }
            process.terminate()
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
    }

    @Test func servesAndShowsAContentChange() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let server = try Server(content: fixture.path)
        defer { server.stop() }
        #expect(server.port > 0)
        let (status, home) = try await server.fetch("/")
        #expect(status == 200)
        #expect(home.contains("Pemerintah Kabupaten Contoh"))
        #expect(home.contains("/__ppid/versi"), "skrip muat ulang hanya di mode serve")
        let (_, page) = try await server.fetch("/opd/diskominfo/")
        #expect(page.contains("Dinas Komunikasi dan Informatika"))
        #expect(try await server.fetch("/%2e%2e/%2e%2e/etc/passwd").0 == 403)

        try fixture.write(Samples.ppid.replacingOccurrences(of: "Kabupaten Contoh", with: "Kabupaten Contoh Raya"), to: "ppid.yml")
        #expect(try server.waitFor("Dibangun: ") != nil)
        let (_, changed) = try await server.fetch("/")
        #expect(changed.contains("Pemerintah Kabupaten Contoh Raya"))
    }

    /// Drafts are previewed, marked "DRAF"; the published build leaves them out (DraftTests).
    @Test func draftsArePreviewedMarked() async throws {
        let fixture = try ContentFixture.minimal(["halaman/pratinjau-draf.md": "---\njudul: Halaman Pratinjau\ndraf: true\n---\nBelum terbit.\n"])
        defer { fixture.remove() }
        let server = try Server(content: fixture.path)
        defer { server.stop() }
        let (status, page) = try await server.fetch("/pratinjau-draf/")
        #expect(status == 200)
        #expect(page.contains("DRAF: Halaman Pratinjau"))
    }

    /// Only pages whose inputs changed are rendered again; every page that shows the change has it.
    @Test func anItemChangeReachesItsPageAndTheLists() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let server = try Server(content: fixture.path)
        defer { server.stop() }
        try fixture.write(Samples.dip.replacingOccurrences(of: "Laporan Kinerja Tahun 2025", with: "Laporan Kinerja Tahun 2025 (Revisi)"),
                          to: "opd/diskominfo/dip.yml")
        #expect(try server.waitFor("Dibangun: ") != nil)
        let (_, item) = try await server.fetch("/opd/diskominfo/informasi/kinerja-2025/")
        #expect(item.contains("Laporan Kinerja Tahun 2025 (Revisi)"))
        let (_, list) = try await server.fetch("/informasi-publik/berkala/")
        #expect(list.contains("Laporan Kinerja Tahun 2025 (Revisi)"))
        let (_, opd) = try await server.fetch("/opd/diskominfo/")
        #expect(opd.contains("Laporan Kinerja Tahun 2025 (Revisi)"))
        let (_, other) = try await server.fetch("/opd/diskominfo/informasi/lk-2025/")
        #expect(other.contains("Laporan Keuangan Tahun 2025"))
    }

    @Test func showsAnErrorOverlayUntilFixed() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let server = try Server(content: fixture.path)
        defer { server.stop() }
        try fixture.write(Samples.opd.replacingOccurrences(of: "jenis: dinas", with: "jenis: dinass"), to: "opd/diskominfo/opd.yml")
        #expect(try server.waitFor("ada galat") != nil)
        let (_, broken) = try await server.fetch("/")
        #expect(broken.contains("id=\"ppid-galat\""))
        #expect(broken.contains("opd/diskominfo/opd.yml:3:8"))
        #expect(broken.contains("PPID004"))

        try fixture.write(Samples.opd, to: "opd/diskominfo/opd.yml")
        #expect(try server.waitFor("Dibangun: ") != nil)
        let (_, fixed) = try await server.fetch("/")
        #expect(!fixed.contains("ppid-galat"))
    }

    /// Started on content with an error, the server has no site yet: the browser gets a page with
    /// the findings, which turns into the site once the error is fixed.
    @Test func aFirstBuildWithErrorsShowsThemInTheBrowser() async throws {
        let fixture = try ContentFixture.minimal(["opd/diskominfo/opd.yml": Samples.opd.replacingOccurrences(of: "jenis: dinas", with: "jenis: dinass")])
        defer { fixture.remove() }
        let server = try Server(content: fixture.path)
        defer { server.stop() }
        let (status, page) = try await server.fetch("/")
        #expect(status == 503)
        #expect(page.contains("Situs belum dapat dibangun"))
        #expect(page.contains("id=\"ppid-galat\""))
        #expect(page.contains("opd/diskominfo/opd.yml:3:8"))
        #expect(page.contains("/__ppid/versi"))

        try fixture.write(Samples.opd, to: "opd/diskominfo/opd.yml")
        #expect(try await server.eventually("/", contains: "Pemerintah Kabupaten Contoh"))
        // The new site's files are written just before the findings are cleared.
        #expect(try await server.eventually("/") { !$0.contains("ppid-galat") })
    }

    /// What an open page's script does: wait on `/__ppid/versi?sejak=<its version>`; the answer
    /// comes when the rebuild after a save is live, not on a timer.
    @Test func openPagesHearOfANewBuildAtOnce() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let server = try Server(content: fixture.path)
        defer { server.stop() }
        let (_, before) = try await server.fetch("/__ppid/versi")
        let port = server.port
        async let waited = Server.fetch(port: port, "/__ppid/versi?sejak=\(before)")
        try await Task.sleep(for: .milliseconds(300))
        try fixture.write(Samples.dip.replacingOccurrences(of: "Laporan Kinerja Tahun 2025", with: "Laporan Kinerja 2025 Direvisi"),
                          to: "opd/diskominfo/dip.yml")
        let (status, after) = try await waited
        #expect(status == 200)
        #expect(Int(after) ?? 0 > Int(before) ?? 0)
        let (_, page) = try await server.fetch("/opd/diskominfo/informasi/kinerja-2025/")
        #expect(page.contains("Laporan Kinerja 2025 Direvisi"))

        // Saving the same text again builds, but changes no file: open pages do not reload.
        try fixture.write(Samples.dip.replacingOccurrences(of: "Laporan Kinerja Tahun 2025", with: "Laporan Kinerja 2025 Direvisi"),
                          to: "opd/diskominfo/dip.yml")
        #expect(try server.waitFor(", 0 berkas berubah") != nil)
        #expect(try await server.fetch("/__ppid/versi").1 == after)
    }

    /// A folder created while serving (a new OPD) is watched too: its files and later edits show.
    @Test func aNewOPDFolderIsPickedUp() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let server = try Server(content: fixture.path)
        defer { server.stop() }
        try fixture.write(Samples.opd.replacingOccurrences(of: "Komunikasi dan Informatika", with: "Kesehatan")
            .replacingOccurrences(of: "Diskominfo", with: "Dinkes").replacingOccurrences(of: "diskominfo", with: "dinkes"),
                          to: "opd/dinkes/opd.yml")
        #expect(try await server.eventually("/opd/dinkes/", contains: "Dinas Kesehatan"))

        try fixture.write(Samples.opd.replacingOccurrences(of: "Komunikasi dan Informatika", with: "Kesehatan dan KB")
            .replacingOccurrences(of: "Diskominfo", with: "Dinkes").replacingOccurrences(of: "diskominfo", with: "dinkes"),
                          to: "opd/dinkes/opd.yml")
        #expect(try await server.eventually("/opd/dinkes/", contains: "Dinas Kesehatan dan KB"))
    }

    /// FlyingFox reads a request line in quadratic time and has no limits: a 1 MB line from a few
    /// connections used to stall the server until Ctrl-C no longer stopped it. Now such requests
    /// are answered at once with a status, a page loads meanwhile, and Ctrl-C still stops it.
    @Test func hostileRequestsAreRefusedAndCtrlCStillStops() throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let server = try Server(content: fixture.path)
        defer { server.stop() }
        let port = server.port
        let megabyteLine = Array("GET /".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000) + Array(" HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        let longURL = Array("GET /".utf8) + [UInt8](repeating: UInt8(ascii: "b"), count: 65_000) + Array(" HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        let endlessHeaders = Array("GET / HTTP/1.1\r\n".utf8) + Array(repeating: Array("X-Isi: 0123456789abcdef\r\n".utf8), count: 40_000).joined()
        let send = RawConnection.answer(port: port)
        let jobs: [@Sendable () -> String] = [
            { send(megabyteLine) }, { send(megabyteLine) }, { send(megabyteLine) },
            { send(longURL) }, { send(longURL) },
            { send(endlessHeaders) },
            { send(Array("POST / HTTP/1.1\r\nContent-Length: 4\r\n\r\nhalo".utf8)) },
            { // A client that stops half-way (slow loris) is answered once the head's time is up.
                guard let connection = try? RawConnection(port: port) else { return "" }
                connection.send(Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8))
                return connection.readAnswer()
            },
            {
                Thread.sleep(forTimeInterval: 0.2)
                return send(Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
            },
        ]
        let answers = RawConnection.concurrently(jobs)
        let statuses = answers.map { $0.components(separatedBy: "\r\n")[0] }
        #expect(Array(statuses[0..<5]) == Array(repeating: "HTTP/1.1 414 URI Too Long", count: 5))
        #expect(answers[0].contains("Alamat (URL) permintaan terlalu panjang"))
        #expect(statuses[5] == "HTTP/1.1 431 Request Header Fields Too Large")
        #expect(statuses[6] == "HTTP/1.1 413 Content Too Large")
        #expect(statuses[7] == "HTTP/1.1 408 Request Timeout")
        #expect(statuses[8] == "HTTP/1.1 200 OK")
        #expect(answers[8].contains("Connection: close\r\n"))
        #expect(answers[8].contains("Pemerintah Kabupaten Contoh"))

        // Ctrl-C with clients still connected: half-sent requests and a live-reload wait.
        let stuck = try (0..<4).map { _ in try RawConnection(port: port) }
        for connection in stuck { connection.send(Array("GET /\(String(repeating: "c", count: 100))".utf8)) }
        let waiting = try RawConnection(port: port)
        waiting.send(Array("GET /__ppid/versi?sejak=1 HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        let pid = server.process.processIdentifier
        let privateFolders = {
            ((try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? [])
                .filter { $0.hasPrefix("ppid-serve-\(pid)-") }
        }
        #expect(privateFolders().count == 1, "soket FlyingFox di folder pribadi")
        Thread.sleep(forTimeInterval: 0.2)
        server.process.interrupt()
        let deadline = Date().addingTimeInterval(10)
        while server.process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!server.process.isRunning, "Ctrl-C menghentikan server")
        if !server.process.isRunning {
            #expect(server.process.terminationStatus == 0)
        }
        #expect(try server.waitFor("Berhenti") != nil)
        #expect(privateFolders().isEmpty)
    }

    /// Connections beyond the limit are answered 503 at once instead of piling up.
    @Test func connectionsAreBounded() throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let server = try Server(content: fixture.path)
        defer { server.stop() }
        let limit = RequestLimits.standard.connections
        var idle = try (0..<limit).map { _ in try RawConnection(port: server.port) }
        let extra = try RawConnection(port: server.port)
        let answer = extra.readAnswer()
        #expect(answer.hasPrefix("HTTP/1.1 503 Service Unavailable\r\n"))
        #expect(answer.contains("Terlalu banyak sambungan"))
        idle.removeAll()
        // The slots free as the server notices the closed connections.
        var status = ""
        for _ in 0..<50 where !status.hasPrefix("HTTP/1.1 200") {
            Thread.sleep(forTimeInterval: 0.1)
            status = RawConnection.answer(port: server.port)(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        }
        #expect(status.hasPrefix("HTTP/1.1 200 OK"))
    }

    @Test func buildOutputNeverCarriesTheReloadScript() throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-noscript-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try PPIDProcess.run(["build", "--content", fixture.path, "--templates", RichSite.templatesPath, "--output", output.path,
                             "--tanggal", "2026-11-25"])
        for (path, data) in PPIDProcess.snapshot(output) where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("__ppid"), "\(path)")
        }
    }
}
