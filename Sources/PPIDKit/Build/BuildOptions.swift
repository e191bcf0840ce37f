/// What a run of `ppid` works on, from the command line.
public struct BuildOptions: Sendable {
    public var contentPath: String
    /// The theme folder; nil for the theme built into the executable.
    public var templatesPath: String?
    public var outputPath: String
    /// Overrides `alamat_situs`.
    public var baseURL: String?
    public var relativeLinks: Bool
    /// The reference date ("today"): `--tanggal`, `SOURCE_DATE_EPOCH`, else the local date.
    public var today: CalendarDate
    public var strict: Bool
    /// Drafts (`draf: true`) are rendered, marked "DRAF" (`ppid serve`); a build never publishes them.
    public var includeDrafts: Bool

    public init(contentPath: String = "Content", templatesPath: String? = ThemeSource.conventionalFolder, outputPath: String = "Site",
                baseURL: String? = nil, relativeLinks: Bool = false, today: CalendarDate, strict: Bool = false,
                includeDrafts: Bool = false) {
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.outputPath = outputPath
        self.baseURL = baseURL
        self.relativeLinks = relativeLinks
        self.today = today
        self.strict = strict
        self.includeDrafts = includeDrafts
    }

    /// Where the theme comes from.
    public var theme: ThemeSource { templatesPath.map(ThemeSource.folder) ?? .builtIn }
}
