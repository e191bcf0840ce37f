import Foundation
@testable import PPIDKit
import Testing

/// docs/ATURAN.md and the vocabulary block of docs/KOSAKATA-PASAL-18.md are generated from the code.
/// They fail when out of date; `PPID_RECORD=1 swift test --filter RuleReferenceDocTests` rewrites them.
@Suite struct RuleReferenceDocTests {
    private static var docs: URL { RichSite.packageRoot.appendingPathComponent("docs") }
    private static var recording: Bool { ProcessInfo.processInfo.environment["PPID_RECORD"] == "1" }

    @Test func aturanIsUpToDate() throws {
        let url = Self.docs.appendingPathComponent("ATURAN.md")
        let expected = RuleReferenceDoc.markdown()
        let actual = try? String(contentsOf: url, encoding: .utf8)
        if Self.recording && actual != expected {
            try FileManager.default.createDirectory(at: Self.docs, withIntermediateDirectories: true)
            try Data(expected.utf8).write(to: url)
            return
        }
        #expect(actual == expected, "docs/ATURAN.md tidak mutakhir; jalankan PPID_RECORD=1 swift test --filter RuleReferenceDocTests")
    }

    @Test func everyRuleIsListedOnceWithItsSeverity() {
        let text = RuleReferenceDoc.markdown()
        for rule in RuleID.allCases {
            #expect(text.components(separatedBy: "| \(rule.rawValue) | \(rule.severity.rawValue) |").count == 2, "\(rule.rawValue)")
        }
    }

    @Test func vocabularyDocIsUpToDate() throws {
        let url = Self.docs.appendingPathComponent("KOSAKATA-PASAL-18.md")
        let actual = try String(contentsOf: url, encoding: .utf8)
        let start = RuleReferenceDoc.vocabularyStart, end = RuleReferenceDoc.vocabularyEnd
        guard let open = actual.range(of: start), let close = actual.range(of: end), open.upperBound <= close.lowerBound else {
            Issue.record("docs/KOSAKATA-PASAL-18.md harus memuat penanda \(start) dan \(end)")
            return
        }
        let expected = actual[..<open.upperBound] + "\n" + RuleReferenceDoc.vocabularyTable() + actual[close.lowerBound...]
        if Self.recording && actual != expected {
            try Data(expected.utf8).write(to: url)
            return
        }
        #expect(actual == expected, "Kosakata di docs/KOSAKATA-PASAL-18.md tidak mutakhir; jalankan PPID_RECORD=1 swift test --filter RuleReferenceDocTests")
    }
}

