import Foundation
@testable import PPIDKit
import Testing

/// `data/informasi-publik.*` and `data/informasi-dikecualikan.*`: keys, nulls, order, the
/// Markdown source of `ringkasan`, lists, and CSV quoting.
@Suite struct OpenDataTests {
    /// The minimal site plus a second OPD ordered first, and values that need CSV quoting.
    static func fixture() throws -> ContentFixture {
        try ContentFixture.minimal([
            "opd/dinkes/opd.yml": """
                nama: Dinas Kesehatan
                jenis: dinas
                urutan: 1
                ppid_pelaksana:
                  jabatan: Sekretaris Dinas Kesehatan
                  email: ppid.dinkes@contoh.go.id
                """,
            "opd/dinkes/dip.yml": """
                informasi:
                  - id: profil-dinkes
                    judul: "Profil \\"Dinkes\\", tugas dan fungsi"
                    ringkasan: |
                      Alamat, **tugas**, fungsi;
                      dan struktur organisasi.
                    kategori: berkala
                    penguasa: Sekretariat
                    penanggung_jawab: Kepala Dinas
                    waktu_pembuatan: 2026-01-05
                    tempat_pembuatan: Sukamaju
                    bentuk: [softcopy, hardcopy]
                    retensi: 5 tahun
                    diperbarui: 2026-02-01
                    tag: [profil, organisasi]
                """,
            "opd/dinkes/dik.yml": """
                dikecualikan:
                  - id: rekam-medis
                    judul: Rekam medis pasien
                    dasar_hukum: [Pasal 17 huruf h angka 2, Pasal 17 huruf j]
                    peraturan_lain: [UU 17/2023 tentang Kesehatan]
                    konsekuensi: |
                      Membuka rekam medis mengungkap riwayat kesehatan seseorang,
                      termasuk "diagnosis" dan pengobatannya.
                    kepentingan_publik: Menutup rekam medis melindungi privasi pasien dan kepercayaan pada layanan kesehatan.
                    jangka_waktu: permanen
                    penetapan:
                      nomor: 001/UK/PPID-Dinkes/2024
                      tanggal: 2024-02-15
                      oleh: PPID Pelaksana Dinas Kesehatan
                """,
        ])
    }

    static func model() async throws -> (ContentModel, SiteURLs, ContentFixture) {
        let fixture = try fixture()
        let validation = await fixture.validate()
        let errors = validation.diagnostics.sorted.filter { $0.severity == .error }.map { "\($0.rule.rawValue) \($0.message)" }
        #expect(errors.isEmpty, "\(errors)")
        return (validation.model, SiteURLs(baseURL: "https://ppid.contoh.go.id", relativeLinks: false), fixture)
    }

    static func objects(_ json: String) throws -> [[String: Any]] {
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        return try #require(parsed as? [[String: Any]])
    }

    /// The keys of the first object, in the order written.
    static func firstObjectKeys(_ json: String) -> [String] {
        var keys: [String] = []
        for line in json.split(separator: "\n").dropFirst(2) {
            if line.hasPrefix("  }") { break }
            guard line.hasPrefix("    \""), let end = line.dropFirst(5).firstIndex(of: "\"") else { continue }
            keys.append(String(line[line.index(line.startIndex, offsetBy: 5)..<end]))
        }
        return keys
    }

