/// `/aksesibilitas/`: the accessibility statement: the standard aimed at, how it was checked,
/// known limits, and how to report a barrier to the PPID.
extension PageBuilder {
    func accessibility() -> (String, String, Context) {
        let model = site.model
        var body: Context = [
            "layanan_url": site.urls.link(SiteURLs.services),
            "data_url": site.urls.link(SiteURLs.openData),
            "statistik_url": site.urls.link(SiteURLs.complaintStatistics),
            "sop_disabilitas": SiteContext.group(model.allSOPs.filter { $0.jenis == "disabilitas" }.map(site.sopRow)) ?? false,
        ]
        body["kontak"] = model.badanPublik.map { badan -> Context in
            var context = site.contactContext(badan.ppidUtama.contact)
            context["alamat"] = badan.ppidUtama.alamat ?? false
            context["jam_layanan"] = badan.ppidUtama.jamLayanan ?? false
            return context
        } ?? false
        let title = "Pernyataan Aksesibilitas"
        let chrome = site.chrome(title: title,
                                 description: "Standar aksesibilitas situs PPID \(site.badanNama), cara pemeriksaannya, keterbatasan yang diketahui dan cara melaporkan hambatan.",
                                 path: SiteURLs.accessibility, breadcrumbs: [("Beranda", ""), (title, nil)])
        return (SiteURLs.accessibility, "aksesibilitas", merge(chrome, body))
    }
}
