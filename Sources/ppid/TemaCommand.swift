import ArgumentParser
import Foundation
import PPIDKit

struct TemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tema",
        abstract: "Tema bawaan ppid: salin untuk disesuaikan.",
        subcommands: [TemaSalinCommand.self]
    )
}

struct TemaSalinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salin",
        abstract: "Menyalin tema bawaan (templat dan aset) ke sebuah folder baru untuk disesuaikan."
    )

    @Argument(help: "Folder tujuan, misalnya Templates; harus belum ada atau masih kosong.")
    var folder: String

    func run() throws {
        do {
            let count = try ThemeCopy(folder: folder).write()
            Terminal.out("Tema bawaan disalin ke \(folder)/ (\(count) berkas).\n")
            Terminal.out("Ubah templat dan aset di sana, lalu bangun dengan \"ppid build --templates \(folder)\""
                + (folder == ThemeSource.conventionalFolder ? " (atau cukup \"ppid build\": Templates/ dipakai bila ada).\n" : ".\n"))
        } catch {
            Terminal.error("galat: \(error.description)")
            throw ExitCode(2)
        }
    }
}