    @Test func informationJSONHasEveryFieldInContentOrder() async throws {
        let (model, urls, fixture) = try await Self.model()
        defer { fixture.remove() }
        let json = InformationOpenData(model: model, urls: urls).json()
        #expect(json.hasPrefix("[\n"))
        #expect(Self.firstObjectKeys(json) == InformationOpenData.fields.map(\.name))
        let objects = try Self.objects(json)
        #expect(objects.count == 5)
        // OPDs by urutan: dinkes (urutan 1) before diskominfo; items in file order.
        #expect(objects.map { $0["opd"] as? String } == ["dinkes", "diskominfo", "diskominfo", "diskominfo", "diskominfo"])
        #expect(objects.map { $0["id"] as? String } == ["profil-dinkes", "profil-diskominfo", "kinerja-2025", "lk-2025",
                                                        "daftar-aplikasi-layanan-publik"])
        let first = objects[0]
        #expect(first["ringkasan"] as? String == "Alamat, **tugas**, fungsi;\ndan struktur organisasi.")
        #expect(first["bentuk"] as? [String] == ["softcopy", "hardcopy"])
        #expect(first["tag"] as? [String] == ["profil", "organisasi"])
        #expect(first["url"] as? String == "https://ppid.contoh.go.id/opd/dinkes/informasi/profil-dinkes/")
        #expect(first["berkas"] is NSNull)
        #expect(first["dasar"] is NSNull)
        let profile = objects[1]
        #expect(profile["waktu_pembuatan"] as? String == "2026")
        #expect(profile["tempat_pembuatan"] is NSNull)
        #expect(profile["tag"] is NSNull)
        #expect(profile["tautan"] is NSNull)
        #expect(profile["berkas"] as? String == "https://ppid.contoh.go.id/opd/diskominfo/berkas/profil.pdf")
        let apps = objects[4]
        #expect(apps["diperbarui"] is NSNull)
        #expect(objects[2]["tautan"] as? String == "https://contoh.go.id/lkjip-2025.pdf")
        for object in objects {
            #expect(Set(object.keys) == Set(InformationOpenData.fields.map(\.name)))
        }
    }

    @Test func informationCSVQuotesAndJoinsLists() async throws {
        let (model, urls, fixture) = try await Self.model()
        defer { fixture.remove() }
        let csv = InformationOpenData(model: model, urls: urls).csv()
        #expect(!csv.contains("\r"))
        #expect(!csv.hasPrefix("\u{FEFF}"))
        let records = try CSVTestReader.records(csv)
        #expect(records.first == InformationOpenData.fields.map(\.name))
        #expect(records.count == 6)
        #expect(records.allSatisfy { $0.count == InformationOpenData.fields.count })
        let first = records[1]
        #expect(first[2] == "Profil \"Dinkes\", tugas dan fungsi")
        #expect(first[3] == "Alamat, **tugas**, fungsi;\ndan struktur organisasi.")
        #expect(first[10] == "softcopy; hardcopy")
        #expect(first[15] == "profil; organisasi")
        #expect(records[2][9] == "", "null is an empty cell")
        #expect(csv.contains("\"Profil \"\"Dinkes\"\", tugas dan fungsi\""))
    }

    @Test func exemptionJSONAndFlattenedCSV() async throws {
        let (model, urls, fixture) = try await Self.model()
        defer { fixture.remove() }
        let data = ExemptionOpenData(model: model, urls: urls)
        let json = data.json()
        #expect(Self.firstObjectKeys(json) == ExemptionOpenData.fields.map(\.name))
        let objects = try Self.objects(json)
        #expect(objects.map { $0["id"] as? String } == ["rekam-medis", "kerentanan-sistem"])
        let first = objects[0]
        #expect(first["dasar_hukum"] as? [String] == ["Pasal 17 huruf h angka 2", "Pasal 17 huruf j"])
        #expect(first["peraturan_lain"] as? [String] == ["UU 17/2023 tentang Kesehatan"])
        #expect(first["jangka_waktu"] as? String == "permanen")
        let penetapan = try #require(first["penetapan"] as? [String: Any])
        #expect(penetapan["nomor"] as? String == "001/UK/PPID-Dinkes/2024")
        #expect(penetapan["tanggal"] as? String == "2024-02-15")
        #expect(penetapan["oleh"] as? String == "PPID Pelaksana Dinas Kesehatan")
        #expect(objects[1]["peraturan_lain"] is NSNull)
        #expect(objects[1]["dasar_hukum"] as? [String] == ["Pasal 17 huruf c angka 7"])

        let records = try CSVTestReader.records(data.csv())
        #expect(records.first == ExemptionOpenData.csvHeader)
        #expect(records.first?.contains("penetapan_nomor") == true)
        #expect(records.count == 3)
        let row = records[1]
        #expect(row[3] == "Pasal 17 huruf h angka 2; Pasal 17 huruf j")
        #expect(row[5] == "Membuka rekam medis mengungkap riwayat kesehatan seseorang,\ntermasuk \"diagnosis\" dan pengobatannya.")
        #expect(Array(row[8...10]) == ["001/UK/PPID-Dinkes/2024", "2024-02-15", "PPID Pelaksana Dinas Kesehatan"])
        #expect(row[11] == "https://ppid.contoh.go.id/opd/dinkes/dikecualikan/rekam-medis/")
    }

    @Test func emptyListsAreEmptyArrays() throws {
        let model = ContentModel(badanPublik: nil, opds: [], pages: [], documents: [], inventory: ContentInventory(contentRoot: "", displayRoot: ""))
        let urls = SiteURLs(baseURL: "https://x.go.id", relativeLinks: false)
        #expect(InformationOpenData(model: model, urls: urls).json() == "[]\n")
        #expect(ExemptionOpenData(model: model, urls: urls).csv() == ExemptionOpenData.csvHeader.joined(separator: ",") + "\n")
    }
}
