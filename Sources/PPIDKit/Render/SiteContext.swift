/// Everything page contexts are built from. Sendable, so each rendering task builds its own
/// Mustache dictionaries from it (dictionaries render faster than structs in swift-mustache).
public struct SiteContext: Sendable {
    public var model: ContentModel
    public var markdown: MarkdownStore
    public var urls: SiteURLs
    public var today: CalendarDate
    /// Fingerprinted asset paths by logical name (`gaya.css` → `aset/gaya.1a2b3c4d.css`).
    public var assets: [String: String]
    /// Published logo path (site path), if any.
    public var logoPath: String?

    public typealias Context = [String: Any]

    var badanNama: String { model.badanPublik?.nama ?? "PPID" }

    /// At most this many free pages stand in the menu of every page: a menu that grew with the
    /// number of pages would make the site grow with its square. The others are listed once, on
    /// the beranda (`pagesBeyondMenu`).
    static let menuPageLimit = 12

    /// The free pages in the menu, in menu order.
    var menuPages: ArraySlice<FreePage> { model.pages.filter(\.menu).prefix(Self.menuPageLimit) }

    /// Menu pages past the limit, linked from the beranda.
    var pagesBeyondMenu: ArraySlice<FreePage> { model.pages.filter(\.menu).dropFirst(Self.menuPageLimit) }

    /// The layout's variables shared by every page.
    func chrome(title: String, description: String, path: String, breadcrumbs: [(String, String?)]) -> Context {
        let badan = model.badanPublik
        var menu: [Context] = [
            ["judul": "Beranda", "url": urls.link(""), "aktif": path.isEmpty],
            ["judul": "Layanan", "url": urls.link(SiteURLs.services), "aktif": path.hasPrefix(SiteURLs.services)],
            ["judul": "Informasi Publik", "url": urls.link(SiteURLs.dipIndex), "aktif": path.hasPrefix("informasi-publik/")],
            ["judul": "Informasi Dikecualikan", "url": urls.link(SiteURLs.dikIndex), "aktif": path.hasPrefix("informasi-dikecualikan/")],
            ["judul": "OPD", "url": urls.link(SiteURLs.opdIndex), "aktif": path.hasPrefix("opd/")],
            ["judul": "SOP", "url": urls.link(SiteURLs.sopIndex), "aktif": path.hasPrefix("sop/")],
            ["judul": "Statistik", "url": urls.link(SiteURLs.complaintStatistics), "aktif": path.hasPrefix("statistik/")],
            ["judul": "Data", "url": urls.link(SiteURLs.openData), "aktif": path.hasPrefix(SiteURLs.openData)],
        ]
        for page in menuPages {
            let pagePath = SiteURLs.page(page)
            menu.append(["judul": page.judul, "url": urls.link(pagePath), "aktif": path == pagePath])
        }
        let crumbs: [Context] = breadcrumbs.enumerated().map { index, crumb in
            // Every key is set explicitly: a missing key would be looked up in the page's own context.
            var entry: Context = ["judul": crumb.0, "url": crumb.1.map { urls.link($0) } ?? false]
            entry["terakhir"] = index == breadcrumbs.count - 1
            return entry
        }
        var situs: Context = [
            "nama": badanNama,
            "beranda": urls.link(""),
            "tahun": String(today.year),
            "tanggal_acuan": today.indonesian,
            "cari_url": urls.link(SiteURLs.search),
            "data_url": urls.link(SiteURLs.openData),
            "aksesibilitas_url": urls.link(SiteURLs.accessibility),
            "umpan_url": urls.link(SiteURLs.feed),
        ]
        if let utama = badan?.ppidUtama {
            situs["alamat"] = utama.alamat ?? false
            situs["telepon"] = utama.contact.telepon ?? false
            situs["email"] = utama.contact.email ?? false
            situs["jam_layanan"] = utama.jamLayanan ?? false
        }
        if let logoPath { situs["logo"] = urls.document(logoPath) }
        var chrome: Context = [
            "judul_halaman": title,
            "judul_dokumen": path.isEmpty ? "PPID \(badanNama)" : "\(title) — PPID \(badanNama)",
            "deskripsi": description,
            "kanonik": urls.absolute(path),
            "css": urls.link(assets["gaya.css"] ?? "aset/gaya.css"),
            "ikon": icon ?? false,
            "situs": situs,
            "menu": menu,
            // Pages with schema.org data set it; false keeps the layout from looking further up.
            "jsonld": false,
        ]
        if crumbs.count > 1 { chrome["remah"] = Self.group(crumbs) }
        return chrome
    }

