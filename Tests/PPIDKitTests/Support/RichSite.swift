import Foundation
@testable import PPIDKit

/// A sample site that exercises every branch of the default theme: pagination (over 100 items),
/// every optional field, documents, links, exemptions, SOPs and pages.
enum RichSite {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static var templatesPath: String { packageRoot.appendingPathComponent("Templates").path }

    static func make() throws -> ContentFixture {
        var items = ""
        for number in 1...105 {
            items += """

              - id: data-\(number)
                judul: Data Statistik Sektoral Nomor \(number)
                ringkasan: Tabel data sektoral nomor \(number).
                kategori: setiap-saat
                dasar: Pasal 11 ayat (1) huruf a
                penguasa: Bidang Statistik
                penanggung_jawab: Kepala Bidang Statistik
                waktu_pembuatan: 2025-05-\(String(format: "%02d", number % 28 + 1))
                tempat_pembuatan: Contoh
                bentuk: [softcopy]
                retensi: 5 tahun
                tag: [statistik, data]
            """
        }
        let ppid = Samples.ppid + """

              jam_layanan: Senin–Jumat 08.00–16.00 WIB
            logo: berkas/logo.svg
            lapor:
              tautan: https://www.lapor.go.id
              kanal_lain: [WhatsApp 0812-0000-0000]
            """
        return try ContentFixture.minimal([
            "ppid.yml": ppid,
            "berkas/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\"></svg>",
            "opd/diskominfo/opd.yml": Samples.opd + "\n  telepon: \"(021) 555 0101\"\nalamat: Jl. Merdeka 1\nsitus: https://diskominfo.contoh.go.id\nurutan: 1\n",
            "opd/diskominfo/dip.yml": "penetapan:\n  nomor: 1/DIP/2026\n  tanggal: 2026-01-05\n  oleh: PPID Utama\n" + Samples.dip + items,
            "opd/diskominfo/dik.yml": "penetapan:\n  nomor: 2/DIK/2026\n  tanggal: 2026-01-05\n  oleh: PPID Utama\n" + Samples.dik
                + "\n    peraturan_lain: [UU 11/2008 tentang Informasi dan Transaksi Elektronik]\n" + openedExemptions,
            "opd/diskominfo/berkas/hps-pusat-data.pdf": "%PDF-1.4",
            "opd/diskominfo/sop/permohonan-informasi.md": Samples.sop.replacingOccurrences(of: "ditetapkan: 2025-01-15", with: "ditetapkan: 2025-01-15\ndisahkan_oleh: Kepala Dinas"),
            "opd/diskominfo/sop/disabilitas.md": Samples.sop
                .replacingOccurrences(of: "jenis: permohonan-informasi", with: "jenis: disabilitas")
                .replacingOccurrences(of: "SOP Pelayanan Permohonan Informasi Publik", with: "SOP Layanan Informasi bagi Penyandang Disabilitas"),
            // The maklumat pelayanan: /layanan/ links to it.
            "halaman/maklumat-pelayanan.md": "---\njudul: Maklumat Pelayanan Informasi Publik\nurutan: 2\n---\nKami sanggup menyelenggarakan pelayanan informasi publik sesuai standar layanan.\n",
            // Complaint statistics: rows (one with an impossible date, one without OPD) and a
            // ringkasan whose counts fall short of its total.
            "pengaduan/laporan-2025.csv": """
                nomor_tiket,tanggal_masuk,kanal,kategori,opd,status,tanggal_tindak_lanjut,tanggal_selesai
                LPR-1,2025-01-05,whatsapp,Infrastruktur,diskominfo,selesai,2025-01-06,2025-01-20
                LPR-2,2025-02-10,situs,,diskominfo,proses,2025-02-08,
                LPR-3,2025-03-01,sms,Kesehatan,,belum-terverifikasi,,

                """,
            "pengaduan/ringkasan.yml": "ringkasan:\n" + ComplaintFixture.kemenpanPeriod,
            // The information service: a refusal, a partial grant across the year's end, a
            // request still pending, an objection that went to dispute, the 2025 narrative.
            "layanan/permohonan/register.csv": """
                nomor_registrasi,tanggal_permohonan,cara,opd,kategori_pemohon,keputusan,alasan_penolakan,tanggal_pemberitahuan,perpanjangan,biaya
                PMH-1,2025-03-03,email,diskominfo,perorangan,dipenuhi,,2025-03-06,,0
                PMH-2,2025-08-04,langsung,,badan-hukum,ditolak,Pasal 17 huruf b,2025-08-12,,
                PMH-3,2025-12-22,surat,diskominfo,,dipenuhi-sebagian,Pasal 17 huruf b,2026-01-08,ya,5000
                PMH-4,2026-11-20,situs,diskominfo,kelompok,proses,,,,

                """,
            "layanan/keberatan/keberatan.csv": "nomor_keberatan,tanggal_keberatan,nomor_registrasi,alasan,tanggal_tanggapan,putusan,sengketa\nKB-1,2025-08-20,PMH-2,a,2025-09-10,ditolak,ya\n",
            "layanan/sengketa.yml": "sengketa:\n  - nomor_perkara: 001/IX/KI-Contoh-PS/2025\n    tanggal_registrasi: 2025-09-25\n    nomor_keberatan: KB-1\n    tahap: selesai\n    hasil: mediasi-berhasil\n    tanggal_putusan: 2025-10-20\n",
            "layanan/laporan/2025.md": "---\njudul: Laporan Layanan Informasi Publik Tahun 2025\nditetapkan: 2026-02-20\noleh: PPID Utama\n---\n## Kebijakan umum\n\nPelayanan informasi berpedoman pada SOP yang ditetapkan PPID Utama.\n\n## Kendala\n\nRegister permohonan masih dicatat manual di beberapa OPD.\n",
        ])
    }

