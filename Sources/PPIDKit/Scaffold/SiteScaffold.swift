import Foundation

/// `ppid new situs DIR`: a new content repository for a Badan Publik (ONBOARDING.md): a README for
/// the humas officer, `Content/ppid.yml`, the PPID Utama's OPD as `ppid new opd` makes it, the
/// standard free pages, the JSON Schemas, CI recipes for GitHub and GitLab, and a `.gitignore`.
/// Everything written for a person to fill in is a draft (`draf: true`).
public struct SiteScaffold: Sendable {
    public var nama: String
    public var jenis: String
    public var alamatSitus: String
    public var opdUtama: String
    public var namaOPDUtama: String
    public var email: String?
    public var telepon: String?
    public var skNomor: String?
    public var skTanggal: String?
    public var today: CalendarDate
    /// The `ppid` version the CI recipes pin.
    public var ppidVersion: String

    public init(nama: String, jenis: String, alamatSitus: String, opdUtama: String, namaOPDUtama: String? = nil,
                email: String? = nil, telepon: String? = nil, skNomor: String? = nil, skTanggal: String? = nil,
                today: CalendarDate, ppidVersion: String) {
        self.nama = nama
        self.jenis = jenis
        self.alamatSitus = alamatSitus
        self.opdUtama = opdUtama
        self.namaOPDUtama = namaOPDUtama ?? "PPID Utama"
        self.email = email
        self.telepon = telepon
        self.skNomor = skNomor
        self.skTanggal = skTanggal
        self.today = today
        self.ppidVersion = ppidVersion
    }

    public enum Problem: Error, CustomStringConvertible {
        case notEmpty(String)
        case invalidKind(String)
        case noContact
        case incompleteDecree
        case invalidDate(String)
        case invalidAddress(String)
        case controlCharacter(option: String)
        case opd(OPDScaffold.Problem)
        case write(String)

        public var description: String {
            switch self {
            case .notEmpty(let path):
                return "Folder \(path) sudah ada dan tidak kosong; ppid new situs hanya menulis ke folder baru atau kosong."
            case .invalidKind(let kind):
                return "--jenis \"\(kind)\" tidak dikenal; gunakan salah satu dari: \(ContentSchemas.badanPublikKinds.joined(separator: ", "))."
            case .noContact:
                return "Kontak PPID Utama wajib ada (PPID302): berikan --email atau --telepon."
            case .incompleteDecree:
                return "--sk-nomor dan --sk-tanggal diberikan bersama; tanpa keduanya SK ditulis sebagai draf untuk diisi nanti."
            case .invalidDate(let text):
                return "--sk-tanggal \"\(text)\" bukan tanggal YYYY-MM-DD yang sah, misalnya 2026-01-15."
            case .invalidAddress(let text):
                return "--alamat-situs \"\(text)\" bukan alamat http/https, misalnya https://ppid.namadaerah.go.id."
            case .controlCharacter(let option):
                return ScaffoldText.controlCharacterMessage(option)
            case .opd(let problem):
                return problem.description
            case .write(let message):
                return "Situs baru tidak dapat ditulis: \(message)"
            }
        }
    }

    /// The PPID Utama's OPD, as `ppid new opd` makes it; its PPID Pelaksana shares the contact.
    public var utamaOPD: OPDScaffold {
        OPDScaffold(slug: opdUtama, nama: namaOPDUtama, jenis: Self.opdKind(of: namaOPDUtama), email: email,
                    telepon: telepon, today: today)
    }

    /// The OPD kind its name starts with ("Dinas …" → dinas), else `lainnya`.
    static func opdKind(of nama: String) -> String {
        let first = nama.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return ContentSchemas.opdKinds.contains(first) ? first : "lainnya"
    }

    /// Refuses what cannot be written, before anything is.
    public func check() throws(Problem) {
        if let option = ScaffoldText.optionWithControlCharacter([
            ("--nama", nama), ("--jenis", jenis), ("--alamat-situs", alamatSitus), ("--opd-utama", opdUtama),
            ("--nama-opd-utama", namaOPDUtama), ("--email", email), ("--telepon", telepon),
            ("--sk-nomor", skNomor), ("--sk-tanggal", skTanggal),
        ]) {
            throw .controlCharacter(option: option)
        }
        guard ContentSchemas.badanPublikKinds.contains(jenis) else { throw .invalidKind(jenis) }
        guard alamatSitus.hasPrefix("https://") || alamatSitus.hasPrefix("http://"), !alamatSitus.contains(" ") else {
            throw .invalidAddress(alamatSitus)
        }
        guard email != nil || telepon != nil else { throw .noContact }
        guard (skNomor == nil) == (skTanggal == nil) else { throw .incompleteDecree }
        if let skTanggal, CalendarDate(iso: skTanggal) == nil { throw .invalidDate(skTanggal) }
        do { try utamaOPD.check() } catch { throw .opd(error) }
    }

