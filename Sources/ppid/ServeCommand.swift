import ArgumentParser
import Foundation
import PPIDKit
import PPIDServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Membangun dan melayani situs di komputer ini; membangun ulang dan memuat ulang halaman setiap ada perubahan."
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Porta (0: pilih porta bebas).")
    var port: UInt16 = 8080

    @Option(name: .long, help: "Alamat yang didengarkan.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Folder keluaran sementara (bawaan: folder sementara sistem).")
    var output: String?

    func run() async throws {
        if let output {
            do {
                _ = try OutputFolder.check(output, protecting: common.protectedFolders)
            } catch {
                Terminal.error("galat: \(error.description)\nTidak ada yang ditulis atau dihapus.")
                throw ExitCode(2)
            }
        }
        let folder = output ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("ppid-serve-\(ProcessInfo.processInfo.processIdentifier)").path
        let options = BuildOptions(contentPath: common.content, templatesPath: common.templatesPath, outputPath: folder,
                                   baseURL: "http://\(host):\(port)/", relativeLinks: false, today: common.referenceDate,
                                   strict: common.strict, includeDrafts: true)
        let server = DevServer(options: options, host: host, port: port) { text in Terminal.error(text) }
        // Ctrl-C (and a service manager's SIGTERM) stop cleanly and remove the private folders.
        // The handler has a queue of its own: a queue shared with Swift's task threads waits
        // while every one of them is busy, and then Ctrl-C did nothing.
        let stopping = DispatchQueue(label: "ppid.serve.berhenti")
        let stops = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: stopping)
            source.setEventHandler {
                Terminal.error("\nBerhenti.")
                if output == nil { try? FileManager.default.removeItem(atPath: folder) }
                // Last: a Ctrl-C during the first build may meet the server starting meanwhile.
                server.removePrivateFiles()
                Foundation.exit(0)
            }
            source.resume()
            return source
        }
        defer { stops.forEach { $0.cancel() } }
        do {
            try await server.run()
        } catch {
            Terminal.error("galat: server tidak dapat berjalan di \(host):\(port): \(error)")
            throw ExitCode(2)
        }
    }
}
