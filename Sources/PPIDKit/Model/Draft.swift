/// Drafts (ONBOARDING.md): a DIP or DIK item, a Markdown front matter, or one of the mappings
/// `ppid_utama.sk`, `ppid_pelaksana.sk` and a list's `penetapan` that says `draf: true`. A draft is
/// validated on its own but invisible to every other rule, figure and link, and never published;
/// `ppid serve` previews it, marked "DRAF".
public enum DraftPolicy: Sendable {
    /// Drafts are left out of the model: what `check` judges and `build` publishes.
    case hidden
    /// Drafts are in the model, flagged `isDraft`: their own findings, and the preview of `serve`.
    case shown
}

extension YAMLNode {
    /// Whether this mapping says `draf: true`.
    public var isDraft: Bool { self["draf"]?.text?.lowercased() == "true" }

    /// Where `draf: true` stands in this mapping, when it does.
    var draftKey: SourceLocation? { isDraft ? entry("draf")?.keyLocation : nil }
}

extension ContentModel {
    /// The word that marks a draft's title in the preview of `ppid serve`.
    public static let draftMark = "DRAF"

    /// This model with every draft's title marked "DRAF: …", for the preview of `ppid serve`.
    public func markingDrafts() -> ContentModel {
        var marked = self
        func mark(_ title: String) -> String { "\(Self.draftMark): \(title)" }
        marked.opds = opds.map { opd in
            var opd = opd
            opd.informasi = opd.informasi.map { item in
                var item = item
                if item.isDraft { item.judul = mark(item.judul) }
                return item
            }
            opd.exemptions = opd.exemptions.map { claim in
                var claim = claim
                if claim.isDraft { claim.judul = mark(claim.judul) }
                return claim
            }
            opd.sops = opd.sops.map { sop in
                var sop = sop
                if sop.isDraft { sop.judul = mark(sop.judul) }
                return sop
            }
            return opd
        }
        marked.pages = pages.map { page in
            var page = page
            if page.isDraft { page.judul = mark(page.judul) }
            return page
        }
        return marked
    }
}
