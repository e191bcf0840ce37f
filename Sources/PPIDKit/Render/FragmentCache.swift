import Foundation
import Synchronization

/// Pieces of the data files (open-data records, search-index entries), one per kind and OPD,
/// kept between builds: an OPD whose files did not change is not serialised again.
///
/// `ppid serve` keeps the texts in memory. `ppid build` keeps only where each piece lies in the
/// files of the site it wrote (file, byte offset, length and a `StableHasher` digest, in a file
/// beside the page keys): the next build into that site reads an unchanged piece back from the
/// site in place (whose files the build stamp vouches for) and checks its digest, so nothing but
/// that small index is stored twice.
public final class FragmentCache: Sendable {
    struct Place: Sendable, Equatable {
        var file: String
        var offset: Int
        var length: Int
        var digest: Int
    }

    private struct Entry {
        var key: Int
        var text: String?
        var place: Place?
        /// Placed by this build (only those are saved: an OPD that is gone leaves no entry).
        var placedNow = false
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let reused = Atomic<Int>(0)
    /// The site in place whose files the places point into; nil in `ppid serve`.
    private let site: String?

    /// For `ppid serve`: texts in memory.
    public init() {
        site = nil
    }

    /// For `ppid build` into `site` with nothing to reuse: records where each piece lands.
    public convenience init(site: String) {
        self.init(site: site, entries: [:])
    }

    private init(site: String, entries: [String: Entry]) {
        self.site = site
        self.entries.withLock { $0 = entries }
    }

    func text(_ name: String, key: Int, make: () -> String) -> String {
        let kept = entries.withLock { $0[name] }
        if let kept, kept.key == key {
            if let text = kept.text { return text }
            if let place = kept.place, let text = read(place) {
                reused.add(1, ordering: .relaxed)
                return text
            }
        }
        let text = make()
        // In memory only for `ppid serve`: a build keeps where the text lands, not the text.
        entries.withLock { $0[name] = Entry(key: key, text: site == nil ? text : nil, place: nil) }
        return text
    }

    /// How many pieces were read back from the site in place instead of made.
    public var reusedPieces: Int { reused.load(ordering: .relaxed) }

    /// The piece `name` (made with `key`) was written at `offset` (UTF-8 bytes) of the site file `file`.
    func placed(_ name: String, key: Int, text: String, in file: String, at offset: Int) {
        guard site != nil else { return }
        var digest = StableHasher()
        digest.combine(text)
        let place = Place(file: file, offset: offset, length: text.utf8.count, digest: digest.finalize())
        entries.withLock { $0[name] = Entry(key: key, text: nil, place: place, placedNow: true) }
    }

    /// The piece at `place` in the site in place, when its bytes are still the ones written.
    private func read(_ place: Place) -> String? {
        guard let site, place.offset >= 0, place.length >= 0,
              let handle = FileHandle(forReadingAtPath: site + "/" + place.file) else { return nil }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: UInt64(place.offset))) != nil,
              let data = try? handle.read(upToCount: place.length), data.count == place.length else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var digest = StableHasher()
        digest.combine(text)
        return digest.finalize() == place.digest ? text : nil
    }

    /// The first line of the file: the format and the program that wrote it.
    private static var fileHeader: String { "ppid-kunci-data 1 \(ProgramVersion.line)" }

    /// Writes the places (`SidecarFile`): one line per piece, `name<TAB>key<TAB>file<TAB>offset<TAB>length<TAB>digest`.
    public func save(to url: URL) {
        var text = Self.fileHeader + "\n"
        entries.withLock { entries in
            for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
                guard entry.placedNow, let place = entry.place,
                      !(name + place.file).contains(where: { $0 == "\t" || $0 == "\n" }) else { continue }
                text += "\(name)\t\(entry.key)\t\(place.file)\t\(place.offset)\t\(place.length)\t\(place.digest)\n"
            }
        }
        SidecarFile.write(Array(text.utf8), to: url)
    }

    /// The places a `save(to:)` wrote, to be read from the site at `site`; nil when the file is
    /// missing, unreadable, or was written by another version of the program.
    public static func load(from url: URL, site: String) -> FragmentCache? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first.map(String.init) == fileHeader else { return nil }
        var entries: [String: Entry] = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 6, let key = Int(fields[1]), let offset = Int(fields[3]), let length = Int(fields[4]),
                  let digest = Int(fields[5]) else { return nil }
            entries[String(fields[0])] = Entry(key: key, text: nil,
                                               place: Place(file: String(fields[2]), offset: offset, length: length, digest: digest))
        }
        return FragmentCache(site: site, entries: entries)
    }
}

/// Where the data files get the text of one OPD's records: made afresh without a cache, reused
/// from a `FragmentCache` when neither the site-wide files nor that OPD's changed.
public struct DataFragments: Sendable {
    let cache: FragmentCache?
    let versions: RenderCache.Versions?

    public static let fresh = DataFragments(cache: nil, versions: nil)

    public init(cache: FragmentCache?, versions: RenderCache.Versions?) {
        self.cache = cache
        self.versions = versions
    }

    private func key(opd slug: String) -> Int? {
        guard let versions, let own = versions.opds[slug] else { return nil }
        var hasher = StableHasher()
        hasher.combine(versions.site)
        hasher.combine(own)
        return hasher.finalize()
    }

    /// The text `make` produces for `kind` of OPD `slug`.
    func text(_ kind: String, opd slug: String, make: () -> String) -> String {
        guard let cache, let key = key(opd: slug) else { return make() }
        return cache.text("\(kind)\u{0}\(slug)", key: key, make: make)
    }

    /// The text of `kind` of OPD `slug` was written at `offset` (UTF-8 bytes) of the site file `file`.
    func placed(_ kind: String, opd slug: String, text: String, in file: String, at offset: Int) {
        guard let cache, let key = key(opd: slug) else { return }
        cache.placed("\(kind)\u{0}\(slug)", key: key, text: text, in: file, at: offset)
    }
}