/// The generated rule reference (Indonesian).
enum RuleReferenceDoc {
    static let groups: [(digit: Character, title: String, explanation: String)] = [
        ("0", "0xx — Berkas dan struktur",
         "Bentuk berkas konten (CONTENT.md): YAML yang sah, kunci yang dikenal, nilai dan tanggal yang benar, rujukan ke folder OPD dan dokumen yang memang ada. Kunci yang tidak dikenal disertai saran \"maksud Anda …?\" (jarak Levenshtein ≤ 2, tanpa membedakan huruf besar-kecil)."),
        ("1", "1xx — Daftar Informasi Publik (UU 14/2008 Pasal 9–11, Perki 1/2021)",
         "Setiap item DIP berkategori berkala (Pasal 9), serta-merta (Pasal 10) atau setiap-saat (Pasal 11). Bila `dasar` diisi, ia harus rujukan yang sah dan cocok dengan kategorinya (lihat \"Cara menulis rujukan pasal\"). Informasi berkala diperbarui sekurang-kurangnya setiap enam bulan (Pasal 9 ayat (3)), dan setiap DIP memuat informasi berkala huruf a (profil), b (kegiatan dan kinerja) dan c (laporan keuangan)."),
        ("2", "2xx — Daftar Informasi yang Dikecualikan (UU 14/2008 Pasal 17–20, PP 61/2010)",
         "Setiap item DIK adalah hasil uji konsekuensi (Pasal 19) yang ditetapkan dengan keputusan: dasarnya satu rujukan Pasal 17 per entri, akibat dan kepentingan publiknya diuraikan, jangka waktunya jelas (huruf a–f tidak boleh permanen, Pasal 20), dan dokumennya tidak pernah diterbitkan. Judul yang menyebut jenis informasi yang tidak boleh dikecualikan (Pasal 18 ayat (1)) atau wajib diumumkan (Pasal 9 ayat (2), Pasal 11 ayat (1)) ditolak; kosakatanya ada di [KOSAKATA-PASAL-18.md](KOSAKATA-PASAL-18.md)."),
        ("3", "3xx — Organisasi PPID dan SOP (Permendagri 3/2017, Perki 1/2021)",
         "PPID Utama ditetapkan dengan SK dan dapat dihubungi; setiap OPD memiliki PPID Pelaksana yang dapat dihubungi; OPD tempat PPID Utama memiliki ketujuh SOP standar: permohonan-informasi, keberatan, sengketa, penetapan-dip, uji-konsekuensi, pendokumentasian, pendokumentasian-dikecualikan."),
        ("4", "4xx — Pengaduan (SP4N-LAPOR!)",
         "Data pengaduan per baris tidak pernah diterbitkan; hanya angka agregat. Pesan temuan pada `pengaduan/*.csv` hanya mengutip nilai kolom milik `ppid` sendiri dan tidak menampilkan baris sumber, agar data pribadi pelapor tidak masuk ke log atau halaman."),
        ("5", "5xx — Layanan permohonan informasi, keberatan, sengketa dan laporan tahunan (UU 14/2008 Pasal 12, 22, 35–37; Perki 1/2021)",
         "Register permohonan (`layanan/permohonan/*.csv`) dan keberatan (`layanan/keberatan/*.csv`) dibaca hanya kolom milik `ppid`; kolom lain dibuang saat dibaca, dan yang mungkin berisi data pribadi pemohon dilaporkan (PPID504) tanpa pernah mengutip isinya. Hari kerja dihitung dengan kalender libur nasional dan cuti bersama (SKB tiga menteri) bawaan, ditambah `kalender/<tahun>.yml`. Masalah yang berulang di banyak baris menjadi satu temuan per (berkas, kolom, nilai) dengan jumlah dan lima baris pertamanya."),
    ]

