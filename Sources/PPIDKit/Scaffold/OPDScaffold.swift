import Foundation

/// `ppid new opd`: a new OPD folder with a commented `opd.yml`, empty `dip.yml` and `dik.yml`
/// ready to fill, and the standard SOPs written as sensible Indonesian templates.
public struct OPDScaffold: Sendable {
    public var slug: String
    public var nama: String
    public var jenis: String
    public var email: String?
    public var telepon: String?
    public var today: CalendarDate

    public init(slug: String, nama: String, jenis: String = "lainnya", email: String? = nil, telepon: String? = nil,
                today: CalendarDate) {
        self.slug = slug
        self.nama = nama
        self.jenis = jenis
        self.email = email
        self.telepon = telepon
        self.today = today
    }

    public enum Problem: Error, CustomStringConvertible {
        case invalidSlug(String)
        case invalidKind(String)
        case controlCharacter(option: String)
        case exists(String)
        case write(String)

        public var description: String {
            switch self {
            case .invalidSlug(let slug):
                return "Slug \"\(slug)\" tidak sah; gunakan huruf kecil, angka dan \"-\", misalnya \"\(slug.slugified)\"."
            case .invalidKind(let kind):
                return "Jenis \"\(kind)\" tidak dikenal; gunakan salah satu dari: \(ContentSchemas.opdKinds.joined(separator: ", "))."
            case .controlCharacter(let option):
                return ScaffoldText.controlCharacterMessage(option)
            case .exists(let path):
                return "Folder \(path) sudah ada; ppid tidak pernah menimpa folder OPD yang ada."
            case .write(let message):
                return "Berkas OPD baru tidak dapat ditulis: \(message)"
            }
        }
    }

    /// The files to create, by path relative to the OPD folder, in a stable order.
    public var files: [(String, String)] {
        [("opd.yml", profile), ("dip.yml", dip), ("dik.yml", dik)]
            + Self.standardSOPs.map { ("sop/\($0.kind).md", sop($0)) }
    }

    /// Refuses what cannot be written: a bad slug or kind, a value with a control character.
    public func check() throws(Problem) {
        guard slug.isValidSlug else { throw .invalidSlug(slug) }
        guard ContentSchemas.opdKinds.contains(jenis) else { throw .invalidKind(jenis) }
        if let option = ScaffoldText.optionWithControlCharacter([("--nama", nama), ("--email", email), ("--telepon", telepon)]) {
            throw .controlCharacter(option: option)
        }
    }

    /// Creates `<content>/opd/<slug>/`; refuses to touch an existing folder.
    public func create(inContent contentPath: String) throws(Problem) -> [String] {
        try check()
        let folder = URL(fileURLWithPath: contentPath).appendingPathComponent("opd").appendingPathComponent(slug)
        let manager = FileManager.default
        guard !manager.fileExists(atPath: folder.path) else { throw .exists(folder.path) }
        var written: [String] = []
        do {
            for (path, text) in files {
                let url = folder.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
                written.append(url.path)
            }
            try manager.createDirectory(at: folder.appendingPathComponent("berkas"), withIntermediateDirectories: true)
        } catch {
            throw .write(error.localizedDescription)
        }
        return written
    }

    static func yamlQuoted(_ text: String) -> String { ScaffoldText.quoted(text) }

    var profile: String {
        var contact = ""
        contact += email.map { "  email: \(Self.yamlQuoted($0))\n" }
            ?? "  #email: \"ppid.\(slug)@contoh.go.id\"   # wajib email atau telepon: isi, lalu hapus tanda # di depan \"email\"\n"
        contact += telepon.map { "  telepon: \(Self.yamlQuoted($0))\n" }
            ?? "  #telepon: \"(021) 0000000\"   # isi, lalu hapus tanda # di depan \"telepon\"\n"
        return """
        # yaml-language-server: $schema=../../../skema/opd.schema.json
        # Profil OPD dan PPID Pelaksana-nya. Kunci yang ditandai "wajib" harus diisi.
        nama: \(Self.yamlQuoted(nama))   # wajib: nama resmi OPD
        jenis: \(jenis)   # wajib: \(ContentSchemas.opdKinds.joined(separator: " | "))
        # Kunci pilihan: isi yang perlu, lalu hapus tanda # di awal baris-baris berikut:
        #singkatan: "…"
        #urutan: 10   # urutan dalam daftar OPD (lalu menurut nama)
        #alamat: "Jl. …"
        #situs: "https://…"
        ppid_pelaksana:   # wajib
          jabatan: \(Self.yamlQuoted("Sekretaris \(nama)"))   # wajib: jabatan PPID Pelaksana
        \(contact)  sk:   # SK Kepala OPD yang menunjuk PPID Pelaksana
            draf: true   # hapus baris ini setelah nomor dan tanggal SK diisi
            # Isi SK-nya, lalu hapus tanda # di awal baris-baris berikut:
            #nomor: "…"
            #tanggal: \(today.iso)
            #berkas: berkas/sk-ppid-pelaksana.pdf

        """
    }

