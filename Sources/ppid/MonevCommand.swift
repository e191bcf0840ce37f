import ArgumentParser
import Foundation
import PPIDKit

extension MonevFormat: ExpressibleByArgument {}

/// `ppid monev` (MONEV.md): the e-Monev readiness estimate of the Badan Publik and every OPD, and
/// the follow-up sheets. A report, not a gate: exit 0, or 2 for wrong use (a criteria file that
/// is not valid included).
struct MonevCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monev",
        abstract: "Memperkirakan kesiapan e-Monev Badan Publik dan setiap OPD, dengan lembar tindak lanjut per OPD."
    )

    @Option(name: .long, help: ArgumentHelp("Tahun yang dinilai; bawaan: tahun tanggal acuan.", valueName: "tahun"))
    var tahun: Int?

    @Option(name: .long, help: ArgumentHelp("Hanya OPD ini di laporan text dan html; json selalu memuat semua OPD.", valueName: "slug"))
    var opd: String?

    @Option(name: .long, help: "Bentuk laporan: text, json atau html.")
    var format: MonevFormat = .text

    @Option(name: .long, help: ArgumentHelp("Folder laporan html (bawaan: Laporan-Monev); tidak boleh di dalam keluaran situs.", valueName: "folder"))
    var keluaran: String?

    @Option(name: .long, help: ArgumentHelp("Berkas kriteria e-Monev (YAML) pengganti kriteria bawaan dan monev/kriteria-<tahun>.yml.", valueName: "berkas"))
    var kriteria: String?

    @Option(name: .customLong("content"), help: "Folder konten (bawaan: Content/, atau folder ini bila berisi ppid.yml).")
    var contentOption: String?

    @Option(name: .long, help: "Folder templat (tema) yang lembar gayanya dipakai laporan html; bawaan: Templates/ bila ada, selain itu tema bawaan.")
    var templates: String?

    @Option(name: .long, help: "Tanggal acuan \"hari ini\" (YYYY-MM-DD); bawaan: SOURCE_DATE_EPOCH atau tanggal komputer.")
    var tanggal: String?

    func validate() throws {
        if let tahun, !(1900...9999).contains(tahun) {
            throw ValidationError("--tahun \(tahun) bukan tahun yang wajar; tulis empat angka, misalnya --tahun 2026.")
        }
        if keluaran != nil && format != .html {
            throw ValidationError("--keluaran hanya dipakai bersama --format html.")
        }
    }

    /// The options this command shares with the others, read the same way (CommonOptions).
    private func commonOptions() throws -> CommonOptions {
        var arguments: [String] = []
        if let contentOption { arguments += ["--content", contentOption] }
        if let templates { arguments += ["--templates", templates] }
        if let tanggal { arguments += ["--tanggal", tanggal] }
        return try CommonOptions.parse(arguments)
    }

    private func wrongUse(_ message: String) -> ExitCode {
        Terminal.error("galat: \(message)")
        return ExitCode(2)
    }

    func run() async throws {
        let common: CommonOptions
        do { common = try commonOptions() } catch {
            throw wrongUse(ParseFailure.message(for: error) ?? "pilihan tidak dapat dibaca.")
        }
        let today = common.referenceDate
        let year = tahun ?? today.year
        let displayRoot = ContentScanner(contentPath: common.content).displayRoot

        // The criteria first: an invalid file is wrong use, reported before any work.
        let choice: MonevCriteriaChoice
        do {
            choice = try MonevCriteriaChoice.choose(file: kriteria, contentPath: common.content, displayRoot: displayRoot, year: year)
        } catch {
            switch error {
            case .unreadable(let path): throw wrongUse("berkas kriteria \"\(path)\" tidak dapat dibaca; periksa jalurnya.")
            case .noBuiltIn: throw wrongUse("program ini tidak memuat kriteria bawaan; gunakan --kriteria BERKAS.")
            }
        }
        let loaded = MonevCriteriaLoader.load(choice.source, origin: choice.origin)
        guard let criteria = loaded.criteria else {
            let report = DiagnosticReport(loaded.diagnostics, sources: [choice.source], colors: Terminal.colors(for: 2))
            Terminal.error(report.render(.text))
            Terminal.error("Berkas kriteria \(choice.origin) tidak sah; perbaiki temuan di atas lalu jalankan lagi ppid monev.")
            throw ExitCode(2)
        }

        var target: MonevReportFolder?
        if format == .html {
            do {
                target = try MonevReportFolder.check(keluaran ?? MonevReportFolder.defaultPath, protecting: common.protectedFolders)
            } catch {
                throw wrongUse("\(error.description)\nTidak ada yang ditulis atau dihapus.")
            }
        }

        let validation = await Validation.run(contentPath: common.content, today: today, forBuild: false) { _ in
            SiteURLs(baseURL: "", relativeLinks: false)
        }
        if let opd, validation.model.opd(opd) == nil {
            let known = validation.model.opds.map(\.slug).prefix(20).joined(separator: ", ")
            throw wrongUse("OPD \"\(opd)\" tidak ada di \(common.content)/opd/; OPD yang ada: \(known.isEmpty ? "(belum ada)" : known).")
        }
        // The request registers (issue 13) are not read yet: their checks are not checkable.
        let report = await MonevScorer.score(validation, criteria: criteria, year: year, referenceDate: today, facts: ServiceReportFacts(validation),
                                       criteriaNote: choice.note)
        switch format {
        case .text:
            Terminal.out(MonevTextReport(report, onlyOPD: opd).render())
        case .json:
            Terminal.out(MonevJSONReport.render(report))
        case .html:
            guard let target else { throw ExitCode(2) }
            let theme: ThemeFiles
            do { theme = try ThemeFiles.load(ThemeSource.resolve(requested: common.templates)) } catch {
                throw wrongUse("tema \(ThemeSource.resolve(requested: common.templates)) tidak dapat dibaca; periksa --templates.")
            }
            let stylesheet = theme.files[MonevHTMLReport.stylesheetPath] ?? BuiltInTheme.files.files[MonevHTMLReport.stylesheetPath] ?? []
            let pages = MonevHTMLReport(report, onlyOPD: opd).pages()
            do { try target.write(pages, stylesheet: stylesheet) } catch {
                Terminal.error("galat: laporan tidak dapat ditulis ke \(target.folder.given)/: \(error.localizedDescription)")
                throw ExitCode(2)
            }
            Terminal.out("Laporan e-Monev ditulis ke \(target.folder.given)/: \(pages.count) halaman (ringkasan dan \(pages.count - 1) lembar tindak lanjut OPD).\n")
            Terminal.out("Badan Publik: \(MonevReport.estimate(report.range)).\n\(MonevReport.estimateNotice)\n")
        }
    }
}
