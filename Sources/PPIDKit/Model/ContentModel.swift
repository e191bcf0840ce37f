/// The whole Badan Publik as `ppid` understands it after loading: the input of rules and rendering.
public struct ContentModel: Sendable {
    public var badanPublik: BadanPublik?
    /// OPDs in CONTENT.md order: by `urutan` (absent last), then `nama`, by Unicode code point.
    /// The flattened lists below follow it; they are computed once, not on every use.
    public var opds: [OPD] {
        didSet { index() }
    }
    /// Free pages in menu order.
    public var pages: [FreePage]
    /// Relative paths of every file under `berkas/`.
    public var documents: Set<String>
    public var inventory: ContentInventory
    /// The SP4N-LAPOR! figures of every period (set by `Validation.run`, which knows "today").
    public var complaintStatistics: ComplaintStatistics = .empty

    /// Every DIP item of every OPD, in order.
    public private(set) var allInformation: [InformationItem] = []
    /// DIP items by category, in order.
    public private(set) var informationByCategory: [InformationCategory: [InformationItem]] = [:]
    public private(set) var allExemptions: [ExemptionClaim] = []
    public private(set) var allSOPs: [SOP] = []
    private var opdIndexBySlug: [String: Int] = [:]

    public init(badanPublik: BadanPublik?, opds: [OPD], pages: [FreePage], documents: Set<String>,
                inventory: ContentInventory) {
        self.badanPublik = badanPublik
        self.opds = opds
        self.pages = pages
        self.documents = documents
        self.inventory = inventory
        index()
    }

    public func opd(_ slug: String) -> OPD? { opdIndexBySlug[slug].map { opds[$0] } }

    private mutating func index() {
        allInformation = opds.flatMap(\.informasi)
        informationByCategory = Dictionary(grouping: allInformation.filter { $0.kategori != nil }) { $0.kategori ?? .berkala }
        allExemptions = opds.flatMap(\.exemptions)
        allSOPs = opds.flatMap(\.sops)
        opdIndexBySlug = Dictionary(opds.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
