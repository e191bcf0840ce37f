/// `/layanan/`: how to request information, object (keberatan) and go to dispute, with the time
/// limits of UU 14/2008, the PPID Utama's contacts, printable forms and the maklumat pelayanan.
extension PageBuilder {
    /// The slug of the free page that holds the maklumat pelayanan, when the content has one.
    static let serviceCharterSlug = "maklumat-pelayanan"

    func services() -> (String, String, Context) {
        let model = site.model
        let badan = model.badanPublik
        let procedure = ServiceProcedure(jenis: badan?.jenis)
        var body: Context = [
            "badan": site.badanNama,
            "atasan": procedure.superior,
            "komisi": procedure.commission,
            "batas": ServiceProcedure.timeLimits.map { ["tahap": $0.stage, "batas": $0.limit, "dasar": $0.basis] as Context },
            "alasan_keberatan": ServiceProcedure.objectionGrounds.map { ["huruf": $0.letter, "teks": $0.text] as Context },
            "sop_url": site.urls.link(SiteURLs.sopIndex),
            "dip_url": site.urls.link(SiteURLs.dipIndex),
            "dik_url": site.urls.link(SiteURLs.dikIndex),
        ]
        body["ppid_utama"] = badan.map { badan -> Context in
            let utama = badan.ppidUtama
            var context = site.contactContext(utama.contact)
            context["opd"] = site.opdName(utama.opdSlug)
            context["opd_url"] = model.opd(utama.opdSlug) == nil ? false : site.urls.link(SiteURLs.opd(utama.opdSlug))
            context["alamat"] = utama.alamat ?? false
            context["jam_layanan"] = utama.jamLayanan ?? false
            context["sk"] = utama.sk.map { sk -> Context in
                var decision = site.decisionContext(sk)
                decision["url"] = publishedDocument(sk.berkas).map { site.urls.document($0) } ?? false
                return decision
            } ?? false
            return context
        } ?? false
        if let charter = model.pages.first(where: { $0.slug == Self.serviceCharterSlug }) {
            body["maklumat"] = ["judul": charter.judul, "url": site.urls.link(SiteURLs.page(charter))] as Context
        } else {
            body["maklumat"] = false
        }
        let related = model.badanPublik.flatMap { model.opd($0.ppidUtama.opdSlug) }?.sops
            .filter { ["permohonan-informasi", "keberatan", "sengketa"].contains($0.jenis) } ?? []
        body["sop_terkait"] = SiteContext.group(related.map(site.sopRow)) ?? false
        if let lapor = badan?.lapor, let tautan = lapor.tautan, ExternalLinkRule.isWebURL(tautan) {
            body["lapor"] = ["tautan": tautan] as Context
        } else {
            body["lapor"] = false
        }
        body["laporan_url"] = model.serviceStatistics.isEmpty ? false : site.urls.link(SiteURLs.serviceReports)
        let title = "Layanan Informasi Publik"
        let chrome = site.chrome(title: title,
                                 description: "Cara mengajukan permohonan informasi, keberatan dan sengketa informasi kepada PPID \(site.badanNama), batas waktunya, dan formulir yang dapat dicetak.",
                                 path: SiteURLs.services, breadcrumbs: [("Beranda", ""), (title, nil)])
        return (SiteURLs.services, "layanan", merge(chrome, body))
    }

    /// The site path of a PPID Utama document (`berkas/sk.pdf`) when it exists, as `DocumentPublisher` publishes it.
    private func publishedDocument(_ value: String?) -> String? {
        guard let value, case .success(let path) = DocumentPath.resolve(value, base: "", allowed: "berkas"),
              site.model.documents.contains(path) else { return nil }
        return path
    }
}
