/// `pengaduan/kolom.yml`: how another export's column names and words map onto ours, and how its
/// dates are written. Keys match exactly after trimming, else case-insensitively with spaces, `_`
/// and `-` alike (`ExportWord`); values are our words.
public struct ComplaintColumnMapping: Sendable {
    /// One map of `kolom.yml` (`kolom`, `status`, `kanal` or `opd`).
    public struct WordMap: Sendable {
        var exact: [String: String] = [:]
        var folded: [String: String] = [:]

        init(_ pairs: [(String, String)]) {
            for (key, value) in pairs {
                let trimmed = key.trimmedWhitespace
                if exact[trimmed] == nil { exact[trimmed] = value }
                let folding = ExportWord.normalized(trimmed)
                if folded[folding] == nil { folded[folding] = value }
            }
        }

        public var isEmpty: Bool { exact.isEmpty }

        /// Our word for `word`, or nil when the map does not name it.
        public func lookup(_ word: String) -> String? {
            if isEmpty { return nil }
            return exact[word] ?? folded[ExportWord.normalized(word)]
        }

        /// `word` mapped, or unchanged when the map does not name it.
        public func apply(_ word: String) -> String { lookup(word) ?? word }
    }

    public var columns: WordMap
    public var statuses: WordMap
    public var channels: WordMap
    public var opds: WordMap
    /// `format_tanggal`, or nil to detect the format per file.
    public var dateFormat: ExportDateFormat?
    /// Headers (normalised) whose `kolom` mapping was refused because they hold identity or contact
    /// data (PPID404 error at the mapping): the column is dropped without a second finding.
    public var refusedHeaders: Set<String> = []
    /// Our columns that a refused mapping meant to fill.
    public var refusedTargets: Set<ComplaintColumn> = []

    public static let identity = ComplaintColumnMapping(columns: WordMap([]), statuses: WordMap([]),
                                                        channels: WordMap([]), opds: WordMap([]))

    /// Reads `kolom.yml` leniently (its shape was checked by StructureValidation) and reports
    /// targets that are not our words (PPID004) at the value, a `format_tanggal` it does not know
    /// (PPID004), and a personal header mapped onto our column (PPID404 error, at the mapping,
    /// naming the header only).
    public init(_ document: YAMLDocument?, into diagnostics: inout DiagnosticBag) {
        let root = document?.root
        var refusedHeaders = Set<String>()
        var refusedTargets = Set<ComplaintColumn>()
        func pairs(_ key: String, allowed: [String]?) -> [(String, String)] {
            guard let entries = root?[key]?.entries else { return [] }
            var result: [(String, String)] = []
            for entry in entries {
                guard let written = entry.value.text, !written.isEmpty else { continue }
                let target = allowed.flatMap { ExportWord.match(written, in: $0) } ?? written
                if let allowed, !allowed.contains(target) {
                    var message = "\"\(written)\" bukan \(key == "kolom" ? "nama kolom" : "kata \(key)") ppid untuk \"\(entry.key)\" di \(key); gunakan salah satu dari: \(allowed.joined(separator: ", "))."
                    if let suggestion = written.closest(in: allowed) { message += " Maksud Anda \"\(suggestion)\"?" }
                    diagnostics.add(.ppid004, at: entry.value.location, message)
                    continue
                }
                if key == "kolom", let personal = PersonalDataColumns.match(entry.key), personal.kind == .identity,
                   let column = ComplaintColumn(rawValue: target) {
                    var finding = Diagnostic(.ppid404, at: entry.keyLocation,
                        "Kolom \"\(entry.key)\" berisi data pribadi pelapor (\(PersonalDataColumns.describe(personal.word))) dan tidak boleh dipetakan ke \(target): isinya akan terbit. Hapus pemetaan ini dan petakan kolom lain yang benar-benar berisi \(target); kolom \"\(entry.key)\" dibuang saat dibaca.")
                    finding.severity = .error
                    diagnostics.add(finding)
                    refusedHeaders.insert(ExportWord.normalized(entry.key))
                    refusedTargets.insert(column)
                    continue
                }
                result.append((entry.key, target))
            }
            return result
        }
        self.init(columns: WordMap(pairs("kolom", allowed: ComplaintColumn.names)),
                  statuses: WordMap(pairs("status", allowed: ComplaintStatus.words)),
                  channels: WordMap(pairs("kanal", allowed: ComplaintChannel.words)),
                  opds: WordMap(pairs("opd", allowed: nil)))
        self.refusedHeaders = refusedHeaders
        self.refusedTargets = refusedTargets
        if let node = root?["format_tanggal"], let written = node.text, !written.isEmpty {
            if let format = ExportDateFormat(spelling: written) {
                dateFormat = format
            } else {
                diagnostics.add(.ppid004, at: node.location,
                    "format_tanggal \"\(written)\" tidak dikenal; gunakan salah satu dari: \(ExportDateFormat.spellings.joined(separator: ", ")).")
            }
        }
    }

    init(columns: WordMap, statuses: WordMap, channels: WordMap, opds: WordMap) {
        self.columns = columns
        self.statuses = statuses
        self.channels = channels
        self.opds = opds
    }

    /// Our column for a header: a `kolom` mapping, else our own name (case-insensitive).
    public func column(forHeader header: String) -> ComplaintColumn? {
        let trimmed = header.trimmedWhitespace
        if let target = columns.lookup(trimmed) { return ComplaintColumn(rawValue: target) }
        return ComplaintColumn(rawValue: trimmed.lowercased())
    }

    /// Whether the header's mapping was refused (personal data).
    public func isRefused(_ header: String) -> Bool {
        !refusedHeaders.isEmpty && refusedHeaders.contains(ExportWord.normalized(header.trimmedWhitespace))
    }

    /// Our status word for a cell: the map, else the word itself spelt loosely.
    public func status(_ text: String) -> ComplaintStatus? {
        let mapped = statuses.apply(text)
        return ComplaintStatus(rawValue: mapped) ?? ExportWord.match(mapped, in: ComplaintStatus.words).flatMap(ComplaintStatus.init(rawValue:))
    }

    /// Our channel word for a cell, or the cell mapped when it is none of ours.
    public func channel(_ text: String) -> String {
        let mapped = channels.apply(text)
        return ExportWord.match(mapped, in: ComplaintChannel.words) ?? mapped
    }
}