    static func markdown() -> String {
        var out = """
        # Aturan pemeriksaan `ppid`

        <!-- Dibuat otomatis dari RuleID (summary, severity) oleh RuleReferenceDocTests; jangan disunting
             dengan tangan. Perbarui dengan: PPID_RECORD=1 swift test --filter RuleReferenceDocTests -->

        `ppid check` (juga setiap `ppid build` dan `ppid serve`) menerapkan aturan di bawah ini dan melaporkan
        semua temuan sekaligus. Setiap temuan memiliki ID aturan, tingkat (`error` atau `warning`; kata ini tetap
        berbahasa Inggris di semua format), berkas, baris, kolom dan pesan berbahasa Indonesia yang mengutip nilai
        yang salah dan menjelaskan cara memperbaikinya. Satu masalah dilaporkan sekali, di bawah aturan yang
        paling khusus.

        - `error`: `ppid build` berhenti dan tidak menulis apa pun; `ppid check` keluar dengan kode 1.
        - `warning`: situs tetap dibangun; dengan `--strict` peringatan juga menggagalkan pemeriksaan.

        Letak temuan: nilai yang salah ditunjuk pada nilainya; kunci yang tidak dikenal pada kuncinya; kunci wajib
        yang tidak ada pada pemetaan yang seharusnya memuatnya (kunci pertamanya); duplikat pada kemunculan yang
        kemudian, dengan pesan yang menyebut berkas:baris kemunculan pertama.


        """
        for group in groups {
            out += "## \(group.title)\n\n\(group.explanation)\n\n| ID | Tingkat | Temuan |\n|---|---|---|\n"
            for rule in RuleID.allCases where rule.rawValue.dropFirst(4).first == group.digit {
                out += "| \(rule.rawValue) | \(rule.severity.rawValue) | \(rule.summary) |\n"
            }
            out += "\n"
        }
        out += """
        ## Cara menulis rujukan pasal

        `dasar` (DIP) dan setiap entri `dasar_hukum` (DIK) berisi satu rujukan ke UU 14/2008. Huruf besar-kecil
        tidak dibedakan, spasi berturut-turut dianggap satu, dan `ayat (2)` boleh ditulis `ayat 2`:

        - `Pasal 9 ayat (2) huruf X`, X = a–d — informasi berkala;
        - `Pasal 10`, boleh diikuti `ayat (1)` atau `ayat (2)` — informasi serta-merta;
        - `Pasal 11 ayat (1) huruf X`, X = a–h — informasi setiap saat;
        - `Pasal 17 huruf X`, X = a–j, boleh diikuti `angka N` hanya bila huruf itu memiliki angka: a 1–5,
          c 1–7, e 1–7, f 1–4, h 1–5 — informasi yang dikecualikan.

        Rujukan boleh diakhiri nama undang-undangnya: `UU 14/2008`, `UU No. 14 Tahun 2008`, `UU Nomor 14 Tahun 2008`
        atau `Undang-Undang Nomor 14 Tahun 2008`, boleh ditambah `tentang Keterbukaan Informasi Publik`. Satu entri
        memuat satu rujukan; beberapa dasar ditulis sebagai daftar YAML. Bentuk lain ditolak dengan pesan yang
        menunjukkan bentuk yang benar, misalnya:

        ```
        Content/opd/dinkes/dik.yml:3:18: error[PPID201]: dasar_hukum "Pasal 17 huruf k" tidak sah: Pasal 17 tidak memiliki huruf "k"; gunakan huruf a–j, misalnya "Pasal 17 huruf h angka 2".
        ```

        """
        return out
    }

    static let vocabularyStart = "<!-- kosakata:mulai (dibuat otomatis dari NeverExemptVocabulary) -->"
    static let vocabularyEnd = "<!-- kosakata:selesai -->"

    static func vocabularyTable() -> String {
        func phrases(_ list: [[String]]) -> String {
            list.map { "`\($0.joined(separator: " "))`" }.joined(separator: ", ")
        }
        var out = "| Kata atau frasa | Ketentuan | Syarat |\n|---|---|---|\n"
        for term in NeverExemptVocabulary.terms {
            var condition: String
            switch term.placement {
            case .anywhere:
                condition = "di mana saja pada frasa kepala judul"
            case .headOrFollowedBy(let followers):
                condition = followers == NeverExemptVocabulary.authorities
                    ? "di awal judul, atau langsung diikuti nama pejabat/tingkat penerbit (lihat di bawah)"
                    : "di awal judul, atau langsung diikuti \(phrases(followers))"
            }
            if !term.notFollowedBy.isEmpty { condition += "; kecuali langsung diikuti \(phrases(term.notFollowedBy))" }
            out += "| `\(term.phrase)` | \(term.clause.rawValue) | \(condition) |\n"
        }
        out += "\n"
        out += "- **Pejabat/tingkat penerbit** (untuk `keputusan`, `sk`, `peraturan`): \(phrases(NeverExemptVocabulary.authorities)).\n"
        out += "- **Kata pembatas** (mengakhiri frasa kepala judul): \(NeverExemptVocabulary.boundaries.sorted().map { "`\($0)`" }.joined(separator: ", ")).\n"
        out += "- **Kata pembungkus** (dilewati saat mencari awal judul): \(NeverExemptVocabulary.wrappers.sorted().map { "`\($0)`" }.joined(separator: ", ")).\n"
        out += "- **PPID212** (jabatan publik, Pasal 18 ayat (2) huruf b; di mana saja dalam judul): \(phrases(NeverExemptVocabulary.publicOffice)).\n"
        return out
    }
}
