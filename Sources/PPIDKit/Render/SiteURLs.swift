/// Builds every internal URL of the site. Pages live at `<path>/index.html`; URLs end in `/`.
/// With `--relative-links` pages are first rendered with root-relative URLs and then rewritten
/// by `LinkRelativizer`; otherwise the base URL's path prefixes every internal link.
public struct SiteURLs: Sendable {
    /// `https://ppid.example.go.id` (no trailing slash), for canonical and feed URLs.
    public var origin: String
    /// `/ppid` when the site lives under a sub-path, "" at a domain root.
    public var basePath: String
    /// The base URL's own path, kept for absolute URLs when `basePath` is cleared for
    /// `--relative-links` (canonical, sitemap, feed and JSON-LD URLs still name the real address).
    public var absoluteBasePath: String
    public var relativeLinks: Bool

    public init(baseURL: String, relativeLinks: Bool) {
        var url = baseURL.trimmedWhitespace
        while url.hasSuffix("/") { url.removeLast() }
        if let schemeEnd = url.range(of: "://") {
            let afterScheme = url[schemeEnd.upperBound...]
            if let slash = afterScheme.firstIndex(of: "/") {
                origin = String(url[..<slash])
                basePath = String(url[slash...])
            } else {
                origin = url
                basePath = ""
            }
        } else {
            origin = url
            basePath = ""
        }
        self.absoluteBasePath = basePath
        self.relativeLinks = relativeLinks
    }

    /// The link for a site path such as `opd/dinkes/` or `aset/gaya.css` ("" is the beranda).
    public func link(_ path: String) -> String {
        "\(basePath)/\(path)"
    }

    /// The absolute URL (canonical, feed, sitemap).
    public func absolute(_ path: String) -> String {
        "\(origin)\(absoluteBasePath)/\(path)"
    }

    /// The link to a published document (`opd/dinkes/berkas/laporan 2024.pdf`): every segment
    /// percent-encoded, so names with spaces, `#`, `?`, `%` or non-ASCII letters resolve. The file
    /// keeps its real name on disk; a static host decodes the request to it.
    public func document(_ path: String) -> String { link(Self.encodedPath(path)) }

    /// The absolute URL of a published document (open data, JSON-LD).
    public func absoluteDocument(_ path: String) -> String { absolute(Self.encodedPath(path)) }

    /// A site path with each segment percent-encoded (RFC 3986): only letters, digits, `-._~`
    /// and the `/` between segments stay as they are.
    public static func encodedPath(_ path: String) -> String {
        func unreserved(_ byte: UInt8) -> Bool {
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
        }
        let bytes = path.utf8
        if bytes.allSatisfy({ unreserved($0) || $0 == UInt8(ascii: "/") }) { return path }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3)
        for byte in bytes {
            if unreserved(byte) || byte == UInt8(ascii: "/") {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: site paths (folder paths end in "/")
    public static func opd(_ slug: String) -> String { "opd/\(slug)/" }
    public static func information(_ item: InformationItem) -> String { "opd/\(item.opdSlug)/informasi/\(item.id)/" }
    public static func exemption(_ item: ExemptionClaim) -> String { "opd/\(item.opdSlug)/dikecualikan/\(item.id)/" }
    public static func sop(_ sop: SOP) -> String { "opd/\(sop.opdSlug)/sop/\(sop.name)/" }
    public static func page(_ page: FreePage) -> String { "\(page.slug)/" }
    public static func category(_ category: InformationCategory) -> String { "informasi-publik/\(category.rawValue)/" }
    public static let dipIndex = "informasi-publik/"
    public static let dikIndex = "informasi-dikecualikan/"
    public static let openedExemptions = "informasi-dikecualikan/dibuka/"
    public static let opdIndex = "opd/"
    public static let sopIndex = "sop/"
    public static let services = "layanan/"
    public static let search = "cari/"
    public static let openData = "data/"
    public static let accessibility = "aksesibilitas/"
    public static let searchIndexJSON = "cari/indeks.json"
    public static let searchIndexScript = "cari/indeks.js"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"

    /// Page `n` (1-based) of a paginated list at `path`.
    public static func listPage(_ path: String, _ number: Int) -> String {
        number <= 1 ? path : "\(path)hal/\(number)/"
    }
}
