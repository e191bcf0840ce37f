/// The prebuilt search index: `cari/indeks.json`, and `cari/indeks.js`, which sets
/// `window.PPID_INDEKS` so the search page also works from `file://`. Short keys keep it small:
/// `t` type, `j` title, `r` summary (at most 160 characters), `o` index into `opd`, `g` tags and
/// other words to match, `u` site path (the script prefixes the page's base).
public struct SearchIndex: Sendable {
    public static let globalName = "PPID_INDEKS"
    public static let types: [(String, String)] = [
        ("h", "Halaman"), ("o", "OPD"), ("i", "Informasi publik"), ("k", "Informasi dikecualikan"), ("s", "SOP"),
    ]

    public let site: SiteContext
    let fragments: DataFragments

    public init(site: SiteContext, fragments: DataFragments = .fresh) {
        self.site = site
        self.fragments = fragments
    }

    public func write(with writer: some SiteOutput) throws(SiteWriter.WriteError) {
        let json = text()
        try writer.write(json + "\n", to: SiteURLs.searchIndexJSON)
        try writer.write("window.\(Self.globalName) = \(json);\n", to: SiteURLs.searchIndexScript)
    }

    public func value() -> JSONValue {
        let (head, entries, _) = document()
        return .object(head + [("d", .array(entries))])
    }

    /// `value().serialized()`, assembled here so that each OPD's piece of entries is placed (its
    /// offset in `cari/indeks.json` recorded) as it is appended.
    func text() -> String {
        let (head, entries, pieces) = document()
        var out = JSONValue.object(head).serialized()
        out.removeLast()  // the closing brace: "d" follows
        out += ",\"d\":["
        for (index, entry) in entries.enumerated() {
            if index > 0 { out += "," }
            if let piece = pieces[index], case .raw(let text) = entry {
                fragments.placed(piece.kind, opd: piece.opd, text: text, in: SiteURLs.searchIndexJSON, at: out.utf8.count)
                out += text
            } else {
                out += entry.serialized()
            }
        }
        return out + "]}"
    }

    /// The members before the entries, the entries, and which entries are OPD pieces (by index).
    private func document() -> (head: [(String, JSONValue)], entries: [JSONValue], pieces: [Int: (kind: String, opd: String)]) {
        let model = site.model
        var pieces: [Int: (kind: String, opd: String)] = [:]
        var opdNumber: [String: Int] = [:]
        for (number, opd) in model.opds.enumerated() where opdNumber[opd.slug] == nil { opdNumber[opd.slug] = number }
        var all = builtInPages()
        for page in model.pages {
            let text = PlainText.fromHTML(site.markdown.body(page)?.html ?? "", maxBytes: 1024)
            all.append(entry("h", page.judul, text, path: SiteURLs.page(page)))
        }
        for opd in model.opds {
            let summary = "PPID Pelaksana: \(opd.pelaksana.jabatan ?? "-"). \(opd.informasi.count) informasi publik, \(model.withheldExemptions(of: opd).count) informasi dikecualikan, \(opd.sops.count) SOP."
            all.append(entry("o", opd.nama, summary, words: [opd.singkatan ?? "", opd.slug], path: SiteURLs.opd(opd.slug)))
        }
        // Each OPD's entries of one type are serialised together, so `ppid serve` reuses them.
        func entries(_ type: String, of opd: OPD, count: Int, _ make: (Int) -> [JSONValue]) {
            guard count > 0 else { return }
            pieces[all.count] = ("cari-\(type)", opd.slug)
            all.append(.raw(fragments.text("cari-\(type)", opd: opd.slug) {
                JSONValue.elements(make(opdNumber[opd.slug] ?? 0), indent: nil, level: 1)
            }))
        }
        for opd in model.opds {
            entries("i", of: opd, count: opd.informasi.count) { number in
                opd.informasi.map { item in
                    let text = PlainText.fromHTML(site.markdown.ringkasan(item)?.html ?? item.ringkasan, maxBytes: 1024)
                    return entry("i", item.judul, text, opd: number, words: item.tag + [item.kategori?.title ?? ""],
                                 path: SiteURLs.information(item))
                }
            }
        }
        for opd in model.opds {
            let withheld = model.withheldExemptions(of: opd)
            entries("k", of: opd, count: withheld.count) { number in
                withheld.map { item in
                    entry("k", item.judul, item.konsekuensi.collapsedWhitespace, opd: number, words: item.dasarHukum,
                          path: SiteURLs.exemption(item))
                }
            }
        }
        for opd in model.opds {
            entries("s", of: opd, count: opd.sops.count) { number in
                opd.sops.map { sop in
                    let summary = [sop.kindTitle, sop.nomor.map { "Nomor \($0)" }].compactMap { $0 }.joined(separator: " · ")
                    return entry("s", sop.judul, summary, opd: number, path: SiteURLs.sop(sop))
                }
            }
        }
        let head: [(String, JSONValue)] = [
            ("v", .int(1)),
            ("t", .object(Self.types.map { ($0.0, .string($0.1)) })),
            ("opd", .strings(model.opds.map(\.nama))),
        ]
        return (head, all, pieces)
    }

    private func entry(_ type: String, _ title: String, _ summary: String, opd: Int? = nil, words: [String] = [],
                       path: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("t", .string(type)), ("j", .string(title))]
        let short = PlainText.truncated(summary)
        if !short.isEmpty { members.append(("r", .string(short))) }
        if let opd { members.append(("o", .int(opd))) }
        let extra = words.filter { !$0.isEmpty }.joined(separator: " ")
        if !extra.isEmpty { members.append(("g", .string(extra))) }
        members.append(("u", .string(path)))
        return .object(members)
    }

    /// The theme's own pages, so "keberatan" or "data terbuka" finds them.
    private func builtInPages() -> [JSONValue] {
        var pages: [(String, String, String)] = [
            ("Layanan Informasi Publik", "Cara mengajukan permohonan informasi, keberatan dan sengketa informasi beserta batas waktunya; formulir permohonan dan keberatan; maklumat pelayanan.", SiteURLs.services),
            ("Daftar Informasi Publik", "Seluruh informasi publik setiap OPD dalam satu tabel.", SiteURLs.dipIndex),
        ]
        for category in InformationCategory.allCases {
            pages.append((category.title, category.explanation, SiteURLs.category(category)))
        }
        pages += [
            ("Daftar Informasi yang Dikecualikan", "Informasi yang dikecualikan beserta dasar hukum dan uji konsekuensinya.", SiteURLs.dikIndex),
            ("Organisasi Perangkat Daerah", "PPID Pelaksana setiap OPD beserta kontak dan daftar informasinya.", SiteURLs.opdIndex),
            ("Standar Operasional Prosedur", "SOP layanan informasi publik seluruh OPD.", SiteURLs.sopIndex),
            ("Statistik Pengaduan Masyarakat", "Angka pengaduan SP4N-LAPOR! per periode.", SiteURLs.complaintStatistics),
            ("Data Terbuka", "Berkas JSON dan CSV: daftar informasi publik, informasi yang dikecualikan dan statistik pengaduan.", SiteURLs.openData),
            ("Pernyataan Aksesibilitas", "Standar aksesibilitas situs, keterbatasan yang diketahui dan cara melaporkan hambatan.", SiteURLs.accessibility),
        ]
        return pages.map { entry("h", $0.0, $0.1, path: $0.2) }
    }
}
