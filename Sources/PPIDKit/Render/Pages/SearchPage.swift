/// `/cari/`: a search form whose script reads the prebuilt index; without JavaScript, links to
/// every list page and every OPD.
extension PageBuilder {
    func search() -> (String, String, Context) {
        let urls = site.urls
        var lists: [Context] = [
            ["judul": "Layanan informasi publik", "url": urls.link(SiteURLs.services)],
            ["judul": "Daftar Informasi Publik", "url": urls.link(SiteURLs.dipIndex)],
        ]
        lists += InformationCategory.allCases.map { ["judul": $0.title, "url": urls.link(SiteURLs.category($0))] as Context }
        lists += [
            ["judul": "Daftar Informasi yang Dikecualikan", "url": urls.link(SiteURLs.dikIndex)],
            ["judul": "Daftar OPD", "url": urls.link(SiteURLs.opdIndex)],
            ["judul": "Standar Operasional Prosedur", "url": urls.link(SiteURLs.sopIndex)],
            ["judul": "Statistik pengaduan", "url": urls.link(SiteURLs.complaintStatistics)],
            ["judul": "Data terbuka", "url": urls.link(SiteURLs.openData)],
            ["judul": "Pernyataan aksesibilitas", "url": urls.link(SiteURLs.accessibility)],
        ]
        lists += site.model.pages.map { ["judul": $0.judul, "url": urls.link(SiteURLs.page($0))] as Context }
        let opds: [Context] = site.model.opds.map { ["nama": $0.nama, "url": urls.link(SiteURLs.opd($0.slug))] }
        let body: Context = [
            "indeks_json": urls.link(SiteURLs.searchIndexJSON),
            "indeks_js": urls.link(SiteURLs.searchIndexScript),
            "skrip_cari": site.scriptLink("cari.js"),
            "daftar": lists,
            "semua_opd": SiteContext.group(opds) ?? false,
        ]
        let title = "Cari"
        let chrome = site.chrome(title: title, description: "Cari informasi publik, informasi yang dikecualikan, OPD, SOP dan halaman PPID \(site.badanNama).",
                                 path: SiteURLs.search, breadcrumbs: [("Beranda", ""), (title, nil)])
        return (SiteURLs.search, "cari", merge(chrome, body))
    }
}
