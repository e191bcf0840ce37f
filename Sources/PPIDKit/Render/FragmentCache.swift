import Synchronization

/// Pieces of the data files (open-data records, search-index entries) kept between builds of
/// `ppid serve`, one per kind and OPD: an OPD whose files did not change is not serialised again.
public final class FragmentCache: Sendable {
    private struct Entry {
        var key: Int
        var text: String
    }

    private let entries = Mutex<[String: Entry]>([:])

    public init() {}

    func text(_ name: String, key: Int, make: () -> String) -> String {
        if let kept = entries.withLock({ $0[name] }), kept.key == key { return kept.text }
        let text = make()
        entries.withLock { $0[name] = Entry(key: key, text: text) }
        return text
    }
}

/// Where the data files get the text of one OPD's records: made afresh in a build, reused from a
/// `FragmentCache` in `ppid serve` when neither the site-wide files nor that OPD's changed.
public struct DataFragments: Sendable {
    let cache: FragmentCache?
    let versions: RenderCache.Versions?

    public static let fresh = DataFragments(cache: nil, versions: nil)

    public init(cache: FragmentCache?, versions: RenderCache.Versions?) {
        self.cache = cache
        self.versions = versions
    }

    /// The text `make` produces for `kind` of OPD `slug`.
    func text(_ kind: String, opd slug: String, make: () -> String) -> String {
        guard let cache, let versions, let own = versions.opds[slug] else { return make() }
        var hasher = Hasher()
        hasher.combine(versions.site)
        hasher.combine(own)
        return cache.text("\(kind)\u{0}\(slug)", key: hasher.finalize(), make: make)
    }
}
