/// `pengaduan/kolom.yml`: how another export's column names and words map onto ours.
/// Keys match exactly after trimming, else case-insensitively; values are our words.
public struct ComplaintColumnMapping: Sendable {
    /// One map of `kolom.yml` (`kolom`, `status`, `kanal` or `opd`).
    public struct WordMap: Sendable {
        var exact: [String: String] = [:]
        var folded: [String: String] = [:]

        init(_ pairs: [(String, String)]) {
            for (key, value) in pairs {
                let trimmed = key.trimmedWhitespace
                if exact[trimmed] == nil { exact[trimmed] = value }
                let lower = trimmed.lowercased()
                if folded[lower] == nil { folded[lower] = value }
            }
        }

        public var isEmpty: Bool { exact.isEmpty }

        /// Our word for `word`, or nil when the map does not name it.
        public func lookup(_ word: String) -> String? {
            if isEmpty { return nil }
            return exact[word] ?? folded[word.lowercased()]
        }

        /// `word` mapped, or unchanged when the map does not name it.
        public func apply(_ word: String) -> String { lookup(word) ?? word }
    }

    public var columns: WordMap
    public var statuses: WordMap
    public var channels: WordMap
    public var opds: WordMap

    public static let identity = ComplaintColumnMapping(columns: WordMap([]), statuses: WordMap([]),
                                                        channels: WordMap([]), opds: WordMap([]))

    /// Reads `kolom.yml` leniently (its shape was checked by StructureValidation) and reports
    /// targets that are not our words (PPID004) at the value.
    public init(_ document: YAMLDocument?, into diagnostics: inout DiagnosticBag) {
        let root = document?.root
        func pairs(_ key: String, allowed: [String]?) -> [(String, String)] {
            guard let entries = root?[key]?.entries else { return [] }
            var result: [(String, String)] = []
            for entry in entries {
                guard let target = entry.value.text, !target.isEmpty else { continue }
                if let allowed, !allowed.contains(target) {
                    var message = "\"\(target)\" bukan \(key == "kolom" ? "nama kolom" : "kata \(key)") ppid untuk \"\(entry.key)\" di \(key); gunakan salah satu dari: \(allowed.joined(separator: ", "))."
                    if let suggestion = target.closest(in: allowed) { message += " Maksud Anda \"\(suggestion)\"?" }
                    diagnostics.add(.ppid004, at: entry.value.location, message)
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
}
