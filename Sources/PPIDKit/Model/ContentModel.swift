/// The whole Badan Publik as `ppid` understands it after loading: the input of rules and rendering.
public struct ContentModel: Sendable {
    public var badanPublik: BadanPublik?
    /// OPDs in CONTENT.md order: by `urutan` (absent last), then `nama`, by Unicode code point.
    public var opds: [OPD]
    /// Free pages in menu order.
    public var pages: [FreePage]
    /// Relative paths of every file under `berkas/`.
    public var documents: Set<String>
    public var inventory: ContentInventory
    /// The SP4N-LAPOR! figures of every period (set by `Validation.run`, which knows "today").
    public var complaintStatistics: ComplaintStatistics = .empty

    public func opd(_ slug: String) -> OPD? { opds.first { $0.slug == slug } }

    public var allInformation: [InformationItem] { opds.flatMap(\.informasi) }
    public var allExemptions: [ExemptionClaim] { opds.flatMap(\.exemptions) }
    public var allSOPs: [SOP] { opds.flatMap(\.sops) }
}
