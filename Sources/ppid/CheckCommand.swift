import ArgumentParser
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
        var report = common.report(validation, colors: Terminal.colors(for: 1))
        report.progress = OPDProgressReport(model: validation.model, diagnostics: report.diagnostics,
                                            displayRoot: validation.loaded.inventory.displayRoot)
        Terminal.out(report.render(common.format))
        if validation.fails(strict: common.strict) { throw ExitCode(1) }
    }
}
