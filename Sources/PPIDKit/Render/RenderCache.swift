import Synchronization

/// Which inputs each page was rendered from, kept between builds of `ppid serve`: a page whose
/// inputs did not change is neither rendered nor written again.
///
/// Inputs are versioned per file group: the site-wide files (ppid.yml, halaman, every opd.yml,
/// complaints, templates, options) and each OPD's own lists (dip.yml, dik.yml, SOPs, documents).
/// A page's key combines the site version with the versions of the OPDs it shows.
public final class RenderCache: Sendable {
    /// Version fingerprints of one build's inputs.
    public struct Versions: Sendable {
        public var site: Int
        public var opds: [String: Int]

        public init(site: Int, opds: [String: Int]) {
            self.site = site
            self.opds = opds
        }

        /// Fingerprints of the loaded files, grouped as above; `extra` is mixed into the site version
        /// (options, the templates' state).
        public static func of(_ loaded: LoadedContent, extra: [String]) -> Versions {
            var site = Hasher()
            extra.forEach { site.combine($0) }
            site.combine(loaded.ppid?.source.text)
            loaded.pages.forEach { site.combine($0.source.text) }
            loaded.inventory.complaintTables.forEach { site.combine($0.text) }
            site.combine(loaded.complaintSummary?.source.text)
            site.combine(loaded.complaintColumns?.source.text)
            // The registers, narratives and calendars decide the report pages, the beranda and the
            // PPID Utama's DIP entries of the reports.
            let inventory = loaded.inventory
            (inventory.requestTables + inventory.objectionTables + inventory.serviceReports + inventory.calendars).forEach { site.combine($0.text) }
            site.combine(inventory.disputes?.text)
            site.combine(inventory.serviceColumns?.text)
            site.combine(loaded.inventory.documents.sorted())
            var opds: [String: Int] = [:]
            for opd in loaded.opds {
                site.combine(opd.slug)
                site.combine(opd.profile?.source.text)
                var own = Hasher()
                own.combine(opd.dip?.source.text)
                own.combine(opd.dik?.source.text)
                opd.sops.forEach { own.combine($0.source.text) }
                own.combine(opd.documents.sorted())
                opds[opd.slug] = own.finalize()
            }
            return Versions(site: site.finalize(), opds: opds)
        }
    }

    private struct Entry {
        var key: Int
        var file: String
    }

    private let entries = Mutex<[PageSpec: Entry]>([:])

    public init() {}

    /// The file a page was written to, when `key` equals the key it was rendered with.
    func unchangedFile(_ spec: PageSpec, key: Int) -> String? {
        entries.withLock { entries in
            guard let entry = entries[spec], entry.key == key else { return nil }
            return entry.file
        }
    }

    func store(_ spec: PageSpec, key: Int, file: String) {
        entries.withLock { $0[spec] = Entry(key: key, file: file) }
    }

    /// The key of a page: the site version and the versions of the OPDs whose data it shows.
    static func key(_ spec: PageSpec, versions: Versions, model: ContentModel) -> Int {
        var hasher = Hasher()
        hasher.combine(spec)
        hasher.combine(versions.site)
        if spec.combineOwnEntry(in: model, into: &hasher) { return hasher.finalize() }
        if let slugs = spec.shownOPDs(in: model) {
            for slug in slugs { hasher.combine(versions.opds[slug]) }
        } else {
            for slug in versions.opds.keys.sorted() { hasher.combine(versions.opds[slug]) }
        }
        return hasher.finalize()
    }
}

extension PageSpec {
    /// For the page of one DIP item, DIK item or SOP, which shows only that entry besides the
    /// site-wide parts: feeds the entry's content into `hasher` and returns true. Editing one
    /// item then re-renders its own page, not those of every item of its OPD.
    func combineOwnEntry(in model: ContentModel, into hasher: inout Hasher) -> Bool {
        switch self {
        case .information(let o, let i):
            // An opened exemption's DIP entry also shows its DIK item: the OPD's version decides.
            guard let item = model.opds[safe: o]?.informasi[safe: i], item.dariDIK == nil else { return false }
            item.fields.combineContent(into: &hasher)
        case .exemption(let o, let i):
            // An opened item's page links to its DIP entry: the OPD's version decides.
            guard let item = model.opds[safe: o]?.exemptions[safe: i], item.dibuka == nil else { return false }
            item.fields.combineContent(into: &hasher)
        case .sop(let o, let s):
            guard let sop = model.opds[safe: o]?.sops[safe: s] else { return false }
            sop.fields.combineContent(into: &hasher)
            hasher.combine(sop.name)
            hasher.combine(sop.body)
        default:
            return false
        }
        return true
    }

    /// The OPDs whose own lists this page shows, or nil when it may show any of them.
    func shownOPDs(in model: ContentModel) -> [String]? {
        switch self {
        case .serviceReports, .serviceReport:
            // Registers, narratives and OPD names (opd.yml) are all in the site version.
            return []
        case .opd(let index, _), .information(let index, _), .exemption(let index, _), .sop(let index, _):
            return model.opds.indices.contains(index) ? [model.opds[index].slug] : nil
        case .dipList(let category, let page):
            let all = category.map { model.informationByCategory[$0] ?? [] } ?? model.allInformation
            let start = (page - 1) * SitePlan.rowsPerPage
            let rows = all.dropFirst(start).prefix(SitePlan.rowsPerPage)
            // Its rows (which items, in which places), their OPDs' versions and the page count decide it.
            return Array(Set(rows.map(\.opdSlug))).sorted() + rows.map { "#\($0.opdSlug)/\($0.id)" } + ["#\(all.count)"]
        default:
            return nil
        }
    }
}
