import ArgumentParser
import Foundation
import PPIDKit

@main
struct PPIDCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ppid",
        abstract: "Membangun situs PPID Utama dari Daftar Informasi Publik, DIK, SOP dan data pengaduan.",
        version: ProgramVersion.line,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, SchemaCommand.self, TemaCommand.self, ImportCommand.self, MonevCommand.self]
    )

    /// Runs the command line with the exit codes of RULES.md: 0 fine, 1 findings, 2 wrong use.
    /// Help and every usage error are Indonesian (`UsageCheck`, `CommandHelp`); swift-argument-parser's
    /// English never reaches the user.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let tree = try? CommandTree(of: PPIDCommand.self)
        if let tree {
            let help = CommandHelp(tree: tree, toolName: "ppid")
            switch UsageCheck(tree: tree, toolName: "ppid").check(arguments) {
            case .help(let path):
                Terminal.out(help.render(path))
                Foundation.exit(0)
            case .wrongUse(let message, let path):
                wrongUse(message, path: path, help: help)
            case .proceed:
                break
            }
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
            let code = exitCode(for: error)
            if code == .success {
                // --version, or a help request UsageCheck did not see.
                let text = fullMessage(for: error)
                Terminal.out(text.hasPrefix("ppid") ? text + "\n" : (tree.map { CommandHelp(tree: $0, toolName: "ppid").render([]) } ?? text))
                Foundation.exit(0)
            }
            let message = ParseFailure.message(for: error) ?? "perintah tidak dapat dibaca; periksa argumen dan pilihannya."
            if let tree { wrongUse(message, path: ParseFailure.path(of: error), help: CommandHelp(tree: tree, toolName: "ppid")) }
            Terminal.error("galat: \(message)")
            Foundation.exit(2)
        }
    }

    private static func wrongUse(_ message: String, path: [String], help: CommandHelp) -> Never {
        Terminal.error("galat: \(message)")
        Terminal.error("PENGGUNAAN: \(help.usage(path))")
        Terminal.error("Lihat '\((["ppid", "help"] + path).joined(separator: " "))' untuk bantuan.")
        Foundation.exit(2)
    }
}

/// What swift-argument-parser threw, read without its English text: our own validation
/// messages (already Indonesian) pass through, everything else gets an Indonesian sentence.
enum ParseFailure {
    /// The parser error's case name and payload, read by reflection (the types are internal).
    private static func parserError(of error: Error) -> (String, Any)? {
        guard let parserError = Mirror(reflecting: error).children.first(where: { $0.label == "parserError" })?.value else {
            return nil
        }
        guard let child = Mirror(reflecting: parserError).children.first, let label = child.label else {
            return (String(describing: parserError), ())
        }
        return (label, child.value)
    }

    /// `--port` from swift-argument-parser's `Name` (possibly inside an Optional).
    private static func optionName(_ value: Any) -> String? {
        var mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return nil }
            mirror = Mirror(reflecting: wrapped)
        }
        guard let child = mirror.children.first, let label = child.label else { return nil }
        let text = String(describing: child.value)
        return label == "short" ? "-\(text)" : label == "longWithSingleDash" ? "-\(text)" : "--\(text)"
    }

    static func path(of error: Error) -> [String] {
        guard let stack = Mirror(reflecting: error).children.first(where: { $0.label == "commandStack" })?.value
                as? [ParsableCommand.Type] else { return [] }
        return stack.dropFirst().map { $0.configuration.commandName ?? "" }
    }

    static func message(for error: Error) -> String? {
        if let validation = error as? ValidationError { return validation.message }
        guard let (label, payload) = parserError(of: error) else { return nil }
        switch label {
        case "userValidationError":
            if let inner = payload as? ValidationError { return inner.message }
            return String(describing: payload)
        case "unableToParseValue":
            let parts = Mirror(reflecting: payload).children.map(\.value)
            let value = parts.count > 2 ? parts[2] as? String : nil
            let name = parts.count > 1 ? optionName(parts[1]) : nil
            if let value, let name { return "nilai '\(value)' tidak dapat dibaca untuk '\(name)'; periksa nilainya." }
            if let value { return "nilai '\(value)' tidak dapat dibaca; periksa nilai pilihan dan argumen." }
            return "sebuah nilai tidak dapat dibaca; periksa nilai pilihan dan argumen."
        case "unknownOption", "invalidOption", "nonAlphanumericShortOption":
            return "ada pilihan yang tidak dikenal."
        case "missingValueForOption", "missingValueOrUnknownCompositeOption", "noValue":
            return "ada pilihan atau argumen wajib yang belum diberi nilai."
        case "unexpectedExtraValues", "unexpectedValueForOption":
            return "ada argumen yang tidak diharapkan."
        case "duplicateExclusiveValues":
            return "pilihan yang saling meniadakan diberikan bersamaan; pilih salah satu."
        case "missingSubcommand":
            return "perintah belum diberikan."
        default:
            return nil
        }
    }
}
