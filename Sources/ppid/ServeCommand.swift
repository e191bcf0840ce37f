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
        let folder = output ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("ppid-serve-\(ProcessInfo.processInfo.processIdentifier)").path
        let options = BuildOptions(contentPath: common.content, templatesPath: common.templatesPath, outputPath: folder,
                                   baseURL: "http://\(host):\(port)/", relativeLinks: false, today: common.referenceDate,
                                   strict: common.strict)
        // Ctrl-C (and a service manager's SIGTERM) stop cleanly and remove the private output folder.
        let stops = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Terminal.error("\nBerhenti.")
                if output == nil { try? FileManager.default.removeItem(atPath: folder) }
                Foundation.exit(0)
            }
            source.resume()
            return source
        }
        defer { stops.forEach { $0.cancel() } }
        let server = DevServer(options: options, host: host, port: port) { text in Terminal.error(text) }
        do {
            try await server.run()
        } catch {
            Terminal.error("galat: server tidak dapat berjalan di \(host):\(port): \(error)")
            throw ExitCode(2)
        }
    }
}
