/// A parsed YAML file: its source and tree (nil when empty or unparseable).
public struct YAMLDocument: Sendable {
    public var source: SourceText
    public var root: YAMLNode?
    /// False when the parser refused the file (a PPID001 finding was made).
    public var parsed: Bool
    /// True when the tree came from the store of the previous build (`StoredParses`), which had
    /// checked this very text against its schema and found nothing.
    public var conformsToSchema = false
}

/// The output of the load stage: every content file parsed, nothing interpreted yet.
public struct LoadedContent: Sendable {
    public struct OPDFiles: Sendable {
        public var slug: String
        public var profile: YAMLDocument?
        public var dip: YAMLDocument?
        public var dik: YAMLDocument?
        public var sops: [MarkdownDocument]
        public var documents: Set<String>
    }

    public var inventory: ContentInventory
    public var ppid: YAMLDocument?
    public var pages: [MarkdownDocument]
    public var opds: [OPDFiles]
    public var complaintSummary: YAMLDocument?
    public var complaintColumns: YAMLDocument?
    /// `layanan/sengketa.yml` and `layanan/kolom.yml`.
    public var disputes: YAMLDocument? = nil
    public var serviceColumns: YAMLDocument? = nil
    /// `layanan/laporan/*.md`, path order.
    public var serviceReports: [MarkdownDocument] = []
    /// `kalender/*.yml`, path order.
    public var calendars: [YAMLDocument] = []
}
