/// Help text in Indonesian, rendered from the declarations (`CommandTree`), in the layout of
/// swift-argument-parser's own help: abstract, PENGGUNAAN, ARGUMEN, PILIHAN, PERINTAH.
struct CommandHelp {
    let tree: CommandTree
    let toolName: String

    static let width = 28

    /// `ppid new opd <slug> --nama <nama> [--jenis <jenis>] …`
    func usage(_ path: [String]) -> String {
        guard let command = tree.command(at: path) else { return toolName }
        var parts = [toolName] + path
        if !command.visibleSubcommands.isEmpty && command.ownArguments.isEmpty { return (parts + ["<perintah>"]).joined(separator: " ") }
        for argument in command.ownArguments where argument.shouldDisplay != false {
            var text = argument.label
            if argument.takesValue { text += " <\(argument.valueName ?? "nilai")>" }
            if argument.isRepeating == true { text += " …" }
            parts.append(argument.isRequired ? text : "[\(text)]")
        }
        if !command.visibleSubcommands.isEmpty { parts.append("<perintah>") }
        return parts.joined(separator: " ")
    }

    func render(_ path: [String]) -> String {
        guard let command = tree.command(at: path) else { return render([]) }
        var out = ""
        if let abstract = command.abstract, !abstract.isEmpty { out += "\(abstract)\n\n" }
        if let discussion = command.discussion, !discussion.isEmpty { out += "\(discussion)\n\n" }
        out += "PENGGUNAAN: \(usage(path))\n"

        let visible = command.ownArguments.filter { $0.shouldDisplay != false }
        let positionals = visible.filter(\.isPositional)
        if !positionals.isEmpty {
            out += "\nARGUMEN:\n"
            for argument in positionals { out += row(argument.label, describe(argument)) }
        }
        out += "\nPILIHAN:\n"
        for argument in visible where !argument.isPositional {
            var left = argument.spelledNames.joined(separator: ", ")
            if argument.takesValue { left += " <\(argument.valueName ?? "nilai")>" }
            out += row(left, describe(argument))
        }
        if path.isEmpty { out += row("--version", "Menampilkan versi.") }
        out += row("-h, --help", "Menampilkan bantuan ini.")

        let subcommands = command.visibleSubcommands
        if !subcommands.isEmpty {
            out += "\nPERINTAH:\n"
            for sub in subcommands { out += row(sub.commandName, sub.abstract ?? "") }
            if path.isEmpty { out += row("help", "Menampilkan bantuan sebuah perintah.") }
            out += "\n  Lihat '\(([toolName, "help"] + path).joined(separator: " ")) <perintah>' untuk bantuan tiap perintah.\n"
        }
        return out
    }

    private func describe(_ argument: CommandTree.Argument) -> String {
        var text = argument.abstract ?? ""
        if let values = argument.allValues, !values.isEmpty, !argument.isFlag {
            text += (text.isEmpty ? "" : " ") + "(pilihan: \(values.joined(separator: ", ")))"
        }
        if let value = argument.defaultValue, !argument.isFlag, !(argument.abstract ?? "").contains("bawaan") {
            text += (text.isEmpty ? "" : " ") + "(bawaan: \(value))"
        }
        return text
    }

    private func row(_ left: String, _ right: String) -> String {
        let lead = "  \(left)"
        if right.isEmpty { return lead + "\n" }
        if lead.count + 2 > Self.width { return lead + "\n" + String(repeating: " ", count: Self.width) + right + "\n" }
        return lead + String(repeating: " ", count: Self.width - lead.count) + right + "\n"
    }
}
