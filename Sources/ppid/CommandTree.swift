import ArgumentParser
import Foundation

/// The commands, arguments and options of the command line as swift-argument-parser declares
/// them (its dump-help JSON, decoded here), so that help and usage errors are written in
/// Indonesian from the declarations: a subcommand added anywhere appears without further work.
struct CommandTree: Decodable {
    struct Name: Decodable, Hashable {
        var kind: String
        var name: String

        /// `--content`, `-h`.
        var spelled: String { kind == "short" ? "-\(name)" : kind == "longWithSingleDash" ? "-\(name)" : "--\(name)" }
    }

    struct Argument: Decodable {
        var kind: String
        var shouldDisplay: Bool?
        var isOptional: Bool?
        var isRepeating: Bool?
        var names: [Name]?
        var preferredName: Name?
        var valueName: String?
        var defaultValue: String?
        var allValues: [String]?
        var abstract: String?

        var isPositional: Bool { kind == "positional" }
        var isFlag: Bool { kind == "flag" }
        var takesValue: Bool { kind == "option" }
        var isRequired: Bool { isOptional != true && defaultValue == nil && !isFlag && isRepeating != true }
        var spelledNames: [String] { (names ?? []).map(\.spelled) }
        /// The name a message uses: `--nama`, or `<slug>` for a positional argument.
        var label: String {
            if isPositional { return "<\(valueName ?? "nilai")>" }
            return (preferredName ?? names?.first).map(\.spelled) ?? "<\(valueName ?? "nilai")>"
        }
        /// Whether this is swift-argument-parser's own `--help` or `--version`.
        var isBuiltIn: Bool { (names ?? []).contains { ["help", "version", "h"].contains($0.name) } }
    }

    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var subcommands: [Command]?
        var arguments: [Argument]?

        var visibleSubcommands: [Command] {
            (subcommands ?? []).filter { $0.commandName != "help" && $0.shouldDisplay != false }
        }
        var ownArguments: [Argument] { (arguments ?? []).filter { !$0.isBuiltIn } }

        func subcommand(_ name: String) -> Command? { visibleSubcommands.first { $0.commandName == name } }
    }

    private struct Document: Decodable { var command: Command }

    var root: Command

    /// The tree of a command type (normally `PPIDCommand`).
    init(of type: any ParsableCommand.Type) throws {
        root = try JSONDecoder().decode(Document.self, from: Data(type._dumpHelp().utf8)).command
    }

    /// The command at a path of names (`["new", "opd"]`), or nil.
    func command(at path: [String]) -> Command? {
        var node = root
        for name in path {
            guard let next = node.subcommand(name) else { return nil }
            node = next
        }
        return node
    }

    /// Every command path below the root, parents first: `build`, `new`, `new opd`, …
    var allPaths: [[String]] {
        var paths: [[String]] = []
        func walk(_ command: Command, _ prefix: [String]) {
            for sub in command.visibleSubcommands {
                paths.append(prefix + [sub.commandName])
                walk(sub, prefix + [sub.commandName])
            }
        }
        walk(root, [])
        return paths
    }
}
