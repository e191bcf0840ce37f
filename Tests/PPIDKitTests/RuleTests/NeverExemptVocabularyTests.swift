@testable import PPIDKit
import Testing

/// The PPID203 and PPID212 vocabulary on titles, true and false cases (docs/KOSAKATA-PASAL-18.md).
@Suite struct NeverExemptVocabularyTests {
    @Test(arguments: [
        ("Putusan Pengadilan Negeri Cikarang Nomor 12/Pid.B/2025", "putusan", NeverExemptClause.courtDecisions),
        ("Salinan putusan nomor 5/Pdt.G/2024", "putusan", .courtDecisions),
        ("Pertimbangan hukum putusan hakim perkara korupsi", "putusan", .courtDecisions),
        ("Surat Keputusan Bupati tentang Tim Pengadaan", "surat keputusan", .policies),
        ("Keputusan Kepala Dinas tentang Mutasi Pegawai", "keputusan", .policies),
        ("Daftar keputusan bupati tahun 2025", "keputusan", .policies),
        ("Berkas keputusan mutasi pegawai", "keputusan", .policies),
        ("SK Wali Kota tentang Penetapan Lokasi", "sk", .policies),
        ("Rancangan Peraturan Daerah tentang Pajak", "peraturan", .policies),
        ("Perbup Nomor 5 Tahun 2020", "perbup", .policies),
        ("Surat Edaran Sekretaris Daerah", "surat edaran", .policies),
        ("Ketetapan MPR", "ketetapan", .policies),
        ("Surat Perintah Penghentian Penyidikan (SP3)", "surat perintah penghentian penyidikan", .stoppedProsecution),
        ("SP3 perkara 12", "sp3", .stoppedProsecution),
        ("Laporan Keuangan Tahun 2025", "laporan keuangan", .financialReports),
        ("Catatan atas Laporan Keuangan", "laporan keuangan", .financialReports),
        ("Laporan Realisasi Anggaran semester I", "laporan realisasi anggaran", .financialReports),
        ("Neraca per 31 Desember 2025", "neraca", .financialReports),
        ("Laporan Kinerja Instansi Pemerintah", "laporan kinerja", .performance),
        ("Rencana Kerja dan Anggaran (RKA) 2026", "rencana kerja", .workPlans),
        ("DPA-SKPD Dinas Kesehatan 2026", "dpa", .workPlans),
        ("Rincian P-APBD 2025", "apbd", .workPlans),
        ("Rencana Strategis 2025–2029", "rencana strategis", .allPolicies),
        ("Renstra OPD", "renstra", .allPolicies),
    ])
    func namesANeverExemptKind(_ judul: String, _ phrase: String, _ clause: NeverExemptClause) {
        let term = NeverExemptVocabulary.match(judul)
        #expect(term?.phrase == phrase, "\(judul)")
        #expect(term?.clause == clause, "\(judul)")
    }

    @Test(arguments: [
        "Rekam medis pasien",
        "Data pribadi dalam berkas keputusan",
        "NIK penerima bantuan dalam Surat Keputusan Bupati",
        "Berkas perkara sebelum putusan pengadilan",
        "Dokumen penyidikan sampai putusan pengadilan berkekuatan hukum tetap",
        "Surat ketetapan pajak daerah wajib pajak",
        "Hasil penilaian kinerja pegawai",
        "Notulen rapat tentang rencana kerja",
        "Memorandum internal untuk penyusunan renstra",
        "Permohonan keputusan atas keberatan",
        "Hasil uji penetrasi sistem informasi",
        "Skripsi pegawai tugas belajar",
        "Spektrum frekuensi radio",
    ])
    func doesNotNameOne(_ judul: String) {
        #expect(NeverExemptVocabulary.match(judul) == nil, "\(judul): \(NeverExemptVocabulary.match(judul)?.phrase ?? "")")
    }

    @Test func wholeWordsOnly() {
        #expect(NeverExemptVocabulary.words("Surat-Edaran/2025: PERDA") == ["surat", "edaran", "2025", "perda"])
        #expect(NeverExemptVocabulary.match("Peraturanperaturan") == nil)
        #expect(NeverExemptVocabulary.match("Neracanya") == nil)
        #expect(NeverExemptVocabulary.match("Laporan keuangannya") == nil)
    }

    @Test func publicOfficePhrases() {
        #expect(NeverExemptVocabulary.publicOfficeMatch("LHKPN Kepala Dinas 2025") == "lhkpn")
        #expect(NeverExemptVocabulary.publicOfficeMatch("Harta kekayaan pejabat eselon II") == "harta kekayaan pejabat")
        #expect(NeverExemptVocabulary.publicOfficeMatch("Profil pimpinan daerah") == "profil pimpinan")
        #expect(NeverExemptVocabulary.publicOfficeMatch("Harta warisan keluarga pejabat") == nil)
        #expect(NeverExemptVocabulary.publicOfficeMatch("Profil risiko pinjaman") == nil)
    }
}
