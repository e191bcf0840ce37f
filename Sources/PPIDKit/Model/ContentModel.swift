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
    /// The working-day calendar: built-in holidays with `kalender/<tahun>.yml` added (set by `Validation.run`).
    public var calendar = WorkingDayCalendar()
    /// The information service's figures (set by `Validation.run`).
    public var serviceStatistics: ServiceStatistics = .empty
    /// The annual reports' narratives by year, drafts included.
    public var serviceNarratives: [Int: ServiceReportNarrative] = [:]

    /// Every DIP item of every OPD, in order.
    public private(set) var allInformation: [InformationItem] = []
    /// DIP items by category, in order.
    public private(set) var informationByCategory: [InformationCategory: [InformationItem]] = [:]
    /// Every DIK item of every OPD, opened or not: what the rules look at.
    public private(set) var allExemptions: [ExemptionClaim] = []
    /// The date the site is built for, once `applyOpenings(asOf:)` ran; until then nothing is opened.
    public private(set) var referenceDate: CalendarDate?
    /// DIK items still exempted on the reference date: the DIK lists, open data and counts.
    public private(set) var withheldExemptions: [ExemptionClaim] = []
    /// DIK items opened by the reference date, newest `dibuka.tanggal` first (the announcement page).
    public private(set) var openedExemptions: [ExemptionClaim] = []
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

    /// Whether a DIK item is opened on the reference date (and so no longer listed as exempted).
    public func isOpened(_ claim: ExemptionClaim) -> Bool {
        referenceDate.map { claim.isOpen(on: $0) } ?? false
    }

    /// An OPD's DIK items still exempted on the reference date.
    public func withheldExemptions(of opd: OPD) -> [ExemptionClaim] {
        opd.exemptions.filter { !isOpened($0) }
    }

    /// Publishes the exemptions lifted by `date` (LIFECYCLE.md, "Site"): they leave the DIK lists,
    /// and each joins its OPD's DIP as a `setiap-saat` entry unless a `dip.yml` entry already names
    /// it in `dari_dik` (or already holds the id `dibuka-<id>`). Run after the rules, which look
    /// at the content as written.
    public mutating func applyOpenings(asOf date: CalendarDate) {
        var joinedByOPD: [(index: Int, items: [InformationItem])] = []
        for index in opds.indices {
            let opd = opds[index]
            guard opd.exemptions.contains(where: { $0.isOpen(on: date) }) else { continue }
            let named = Set(opd.informasi.compactMap(\.dariDIK))
            let ids = Set(opd.informasi.map(\.id))
            let joined = opd.exemptions
                .filter { $0.isOpen(on: date) && !named.contains($0.id) }
                .compactMap { $0.openedInformation(opdName: opd.nama) }
                .filter { !ids.contains($0.id) }
            if !joined.isEmpty { joinedByOPD.append((index, joined)) }
        }
        referenceDate = date
        guard !joinedByOPD.isEmpty else {
            // The DIPs are unchanged: only what depends on the date is listed again, not every item.
            indexExemptions()
            return
        }
        var updated = opds
        for (index, items) in joinedByOPD { updated[index].informasi += items }
        opds = updated
    }

    private mutating func index() {
        allInformation = opds.flatMap(\.informasi)
        // One pass, one copy of each item (in order within each category).
        var byCategory: [InformationCategory: [InformationItem]] = [:]
        for item in allInformation {
            if let kategori = item.kategori { byCategory[kategori, default: []].append(item) }
        }
        informationByCategory = byCategory
        allExemptions = opds.flatMap(\.exemptions)
        indexExemptions()
        allSOPs = opds.flatMap(\.sops)
        opdIndexBySlug = Dictionary(opds.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The DIK lists that depend on the reference date.
    private mutating func indexExemptions() {
        let reference = referenceDate
        withheldExemptions = allExemptions.filter { claim in reference.map { !claim.isOpen(on: $0) } ?? true }
        openedExemptions = reference.map { date in
            allExemptions.enumerated().filter { $0.element.isOpen(on: date) }
                .sorted { a, b in
                    let (x, y) = (a.element.dibuka?.tanggal, b.element.dibuka?.tanggal)
                    return x != y ? (x ?? CalendarDate(dayNumber: 0)) > (y ?? CalendarDate(dayNumber: 0)) : a.offset < b.offset
                }
                .map(\.element)
        } ?? []
    }
}
