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
        let json = common.format == .json
        let target: OutputFolder
        do {
            target = try OutputFolder.check(output, protecting: common.protectedFolders)
        } catch {
            if json { Terminal.out(failureReport(error.description).render(.json)) } else { Terminal.error("galat: \(error.description)\nTidak ada yang ditulis atau dihapus.") }
            throw ExitCode(2)
        }
        let options = BuildOptions(contentPath: common.content, templatesPath: common.templatesPath, outputPath: target.resolved,
                                   baseURL: baseURL, relativeLinks: relativeLinks, today: common.referenceDate,
                                   strict: common.strict)
        let outcome = await SiteBuilder(options: options, progress: Terminal.progressLine()).run()
        Terminal.clearProgressLine()
        let colors = Terminal.colors(for: 2)
        switch outcome {
        case .built(let summary, let validation):
            var timer = StageTimer()
            var report = common.report(validation, colors: colors)
            if json {
                report.buildResult = [("status", .string("dibangun")), ("output", .string(output)), ("pages", .int(summary.pages)),
                                      ("documents", .int(summary.documents))]
                Terminal.out(report.render(.json))
                Foundation.exit(ExitCode.success.rawValue)
            }
            if !report.diagnostics.isEmpty || !report.notes.isEmpty { Terminal.error(report.render(common.format)) }
            let seconds = String(format: "%.2f", summary.seconds).replacingOccurrences(of: ".", with: ",")
            Terminal.out("Situs dibangun di \(output)/: \(summary.pages) halaman, \(summary.documents) dokumen, \(seconds) detik.\n")
            timer.lap("laporan temuan")
            // Success: the process ends without freeing the content, the model and the pages' keys
            // value by value, as `ppid check` does.
            Foundation.exit(ExitCode.success.rawValue)
        case .invalid(let validation):
            if json {
                var report = common.report(validation, colors: false)
                report.buildResult = [("status", .string("gagal")), ("output", .string(output))]
                Terminal.out(report.render(.json))
                throw ExitCode(1)
            }
            Terminal.error(common.report(validation, colors: colors).render(common.format))
            Terminal.error("Situs tidak dibangun karena ada \(common.strict ? "temuan" : "galat"); keluaran lama di \(output)/ tidak diubah.")
            throw ExitCode(1)
        case .unchanged(let stamp):
            var bag = DiagnosticBag()
            bag.append(contentsOf: stamp.findings)
            let sources = Set(stamp.findings.map(\.location.file)).sorted().compactMap { path in
                (try? String(contentsOfFile: path, encoding: .utf8)).map { SourceText(displayPath: path, relativePath: path, text: $0) }
            }
            var report = DiagnosticReport(bag, sources: sources, colors: colors)
            if json {
                report.buildResult = [("status", .string("tidak-berubah")), ("output", .string(output)), ("pages", .int(stamp.pages)),
                                      ("documents", .int(stamp.documents))]
                Terminal.out(report.render(.json))
                return
            }
            if !report.diagnostics.isEmpty { Terminal.error(report.render(common.format)) }
            Terminal.out("Tidak ada perubahan sejak pembangunan terakhir: \(output)/ sudah mutakhir (\(stamp.pages) halaman, \(stamp.documents) dokumen).\n")
        case .failed(let message, let validation):
            if json {
                var report = validation.map { common.report($0, colors: false) } ?? DiagnosticReport(DiagnosticBag())
                report.failures.append(message)
                report.buildResult = [("status", .string("gagal")), ("output", .string(output))]
                Terminal.out(report.render(.json))
                throw ExitCode(1)
            }
            Terminal.error("galat: \(message)")
            Terminal.error("Situs tidak dibangun; keluaran lama di \(output)/ tidak diubah.")
            throw ExitCode(1)
        }
    }

    private func failureReport(_ message: String) -> DiagnosticReport {
        var report = DiagnosticReport(DiagnosticBag())
        report.failures = [message]
        report.buildResult = [("status", .string("gagal")), ("output", .string(output))]
        return report
    }
}
