/// Every file of a content folder that `ppid` reads, sorted by path, with the text of the
/// ones it parses. Documents under `berkas/` are only listed; they are copied at write time.
public struct ContentInventory: Sendable {
    public struct OPDFolder: Sendable {
        public var slug: String
        public var profile: SourceText?
        public var dip: SourceText?
        public var dik: SourceText?
        public var sops: [SourceText]
        /// Relative paths (from the content folder) of every file under `opd/<slug>/berkas/`.
        public var documents: Set<String>
    }

    public var contentRoot: String
    public var displayRoot: String
    public var ppid: SourceText?
    public var pages: [SourceText] = []
    public var opds: [OPDFolder] = []
    /// Relative paths of every file under `berkas/` (the PPID Utama's documents).
    public var documents: Set<String> = []
    public var complaintTables: [SourceText] = []
    public var complaintSummary: SourceText?
    public var complaintColumns: SourceText?
    /// `layanan/permohonan/*.csv` and `layanan/keberatan/*.csv`, the request service's registers.
    public var requestTables: [SourceText] = []
    public var objectionTables: [SourceText] = []
    /// `layanan/sengketa.yml`, `layanan/kolom.yml`.
    public var disputes: SourceText?
    public var serviceColumns: SourceText?
    /// `layanan/laporan/*.md`, the annual reports' narratives.
    public var serviceReports: [SourceText] = []
    /// `kalender/*.yml`, local holiday calendars.
    public var calendars: [SourceText] = []
    /// Relative paths of files that exist but could not be read (PPID009, size) or parsed (PPID001):
    /// one cause, one finding — nothing that only follows from their absence is reported.
    public var unusable: Set<String> = []

    /// Whether the file exists but could not be read or parsed.
    public func isUnusable(_ relative: String) -> Bool { !unusable.isEmpty && unusable.contains(relative) }

    public func displayPath(_ relative: String) -> String {
        displayRoot.isEmpty ? relative : "\(displayRoot)/\(relative)"
    }

    public func source(named relative: String) -> SourceText? {
        if ppid?.relativePath == relative { return ppid }
        return allTexts.first { $0.relativePath == relative }
    }

    public var allTexts: [SourceText] {
        var texts: [SourceText] = []
        if let ppid { texts.append(ppid) }
        texts += pages
        for opd in opds { texts += [opd.profile, opd.dip, opd.dik].compactMap { $0 } + opd.sops }
        texts += complaintTables
        texts += [complaintSummary, complaintColumns].compactMap { $0 }
        texts += requestTables + objectionTables + [disputes, serviceColumns].compactMap { $0 } + serviceReports + calendars
        return texts
    }
}
