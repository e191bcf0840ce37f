import Foundation
@testable import PPIDKit
import Testing

/// The figures, pages and open data of the information service, end to end through the real
/// executable, against an independent implementation of REQUESTS.md
/// (Tests/PPIDKitTests/Scripts/layanan_reference.py) on the sample and on registers it has never
/// seen: other OPDs, holidays inside deadlines, a local calendar, extensions, withdrawn and pending
/// requests, objections answered late.
@Suite(.serialized) struct ServiceFiguresTests {
    static let scripts = RichSite.packageRoot.appendingPathComponent("Tests/PPIDKitTests/Scripts")

    struct Built {
        var work: URL
        var content: URL { work.appendingPathComponent("Content") }
        var site: URL { work.appendingPathComponent("Situs") }
        var result: PPIDProcess.Result
    }

    /// A copy of the sample content, optionally with random registers of `seed`, built on 2026-11-25.
    static func build(seed: Int?) throws -> Built {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-layanan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RichSite.packageRoot.appendingPathComponent("Content"), to: work.appendingPathComponent("Content"))
        if let seed {
            let generated = try PythonTools.run(PythonTools.python, [scripts.appendingPathComponent("gen_random_layanan.py").path,
                "--content", work.appendingPathComponent("Content").path, "--seed", String(seed), "--requests", "400",
                "--until", "2026-11-24", "--local-calendar"])
            #expect(generated.status == 0, "\(generated.stderr)")
        }
        let result = try PPIDProcess.run(["build", "--content", work.appendingPathComponent("Content").path,
                                          "--output", work.appendingPathComponent("Situs").path, "--tanggal", "2026-11-25"])
        return Built(work: work, result: result)
    }

    static func reference(_ built: Built) throws -> (json: Any, requests: String, periods: String) {
        let out = built.work.appendingPathComponent("acuan")
        let result = try PythonTools.run(PythonTools.python, [scripts.appendingPathComponent("layanan_reference.py").path,
            "--content", built.content.path, "--tanggal", "2026-11-25", "--json", out.path + ".json",
            "--csv", out.path + "-permohonan.csv", "--csv-periode", out.path + ".csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out.path + ".json")))
        return (json, try String(contentsOfFile: out.path + "-permohonan.csv", encoding: .utf8),
                try String(contentsOfFile: out.path + ".csv", encoding: .utf8))
    }

    func compare(_ built: Built) throws {
        #expect(built.result.status == 0, "\(built.result.stderr)")
        let expected = try Self.reference(built)
        let data = built.site.appendingPathComponent("data")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: data.appendingPathComponent("layanan-informasi.json")))
        #expect(NSDictionary(dictionary: json as? [String: Any] ?? [:]).isEqual(to: expected.json as? [String: Any] ?? ["": 0]),
                "data/layanan-informasi.json berbeda dari perhitungan acuan")
        #expect(try String(contentsOf: data.appendingPathComponent("layanan-informasi-permohonan.csv"), encoding: .utf8) == expected.requests)
        #expect(try String(contentsOf: data.appendingPathComponent("layanan-informasi.csv"), encoding: .utf8) == expected.periods)
    }

    @Test func referenceImplementationPassesItsOwnWorkedExamples() throws {
        let result = try PythonTools.run(PythonTools.python, [Self.scripts.appendingPathComponent("layanan_reference.py").path, "--self-test"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func sampleFiguresPagesAndDIPEntries() throws {
        let built = try Self.build(seed: nil)
        defer { try? FileManager.default.removeItem(at: built.work) }
        try compare(built)
        for label in ["", "2025/", "2025-s1/", "2025-s2/", "2026/", "2026-s1/", "2026-s2/"] {
            #expect(FileManager.default.fileExists(atPath: built.site.appendingPathComponent("layanan/laporan/\(label)index.html").path), "\(label)")
        }
        let report = try String(contentsOf: built.site.appendingPathComponent("layanan/laporan/2025/index.html"), encoding: .utf8)
        #expect(report.contains("<h2>Kebijakan umum</h2>"))          // the narrative
        #expect(report.contains("Ditetapkan <time datetime=\"2026-02-27\">"))
        #expect(report.contains("<svg"))                               // charts, each with its table
        #expect(report.contains("id=\"tabel-keputusan\""))
        #expect(report.contains("Pasal 17 huruf"))                     // refusal reasons with the law's text
        #expect(report.contains("PMH-2025-"))                          // the Pasal 12 table
        let current = try String(contentsOf: built.site.appendingPathComponent("layanan/laporan/2026/index.html"), encoding: .utf8)
        #expect(current.contains("belum ditetapkan"))                  // no 2026 narrative yet
        let dip = try String(contentsOf: built.site.appendingPathComponent("data/informasi-publik.json"), encoding: .utf8)
        #expect(dip.contains("\"laporan-layanan-informasi-2025\""))
        #expect(dip.contains("\"ringkasan-akses-2026-s1\""))
        #expect(!dip.contains("\"laporan-layanan-informasi-2026\""))   // the year is not over
        let home = try String(contentsOf: built.site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("Layanan informasi publik: Tahun 2025"))
    }

    @Test(arguments: [7, 23]) func unseenRegistersMatchTheIndependentComputation(seed: Int) throws {
        let built = try Self.build(seed: seed)
        defer { try? FileManager.default.removeItem(at: built.work) }
        try compare(built)
    }

    @Test func personalValuesNeverReachAnOutputOrAFinding() throws {
        let built = try Self.build(seed: nil)
        defer { try? FileManager.default.removeItem(at: built.work) }
        let secret = "Sri-Rahasia-Wibowo", asked = "Salinan-Rekam-Medis-Rahasia", phone = "0812-9999-1234"
        let register = built.content.appendingPathComponent("layanan/permohonan/lengkap.csv")
        try """
            nomor_registrasi,Nama Pemohon,NIK,No HP,tanggal_permohonan,cara,Informasi yang Diminta,keputusan,tanggal_pemberitahuan
            PRV-1,\(secret),3201010101010001,\(phone),2026-03-02,email,\(asked),dipenuhi,2026-03-04

            """.write(to: register, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: built.site)
        for format in ["text", "json", "github"] {
            let result = try PPIDProcess.run(["build", "--content", built.content.path, "--output", built.site.path,
                                              "--tanggal", "2026-11-25", "--format", format])
            #expect(result.status == 0, "\(result.stderr)")
            let printed = result.stdout + result.stderr
            #expect(printed.contains("PPID504"))
            for value in [secret, asked, phone, "3201010101010001"] { #expect(!printed.contains(value), "\(format): \(value)") }
        }
        let files = PPIDProcess.snapshot(built.site)
        #expect(files.keys.contains("data/layanan-informasi-permohonan.csv"))
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            for value in [secret, asked, phone, "3201010101010001"] { #expect(!text.contains(value), "\(path) memuat \(value)") }
        }
    }
}
