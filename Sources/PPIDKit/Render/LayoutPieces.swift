import Synchronization

/// The parts of the layout that are the same on many pages, rendered once per build instead of
/// once per page: the theme's `bersama/kepala` and `bersama/kaki` (site header and footer; they
/// see only `situs`) once, `bersama/menu` (sees only `menu`) once per combination of active menu
/// entries. A page gets them as `bersama.kepala`, `bersama.kaki` and `bersama.menu`, for the
/// layout to place with `{{{…}}}`. Like a `{{> partial}}` on a line of its own, a piece drops
/// its last line break. A theme without these templates gets empty pieces (its layout renders
/// `situs` and `menu` itself, which every page context still has).
final class LayoutPieces: Sendable {
    static let names = (header: "bersama/kepala", footer: "bersama/kaki", menu: "bersama/menu")

    private let templates: TemplateSet
    private let header: String
    private let footer: String
    private let hasMenu: Bool
    private let menus = Mutex<[[Bool]: String]>([:])

    init(site: SiteContext, templates: TemplateSet) {
        self.templates = templates
        let chrome = site.chrome(title: "", description: "", path: "", breadcrumbs: [])
        header = Self.piece(templates, Self.names.header, Self.siteContext(of: chrome))
        footer = Self.piece(templates, Self.names.footer, Self.siteContext(of: chrome))
        hasMenu = templates.library.getTemplate(named: Self.names.menu) != nil
    }

    /// What the header and the footer see: the `situs` of a page context (the same on every page).
    static func siteContext(of page: [String: Any]) -> [String: Any] {
        ["situs": page["situs"] ?? false]
    }

    /// What the menu sees.
    static func menuContext(_ entries: [[String: Any]]) -> [String: Any] {
        ["menu": entries]
    }

    /// Each piece's template and the context it is rendered with for a page with `context`.
    static func pieceContexts(of context: [String: Any]) -> [(template: String, context: [String: Any])] {
        [(names.header, siteContext(of: context)), (names.footer, siteContext(of: context)),
         (names.menu, menuContext(context["menu"] as? [[String: Any]] ?? []))]
    }

    /// The pieces for a page whose context is `context` (its `menu` says which entries are active).
    func context(for context: [String: Any]) -> [String: Any] {
        var menu = ""
        if hasMenu, let entries = context["menu"] as? [[String: Any]] {
            let active = entries.map { $0["aktif"] as? Bool ?? false }
            if let kept = menus.withLock({ $0[active] }) {
                menu = kept
            } else {
                menu = Self.piece(templates, Self.names.menu, Self.menuContext(entries))
                menus.withLock { $0[active] = menu }
            }
        }
        return ["kepala": header, "kaki": footer, "menu": menu]
    }

    private static func piece(_ templates: TemplateSet, _ name: String, _ context: [String: Any]) -> String {
        guard templates.library.getTemplate(named: name) != nil else { return "" }
        var text = templates.render(context, template: name)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