    var dip: String {
        """
        # yaml-language-server: $schema=../../../skema/dip.schema.json
        # Daftar Informasi Publik (DIP) \(nama). Setiap informasi adalah satu butir "- " di bawah
        # "informasi:". Butir pertama di bawah ini contoh yang masih draf (draf: true): diperiksa, tetapi
        # tidak diterbitkan. Sesuaikan isinya, lalu hapus baris "draf: true" agar terbit.
        penetapan:   # keputusan PPID yang menetapkan DIP ini
          draf: true   # hapus baris ini setelah nomor, tanggal dan oleh diisi
          # Isi keputusannya, lalu hapus tanda # di awal baris-baris berikut:
          #nomor: "…"
          #tanggal: \(today.iso)
          #oleh: \(Self.yamlQuoted("PPID Pelaksana \(nama)"))
        informasi:
          - id: profil-\(slug)
            judul: \(Self.yamlQuoted("Profil \(nama)"))
            ringkasan: "Alamat, tugas pokok dan fungsi, struktur organisasi, dan profil singkat pejabat."
            kategori: berkala   # berkala | serta-merta | setiap-saat
            dasar: Pasal 9 ayat (2) huruf a   # huruf a profil, b kegiatan dan kinerja, c laporan keuangan
            penguasa: "Subbagian Umum dan Kepegawaian"
            penanggung_jawab: \(Self.yamlQuoted("Kepala \(nama)"))
            waktu_pembuatan: \(today.year)
            bentuk: [softcopy, hardcopy]
            retensi: "5 tahun"
            diperbarui: \(today.iso)
            #berkas: berkas/profil.pdf   # simpan dokumennya di folder berkas/ OPD ini, lalu hapus tanda # di depan "berkas"
            draf: true   # hapus baris ini bila isinya sudah benar

        """
    }

    var dik: String {
        """
        # yaml-language-server: $schema=../../../skema/dik.schema.json
        # Daftar Informasi yang Dikecualikan (DIK) \(nama): hanya informasi yang telah melalui uji
        # konsekuensi (Pasal 19 UU 14/2008). Butir di bawah ini contoh yang masih draf (draf: true):
        # diperiksa, tetapi tidak diterbitkan. Ganti dengan hasil uji konsekuensi Anda, lalu hapus baris
        # "draf: true", atau hapus butirnya bila tidak dipakai.
        penetapan:   # keputusan PPID yang menetapkan DIK ini
          draf: true   # hapus baris ini setelah nomor, tanggal dan oleh diisi
          # Isi keputusannya, lalu hapus tanda # di awal baris-baris berikut:
          #nomor: "…"
          #tanggal: \(today.iso)
          #oleh: \(Self.yamlQuoted("PPID Pelaksana \(nama)"))
        dikecualikan:
          - id: hasil-evaluasi-kemampuan-pegawai
            judul: "Hasil evaluasi kemampuan dan rekomendasi pengembangan pegawai"
            dasar_hukum: Pasal 17 huruf h angka 4
            konsekuensi: "Membuka informasi ini mengungkap hasil evaluasi kemampuan seseorang, yang merupakan rahasia pribadi pegawai."
            kepentingan_publik: "Menutup informasi ini melindungi hak pribadi pegawai, sedangkan kinerja unit kerja tetap diumumkan."
            jangka_waktu: permanen   # permanen | "N tahun" | YYYY-MM-DD | "sampai <peristiwa>"
            penetapan:
              nomor: "…"
              tanggal: \(today.iso)
              oleh: \(Self.yamlQuoted("PPID Pelaksana \(nama)"))
            draf: true   # hapus baris ini setelah hasil uji konsekuensi ditetapkan

        """
    }

    struct StandardSOP {
        var kind: String
        var title: String
        var steps: [(String, String, String)]
        var law: String
    }

