/// PPID306: every file that holds drafts (`draf: true`), once, with how many it holds, anchored at
/// its first `draf` key. Drafts are listed here and nowhere else: the other rules do not see them.
public struct DraftListing: Sendable {
    public struct FileDrafts: Sendable {
        public var anchor: SourceLocation
        public var count: Int
    }

    public private(set) var files: [FileDrafts] = []
    /// The OPDs with a draft in one of their files.
    public private(set) var opds: Set<String> = []

    public var isEmpty: Bool { files.isEmpty }

    public static func scan(_ loaded: LoadedContent) -> DraftListing {
        var listing = DraftListing()
        if let root = loaded.ppid?.root {
            listing.add([root["ppid_utama"]?["sk"]])
        }
        for page in loaded.pages { listing.add([page.frontMatter]) }
        for report in loaded.serviceReports { listing.add([report.frontMatter]) }
        for opd in loaded.opds {
            var found = false
            if let root = opd.profile?.root { found = listing.add([root["ppid_pelaksana"]?["sk"]]) || found }
            if let root = opd.dip?.root { found = listing.add([root["penetapan"]] + (root["informasi"]?.items ?? [])) || found }
            if let root = opd.dik?.root { found = listing.add([root["penetapan"]] + (root["dikecualikan"]?.items ?? [])) || found }
            for sop in opd.sops { found = listing.add([sop.frontMatter]) || found }
            if found { listing.opds.insert(opd.slug) }
        }
        return listing
    }

    /// Counts the drafts among the mappings of one file; whether it has any.
    @discardableResult
    private mutating func add(_ mappings: [YAMLNode?]) -> Bool {
        let keys = mappings.compactMap { $0?.draftKey }
        guard let first = keys.min() else { return false }
        files.append(FileDrafts(anchor: first, count: keys.count))
        return true
    }

    /// What the rules judge a second time, drafts included: `ppid.yml`, the free pages, the OPDs that
    /// hold drafts and the PPID Utama's OPD (which `ppid.yml` refers to). Any other OPD would only
    /// repeat its findings.
    public func scope(of loaded: LoadedContent) -> LoadedContent {
        let utama = loaded.ppid?.root?["ppid_utama"]?["opd"]?.text
        var scope = loaded
        scope.opds = loaded.opds.filter { opds.contains($0.slug) || $0.slug == utama }
        return scope
    }

    public func report(into diagnostics: inout DiagnosticBag) {
        for file in files {
            let what = file.count == 1 ? "1 draf" : "\(file.count) draf"
            diagnostics.add(.ppid306, at: file.anchor,
                "Berkas ini memuat \(what) (draf: true): diperiksa, tetapi belum diterbitkan dan tidak dihitung. Lengkapi isinya, lalu hapus baris \"draf: true\" agar terbit.")
        }
    }

    /// The findings of the rules once over the model without drafts (`published`) and once over the
    /// drafts' `scope` with them (`withDrafts`): all of the first, and of the second what only drafts
    /// caused — their own errors, and duplicate ids (PPID006, within one list of one OPD), which count
    /// drafts too. A clash between a DIP and a DIK title (PPID206) never involves a draft.
    public func merge(published: [Diagnostic], withDrafts: [Diagnostic], in loaded: LoadedContent) -> [Diagnostic] {
        let redone = Set(loaded.opds.filter { opds.contains($0.slug) }
            .flatMap { [$0.dip?.source.displayPath, $0.dik?.source.displayPath].compactMap { $0 } })
        let seen = Set(published)
        return published.filter { $0.rule != .ppid006 || !redone.contains($0.location.file) }
            + withDrafts.filter { $0.rule == .ppid006 ? redone.contains($0.location.file) : ($0.rule != .ppid206 && !seen.contains($0)) }
    }

    /// The model `ppid serve` previews: `published` with the drafts of `withDrafts` (built from `scope`).
    public static func preview(_ published: ContentModel, withDrafts: ContentModel) -> ContentModel {
        var model = published
        model.badanPublik = withDrafts.badanPublik
        model.pages = withDrafts.pages
        model.opds = published.opds.map { withDrafts.opd($0.slug) ?? $0 }
        return model.markingDrafts()
    }
}
