import Foundation
import Synchronization

/// Which inputs each page was rendered from, kept between builds of `ppid serve` (in memory) and
/// of `ppid build` (in a file beside the build stamp): a page whose inputs did not change is
/// neither rendered nor written again. Keys are `StableHasher` values, the same in every run.
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
            var site = StableHasher()
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
                var own = StableHasher()
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
        /// The file as the build that saved the keys left it (`ppid build`; nil in `ppid serve`).
        var stamp: FileStamp?
    }

    /// By `PageSpec.storageName`.
    private let entries: Mutex<[String: Entry]>

    public init() {
        entries = Mutex([:])
    }

    private init(entries: [String: Entry]) {
        self.entries = Mutex(entries)
    }

    /// The file a page (by `PageSpec.storageName`) was written to, and its stamp then, when `key`
    /// equals the key it was rendered with.
    func unchangedFile(_ name: String, key: Int) -> (file: String, stamp: FileStamp?)? {
        entries.withLock { entries in
            guard let entry = entries[name], entry.key == key else { return nil }
            return (entry.file, entry.stamp)
        }
    }

    func store(_ name: String, key: Int, file: String) {
        entries.withLock { $0[name] = Entry(key: key, file: file) }
    }

    /// Forgets the pages whose names are not in `names` (the plan of the build just made).
    func keepOnly(_ names: Set<String>) {
        entries.withLock { entries in entries = entries.filter { names.contains($0.key) } }
    }

    /// The first line of the file: the format and the program that wrote it.
    private static var fileHeader: String { "ppid-kunci-halaman 2 \(ProgramVersion.line)" }

    /// Writes the keys to `url` (`SidecarFile`): one line per page whose file is in `files` (the
    /// stamps of the files the build left), `name key size seconds nanoseconds inode file`
    /// separated by tabs.
    public func save(to url: URL, files: [String: FileStamp]) {
        var text = Self.fileHeader + "\n"
        entries.withLock { entries in
            text.reserveCapacity(entries.count * 120)
            // In no particular order: the next build reads the lines into a dictionary.
            for (name, entry) in entries where !entry.file.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A }) {
                guard let stamp = files[entry.file] else { continue }
                text += name
                text += "\t"
                text += String(entry.key)
                text += "\t"
                text += "\(stamp.size)\t\(stamp.seconds)\t\(stamp.nanoseconds)\t\(Int64(bitPattern: stamp.inode))\t"
                text += entry.file
                text += "\n"
            }
        }
        SidecarFile.write(Array(text.utf8), to: url)
    }

    /// The keys a `save(to:)` wrote, or nil when the file is missing, unreadable, or was written by
    /// another version of the program (whose pages may differ).
    public static func load(from url: URL) -> RenderCache? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let header = Array((fileHeader + "\n").utf8)
        guard data.starts(with: header) else { return nil }
        return data.withUnsafeBytes { raw -> RenderCache? in
            let lines = SavedLines(bytes: UnsafeRawBufferPointer(rebasing: raw[header.count...]))
            var entries: [String: Entry] = [:]
            entries.reserveCapacity(raw.count / 100)
            let whole = lines.forEach(limit: 7) { fields in
                guard fields.count == 7, let key = lines.int(fields[1]), let size = lines.int(fields[2]),
                      let seconds = lines.int(fields[3]), let nanoseconds = lines.int(fields[4]), let inode = lines.int(fields[5])
                else { return false }
                let stamp = FileStamp(size: Int64(size), seconds: seconds, nanoseconds: nanoseconds, inode: UInt64(bitPattern: Int64(inode)))
                entries[lines.string(fields[0])] = Entry(key: key, file: lines.string(fields[6]), stamp: stamp)
                return true
            }
            return whole ? RenderCache(entries: entries) : nil
        }
    }

    /// The key of a page: the site version and the versions of the OPDs whose data it shows.
    static func key(_ spec: PageSpec, name: String, versions: Versions, model: ContentModel) -> Int {
        var hasher = StableHasher()
        hasher.combine(name)
        hasher.combine(versions.site)
        if spec.combineOwnEntry(in: model, into: &hasher) { return hasher.finalize() }
        if let slugs = spec.shownOPDs(in: model) {
            // The names themselves too: a list page's rows and count ("#…") have no version of their
            // own, and without them a list whose rows moved (an item of another OPD deleted) kept
            // its old key.
            for slug in slugs {
                hasher.combine(slug)
                hasher.combine(versions.opds[slug])
            }
        } else {
            for slug in versions.opds.keys.sorted() { hasher.combine(versions.opds[slug]) }
        }
        return hasher.finalize()
    }
}

extension PageSpec {
    /// A name for the page that is the same in every run and follows its entry rather than its
    /// place (`information/dinkes/lk-2025`, `opd/dinkes/2`), for stored keys: deleting one item
    /// does not make the pages of the items after it look changed.
    func storageName(in model: ContentModel) -> String {
        switch self {
        case .home: return "home"
        case .freePage(let index): return "freePage/\(model.pages[safe: index]?.slug ?? String(index))"
        case .opdIndex: return "opdIndex"
        case .opd(let index, let page): return "opd/\(model.opds[safe: index]?.slug ?? String(index))/\(page)"
        case .information(let o, let i):
            guard let opd = model.opds[safe: o], let item = opd.informasi[safe: i] else { return "information/\(o)/\(i)" }
            return "information/\(opd.slug)/\(item.id)"
        case .exemption(let o, let i):
            guard let opd = model.opds[safe: o], let item = opd.exemptions[safe: i] else { return "exemption/\(o)/\(i)" }
            return "exemption/\(opd.slug)/\(item.id)"
        case .sop(let o, let s):
            guard let opd = model.opds[safe: o], let sop = opd.sops[safe: s] else { return "sop/\(o)/\(s)" }
            return "sop/\(opd.slug)/\(sop.name)"
        case .dipList(let category, let page): return "dipList/\(category?.rawValue ?? "-")/\(page)"
        case .dikList(let page): return "dikList/\(page)"
        case .complaintPeriod(let index): return "complaintPeriod/\(index)"
        case .serviceReport(let index): return "serviceReport/\(model.serviceStatistics.periods[safe: index]?.period.label ?? String(index))"
        default:
            // The pages that exist once (and pages added later): their case name.
            return String(describing: self)
        }
    }

    /// For the page of one DIP item, DIK item or SOP, which shows only that entry besides the
    /// site-wide parts: feeds the entry's content into `hasher` and returns true. Editing one
    /// item then re-renders its own page, not those of every item of its OPD.
    func combineOwnEntry(in model: ContentModel, into hasher: inout StableHasher) -> Bool {
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
