/// `feed.xml`: an Atom feed of the newest 50 DIP items by `diperbarui` (else `waktu_pembuatan`)
/// and announcements of opened exemptions by `dibuka.tanggal` (LIFECYCLE.md). Its `<updated>` is
/// the newest such date, never the build's clock; ids are the absolute URLs of the items' pages.
/// The DIP entry the site adds for an opened item is left out: its announcement stands for it.
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

    /// One entry: a DIP item, or the announcement that an exempted item was opened.
    public enum Entry: Sendable {
        case information(InformationItem)
        case opening(ExemptionClaim)

        /// The DIP item of an `information` entry.
        public var information: InformationItem? {
            if case .information(let item) = self { return item }
            return nil
        }
    }

    /// Newest first; entries of the same date keep CONTENT.md order (DIP items before
    /// announcements); items without any date are left out.
    public func entries() -> [(entry: Entry, date: CalendarDate)] {
        // Dates and places only: the tens of thousands of items are neither copied nor moved.
        let all = site.model.allInformation, openings = site.model.openedExemptions
        var dated: [(date: CalendarDate, offset: Int)] = []
        dated.reserveCapacity(all.count + openings.count)
        for index in all.indices where !all[index].isDerivedFromOpening {
            if let date = Self.date(of: all[index]) { dated.append((date, index)) }
        }
        for index in openings.indices {
            if let date = openings[index].dibuka?.tanggal { dated.append((date, all.count + index)) }
        }
        let newest = dated.sorted { $0.date != $1.date ? $0.date > $1.date : $0.offset < $1.offset }.prefix(Self.limit)
        return newest.map { place in
            place.offset < all.count ? (Entry.information(all[place.offset]), place.date)
                                     : (Entry.opening(openings[place.offset - all.count]), place.date)
        }
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
        for (entry, date) in entries {
            guard case .information(let item) = entry else {
                if case .opening(let claim) = entry { out += opening(claim, date: date) }
                continue
            }
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

    /// The entry announcing that `claim` was opened: its page, which now says so.
    func opening(_ claim: ExemptionClaim, date: CalendarDate) -> String {
        let url = XMLText.escape(site.urls.absolute(SiteURLs.exemption(claim)))
        let reason = claim.dibuka?.alasan?.indonesian.lowercased() ?? ""
        let summary = "Informasi yang sebelumnya dikecualikan ini terbuka untuk publik sejak \(date.indonesian) berdasarkan \(claim.dibuka?.nomor ?? "-") (\(reason))."
        var out = "<entry>\n<title>\(XMLText.escape("Dibuka: \(claim.judul)"))</title>\n<id>\(url)</id>\n"
        out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/>\n<updated>\(Self.timestamp(date))</updated>\n"
        out += "<author><name>\(XMLText.escape(site.opdName(claim.opdSlug)))</name></author>\n"
        out += "<category term=\"dibuka\" label=\"\(XMLText.escape(PageBuilder.openedTitle))\"/>\n"
        out += "<summary>\(XMLText.escape(summary))</summary>\n</entry>\n"
        return out
    }

    public func write(with writer: some SiteOutput) throws(SiteWriter.WriteError) {
        try writer.write(xml(), to: SiteURLs.feed)
    }
}
