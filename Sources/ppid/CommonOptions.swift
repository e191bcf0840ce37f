import ArgumentParser
import Foundation
import PPIDKit

extension ReportFormat: ExpressibleByArgument {}

/// Options every subcommand shares (CLI.md).
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("content"), help: "Folder konten (bawaan: Content/, atau folder ini bila berisi ppid.yml).")
    var contentOption: String?

    @Option(name: .long, help: "Folder templat (tema); bawaan: Templates/ di folder ini bila ada, selain itu tema bawaan ppid.")
    var templates: String?

    @Option(name: .long, help: "Tanggal acuan \"hari ini\" (YYYY-MM-DD); bawaan: SOURCE_DATE_EPOCH atau tanggal komputer.")
    var tanggal: String?

    @Flag(name: .long, help: "Peringatan juga menggagalkan (kode keluar 1).")
    var strict = false

    @Option(name: .long, help: "Format laporan temuan: text, json atau github.")
    var format: ReportFormat = .text

    func validate() throws {
        if let tanggal, CalendarDate(iso: tanggal) == nil {
            throw ValidationError("--tanggal \"\(tanggal)\" bukan tanggal YYYY-MM-DD yang sah, misalnya 2026-11-25.")
        }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw ValidationError(contentOption == nil
                ? "Folder konten tidak ditemukan: di folder ini tidak ada Content/ maupun ppid.yml. Jalankan ppid dari folder situs Anda, gunakan --content FOLDER, atau mulai situs baru dengan ppid new situs."
                : "Folder konten \"\(content)\" tidak ditemukan; periksa ejaan jalurnya atau gunakan --content FOLDER.")
        }
    }

    /// `--content`, else `Content/` in the current folder, else the current folder itself when it
    /// holds a `ppid.yml` (a content repository made by `ppid new situs`, opened in its root).
    var content: String {
        if let contentOption { return contentOption }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: "Content", isDirectory: &isDirectory), isDirectory.boolValue { return "Content" }
        if manager.fileExists(atPath: "ppid.yml") { return "." }
        return "Content"
    }

    /// Folders a build's output may never be nor contain.
    var protectedFolders: [OutputFolder.Protected] {
        var folders = [OutputFolder.Protected(path: content, name: "folder konten")]
        if let theme = templatesPath {
            folders.append(OutputFolder.Protected(path: theme, name: "folder templat"))
        }
        return folders
    }

    /// `--tanggal`, else `SOURCE_DATE_EPOCH` (as a UTC date), else the local clock's date.
    var referenceDate: CalendarDate {
        if let tanggal, let date = CalendarDate(iso: tanggal) { return date }
        return ReferenceDate.current()
    }

    func report(_ validation: Validation, colors: Bool) -> DiagnosticReport {
        var report = DiagnosticReport(validation.diagnostics, sources: validation.loaded.inventory.allTexts, colors: colors)
        report.notes = validation.complaints.notes + validation.service.notes
        return report
    }
}

enum ReferenceDate {
    /// `SOURCE_DATE_EPOCH` (as a UTC date), else the local clock's date.
    static func current() -> CalendarDate {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
            return CalendarDate(dayNumber: Int((Double(epoch) / 86_400).rounded(.down)))
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(dayNumber: 0)
    }
}

enum Terminal {
    static func colors(for stream: Int32) -> Bool {
        isatty(stream) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Whether a progress line may be drawn: standard error is a terminal, and neither `NO_COLOR`
    /// nor `CI` is set.
    static var showsProgress: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(2) == 1 && environment["NO_COLOR"] == nil && environment["CI"] == nil
    }

    /// A reporter that redraws "Menulis halaman N/M" on standard error, or nil when not wanted.
    static func progressLine() -> (@Sendable (Int, Int) -> Void)? {
        guard showsProgress else { return nil }
        return { done, total in
            guard total >= 500 else { return }
            let percent = done * 100 / max(1, total)
            FileHandle.standardError.write(Data("\rMenulis halaman \(done)/\(total) (\(percent)%)\u{1B}[K".utf8))
        }
    }

    static func clearProgressLine() {
        if showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
