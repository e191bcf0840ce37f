import ArgumentParser
import Foundation
import PPIDKit

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Memeriksa konten terhadap UU 14/2008 tanpa membangun situs; temuan ke keluaran standar."
    )

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let validation = await Validation.run(contentPath: common.content, today: common.referenceDate, forBuild: false) { _ in
            SiteURLs(baseURL: "", relativeLinks: false)
        }
        var timer = StageTimer()
        var report = common.report(validation, colors: Terminal.colors(for: 1))
        timer.lap("laporan: urutkan temuan")
        report.progress = OPDProgressReport(model: validation.model, diagnostics: report.diagnostics,
                                            displayRoot: validation.loaded.inventory.displayRoot)
        timer.lap("laporan: ringkasan per OPD")
        let text = report.render(common.format)
        timer.lap("laporan: susun teks")
        Terminal.out(text)
        timer.lap("laporan: tulis")
        // The exit code of RULES.md, given here: the process ends without freeing the content,
        // the model and the report value by value (a tenth of a second for a province's content).
        Foundation.exit(validation.fails(strict: common.strict) ? ExitCode(1).rawValue : ExitCode.success.rawValue)
    }
}
