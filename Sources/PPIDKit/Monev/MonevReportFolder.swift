import Foundation

/// The folder `ppid monev --format html` writes (`--keluaran`, default `Laporan-Monev/`): checked
/// with `OutputFolder.check`, so it can never be or contain the content or the templates, and
/// never a built site or a folder inside one.
public struct MonevReportFolder: Sendable {
    public static let defaultPath = "Laporan-Monev"

    public let folder: OutputFolder

    public static func check(_ path: String, protecting protected: [OutputFolder.Protected],
                             siteOutput: String = "Site") throws(OutputFolder.Refusal) -> MonevReportFolder {
        let folder = try OutputFolder.check(path, protecting: protected)
        let site = OutputFolder.realPath(of: siteOutput)
        if folder.resolved == site || folder.resolved.hasPrefix(site + "/")
            || FileManager.default.fileExists(atPath: BuildStamp.location(forOutput: folder.resolved).path) {
            throw OutputFolder.Refusal(description: "Folder laporan \"\(folder.given)\" adalah atau berada di dalam keluaran situs; laporan e-Monev tidak diterbitkan bersama situs. Pilih folder lain, misalnya --keluaran \(defaultPath).")
        }
        return MonevReportFolder(folder: folder)
    }

    /// Replaces the folder's content with the pages and the theme's stylesheet.
    public func write(_ pages: [(name: String, html: String)], stylesheet: [UInt8]) throws {
        let manager = FileManager.default
        let root = URL(fileURLWithPath: folder.resolved, isDirectory: true)
        if manager.fileExists(atPath: root.path) {
            for entry in try manager.contentsOfDirectory(atPath: root.path) {
                try manager.removeItem(at: root.appendingPathComponent(entry))
            }
        }
        try manager.createDirectory(at: root.appendingPathComponent("aset"), withIntermediateDirectories: true)
        try Data(stylesheet).write(to: root.appendingPathComponent(MonevHTMLReport.stylesheetPath))
        for page in pages {
            try Data(page.html.utf8).write(to: root.appendingPathComponent(page.name))
        }
        try Data(OutputMarker.text.utf8).write(to: root.appendingPathComponent(OutputMarker.fileName))
    }
}
