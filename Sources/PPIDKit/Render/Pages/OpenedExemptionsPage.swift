/// `/informasi-dikecualikan/dibuka/` — "Pengumuman perubahan klasifikasi informasi": every exempted
/// item opened by the reference date, newest first, with the decision, reason and OPD
/// (LIFECYCLE.md); and the parts of other pages that speak of an opening.
extension PageBuilder {
    static let openedTitle = "Pengumuman perubahan klasifikasi informasi"

    func openedExemptions() -> (String, String, Context) {
        let path = SiteURLs.openedExemptions
        let rows: [Context] = site.model.openedExemptions.enumerated().map { number, claim in
            var row = site.openingContext(claim) ?? [:]
            row["no"] = number + 1
            row["judul"] = claim.judul
            row["url"] = site.urls.link(SiteURLs.exemption(claim))
            row["opd"] = site.opdName(claim.opdSlug)
            row["opd_url"] = site.urls.link(SiteURLs.opd(claim.opdSlug))
            return row
        }
        var body: Context = ["jumlah": rows.count, "dik_url": site.urls.link(SiteURLs.dikIndex)]
        body["baris"] = SiteContext.group(rows)
        let chrome = site.chrome(title: Self.openedTitle,
                                 description: "Informasi yang sebelumnya dikecualikan oleh \(site.badanNama) dan kini terbuka untuk publik, beserta keputusan pembukaannya.",
                                 path: path, breadcrumbs: [("Beranda", ""), ("Informasi Dikecualikan", SiteURLs.dikIndex), ("Pengumuman pembukaan", nil)])
        return (path, "dikecualikan-dibuka", merge(chrome, body))
    }
}

extension SiteContext {
    /// The anchor of an opened item's row on the announcement page.
    static func openingAnchor(_ claim: ExemptionClaim) -> String { "dibuka-\(claim.opdSlug)-\(claim.id)" }

    /// `dibuka` of a DIK item for templates: whether it has come, the decision, reason and note,
    /// and where the information is now published; nil when the item has no complete `dibuka`.
    func openingContext(_ claim: ExemptionClaim) -> Context? {
        guard let opening = claim.dibuka, let tanggal = opening.tanggal, opening.nomor != nil, opening.alasan != nil else { return nil }
        let opened = model.isOpened(claim)
        var context: Context = [
            "sudah": opened,
            "belum": !opened,
            "tanggal": tanggal.indonesian,
            "tanggal_iso": tanggal.iso,
            "nomor": opening.nomor ?? "",
            "alasan": opening.alasan?.indonesian ?? "",
            "anchor": Self.openingAnchor(claim),
            "pengumuman_url": urls.link(SiteURLs.openedExemptions) + "#" + Self.openingAnchor(claim),
        ]
        let hasNote = !(opening.catatan ?? "").trimmedWhitespace.isEmpty
        let note: String? = hasNote ? markdown.summary(opening, of: claim)?.html : nil
        context["catatan"] = note ?? false
        let entry: InformationItem? = opened ? model.opd(claim.opdSlug)?.informasi.first(where: { $0.dariDIK == claim.id }) : nil
        let dipURL: String? = entry.map { urls.link(SiteURLs.information($0)) }
        context["dip_url"] = dipURL ?? false
        return context
    }

    /// For a DIP entry that is an opened exemption (`dari_dik`): links to the announcement and to
    /// the former exemption's page; false otherwise.
    func formerExemptionContext(_ item: InformationItem) -> Any {
        guard let id = item.dariDIK, let claim = model.opd(item.opdSlug)?.exemptions.first(where: { $0.id == id }),
              let opening = openingContext(claim) else { return false }
        return ["dik_url": urls.link(SiteURLs.exemption(claim)), "pengumuman_url": opening["pengumuman_url"] ?? "",
                "tanggal": opening["tanggal"] ?? "", "nomor": opening["nomor"] ?? ""] as Context
    }
}
