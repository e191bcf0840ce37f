/// Builds the template name, output path and Mustache context of each page.
public struct PageBuilder: Sendable {
    public let site: SiteContext
    public typealias Context = [String: Any]

    public init(site: SiteContext) {
        self.site = site
    }

    /// (site path of the page folder, template, context); the file is `<path>index.html` except for 404.
    public func build(_ spec: PageSpec) -> (path: String, template: String, context: Context) {
        switch spec {
        case .home: return ("", "beranda", home())
        case .freePage(let index): return freePage(site.model.pages[index])
        case .opdIndex: return (SiteURLs.opdIndex, "opd-daftar", opdIndex())
        case .opd(let index, let page): return opdPage(site.model.opds[index], page: page)
        case .information(let o, let i): return information(site.model.opds[o].informasi[i])
        case .exemption(let o, let i): return exemption(site.model.opds[o].exemptions[i])
        case .sop(let o, let s): return sop(site.model.opds[o].sops[s])
        case .dipList(let category, let page): return dipList(category, page: page)
        case .dikList(let page): return dikList(page: page)
        case .sopIndex: return (SiteURLs.sopIndex, "sop-daftar", sopIndex())
        case .notFound: return ("404.html", "404", notFound())
        case .complaintStatistics: return complaintStatistics()
        case .complaintPeriod(let index): return complaintPeriod(index)
        case .services: return services()
        case .search: return search()
        case .openData: return openDataPage()
        case .accessibility: return accessibility()
        case .openedExemptions: return openedExemptions()
        case .serviceReports: return serviceReports()
        case .serviceReport(let index): return serviceReport(index)
        }
    }

    func merge(_ chrome: Context, _ body: Context) -> Context {
        chrome.merging(body) { _, new in new }
    }

    func home() -> Context {
        let model = site.model
        let badan = model.badanPublik
        // The eight newest by date (an undated item as the oldest), in list order among equals;
        // sorted by place, so that the items themselves are not copied and moved.
        let all = model.allInformation
        let dates = all.indices.map { all[$0].diperbarui ?? all[$0].waktuPembuatan?.sortDate ?? CalendarDate(dayNumber: 0) }
        let newest = all.indices.sorted { dates[$0] != dates[$1] ? dates[$0] > dates[$1] : $0 < $1 }.prefix(8).map { all[$0] }
        var body: Context = [
            "badan": site.badanNama,
            "terbaru": newest.enumerated().map { site.informationRow($1, number: $0 + 1) },
            "jumlah_opd": model.opds.count,
            "jumlah_informasi": model.allInformation.count,
            "jumlah_dikecualikan": model.withheldExemptions.count,
            "jumlah_sop": model.allSOPs.count,
            "kategori": InformationCategory.allCases.map { category -> Context in
                ["judul": category.title, "pasal": category.article, "penjelasan": category.explanation,
                 "url": site.urls.link(SiteURLs.category(category)),
                 "jumlah": model.informationByCategory[category]?.count ?? 0]
            },
        ]
        if let utama = badan?.ppidUtama {
            body["ppid_utama"] = site.contactContext(utama.contact).merging([
                "opd": site.opdName(utama.opdSlug), "alamat": utama.alamat ?? false, "jam_layanan": utama.jamLayanan ?? false,
            ]) { _, new in new }
        }
        if let lapor = badan?.lapor {
            var context: Context = [:]
            context["kanal_lain"] = SiteContext.group(lapor.kanalLain.map { ["teks": $0] as Context })
            if let tautan = lapor.tautan { context["tautan"] = tautan }
            body["lapor"] = context
        }
        body["halaman_lain"] = SiteContext.group(site.pagesBeyondMenu.map { page -> Context in
            ["judul": page.judul, "url": site.urls.link(SiteURLs.page(page))]
        }) ?? false
        body["pengaduan"] = complaintHeadline()
        body["laporan_layanan"] = serviceHeadline()
        body["layanan_url"] = site.urls.link(SiteURLs.services)
        body["jsonld"] = StructuredData(site: site).badanPublik().map(StructuredData.scriptText) ?? false
        let description = "Layanan informasi publik \(site.badanNama): Daftar Informasi Publik, informasi yang dikecualikan, SOP dan kontak PPID."
        return merge(site.chrome(title: "PPID \(site.badanNama)", description: description, path: "", breadcrumbs: []), body)
    }

    func freePage(_ page: FreePage) -> (String, String, Context) {
        let path = SiteURLs.page(page)
        let chrome = site.chrome(title: page.judul, description: "\(page.judul) — PPID \(site.badanNama).", path: path,
                                 breadcrumbs: [("Beranda", ""), (page.judul, nil)])
        return (path, "halaman", merge(chrome, ["isi": site.markdown.body(page)?.html ?? ""]))
    }