    /// Every file to write, by path relative to the new folder, in a stable order.
    public var files: [(String, String)] {
        var files: [(String, String)] = [
            ("README.md", SiteScaffoldTexts.readme(self)),
            ("Content/ppid.yml", ppidFile),
        ]
        files += utamaOPD.files.map { ("Content/opd/\(opdUtama)/\($0.0)", $0.1) }
        files += SiteScaffoldTexts.pages(self).map { ("Content/halaman/\($0.0).md", $0.1) }
        files += JSONSchemaGenerator.files.map { ("skema/\($0.0)", $0.1) }
        files += [
            (".github/workflows/ppid.yml", SiteScaffoldTexts.githubWorkflow(self)),
            (".gitlab-ci.yml", SiteScaffoldTexts.gitlabCI(self)),
            (".gitignore", SiteScaffoldTexts.gitignore),
        ]
        return files
    }

    /// Writes the new repository into `path`, which must not exist or be empty.
    public func create(at path: String) throws(Problem) -> [String] {
        try check()
        let manager = FileManager.default
        let folder = URL(fileURLWithPath: path)
        if manager.fileExists(atPath: folder.path) {
            let entries = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? ["?"]
            guard entries.isEmpty else { throw .notEmpty(path) }
        }
        var written: [String] = []
        do {
            for (relative, text) in files {
                let url = folder.appendingPathComponent(relative)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
                written.append(url.path)
            }
            for empty in ["Content/berkas", "Content/opd/\(opdUtama)/berkas"] {
                try manager.createDirectory(at: folder.appendingPathComponent(empty), withIntermediateDirectories: true)
            }
        } catch {
            throw .write(error.localizedDescription)
        }
        return written
    }

    var ppidFile: String {
        let q = ScaffoldText.quoted
        var contact = ""
        contact += email.map { "  email: \(q($0))\n" }
            ?? "  #email: \"ppid@contoh.go.id\"   # isi, lalu hapus tanda # di depan \"email\"\n"
        contact += telepon.map { "  telepon: \(q($0))\n" }
            ?? "  #telepon: \"(0321) 000000\"   # isi, lalu hapus tanda # di depan \"telepon\"\n"
        let decree: String
        if let skNomor, let skTanggal {
            decree = """
                nomor: \(q(skNomor))
                tanggal: \(skTanggal)
                #berkas: berkas/sk-ppid.pdf   # simpan salinan SK di folder berkas/, lalu hapus tanda # di depan "berkas"

            """
        } else {
            decree = """
                draf: true   # hapus baris ini setelah nomor dan tanggal SK diisi
                # Isi SK-nya, lalu hapus tanda # di awal baris-baris berikut:
                #nomor: "…"
                #tanggal: \(today.iso)
                #berkas: berkas/sk-ppid.pdf

            """
        }
        return """
        # yaml-language-server: $schema=../skema/ppid.schema.json
        # Badan Publik dan PPID Utama-nya. Kunci yang ditandai "wajib" harus diisi; penjelasan di README.md.
        nama: \(q(nama))   # wajib: nama Badan Publik
        jenis: \(jenis)   # wajib: \(ContentSchemas.badanPublikKinds.joined(separator: " | "))
        alamat_situs: \(q(alamatSitus))   # wajib: alamat situs yang diterbitkan
        #logo: berkas/logo.png   # simpan logo di folder berkas/, lalu hapus tanda # di depan "logo"
        ppid_utama:   # wajib
          opd: \(opdUtama)   # wajib: folder OPD tempat PPID Utama (opd/\(opdUtama)/)
        \(contact)  #alamat: "Jl. …"   # alamat layanan PPID: isi, lalu hapus tanda # di depan "alamat"
          #jam_layanan: "Senin–Jumat 08.00–16.00"   # isi, lalu hapus tanda # di depan "jam_layanan"
          sk:   # wajib: SK pengangkatan PPID
        \(decree)
        # Kanal SP4N-LAPOR! instansi: sesuaikan, lalu hapus tanda # di awal baris-baris berikut:
        #lapor:
        #  tautan: https://www.lapor.go.id
        #  kanal_lain: ["SMS 1708", "WhatsApp 0812-0000-0000"]

        """
    }
}

extension JSONSchemaGenerator {
    /// The files of the folder `skema/`: one per document, and the whole set in `ppid-konten.schema.json`.
    public static var files: [(String, String)] {
        documents.map { ("\($0.name).schema.json", (document(named: $0.name)?.serialized(indent: 2) ?? "") + "\n") }
            + [("ppid-konten.schema.json", (document(named: nil)?.serialized(indent: 2) ?? "") + "\n")]
    }
}
