/// The DIP table of `/informasi-publik/` and its category pages: rows grouped by OPD, one
/// `<tbody>` per OPD headed by the OPD's name, so a long list reads (and filters) per OPD.
extension PageBuilder {
    /// `{kelompok: [{opd, opd_url, butir: rows}], jumlah}`, or nil when there is no row.
    func informationTable(_ items: ArraySlice<InformationItem>, start: Int) -> Context? {
        guard !items.isEmpty else { return nil }
        var groups: [Context] = []
        var rows: [Context] = []
        var current: String?
        func close() {
            guard let slug = current, !rows.isEmpty else { return }
            groups.append(["opd": site.opdName(slug), "opd_url": site.urls.link(SiteURLs.opd(slug)), "butir": rows])
            rows = []
        }
        for (offset, item) in items.enumerated() {
            if item.opdSlug != current {
                close()
                current = item.opdSlug
            }
            rows.append(site.informationRow(item, number: start + offset + 1))
        }
        close()
        return ["kelompok": groups, "jumlah": items.count]
    }
}
