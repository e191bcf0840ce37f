/// `/data/`: each open-data file, its downloads and fields, the reuse note, and the data sets
/// as schema.org `Dataset` JSON-LD.
extension PageBuilder {
    func openDataPage() -> (String, String, Context) {
        let files = OpenDataFile.catalogue(badanPublik: site.badanNama)
        let sets: [Context] = files.map { file in
            [
                "anchor": file.anchor,
                "judul": file.title,
                "penjelasan": file.description,
                "unduhan": file.downloads.map { download -> Context in
                    ["url": site.urls.link(download.path), "format": download.format, "tipe": download.mediaType,
                     "nama": download.path.split(separator: "/").last.map(String.init) ?? download.path]
                },
                "kolom": file.fields.map { ["nama": $0.name, "keterangan": $0.description] as Context },
                "kolom_csv": file.csvColumns.map { $0.joined(separator: ", ") } ?? false,
            ]
        }
        let body: Context = [
            "himpunan": sets,
            "lisensi": OpenDataFile.reuseNote,
            "badan": site.badanNama,
            "indeks_url": site.urls.link(SiteURLs.searchIndexJSON),
            "umpan_url": site.urls.link(SiteURLs.feed),
            "peta_url": site.urls.link(SiteURLs.sitemap),
            "jsonld": StructuredData.scriptText(StructuredData(site: site).datasets(files)),
        ]
        let title = "Data Terbuka"
        let chrome = site.chrome(title: title,
                                 description: "Daftar informasi publik, informasi yang dikecualikan dan statistik pengaduan \(site.badanNama) dalam format JSON dan CSV.",
                                 path: SiteURLs.openData, breadcrumbs: [("Beranda", ""), (title, nil)])
        return (SiteURLs.openData, "data", merge(chrome, body))
    }
}
