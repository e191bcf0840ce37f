/// A `kolom.yml` (or one section of `layanan/kolom.yml`): how another export's column names and
/// words map onto ours, and how its dates are written. Keys match exactly after trimming, else
/// case-insensitively with spaces, `_` and `-` alike (`ExportWord`); values are our words.
public struct ExportColumnMapping<Column: ExportColumn>: Sendable {
    /// One map (`kolom`, `status`, `kanal`, `keputusan`, `opd` …).
    public struct WordMap: Sendable {
        var exact: [String: String] = [:]
        var folded: [String: String] = [:]

        public init(_ pairs: [(String, String)]) {
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

    /// A map of words a section may hold: its key and our words (nil: free targets, e.g. OPD slugs).
    public struct WordMapKey: Sendable {
        public var key: String
        public var allowed: [String]?

        public init(_ key: String, _ allowed: [String]?) {
            self.key = key
            self.allowed = allowed
        }
    }

    public var columns: WordMap
    /// The word maps by key.
    public var words: [String: WordMap]
    /// `format_tanggal`, or nil to detect the format per file.
    public var dateFormat: ExportDateFormat?
    /// Headers (normalised) whose `kolom` mapping was refused because they hold identity or contact
    /// data (an error at the mapping): the column is dropped without a second finding.
    public var refusedHeaders: Set<String> = []
    /// Our columns that a refused mapping meant to fill.
    public var refusedTargets: Set<Column> = []

    public init(columns: WordMap = WordMap([]), words: [String: WordMap] = [:]) {
        self.columns = columns
        self.words = words
    }

    /// Reads a mapping leniently (its shape was checked by StructureValidation) and reports
    /// targets that are not our words (PPID004) at the value, a `format_tanggal` it does not know
    /// (PPID004), and a personal header mapped onto our column (the kind's personal rule, as an
    /// error, at the mapping, naming the header only).
    public init(_ root: YAMLNode?, maps: [WordMapKey], kind: ExportTableKind, into diagnostics: inout DiagnosticBag) {
        var refusedHeaders = Set<String>()
        var refusedTargets = Set<Column>()
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
                   let column = Column(rawValue: target) {
                    var finding = Diagnostic(kind.personalRule, at: entry.keyLocation,
                        "Kolom \"\(entry.key)\" berisi data pribadi \(kind.person) (\(PersonalDataColumns.describe(personal.word))) dan tidak boleh dipetakan ke \(target): isinya akan terbit. Hapus pemetaan ini dan petakan kolom lain yang benar-benar berisi \(target); kolom \"\(entry.key)\" dibuang saat dibaca.")
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
        var words: [String: WordMap] = [:]
        for map in maps { words[map.key] = WordMap(pairs(map.key, allowed: map.allowed)) }
        self.init(columns: WordMap(pairs("kolom", allowed: Column.names)), words: words)
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

    /// Our column for a header: a `kolom` mapping, else our own name (case-insensitive).
    public func column(forHeader header: String) -> Column? {
        let trimmed = header.trimmedWhitespace
        if let target = columns.lookup(trimmed) { return Column(rawValue: target) }
        return Column(rawValue: trimmed.lowercased())
    }

    /// Whether the header's mapping was refused (personal data).
    public func isRefused(_ header: String) -> Bool {
        !refusedHeaders.isEmpty && refusedHeaders.contains(ExportWord.normalized(header.trimmedWhitespace))
    }

    /// The map of `key` (empty when the file has none).
    public func map(_ key: String) -> WordMap { words[key] ?? WordMap([]) }

    /// Our word for a cell of a word column: the map, else the cell spelt loosely; nil when it is none of ours.
    public func word(_ text: String, key: String, in allowed: [String]) -> String? {
        let mapped = map(key).apply(text)
        return ExportWord.match(mapped, in: allowed)
    }
}