    func opdIndex() -> Context {
        let rows: [Context] = site.model.opds.map { opd in
            var row = site.contactContext(opd.pelaksana.contact)
            row["nama"] = opd.nama
            row["singkatan"] = opd.singkatan ?? false
            row["url"] = site.urls.link(SiteURLs.opd(opd.slug))
            row["jabatan"] = opd.pelaksana.jabatan ?? ""
            row["jumlah_informasi"] = opd.informasi.count
            row["jumlah_dikecualikan"] = site.model.withheldExemptions(of: opd).count
            row["jumlah_sop"] = opd.sops.count
            return row
        }
        let chrome = site.chrome(title: "Organisasi Perangkat Daerah", description: "PPID Pelaksana setiap OPD \(site.badanNama) beserta kontak dan daftar informasinya.",
                                 path: SiteURLs.opdIndex, breadcrumbs: [("Beranda", ""), ("OPD", nil)])
        return merge(chrome, ["opd": rows, "jumlah": rows.count])
    }

    func opdPage(_ opd: OPD, page: Int) -> (String, String, Context) {
        let base = SiteURLs.opd(opd.slug)
        let path = SiteURLs.listPage(base, page)
        let ordered = InformationCategory.allCases.flatMap { opd.items(in: $0) } + opd.informasi.filter { $0.kategori == nil }
        let start = (page - 1) * SitePlan.rowsPerPage
        let slice = ordered.dropFirst(start).prefix(SitePlan.rowsPerPage)
        let groups: [Context] = InformationCategory.allCases.compactMap { category in
            let rows = slice.enumerated().filter { $0.element.kategori == category }
                .map { site.informationRow($0.element, number: start + $0.offset + 1) }
            guard !rows.isEmpty else { return nil }
            return ["judul": category.title, "pasal": category.article, "baris": rows]
        }
        var body: Context = [
            "nama": opd.nama,
            "singkatan": opd.singkatan ?? "",
            "alamat": opd.alamat ?? false,
            "situs_opd": opd.situs ?? false,
            "jabatan": opd.pelaksana.jabatan ?? "",
            "kontak": site.contactContext(opd.pelaksana.contact),
            "kelompok": groups,
            "jumlah_informasi": opd.informasi.count,
            "halaman_pertama": page == 1,
        ]
        if page == 1 {
            body["dikecualikan"] = SiteContext.group(site.model.withheldExemptions(of: opd).enumerated().map { site.exemptionRow($1, number: $0 + 1) })
            body["sop"] = SiteContext.group(opd.sops.map(site.sopRow))
            if let decision = opd.dipDecision { body["penetapan_dip"] = site.decisionContext(decision) }
            if let decision = opd.dikDecision { body["penetapan_dik"] = site.decisionContext(decision) }
            body["jsonld"] = StructuredData.scriptText(StructuredData(site: site).opd(opd))
        }
        if let pagination = site.pagination(path: base, current: page, total: SitePlan.pageCount(ordered.count)) {
            body["paginasi"] = pagination
        }
        let title = page == 1 ? opd.nama : "\(opd.nama) (halaman \(page))"
        let chrome = site.chrome(title: title, description: "Informasi publik, informasi yang dikecualikan dan SOP \(opd.nama).",
                                 path: path, breadcrumbs: [("Beranda", ""), ("OPD", SiteURLs.opdIndex), (opd.nama, nil)])
        return (path, "opd", merge(chrome, body))
    }

    func information(_ item: InformationItem) -> (String, String, Context) {
        let path = SiteURLs.information(item)
        var body = site.informationRow(item, number: 0)
        body["ringkasan"] = site.markdown.ringkasan(item)?.html ?? ""
        body["dasar"] = item.dasar ?? false
        body["tag"] = SiteContext.group(item.tag.map { ["teks": $0] as Context })
        body["kategori_penjelasan"] = item.kategori?.explanation ?? ""
        body["kategori_pasal"] = item.kategori?.article ?? ""
        if let berkas = item.berkas, let resolved = try? DocumentPath.resolve(berkas, base: "opd/\(item.opdSlug)",
                                                                          allowed: "opd/\(item.opdSlug)/berkas").get() {
            body["berkas"] = ["url": site.urls.document(resolved), "nama": resolved.split(separator: "/").last.map(String.init) ?? resolved] as Context
        }
        if let tautan = item.tautan, ExternalLinkRule.isWebURL(tautan) { body["tautan"] = tautan }
        body["dari_dik"] = site.formerExemptionContext(item)
        let chrome = site.chrome(title: item.judul, description: String(item.ringkasan.collapsedWhitespace.prefix(160)), path: path,
                                 breadcrumbs: [("Beranda", ""), ("OPD", SiteURLs.opdIndex), (site.opdName(item.opdSlug), SiteURLs.opd(item.opdSlug)), (item.judul, nil)])
        return (path, "informasi", merge(chrome, body))
    }

    func exemption(_ item: ExemptionClaim) -> (String, String, Context) {
        let path = SiteURLs.exemption(item)
        let chrome = site.chrome(title: item.judul, description: "Informasi yang dikecualikan oleh \(site.opdName(item.opdSlug)) beserta uji konsekuensinya.", path: path,
                                 breadcrumbs: [("Beranda", ""), ("Informasi Dikecualikan", SiteURLs.dikIndex), (item.judul, nil)])
        var body = site.exemptionRow(item, number: 0)
        body["dibuka"] = site.openingContext(item) ?? false
        body["masih_dikecualikan"] = !site.model.isOpened(item)
        return (path, "dikecualikan", merge(chrome, body))
    }

