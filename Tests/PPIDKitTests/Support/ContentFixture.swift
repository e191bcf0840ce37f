import Foundation
@testable import PPIDKit

/// A whole small content folder declared inline (files as text), written to a fresh temporary
/// folder, so a test reads like the site it checks.
struct ContentFixture {
    let root: URL

    /// The reference date used by fixtures unless a test says otherwise.
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("ppid-test-\(UUID().uuidString)", isDirectory: true)
        for (path, text) in files {
            try write(text, to: path)
        }
    }

    /// A valid minimal Badan Publik with one OPD, overridden or extended by `files`
    /// (a value of nil removes a default file).
    static func minimal(_ files: [String: String?] = [:]) throws -> ContentFixture {
        var all: [String: String] = Samples.minimalContent
        for (path, text) in files {
            all[path] = text
        }
        return try ContentFixture(all.compactMapValues { $0 })
    }

    var path: String { root.path }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func writeBytes(_ bytes: [UInt8], to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Runs load → validate → model on the folder.
    func validate(today: CalendarDate = ContentFixture.today) async -> Validation {
        await Validation.run(contentPath: path, today: today) { _ in SiteURLs(baseURL: "", relativeLinks: false) }
    }

    /// Findings with the fixture's temporary path replaced by `Content`, as a user would see them.
    func findings(today: CalendarDate = ContentFixture.today) async -> [Diagnostic] {
        await validate(today: today).diagnostics.sorted.map { diagnostic in
            var copy = diagnostic
            copy.location.file = copy.location.file.replacingOccurrences(of: path, with: "Content")
            return copy
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

extension Diagnostic {
    /// `Content/opd/dinkes/dip.yml:3:5` — the location as printed.
    var place: String { location.description }
}
