import PPIDKit

/// Words people type for a command that has another name here (ONBOARDING.md: init, baru,
/// mulai → new situs; bangun → build; periksa → check). Data only: a target whose first word
/// is not a command of this build is not suggested.
enum CommandAliases {
    static let table: [String: [String]] = [
        "init": ["new", "situs"], "baru": ["new", "situs"], "mulai": ["new", "situs"], "buat": ["new", "situs"],
        "create": ["new", "situs"], "situs": ["new", "situs"],
        "bangun": ["build"], "terbitkan": ["build"], "publish": ["build"], "generate": ["build"],
        "periksa": ["check"], "cek": ["check"], "validasi": ["check"], "validate": ["check"], "lint": ["check"],
        "layani": ["serve"], "server": ["serve"], "jalankan": ["serve"], "pratinjau": ["serve"], "preview": ["serve"],
        "skema": ["schema"],
        "import": ["impor"], "impor-dip": ["impor", "dip"],
        "theme": ["tema"], "bantuan": ["help"], "versi": ["--version"],
        "opd": ["new", "opd"],
    ]

    /// The command to suggest for an unknown word typed after `parent` (a path of names).
    static func suggestion(for word: String, under parent: [String], in tree: CommandTree) -> String? {
        let lower = word.lowercased()
        if parent.isEmpty, let target = table[lower], let first = target.first,
           first.hasPrefix("-") || first == "help" || tree.root.subcommand(first) != nil {
            return target.joined(separator: " ")
        }
        guard let node = tree.command(at: parent) else { return nil }
        let names = node.visibleSubcommands.map(\.commandName)
        if let close = word.closest(in: names) { return (parent + [close]).joined(separator: " ") }
        // A nested command typed without its parent: `ppid opd` → `new opd`.
        if parent.isEmpty, let path = tree.allPaths.first(where: { $0.count > 1 && $0.last == lower }) {
            return path.joined(separator: " ")
        }
        return nil
    }
}
