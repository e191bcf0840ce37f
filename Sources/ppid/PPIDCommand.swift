import ArgumentParser
import Foundation
import PPIDKit

@main
struct PPIDCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ppid",
        abstract: "Membangun situs PPID Utama dari Daftar Informasi Publik, DIK, SOP dan data pengaduan.",
        version: "ppid 0.1.0",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, SchemaCommand.self, ImportCommand.self]
    )

    /// Runs the command line with the exit codes of RULES.md: 0 fine, 1 findings, 2 wrong use.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let exit = error as? ExitCode {
                Foundation.exit(exit.rawValue)
            }
            Terminal.error(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}
