import ArgumentParser
import Foundation
import PPIDKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Membuat kerangka konten baru.",
        subcommands: [NewSitusCommand.self, NewOPDCommand.self]
    )
}

struct NewOPDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opd",
        abstract: "Membuat folder OPD baru: opd.yml berkomentar, dip.yml, dik.yml dan SOP standar."
    )

    @Argument(help: "Slug OPD, misalnya dinas-kesehatan.")
    var slug: String

    @Option(name: .long, help: "Nama resmi OPD.")
    var nama: String

    @Option(name: .long, help: "Jenis OPD (bawaan: lainnya).")
    var jenis: String = "lainnya"

    @Option(name: .long, help: "Surel PPID Pelaksana.")
    var email: String?

    @Option(name: .long, help: "Telepon PPID Pelaksana.")
    var telepon: String?

    @Option(name: .long, help: "Folder konten.")
    var content: String = "Content"

    @Option(name: .long, help: "Tanggal acuan (YYYY-MM-DD) untuk tanggal contoh.")
    var tanggal: String?

    func run() throws {
        let today = tanggal.flatMap { CalendarDate(iso: $0) } ?? ReferenceDate.current()
        let scaffold = OPDScaffold(slug: slug, nama: nama, jenis: jenis, email: email, telepon: telepon, today: today)
        do {
            let files = try scaffold.create(inContent: content)
            Terminal.out("OPD baru dibuat di \(content)/opd/\(slug)/ (\(files.count) berkas).\n")
            Terminal.out("Langkah berikutnya: sesuaikan contoh di dip.yml, dik.yml dan SOP (masih draf), hapus baris \"draf: true\" bila isinya sudah benar, lalu jalankan \"ppid check\".\n")
            if email == nil && telepon == nil {
                Terminal.out("Catatan: isi email atau telepon PPID Pelaksana di opd.yml (PPID302).\n")
            }
        } catch {
            Terminal.error("galat: \(error.description)")
            throw ExitCode(2)
        }
    }
}

struct NewSitusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "situs",
        abstract: "Membuat repositori konten baru: ppid.yml, OPD PPID Utama, halaman, skema, resep CI GitHub dan GitLab."
    )

    @Argument(help: "Folder baru (tidak boleh folder yang sudah berisi).")
    var folder: String

    @Option(name: .long, help: "Nama Badan Publik, misalnya \"Pemerintah Kabupaten Jombang\".")
    var nama: String

    @Option(name: .long, help: "Jenis Badan Publik: provinsi, kabupaten, kota atau instansi.")
    var jenis: String

    @Option(name: .customLong("alamat-situs"), help: "Alamat situs, misalnya https://ppid.jombangkab.go.id.")
    var alamatSitus: String

    @Option(name: .customLong("opd-utama"), help: "Slug OPD tempat PPID Utama, misalnya diskominfo.")
    var opdUtama: String

    @Option(name: .customLong("nama-opd-utama"), help: "Nama OPD tempat PPID Utama (bawaan: PPID Utama).")
    var namaOPDUtama: String?

    @Option(name: .long, help: "Surel PPID Utama (wajib --email atau --telepon).")
    var email: String?

    @Option(name: .long, help: "Telepon PPID Utama.")
    var telepon: String?

    @Option(name: .customLong("sk-nomor"), help: "Nomor SK pengangkatan PPID (tanpa ini SK ditulis sebagai draf).")
    var skNomor: String?

    @Option(name: .customLong("sk-tanggal"), help: "Tanggal SK pengangkatan PPID (YYYY-MM-DD).")
    var skTanggal: String?

    @Option(name: .long, help: "Tanggal acuan (YYYY-MM-DD) untuk tanggal contoh.")
    var tanggal: String?

    func run() throws {
        let today = tanggal.flatMap { CalendarDate(iso: $0) } ?? ReferenceDate.current()
        let version = PPIDCommand.configuration.version.split(separator: " ").dropFirst().first.map(String.init) ?? "0.1.0"
        let scaffold = SiteScaffold(nama: nama, jenis: jenis, alamatSitus: alamatSitus, opdUtama: opdUtama,
                                    namaOPDUtama: namaOPDUtama, email: email, telepon: telepon, skNomor: skNomor,
                                    skTanggal: skTanggal, today: today, ppidVersion: version)
        do {
            let files = try scaffold.create(at: folder)
            Terminal.out("Situs baru dibuat di \(folder)/ (\(files.count) berkas).\n")
            Terminal.out("Langkah berikutnya: baca \(folder)/README.md, lengkapi draf (baris \"draf: true\"), lalu jalankan \"ppid check --content \(folder)/Content\".\n")
        } catch {
            Terminal.error("galat: \(error.description)")
            throw ExitCode(2)
        }
    }
}
