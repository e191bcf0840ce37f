import ArgumentParser
import Foundation
import PPIDKit

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Memeriksa konten lalu menulis seluruh situs; bila ada galat, keluaran lama tidak diubah."
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Folder keluaran.")
    var output: String = "Site"

    @Option(name: .customLong("base-url"), help: "Alamat dasar situs; menggantikan alamat_situs di ppid.yml.")
    var baseURL: String?

    @Flag(name: .customLong("relative-links"), help: "Semua tautan relatif, agar situs dapat dibuka langsung dari disk.")
    var relativeLinks = false

    func run() async throws {
        let options = BuildOptions(contentPath: common.content, templatesPath: common.templatesPath, outputPath: output,
                                   baseURL: baseURL, relativeLinks: relativeLinks, today: common.referenceDate,
                                   strict: common.strict)
        let outcome = await SiteBuilder(options: options, progress: Terminal.progressLine()).run()
        Terminal.clearProgressLine()
        let colors = Terminal.colors(for: 2)
        switch outcome {
        case .built(let summary, let validation):
            let report = common.report(validation, colors: colors)
            if !report.diagnostics.isEmpty || common.format == .json { Terminal.error(report.render(common.format)) }
            let seconds = String(format: "%.2f", summary.seconds).replacingOccurrences(of: ".", with: ",")
            Terminal.out("Situs dibangun di \(output)/: \(summary.pages) halaman, \(summary.documents) dokumen, \(seconds) detik.\n")
        case .invalid(let validation):
            Terminal.error(common.report(validation, colors: colors).render(common.format))
            Terminal.error("Situs tidak dibangun karena ada \(common.strict ? "temuan" : "galat"); keluaran lama di \(output)/ tidak diubah.")
            throw ExitCode(1)
        case .unchanged(let stamp):
            var bag = DiagnosticBag()
            bag.append(contentsOf: stamp.findings)
            let sources = Set(stamp.findings.map(\.location.file)).sorted().compactMap { path in
                (try? String(contentsOfFile: path, encoding: .utf8)).map { SourceText(displayPath: path, relativePath: path, text: $0) }
            }
            let report = DiagnosticReport(bag, sources: sources, colors: colors)
            if !report.diagnostics.isEmpty || common.format == .json { Terminal.error(report.render(common.format)) }
            Terminal.out("Tidak ada perubahan sejak pembangunan terakhir: \(output)/ sudah mutakhir (\(stamp.pages) halaman, \(stamp.documents) dokumen).\n")
        case .failed(let message, _):
            Terminal.error("galat: \(message)")
            Terminal.error("Situs tidak dibangun; keluaran lama di \(output)/ tidak diubah.")
            throw ExitCode(1)
        }
    }
}
