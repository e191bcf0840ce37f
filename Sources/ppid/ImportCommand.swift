import ArgumentParser
import Foundation
import PPIDKit

extension ImportKind: ExpressibleByArgument {}

/// `ppid impor dip|dik FILE --opd SLUG …` (ONBOARDING.md): a DIP or DIK from a spreadsheet,
/// then `check` on the new file with a summary by rule and key.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impor",
        abstract: "Mengimpor DIP atau DIK dari lembar kerja .xlsx atau .csv ke dip.yml/dik.yml sebuah OPD."
    )

    @Argument(help: "dip atau dik.")
    var kind: ImportKind

    @Argument(help: "Berkas .xlsx atau .csv.")
    var file: String

    @Option(name: .long, help: "Slug OPD tujuan (folder opd/<slug>/ harus sudah ada).")
    var opd: String

    @Option(name: .long, help: "Nama lembar; bawaan: lembar pertama yang memiliki baris judul kolom.")
    var lembar: String?

    @Option(name: .long, help: "Berkas YAML pemetaan judul kolom, misalnya kolom: {\"Uraian\": judul}.")
    var kolom: String?

    @Flag(name: .long, help: "Tambahkan ke dip.yml/dik.yml yang sudah ada; judul yang sudah ada dilewati.")
    var tambah = false

    @Flag(name: .long, help: "Lewati baris tanpa judul alih-alih membatalkan impor.")
    var lewatiBarisRusak = false

    @Option(name: .long, help: "Tanggal diperbarui (YYYY-MM-DD) untuk informasi berkala yang tidak memuatnya.")
    var diperbarui: String?

    @Option(name: .long, help: "Nomor keputusan penetapan (DIK: untuk setiap butir bila lembar tidak memuatnya).")
    var penetapanNomor: String?

    @Option(name: .long, help: "Tanggal keputusan penetapan (YYYY-MM-DD).")
    var penetapanTanggal: String?

    @Option(name: .long, help: "Pejabat yang menetapkan.")
    var penetapanOleh: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let diperbarui, CalendarDate(iso: diperbarui) == nil {
            throw ValidationError("--diperbarui \"\(diperbarui)\" bukan tanggal YYYY-MM-DD yang sah, misalnya 2026-01-31.")
        }
        if let penetapanTanggal, CalendarDate(iso: penetapanTanggal) == nil {
            throw ValidationError("--penetapan-tanggal \"\(penetapanTanggal)\" bukan tanggal YYYY-MM-DD yang sah, misalnya 2026-01-31.")
        }
    }

    /// What the officer reads besides the findings: on standard output in text format, on
    /// standard error otherwise, so that `--format json|github` output stays machine-readable.
    private func say(_ text: String) {
        if common.format == .text { Terminal.out(text) } else { FileHandle.standardError.write(Data(text.utf8)) }
    }

    func run() async throws {
        let today = common.referenceDate
        let map: ColumnMap
        do {
            map = try kolom.map { path throws(ImportProblem) in try ColumnMap.load(path: path, kind: kind) } ?? ColumnMap()
        } catch {
            Terminal.error("galat: \(error.description)")
            throw ExitCode(2)
        }
        let request = Importer.Request(
            kind: kind, spreadsheet: URL(fileURLWithPath: file), contentPath: common.content, opd: opd, sheetName: lembar,
            columnMap: map, append: tambah, skipBrokenRows: lewatiBarisRusak,
            defaults: ImportDefaults(diperbarui: diperbarui.flatMap { CalendarDate(iso: $0) }, penetapanNomor: penetapanNomor,
                                     penetapanTanggal: penetapanTanggal.flatMap { CalendarDate(iso: $0) }, penetapanOleh: penetapanOleh),
            today: today)
        let outcome: Importer.Outcome
        do {
            outcome = try Importer(request).run()
        } catch {
            printNotes(error.notes)
            Terminal.error("galat: \(error.message)\nTidak ada berkas yang ditulis atau diubah.")
            throw ExitCode(2)
        }
        printNotes(outcome.notes)
        let path = "\(common.content)/\(outcome.relativePath)"
        let table = outcome.fromCSV ? file : "lembar \"\(outcome.sheet)\""
        guard outcome.wrote else {
            say("Tidak ada butir baru: setiap judul di \(table) sudah ada di \(path); berkas tidak diubah.\n")
            return
        }
        say("\(outcome.items.count) butir \(tambah ? "ditambahkan ke" : "ditulis ke") \(path) dari \(table).\n")

        let validation = await Validation.run(contentPath: common.content, today: today, forBuild: false) { _ in
            SiteURLs(baseURL: "", relativeLinks: false)
        }
        let display = validation.loaded.inventory.displayPath(outcome.relativePath)
        let findings = validation.diagnostics.sorted.filter { $0.location.file == display }
        var bag = DiagnosticBag()
        bag.append(contentsOf: findings)
        if let source = validation.loaded.inventory.allTexts.first(where: { $0.displayPath == display }) {
            let rows = Dictionary(outcome.items.map { ($0.id, $0.row) }, uniquingKeysWith: { first, _ in first })
            let summary = ImportSummary(diagnostics: findings, source: source, kind: kind, rowsByID: rows)
            if summary.groups.isEmpty {
                say("Pemeriksaan \(display): tidak ada temuan.\n")
            } else {
                say("\nRingkasan pemeriksaan \(display):\n")
                for group in summary.groups { say("  \(group.line)\n") }
                say("\n")
            }
        }
        let report = DiagnosticReport(bag, sources: validation.loaded.inventory.allTexts, colors: Terminal.colors(for: 1))
        Terminal.out(report.render(common.format))
        if bag.hasErrors || (common.strict && !bag.all.isEmpty) { throw ExitCode(1) }
    }

    private func printNotes(_ notes: [ImportNote]) {
        guard !notes.isEmpty else { return }
        say("Cara lembar dibaca:\n")
        for note in notes { say("  \(note.line)\n") }
    }
}
