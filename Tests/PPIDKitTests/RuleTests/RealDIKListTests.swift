@testable import PPIDKit
import Testing

/// DIK lists shaped like those published on PPID sites (a polytechnic, a ministry's airport office,
/// a kabupaten dinas): bases written with the law's name first, an explanation after, periods as
/// officers write them. They draw exactly the findings the law requires, and no false PPID201.
@Suite struct RealDIKListTests {
    private static func item(_ judul: String, _ basis: String, _ period: String, number: Int) -> String {
        """
          - judul: \(judul)
            dasar_hukum: "\(basis)"
            konsekuensi: Membuka informasi ini dapat merugikan pihak yang dilindungi undang-undang dan mengganggu tugas lembaga.
            kepentingan_publik: Menutup informasi ini melindungi kepentingan yang lebih besar daripada manfaat membukanya bagi publik.
            jangka_waktu: \(period)
            penetapan:
              nomor: 0\(number)/PPID/2025
              tanggal: 2025-01-15
              oleh: PPID Pelaksana

        """
    }

    private func findings(_ items: [(String, String, String)]) async throws -> [Diagnostic] {
        let text = "dikecualikan:\n" + items.enumerated().map { Self.item($1.0, $1.1, $1.2, number: $0 + 1) }.joined()
        return try await RuleFixture.findings(["opd/diskominfo/dik.yml": text]).filter { $0.location.file == RuleFixture.dik }
    }

    @Test func aPolytechnicsListWithTheLawsNameFirst() async throws {
        let found = try await findings([
            ("Data pribadi mahasiswa dan dosen", "UU No. 14/2008 Pasal 17 huruf h angka 4 (data pribadi)", "permanen"),
            ("Soal ujian yang belum diujikan", "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik Pasal 17 huruf i", "sampai ujian selesai dilaksanakan"),
            ("Rekam medis poliklinik kampus", "UU KIP Pasal 17 huruf h angka 2: riwayat dan kondisi kesehatan", "permanen"),
            ("Hasil penilaian dosen oleh tim", "Pasal 17 huruf h angka 3 UU 14/2008 – kondisi keuangan, aset, pendapatan", "5 (lima) tahun"),
        ])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    @Test func anAirportOfficesListWithExplanationsAfter() async throws {
        let found = try await findings([
            ("Rencana pengamanan bandar udara", "Pasal 17 huruf c angka 1 - strategi, intelijen, operasi pertahanan", "5 tahun sejak ditetapkan"),
            ("Dokumen penawaran lelang yang sedang berjalan", "Pasal 17 huruf b yaitu persaingan usaha tidak sehat", "sampai pengumuman pemenang"),
            ("Tata letak sistem kamera pengawas terminal", "UU RI No. 14 Tahun 2008, Pasal 17 huruf c angka 7;", "4 tahun"),
        ])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    @Test func aKabupatenDinasListDrawsOnlyWhatTheLawRequires() async throws {
        let found = try await findings([
            ("Berita acara pemeriksaan kasus kekerasan anak", "Pasal 17 huruf a angka 1 (menghambat proses penyelidikan)", "Tidak terbatas"),
            ("Identitas pelapor pengaduan masyarakat", "Pasal 17 huruf a angka 4.", "selamanya"),
            ("Rincian nilai HPS pengadaan", "Pasal 17 huruf b dan i", "5 thn"),
            ("Memorandum internal kepala dinas", "Pasal 17 huruf i", "Dibuka setelah keputusan ditetapkan"),
        ])
        #expect(found.filter { $0.rule == .ppid201 }.map(\.location.line) == [21], "only the entry with two bases: \(RuleFixture.describe(found))")
        #expect(found.filter { $0.rule == .ppid004 }.map(\.location.line) == [6, 15, 24, 33], "\(RuleFixture.describe(found))")
        #expect(found.allSatisfy { [.ppid201, .ppid004].contains($0.rule) }, "\(RuleFixture.describe(found))")
    }
}