    /// The browser-tab icon: the Badan Publik's logo, else the theme's `ikon.svg`, else none
    /// (a declared icon also spares every visit a request for a missing /favicon.ico).
    var icon: Context? {
        guard let path = logoPath ?? assets["ikon.svg"] else { return nil }
        let types = ["svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp", "ico": "image/x-icon"]
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return ["url": logoPath != nil ? urls.document(path) : urls.link(path), "jenis": types[ext] ?? false]
    }

    /// The link of a theme script (`cari.js`), fingerprinted when the theme has it.
    func scriptLink(_ name: String) -> String {
        urls.link(assets[name] ?? "aset/\(name)")
    }

    /// A list wrapped for templates: `{{#list}}<ul>{{#butir}}…{{/butir}}</ul>{{/list}}` renders
    /// the wrapper only when there is something in it; an empty list is absent.
    static func group(_ list: [Context]) -> Context? {
        list.isEmpty ? nil : ["butir": list, "jumlah": list.count]
    }

    func opdName(_ slug: String) -> String { model.opd(slug)?.nama ?? slug }

    /// One DIP item as a row of the Perki 1/2021 table, or as its own page.
    func informationRow(_ item: InformationItem, number: Int) -> Context {
        var row: Context = [
            "no": number,
            "id": item.id,
            "judul": item.judul,
            "url": urls.link(SiteURLs.information(item)),
            "opd": opdName(item.opdSlug),
            "opd_url": urls.link(SiteURLs.opd(item.opdSlug)),
            "kategori": item.kategori?.title ?? "",
            "kategori_kode": item.kategori?.rawValue ?? "",
            "penguasa": item.penguasa,
            "penanggung_jawab": item.penanggungJawab,
            "waktu_pembuatan": item.waktuPembuatan?.indonesian ?? "",
            "bentuk": item.bentuk.map(Self.formName).joined(separator: ", "),
            "retensi": item.retensi,
        ]
        // Sections treat "" as true: absent optional values are false.
        row["tempat_pembuatan"] = item.tempatPembuatan ?? false
        row["diperbarui"] = item.diperbarui?.indonesian ?? false
        row["diperbarui_iso"] = item.diperbarui?.iso ?? ""
        return row
    }

    static func formName(_ form: String) -> String {
        switch form {
        case "softcopy": return "Softcopy"
        case "hardcopy": return "Hardcopy"
        case "rekam": return "Rekaman audio/video"
        default: return form
        }
    }

    func exemptionRow(_ item: ExemptionClaim, number: Int) -> Context {
        var row: Context = [
            "no": number,
            "id": item.id,
            "judul": item.judul,
            "url": urls.link(SiteURLs.exemption(item)),
            "opd": opdName(item.opdSlug),
            "opd_url": urls.link(SiteURLs.opd(item.opdSlug)),
            "dasar_hukum": item.dasarHukum.map { ["teks": $0] as Context },
            "peraturan_lain": item.peraturanLain.map { ["teks": $0] as Context },
            "konsekuensi": item.konsekuensi,
            "kepentingan_publik": item.kepentinganPublik,
            "jangka_waktu": item.jangkaWaktu?.indonesian ?? item.jangkaWaktuText,
        ]
        row["penetapan"] = item.penetapan.map(decisionContext) ?? false
        return row
    }

    func decisionContext(_ decision: Decision) -> Context {
        ["nomor": decision.nomor ?? false, "tanggal": decision.tanggal?.indonesian ?? false, "oleh": decision.oleh ?? false]
    }

    func sopRow(_ sop: SOP) -> Context {
        var row: Context = [
            "judul": sop.judul,
            "url": urls.link(SiteURLs.sop(sop)),
            "jenis": sop.kindTitle,
            "opd": opdName(sop.opdSlug),
            "opd_url": urls.link(SiteURLs.opd(sop.opdSlug)),
        ]
        row["nomor"] = sop.nomor ?? false
        row["ditetapkan"] = sop.ditetapkan?.indonesian ?? false
        return row
    }

    func contactContext(_ contact: Contact) -> Context {
        [
            "telepon": contact.telepon ?? false,
            "telepon_uri": contact.telepon.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } } ?? "",
            "email": contact.email ?? false,
        ]
    }

    /// Links to the other pages of a paginated list.
    func pagination(path: String, current: Int, total: Int) -> Context? {
        guard total > 1 else { return nil }
        let pages: [Context] = (1...total).map { number in
            ["nomor": number, "url": urls.link(SiteURLs.listPage(path, number)), "aktif": number == current]
        }
        var context: Context = ["halaman": pages, "sekarang": current, "jumlah": total]
        if current > 1 { context["sebelumnya"] = urls.link(SiteURLs.listPage(path, current - 1)) }
        if current < total { context["berikutnya"] = urls.link(SiteURLs.listPage(path, current + 1)) }
        return context
    }
}
