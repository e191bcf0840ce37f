/// PPID306: every file that holds drafts (`draf: true`), once, with how many it holds, anchored at
/// its first `draf` key. Drafts are listed here and nowhere else: the other rules do not see them.
public struct DraftListing: Sendable {
    public struct FileDrafts: Sendable {
        public var anchor: SourceLocation
        public var count: Int
    }

    public private(set) var files: [FileDrafts] = []

    public var isEmpty: Bool { files.isEmpty }

    public static func scan(_ loaded: LoadedContent) -> DraftListing {
        var listing = DraftListing()
        if let root = loaded.ppid?.root {
            listing.add([root["ppid_utama"]?["sk"]])
        }
        for page in loaded.pages { listing.add([page.frontMatter]) }
        for opd in loaded.opds {
            if let root = opd.profile?.root { listing.add([root["ppid_pelaksana"]?["sk"]]) }
            if let root = opd.dip?.root { listing.add([root["penetapan"]] + (root["informasi"]?.items ?? [])) }
            if let root = opd.dik?.root { listing.add([root["penetapan"]] + (root["dikecualikan"]?.items ?? [])) }
            for sop in opd.sops { listing.add([sop.frontMatter]) }
        }
        return listing
    }

    /// Counts the drafts among the mappings of one file.
    private mutating func add(_ mappings: [YAMLNode?]) {
        let keys = mappings.compactMap { $0?.draftKey }
        guard let first = keys.min() else { return }
        files.append(FileDrafts(anchor: first, count: keys.count))
    }

    public func report(into diagnostics: inout DiagnosticBag) {
        for file in files {
            let what = file.count == 1 ? "1 draf" : "\(file.count) draf"
            diagnostics.add(.ppid306, at: file.anchor,
                "Berkas ini memuat \(what) (draf: true): diperiksa, tetapi belum diterbitkan dan tidak dihitung. Lengkapi isinya, lalu hapus baris \"draf: true\" agar terbit.")
        }
    }

    /// The findings of the rules once over the model without drafts (`published`) and once over the
    /// model with them (`withDrafts`): all of the first, and of the second what only drafts caused —
    /// their own errors, and duplicate ids (PPID006), which count drafts too. A clash between a DIP
    /// and a DIK title (PPID206) never involves a draft.
    public static func merge(published: [Diagnostic], withDrafts: [Diagnostic]) -> [Diagnostic] {
        let seen = Set(published)
        return published.filter { $0.rule != .ppid006 }
            + withDrafts.filter { $0.rule == .ppid006 || ($0.rule != .ppid206 && !seen.contains($0)) }
    }
}
