import Foundation
/// Small valid content used by many tests.
enum Samples {
    static let ppid = """
    nama: Pemerintah Kabupaten Contoh
    jenis: kabupaten
    alamat_situs: https://ppid.contoh.go.id
    ppid_utama:
      opd: diskominfo
      alamat: Jl. Merdeka 1
      telepon: "(021) 1234567"
      email: ppid@contoh.go.id
      sk:
        nomor: 100/1/2025
        tanggal: 2025-01-10
    """

    static let opd = """
    nama: Dinas Komunikasi dan Informatika
    singkatan: Diskominfo
    jenis: dinas
    ppid_pelaksana:
      jabatan: Sekretaris Dinas Komunikasi dan Informatika
      email: ppid.diskominfo@contoh.go.id
    """

    static let dip = """
    informasi:
      - id: profil-diskominfo
        judul: Profil Dinas Komunikasi dan Informatika
        ringkasan: Alamat, tugas, fungsi dan struktur organisasi.
        kategori: berkala
        dasar: Pasal 9 ayat (2) huruf a
        penguasa: Sekretariat
        penanggung_jawab: Kepala Dinas
        waktu_pembuatan: 2026
        bentuk: [softcopy]
        retensi: 5 tahun
        diperbarui: 2026-10-01
        berkas: berkas/profil.pdf
      - id: kinerja-2025
        judul: Laporan Kinerja Tahun 2025
        ringkasan: Capaian indikator kinerja utama.
        kategori: berkala
        dasar: Pasal 9 ayat (2) huruf b
        penguasa: Subbagian Perencanaan
        penanggung_jawab: Kepala Dinas
        waktu_pembuatan: 2026-02-28
        bentuk: [softcopy, hardcopy]
        retensi: 10 tahun
        diperbarui: 2026-09-01
        tautan: https://contoh.go.id/lkjip-2025.pdf
      - id: lk-2025
        judul: Laporan Keuangan Tahun 2025
        ringkasan: "Neraca, **laporan realisasi anggaran** dan CaLK."
        kategori: berkala
        dasar: Pasal 9 ayat (2) huruf c
        penguasa: Subbagian Keuangan
        penanggung_jawab: Kepala Dinas
        waktu_pembuatan: 2026-03-31
        bentuk: [softcopy]
        retensi: 10 tahun
        diperbarui: 2026-06-02
        berkas: berkas/lk-2025.pdf
      - judul: Daftar Aplikasi Layanan Publik
        ringkasan: Daftar aplikasi yang dikelola.
        kategori: setiap-saat
        dasar: Pasal 11 ayat (1) huruf c
        penguasa: Bidang Aplikasi Informatika
        penanggung_jawab: Kepala Bidang Aplikasi Informatika
        waktu_pembuatan: 2025-08-17
        bentuk: [softcopy]
        retensi: 5 tahun
    """

    static let dik = """
    dikecualikan:
      - id: kerentanan-sistem
        judul: Hasil uji penetrasi sistem informasi pemerintah daerah
        dasar_hukum: Pasal 17 huruf c angka 7
        konsekuensi: Membuka hasil uji penetrasi memberi petunjuk kepada penyerang tentang celah sistem yang belum ditutup.
        kepentingan_publik: Menutup hasil uji melindungi data warga dan layanan publik daring dari serangan yang lebih merugikan.
        jangka_waktu: 4 tahun
        penetapan:
          nomor: 001/UK/PPID/2025
          tanggal: 2025-02-01
          oleh: PPID Pelaksana Diskominfo
    """

    static let sop = """
    ---
    judul: SOP Pelayanan Permohonan Informasi Publik
    jenis: permohonan-informasi
    nomor: 800/1/SOP/2025
    ditetapkan: 2025-01-15
    ---
    ## Prosedur

    | No | Kegiatan | Waktu |
    |----|----------|-------|
    | 1 | Pemohon mengisi formulir | 10 menit |

    - [x] Formulir tersedia
    - [ ] Formulir braille
    """

    static let page = """
    ---
    judul: Profil PPID
    urutan: 1
    ---
    PPID Kabupaten Contoh melayani permohonan informasi. Lihat [SK PPID](../berkas/sk.pdf).
    """

    static var minimalContent: [String: String] {
        var files = [
            "ppid.yml": ppid,
            "opd/diskominfo/opd.yml": opd,
            "opd/diskominfo/dip.yml": dip,
            "opd/diskominfo/dik.yml": dik,
            "opd/diskominfo/berkas/profil.pdf": "%PDF-1.4 profil",
            "opd/diskominfo/berkas/lk-2025.pdf": "%PDF-1.4 lk",
            "opd/diskominfo/berkas/tidak-ditautkan.pdf": "%PDF-1.4 unused",
            "berkas/sk.pdf": "%PDF-1.4 sk",
            "halaman/profil.md": page,
        ]
        for kind in ["permohonan-informasi", "keberatan", "sengketa", "penetapan-dip", "uji-konsekuensi",
                     "pendokumentasian", "pendokumentasian-dikecualikan"] {
            files["opd/diskominfo/sop/\(kind).md"] = sop
                .replacingOccurrences(of: "jenis: permohonan-informasi", with: "jenis: \(kind)")
                .replacingOccurrences(of: "SOP Pelayanan Permohonan Informasi Publik", with: "SOP \(kind)")
        }
        return files
    }
}
