import Foundation
@testable import PPIDKit
import Testing

/// YAML slips explained in Indonesian at the place the reader sees the mistake (ONBOARDING.md,
/// "Messages a humas officer understands"). Golden: the whole finding, position and message.
@Suite struct YAMLProblemTests {
    static func finding(_ yaml: String, file: String = "ppid.yml") -> String {
        let source = SourceText(displayPath: file, relativePath: file, text: yaml)
        guard case .failure(let diagnostic) = YAMLLoader.parse(yaml, source: source) else { return "(tidak ada galat)" }
        return "\(diagnostic.location) \(diagnostic.message)"
    }

    /// libyaml's English, which must never reach the user.
    static let english = ["while ", "could not", "did not", "found ", "expected", "mapping values", "scanning", "parsing",
                          "not allowed", "character", "token"]

    static let golden: [(String, String, String)] = [
        ("titik dua hilang", "nama: Kab\njenis kabupaten\nalamat_situs: https://x.example\n",
         "ppid.yml:2:1 YAML tidak sah: baris ini tidak memiliki tanda \":\" sesudah kuncinya; tulis \"jenis: kabupaten\"."),
        ("titik dua hilang di baris terakhir", "nama: Kab\nalamat_situs https://x.example\n",
         "ppid.yml:2:1 YAML tidak sah: baris ini tidak memiliki tanda \":\" sesudah kuncinya; tulis \"alamat_situs: https://x.example\"."),
        ("titik dua hilang pada butir daftar", "informasi:\n  - judul Laporan Keuangan\n    ringkasan: x\n",
         "ppid.yml:2:5 YAML tidak sah: baris ini tidak memiliki tanda \":\" sesudah kuncinya; tulis \"- judul: Laporan Keuangan\"."),
        ("titik dua hilang sebelum pemetaan", "ppid_utama\n  opd: x\n",
         "ppid.yml:1:1 YAML tidak sah: baris ini tidak memiliki tanda \":\" sesudah kuncinya; tulis \"ppid_utama:\" diikuti nilainya."),
        ("tanpa spasi sesudah titik dua", "nama:Kab\njenis: kabupaten\n",
         "ppid.yml:1:1 YAML tidak sah: sesudah titik dua harus ada spasi; tulis \"nama: Kab\"."),
        ("tab di awal baris", "nama: Kab\nppid_utama:\n\topd: x\n",
         "ppid.yml:3:1 YAML tidak sah: ada karakter tab; YAML hanya menerima spasi untuk indentasi. Ganti tab dengan spasi (misalnya dua spasi per tingkat)."),
        ("tab sesudah spasi", "ppid_utama:\n  opd: x\n  \temail: a\n",
         "ppid.yml:3:3 YAML tidak sah: ada karakter tab; YAML hanya menerima spasi untuk indentasi. Ganti tab dengan spasi (misalnya dua spasi per tingkat)."),
        ("indentasi lebih dalam", "nama: Kab\nppid_utama:\n  opd: x\n   email: a@b.c\n",
         "ppid.yml:4:4 YAML tidak sah: indentasi baris ini tidak cocok dengan baris di atasnya (baris 3 menjorok 2 spasi, baris ini 3); kunci dalam satu pemetaan harus sejajar, dengan jumlah spasi yang sama di depannya."),
        ("indentasi kurang", "ppid_utama:\n    opd: x\n  email: a@b.c\n",
         "ppid.yml:3:3 YAML tidak sah: indentasi baris ini tidak cocok dengan baris di atasnya (baris 2 menjorok 4 spasi, baris ini 2); kunci dalam satu pemetaan harus sejajar, dengan jumlah spasi yang sama di depannya."),
        ("kutip ganda tidak ditutup", "nama: \"Kab\njenis: kabupaten\n",
         "ppid.yml:1:7 YAML tidak sah: tanda kutip \" yang dibuka di sini tidak pernah ditutup; tambahkan \" di akhir nilainya."),
        ("kutip tunggal tidak ditutup", "nama: Kab\njenis: 'kabupaten\n",
         "ppid.yml:2:8 YAML tidak sah: tanda kutip ' yang dibuka di sini tidak pernah ditutup; tambahkan ' di akhir nilainya."),
        ("kurung siku tidak ditutup", "lapor:\n  kanal_lain: [a, b\njenis: kabupaten\n",
         "ppid.yml:2:15 YAML tidak sah: kurung [ yang dibuka di sini tidak ditutup; tambahkan ] di akhir daftar ini (seluruhnya pada satu baris)."),
        ("kurung kurawal tidak ditutup", "lapor: {tautan: x\njenis: kabupaten\n",
         "ppid.yml:1:8 YAML tidak sah: kurung { yang dibuka di sini tidak ditutup; tambahkan } di akhir pemetaan ini (seluruhnya pada satu baris)."),
        ("butir daftar di tempat kunci", "ppid_utama:\n  opd: x\n  - email: a\n",
         "ppid.yml:3:3 YAML tidak sah: butir daftar \"- …\" di tempat yang seharusnya berisi \"kunci: nilai\"; hapus tanda \"-\", atau letakkan daftar di bawah sebuah kunci (\"kunci:\" lalu butir \"- …\" yang menjorok)."),
        ("nilai sesudah teks bertanda kutip", "nama: \"Kab\" Maju Jaya\njenis: kabupaten\n",
         "ppid.yml:1:13 YAML tidak sah: ada teks sesudah tanda kutip penutup; letakkan seluruh nilai di dalam tanda kutip, misalnya nama: \"Kab Maju Jaya\"."),
        ("titik dua di dalam nilai", "nama: Kab: Maju\n",
         "ppid.yml:1:10 YAML tidak sah: titik dua \": \" di dalam nilai; apit seluruh nilainya dengan tanda kutip, misalnya nama: \"Kab: Maju\"."),
        ("nilai diawali @", "nama: @kab\n",
         "ppid.yml:1:7 YAML tidak sah: nilai tidak boleh diawali karakter \"@\"; apit seluruh nilainya dengan tanda kutip, misalnya \"@kab\"."),
    ]