    func sop(_ sop: SOP) -> (String, String, Context) {
        let path = SiteURLs.sop(sop)
        var body = site.sopRow(sop)
        body["isi"] = site.markdown.body(sop)?.html ?? ""
        if let by = sop.disahkanOleh { body["disahkan_oleh"] = by }
        let chrome = site.chrome(title: sop.judul, description: "\(sop.judul) — \(site.opdName(sop.opdSlug)).", path: path,
                                 breadcrumbs: [("Beranda", ""), ("SOP", SiteURLs.sopIndex), (sop.judul, nil)])
        return (path, "sop", merge(chrome, body))
    }

    func dipList(_ category: InformationCategory?, page: Int) -> (String, String, Context) {
        let base = category.map(SiteURLs.category) ?? SiteURLs.dipIndex
        let path = SiteURLs.listPage(base, page)
        let all = category.map { site.model.informationByCategory[$0] ?? [] } ?? site.model.allInformation
        let start = (page - 1) * SitePlan.rowsPerPage
        let title = category?.title ?? "Daftar Informasi Publik"
        var body: Context = [
            "jumlah": all.count,
            "judul_tabel": title,
            "penjelasan": category?.explanation ?? "Seluruh informasi publik yang dikuasai \(site.badanNama), disusun per OPD sesuai Peraturan Komisi Informasi Nomor 1 Tahun 2021.",
            "pasal": category?.article ?? "UU 14/2008",
            "kategori": InformationCategory.allCases.map { c -> Context in
                ["judul": c.title, "url": site.urls.link(SiteURLs.category(c)), "aktif": c == category]
            },
            "semua_url": site.urls.link(SiteURLs.dipIndex),
            "semua_aktif": category == nil,
        ]
        body["baris"] = informationTable(all.dropFirst(start).prefix(SitePlan.rowsPerPage), start: start)
        body["skrip_saring"] = site.scriptLink("saring.js")
        if let pagination = site.pagination(path: base, current: page, total: SitePlan.pageCount(all.count)) { body["paginasi"] = pagination }
        var crumbs: [(String, String?)] = [("Beranda", "")]
        if category != nil { crumbs.append(("Informasi Publik", SiteURLs.dipIndex)) }
        crumbs.append((title, nil))
        let chrome = site.chrome(title: page > 1 ? "\(title) (halaman \(page))" : title,
                                 description: "\(title) \(site.badanNama).", path: path, breadcrumbs: crumbs)
        return (path, "informasi-daftar", merge(chrome, body))
    }

    func dikList(page: Int) -> (String, String, Context) {
        let base = SiteURLs.dikIndex
        let path = SiteURLs.listPage(base, page)
        let all = site.model.withheldExemptions
        let start = (page - 1) * SitePlan.rowsPerPage
        let rows = all.dropFirst(start).prefix(SitePlan.rowsPerPage).enumerated().map { site.exemptionRow($1, number: start + $0 + 1) }
        var body: Context = ["jumlah": all.count, "jumlah_dibuka": site.model.openedExemptions.count,
                             "pengumuman_url": site.urls.link(SiteURLs.openedExemptions)]
        body["baris"] = SiteContext.group(rows)
        body["skrip_saring"] = site.scriptLink("saring.js")
        if let pagination = site.pagination(path: base, current: page, total: SitePlan.pageCount(all.count)) { body["paginasi"] = pagination }
        let title = "Daftar Informasi yang Dikecualikan"
        let chrome = site.chrome(title: page > 1 ? "\(title) (halaman \(page))" : title,
                                 description: "Informasi yang dikecualikan \(site.badanNama) beserta dasar hukum dan uji konsekuensinya.",
                                 path: path, breadcrumbs: [("Beranda", ""), (title, nil)])
        return (path, "dikecualikan-daftar", merge(chrome, body))
    }

    func sopIndex() -> Context {
        let byKind = Dictionary(grouping: site.model.allSOPs, by: \.jenis)
        let groups: [Context] = ContentSchemas.sopKinds.compactMap { kind in
            guard let sops = byKind[kind], !sops.isEmpty else { return nil }
            return ["judul": SOP.kindTitles[kind] ?? kind, "sop": sops.map(site.sopRow)]
        }
        let chrome = site.chrome(title: "Standar Operasional Prosedur", description: "SOP layanan informasi publik seluruh OPD \(site.badanNama).",
                                 path: SiteURLs.sopIndex, breadcrumbs: [("Beranda", ""), ("SOP", nil)])
        return merge(chrome, ["kelompok": groups, "jumlah": site.model.allSOPs.count])
    }

    func notFound() -> Context {
        site.chrome(title: "Halaman tidak ditemukan", description: "Halaman yang Anda cari tidak ditemukan.", path: "404.html", breadcrumbs: [])
    }
}
