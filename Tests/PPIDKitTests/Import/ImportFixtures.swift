import Foundation
@testable import PPIDKit

/// The spreadsheets of Tests/PPIDKitTests/Fixtures/impor (written by
/// Scripts/make_impor_fixtures.py with openpyxl) and helpers to read what `ppid impor` wrote.
enum ImportFixtures {
    static func url(_ name: String) -> URL {
        RichSite.packageRoot.appendingPathComponent("Tests/PPIDKitTests/Fixtures/impor/\(name)")
    }

    static func path(_ name: String) -> String { url(name).path }

    /// The minimal site plus an OPD folder `dinas-baru` holding only its `opd.yml`
    /// (and, when given, a `dip.yml`/`dik.yml`).
    static func site(dip: String? = nil, dik: String? = nil) throws -> ContentFixture {
        var files: [String: String?] = [
            "opd/dinas-baru/opd.yml": """
            nama: Dinas Baru
            jenis: dinas
            ppid_pelaksana:
              jabatan: Sekretaris Dinas Baru
              email: ppid.baru@contoh.go.id

            """,
        ]
        if let dip { files["opd/dinas-baru/dip.yml"] = dip }
        if let dik { files["opd/dinas-baru/dik.yml"] = dik }
        return try ContentFixture.minimal(files)
    }

    static func run(_ arguments: [String], in fixture: ContentFixture) throws -> PPIDProcess.Result {
        try PPIDProcess.run(["impor"] + arguments + ["--content", fixture.path, "--tanggal", "2026-11-25"])
    }

    /// The items of a written list, each flattened to `key: text` (`bentuk: [softcopy, hardcopy]`,
    /// `penetapan.nomor: …`), read back with the loader `ppid check` uses.
    static func items(_ fixture: ContentFixture, _ file: String = "dip.yml", key: String = "informasi") throws -> [[String: String]] {
        let text = try String(contentsOf: fixture.root.appendingPathComponent("opd/dinas-baru/\(file)"), encoding: .utf8)
        let source = SourceText(displayPath: file, relativePath: file, text: text)
        guard case .document(let root) = YAMLLoader.parse(text, source: source) else { return [] }
        return (root[key]?.items ?? []).map { flatten($0) }
    }

    static func flatten(_ node: YAMLNode, prefix: String = "") -> [String: String] {
        var result: [String: String] = [:]
        for entry in node.entries ?? [] {
            let name = prefix + entry.key
            switch entry.value.value {
            case .scalar(let text, _): result[name] = text
            case .sequence(let items): result[name] = "[" + items.compactMap(\.text).joined(separator: ", ") + "]"
            case .mapping: result.merge(flatten(entry.value, prefix: name + "."), uniquingKeysWith: { a, _ in a })
            case .null: result[name] = ""
            }
        }
        return result
    }
}