    @Test func commonSlips() {
        for (name, yaml, expected) in Self.golden {
            #expect(Self.finding(yaml) == expected, "\(name)")
        }
    }

    @Test func frontMatterLinesCountFromTheMarkdownFile() {
        let markdown = "---\njudul: SOP\njenis permohonan-informasi\n---\nIsi\n"
        let source = SourceText(displayPath: "sop.md", relativePath: "opd/x/sop/sop.md", text: markdown)
        var bag = DiagnosticBag()
        _ = MarkdownDocument.parse(source, into: &bag)
        #expect(bag.all.map { "\($0.location) \($0.message)" }
                == ["sop.md:3:1 YAML tidak sah: baris ini tidak memiliki tanda \":\" sesudah kuncinya; tulis \"jenis: permohonan-informasi\"."])
    }

    /// Any other problem keeps libyaml's position, in Indonesian.
    @Test(arguments: ["%YAML 1.1\n%YAML 1.1\n--- a\n", "nama: \"a\\q\"\n", "a: [b, c\n", "a: {b: c, d\n", "- a\nb: c\n",
                      "a: b\n  - c\n", "a:\n  - b\n  c: d\n", "? a\n: b\n: c\n", "a: 'b'c\n", "a: |\n b\nc\n d: e\n",
                      "a: !<x\n", "a: &\n", "key: [a, {b: c]\n", "a:\t- b\n"])
    func noEnglishReachesTheUser(_ yaml: String) {
        let text = Self.finding(yaml)
        guard text != "(tidak ada galat)" else { return }
        #expect(text.contains("YAML tidak sah") || text.contains("YAML"), "\(text)")
        for word in Self.english { #expect(!text.contains(word), "\(yaml.debugDescription): \(text)") }
    }

    /// Every one-character slip at every place of a real file: no English in any message, and the
    /// position stays inside the file.
    @Test func everySlipInASampleFileIsExplainedInIndonesian() {
        let text = Array(Samples.ppid + "\nlapor:\n  kanal_lain: [WhatsApp, \"Call center\"]\n")
        let lineCount = text.filter { $0 == "\n" }.count + 1
        var failures = 0
        for slip in ["\"", "'", "[", "]", "{", "}", "\t", ":", "- ", "&", "*", "!", "%", "@", "`", "|", ">", "\\", "#", "?"] {
            for index in 0...text.count {
                var mutated = text
                mutated.insert(contentsOf: Array(slip), at: index)
                let yaml = String(mutated)
                let source = SourceText(displayPath: "ppid.yml", relativePath: "ppid.yml", text: yaml)
                guard case .failure(let diagnostic) = YAMLLoader.parse(yaml, source: source) else { continue }
                failures += 1
                for word in Self.english where diagnostic.message.contains(word) {
                    Issue.record("\(yaml.debugDescription): \(diagnostic.message)")
                }
                #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lineCount + 1)
                #expect(diagnostic.location.column >= 1)
            }
        }
        #expect(failures > 100)
    }
}
