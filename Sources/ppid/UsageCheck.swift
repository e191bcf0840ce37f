import PPIDKit

/// Reads the command line against the declarations before swift-argument-parser does, so that
/// every wrong use is explained in Indonesian (exit 2) and help is ours.
struct UsageCheck {
    enum Outcome: Equatable {
        /// Print help for this command path (exit 0).
        case help([String])
        /// Wrong use: the message and the command path it concerns (exit 2).
        case wrongUse(String, [String])
        /// Nothing found; let swift-argument-parser parse.
        case proceed
    }

    let tree: CommandTree
    let toolName: String

    func check(_ arguments: [String]) -> Outcome {
        var path: [String] = []
        var node = tree.root
        var index = 0
        // The command path: leading words that name subcommands.
        while index < arguments.count, !node.visibleSubcommands.isEmpty {
            let word = arguments[index]
            if word.hasPrefix("-") { break }
            if word == "help" && path.isEmpty {
                let rest = Array(arguments[(index + 1)...].prefix { !$0.hasPrefix("-") })
                var target: [String] = []
                for name in rest {
                    guard tree.command(at: target + [name]) != nil else {
                        return .wrongUse(unknownCommand(name, under: target), target)
                    }
                    target.append(name)
                }
                return .help(target)
            }
            if let next = node.subcommand(word) {
                path.append(word)
                node = next
                index += 1
                continue
            }
            if node.ownArguments.contains(where: \.isPositional) { break }
            return .wrongUse(unknownCommand(word, under: path), path)
        }
        let rest = Array(arguments[index...])
        if rest.contains(where: { $0 == "-h" || $0 == "--help" }) { return .help(path) }
        if path.isEmpty && rest.contains("--version") { return .proceed }
        if rest.isEmpty && !node.visibleSubcommands.isEmpty && node.ownArguments.allSatisfy({ !$0.isRequired }) {
            return .help(path)
        }
        return checkArguments(rest, of: node, path: path)
    }

    private func unknownCommand(_ word: String, under path: [String]) -> String {
        let shown = (path + [word]).joined(separator: " ")
        var message = "perintah '\(shown)' tidak dikenal"
        if let suggestion = CommandAliases.suggestion(for: word, under: path, in: tree) {
            message += "; maksud Anda '\(suggestion)'?"
        } else {
            let names = tree.command(at: path)?.visibleSubcommands.map(\.commandName) ?? []
            message += ". Perintah yang ada: \(names.joined(separator: ", "))."
        }
        return message
    }

    private func checkArguments(_ arguments: [String], of command: CommandTree.Command, path: [String]) -> Outcome {
        let declared = command.ownArguments
        var byName: [String: CommandTree.Argument] = [:]
        for argument in declared where !argument.isPositional {
            for name in argument.spelledNames { byName[name] = argument }
        }
        let longNames = byName.keys.filter { $0.hasPrefix("--") }.sorted()
        var seen = Set<String>()
        var positionals: [String] = []
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if onlyPositionals || !word.hasPrefix("-") || word == "-" || Self.isNumber(word) {
                positionals.append(word)
                continue
            }
            if word == "--" { onlyPositionals = true; continue }
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0]
            guard let argument = byName[name] else {
                var message = "pilihan '\(name)' tidak dikenal untuk '\(([toolName] + path).joined(separator: " "))'"
                if let close = name.closest(in: longNames) { message += "; maksud Anda '\(close)'?" }
                else if !longNames.isEmpty { message += ". Pilihan yang ada: \(longNames.joined(separator: ", "))." }
                return .wrongUse(message, path)
            }
            seen.insert(argument.label)
            if argument.isFlag {
                if parts.count > 1 {
                    return .wrongUse("pilihan '\(name)' tidak menerima nilai; tulis '\(name)' saja.", path)
                }
                continue
            }
            let value: String
            if parts.count > 1 {
                value = parts[1]
            } else if index < arguments.count, !arguments[index].hasPrefix("-") || Self.isNumber(arguments[index]) {
                value = arguments[index]
                index += 1
            } else {
                return .wrongUse("pilihan '\(name)' memerlukan nilai, misalnya '\(name) <\(argument.valueName ?? "nilai")>'.", path)
            }
            if let allowed = argument.allValues, !allowed.isEmpty, !allowed.contains(value) {
                var message = "nilai '\(value)' tidak sah untuk '\(name)'; gunakan salah satu dari: \(allowed.joined(separator: ", "))."
                if let close = value.closest(in: allowed) { message += " Maksud Anda '\(close)'?" }
                return .wrongUse(message, path)
            }
        }
        let slots = declared.filter(\.isPositional)
        let repeating = slots.contains { $0.isRepeating == true }
        if !repeating, positionals.count > slots.count {
            let extra = positionals[slots.count]
            if slots.isEmpty, !command.visibleSubcommands.isEmpty {
                return .wrongUse(unknownCommand(extra, under: path), path)
            }
            return .wrongUse("argumen '\(extra)' tidak diharapkan oleh '\(([toolName] + path).joined(separator: " "))'.", path)
        }
        for (offset, slot) in slots.enumerated() where slot.isRequired && offset >= positionals.count {
            return .wrongUse("argumen \(slot.label) belum diberikan\(slot.abstract.map { " (\($0.trimmingSuffixPeriod))" } ?? "").", path)
        }
        for argument in declared where !argument.isPositional && argument.isRequired && !seen.contains(argument.label) {
            return .wrongUse("pilihan wajib '\(argument.label) <\(argument.valueName ?? "nilai")>' belum diberikan\(argument.abstract.map { " (\($0.trimmingSuffixPeriod))" } ?? "").", path)
        }
        return .proceed
    }

    static func isNumber(_ word: String) -> Bool {
        word.count > 1 && word.hasPrefix("-") && word.dropFirst().allSatisfy { $0.isNumber || $0 == "." }
    }
}

extension String {
    /// The text without a final full stop, for quoting inside a sentence.
    var trimmingSuffixPeriod: String { hasSuffix(".") ? String(dropLast()) : self }
}
