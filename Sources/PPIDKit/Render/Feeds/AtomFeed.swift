/// `feed.xml`: an Atom feed of the newest 50 DIP items by `diperbarui` (else `waktu_pembuatan`).
/// Its `<updated>` is the newest such date, never the build's clock; ids are the items' absolute URLs.
public struct AtomFeed: Sendable {
    public static let limit = 50

    public let site: SiteContext

    public init(site: SiteContext) {
        self.site = site
    }

    /// The date an item counts as published or updated.
    static func date(of item: InformationItem) -> CalendarDate? {
        item.diperbarui ?? item.waktuPembuatan?.sortDate
    }

    /// Newest first; items of the same date keep CONTENT.md order; items without any date are left out.
    public func entries() -> [(item: InformationItem, date: CalendarDate)] {
        let dated = site.model.allInformation.enumerated().compactMap { offset, item in
            Self.date(of: item).map { (offset: offset, item: item, date: $0) }
        }
        let sorted = dated.sorted { $0.date != $1.date ? $0.date > $1.date : $0.offset < $1.offset }
        return sorted.prefix(Self.limit).map { ($0.item, $0.date) }
    }

    static func timestamp(_ date: CalendarDate) -> String { "\(date.iso)T00:00:00Z" }

    public func xml() -> String {
        let urls = site.urls
        let entries = entries()
        // With no dated item, the PPID's decree date, else the epoch: still never the clock.
        let updated = entries.first?.date ?? site.model.badanPublik?.ppidUtama.sk?.tanggal ?? CalendarDate(dayNumber: 0)
        let name = XMLText.escape("PPID \(site.badanNama)")
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
            <title>Informasi publik terbaru — \(name)</title>
            <subtitle>Informasi terbaru dalam Daftar Informasi Publik \(XMLText.escape(site.badanNama)).</subtitle>
            <id>\(XMLText.escape(urls.absolute("")))</id>
            <link rel="self" type="application/atom+xml" href="\(XMLText.escape(urls.absolute(SiteURLs.feed)))"/>
            <link rel="alternate" type="text/html" href="\(XMLText.escape(urls.absolute("")))"/>
            <updated>\(Self.timestamp(updated))</updated>
            <author><name>\(name)</name></author>

            """
        for (item, date) in entries {
            let url = XMLText.escape(urls.absolute(SiteURLs.information(item)))
            let summary = PlainText.truncated(PlainText.fromHTML(site.markdown.ringkasan(item)?.html ?? item.ringkasan), limit: 300)
            out += "<entry>\n<title>\(XMLText.escape(item.judul))</title>\n<id>\(url)</id>\n"
            out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/>\n<updated>\(Self.timestamp(date))</updated>\n"
            out += "<author><name>\(XMLText.escape(site.opdName(item.opdSlug)))</name></author>\n"
            if let category = item.kategori {
                out += "<category term=\"\(category.rawValue)\" label=\"\(XMLText.escape(category.title))\"/>\n"
            }
            if !summary.isEmpty { out += "<summary>\(XMLText.escape(summary))</summary>\n" }
            out += "</entry>\n"
        }
        return out + "</feed>\n"
    }

    public func write(with writer: some SiteOutput) throws(SiteWriter.WriteError) {
        try writer.write(xml(), to: SiteURLs.feed)
    }
}