    /// One exemption opened before the reference date (with a note and the now-public document)
    /// and one whose opening is dated after it (LIFECYCLE.md).
    static let openedExemptions = """
          - id: hps-pusat-data
            judul: Rincian HPS pembangunan pusat data daerah
            dasar_hukum: Pasal 17 huruf b
            konsekuensi: Rincian harga perkiraan sendiri yang diketahui calon penyedia membuat penawaran diatur mendekati HPS.
            kepentingan_publik: Persaingan yang sehat dalam tender menjamin harga terbaik bagi keuangan daerah.
            jangka_waktu: 2026-07-31
            penetapan:
              nomor: 003/UK/PPID/2026
              tanggal: 2026-02-02
              oleh: PPID Pelaksana Diskominfo
            dibuka:
              tanggal: 2026-08-03
              nomor: 014/PPID-Diskominfo/2026
              alasan: jangka-waktu-berakhir
              catatan: Kontrak ditandatangani pada **28 Juli 2026**.
              berkas: berkas/hps-pusat-data.pdf
          - id: kajian-tarif-layanan
            judul: Kajian awal tarif layanan pusat data bagi pihak ketiga
            dasar_hukum: Pasal 17 huruf e angka 3
            konsekuensi: Skenario tarif yang belum dipilih dapat disalahartikan sebagai keputusan dan memicu spekulasi.
            kepentingan_publik: Tarif final dibahas secara terbuka; rancangan yang belum matang tidak menyesatkan publik.
            jangka_waktu: sampai tarif ditetapkan
            penetapan:
              nomor: 004/UK/PPID/2026
              tanggal: 2026-03-02
              oleh: PPID Pelaksana Diskominfo
            dibuka:
              tanggal: 2026-12-15
              nomor: 019/PPID-Diskominfo/2026
              alasan: uji-konsekuensi-ulang
              catatan: Rancangan tarif diumumkan untuk konsultasi publik.

        """

    static func context(for fixture: ContentFixture, relativeLinks: Bool = false) async throws -> (SiteContext, TemplateSet) {
        let options = BuildOptions(contentPath: fixture.path, templatesPath: templatesPath, outputPath: "",
                                   relativeLinks: relativeLinks, today: ContentFixture.today)
        let validation = await Validation.run(contentPath: fixture.path, today: ContentFixture.today) { model in
            SiteBuilder.urls(options, model)
        }
        let templates = try await TemplateSet.load(from: templatesPath)
        let documents = DocumentPublisher(validation: validation)
        let site = SiteContext(model: validation.model, markdown: validation.markdown,
                               urls: SiteBuilder.urls(options, validation.model), today: ContentFixture.today,
                               assets: ["gaya.css": "aset/gaya.css"], logoPath: documents.logoPath)
        return (site, templates)
    }

    /// Templates other than the page templates (partials, layout).
    static func otherTemplates(in templates: TemplateSet) -> [String] {
        let folder = URL(fileURLWithPath: templatesPath)
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var names: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".mustache") { names.append(String(path.dropLast(".mustache".count))) }
        }
        return names.filter { !TemplateSet.required.contains($0) }.sorted()
    }
}