    static let standardSOPs: [StandardSOP] = [
        StandardSOP(kind: "permohonan-informasi", title: "SOP Pelayanan Permohonan Informasi Publik", steps: [
            ("Pemohon mengisi formulir permohonan dan menunjukkan identitas", "Pemohon, Petugas Layanan Informasi", "15 menit"),
            ("Petugas mencatat permohonan dalam register dan memberikan tanda bukti", "Petugas Layanan Informasi", "15 menit"),
            ("PPID Pelaksana meneliti dan menyiapkan informasi atau surat penolakan", "PPID Pelaksana", "paling lama 10 hari kerja"),
            ("Perpanjangan waktu dengan pemberitahuan tertulis bila diperlukan", "PPID Pelaksana", "paling lama 7 hari kerja"),
            ("Informasi atau surat pemberitahuan diserahkan kepada pemohon", "Petugas Layanan Informasi", "1 hari kerja"),
        ], law: "UU Nomor 14 Tahun 2008 Pasal 21–22; Peraturan Komisi Informasi Nomor 1 Tahun 2021"),
        StandardSOP(kind: "keberatan", title: "SOP Penanganan Keberatan atas Informasi Publik", steps: [
            ("Pemohon mengajukan keberatan tertulis kepada Atasan PPID", "Pemohon", "paling lama 30 hari kerja sejak alasan keberatan"),
            ("Petugas mencatat keberatan dalam register dan memberikan tanda bukti", "Petugas Layanan Informasi", "1 hari kerja"),
            ("Atasan PPID memeriksa dan memberikan tanggapan tertulis", "Atasan PPID", "paling lama 30 hari kerja"),
        ], law: "UU Nomor 14 Tahun 2008 Pasal 35–36"),
        StandardSOP(kind: "sengketa", title: "SOP Penanganan Sengketa Informasi Publik", steps: [
            ("Pemohon mengajukan sengketa kepada Komisi Informasi", "Pemohon", "paling lama 14 hari kerja setelah tanggapan Atasan PPID"),
            ("PPID menyiapkan dokumen dan kuasa untuk mediasi atau ajudikasi", "PPID Pelaksana", "sesuai jadwal Komisi Informasi"),
            ("PPID melaksanakan putusan Komisi Informasi", "PPID Pelaksana", "sesuai putusan"),
        ], law: "UU Nomor 14 Tahun 2008 Pasal 37–38"),
        StandardSOP(kind: "penetapan-dip", title: "SOP Penetapan dan Pemutakhiran Daftar Informasi Publik", steps: [
            ("Setiap unit kerja mengusulkan informasi yang dikuasainya", "Unit Kerja", "setiap semester"),
            ("PPID Pelaksana menyusun dan memverifikasi usulan DIP", "PPID Pelaksana", "5 hari kerja"),
            ("PPID menetapkan DIP dengan keputusan dan mengumumkannya", "PPID Pelaksana", "2 hari kerja"),
        ], law: "UU Nomor 14 Tahun 2008 Pasal 9–11; Permendagri Nomor 3 Tahun 2017"),
        StandardSOP(kind: "uji-konsekuensi", title: "SOP Pengujian Konsekuensi Informasi yang Dikecualikan", steps: [
            ("PPID mengidentifikasi dokumen dan informasi yang diusulkan dikecualikan", "PPID Pelaksana", "2 hari kerja"),
            ("Tim menguji konsekuensi dan kepentingan publik berdasarkan Pasal 17 UU 14/2008", "Tim Uji Konsekuensi", "3 hari kerja"),
            ("Hasil uji ditandatangani seluruh peserta dan ditetapkan dengan keputusan PPID", "PPID Pelaksana", "2 hari kerja"),
        ], law: "UU Nomor 14 Tahun 2008 Pasal 17 dan 19; Peraturan Komisi Informasi Nomor 1 Tahun 2021 Pasal 49"),
        StandardSOP(kind: "pendokumentasian", title: "SOP Pendokumentasian Informasi Publik", steps: [
            ("Unit kerja menyerahkan informasi publik kepada PPID", "Unit Kerja", "setiap ada informasi baru"),
            ("PPID mencatat, mengklasifikasikan dan menyimpan informasi", "PPID Pelaksana", "2 hari kerja"),
            ("Informasi diunggah ke situs PPID", "Petugas Layanan Informasi", "1 hari kerja"),
        ], law: "UU Nomor 14 Tahun 2008; Peraturan Komisi Informasi Nomor 1 Tahun 2021"),
        StandardSOP(kind: "pendokumentasian-dikecualikan", title: "SOP Pendokumentasian Informasi yang Dikecualikan", steps: [
            ("PPID mencatat informasi yang dikecualikan beserta keputusan penetapannya", "PPID Pelaksana", "1 hari kerja"),
            ("Dokumen disimpan terpisah dengan akses terbatas", "Unit Kerja", "1 hari kerja"),
            ("Jangka waktu pengecualian ditinjau dan informasi dibuka bila masanya berakhir", "PPID Pelaksana", "setiap tahun"),
        ], law: "UU Nomor 14 Tahun 2008 Pasal 17–20; PP Nomor 61 Tahun 2010"),
    ]

    func sop(_ sop: StandardSOP) -> String {
        var rows = ""
        for (index, step) in sop.steps.enumerated() {
            rows += "| \(index + 1) | \(step.0) | \(step.1) | \(step.2) |\n"
        }
        return """
        ---
        judul: \(Self.yamlQuoted("\(sop.title) \(nama)"))
        jenis: \(sop.kind)
        #nomor: "…"   # nomor SOP: isi, lalu hapus tanda # di depan "nomor"
        ditetapkan: \(today.iso)   # ganti dengan tanggal penetapan SOP
        disahkan_oleh: \(Self.yamlQuoted("Kepala \(nama)"))
        draf: true   # SOP ini belum diterbitkan: sesuaikan isinya, lalu hapus baris ini
        ---
        ## Dasar Hukum

        \(sop.law).

        ## Prosedur

        | No | Kegiatan | Pelaksana | Waktu |
        |----|----------|-----------|-------|
        \(rows)
        ## Catatan

        Sesuaikan langkah, pelaksana dan waktu dengan keadaan \(nama) sebelum SOP ini ditetapkan.

        """
    }
}
