import ArgumentParser
import Foundation
import PPIDKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Membuat kerangka konten baru.",
        subcommands: [NewOPDCommand.self]
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
            Terminal.out("Langkah berikutnya: isi dip.yml dan dik.yml, sesuaikan SOP, lalu jalankan \"ppid check\".\n")
            if email == nil && telepon == nil {
                Terminal.out("Catatan: isi email atau telepon PPID Pelaksana di opd.yml (PPID302).\n")
            }
        } catch {
            Terminal.error("galat: \(error.description)")
            throw ExitCode(2)
        }
    }
}
