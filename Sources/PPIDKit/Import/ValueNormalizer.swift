/// Turns what a cell holds into our words (ONBOARDING.md, "Values are normalised"): forms and
/// categories to our vocabulary, dates to ISO (text dates day first), years, "2025, Jombang"
/// split into time and place; any other text trimmed with inner spaces and line breaks collapsed.
public enum ValueNormalizer {
    /// One form word read from a `bentuk` cell: ours, or the text as written when unknown.
    public struct Form: Sendable, Hashable {
        public var word: String
        public var known: Bool
    }

    /// A cell's text as written, trimmed, runs of spaces and line breaks collapsed to one space.
    public static func text(_ value: CellValue) -> String {
        value.displayText.collapsedWhitespace
    }

    /// Whether a text stands for "nothing here" in a table: dashes only.
    public static func isPlaceholder(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0 == "-" || $0 == "–" || $0 == "—" || $0 == " " }
    }

    /// `berkala`, `serta-merta` or `setiap-saat` when the text's words contain one (the first
    /// one written wins).
    public static func category(in text: String) -> String? {
        let heading = HeadingText(text)
        let found: [(String, String)] = [("berkala", "berkala"), ("serta merta", "serta-merta"), ("setiap saat", "setiap-saat"),
                                         ("sertamerta", "serta-merta")]
        let positions = found.compactMap { phrase, word -> (Int, String)? in
            heading.text.range(of: phrase).map { (heading.text.distance(from: heading.text.startIndex, to: $0.lowerBound), word) }
        }
        return positions.min { $0.0 < $1.0 }?.1
    }

    /// The forms in a `bentuk` cell, separated by `/`, `,`, `;`, `&`, `+` or the word `dan`/`atau`.
    public static func forms(in text: String) -> [Form] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            if "/,;&+\n".contains(character) {
                pieces.append(current); current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        var result: [Form] = []
        for piece in pieces {
            let words = piece.split(separator: " ").map(String.init)
            var chunk: [String] = []
            for word in words + ["dan"] {
                if ["dan", "atau", "serta"].contains(word.lowercased()) {
                    let joined = chunk.joined(separator: " ").trimmedWhitespace
                    if !joined.isEmpty && !isPlaceholder(joined) { result.append(form(joined)) }
                    chunk = []
                } else {
                    chunk.append(word)
                }
            }
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0.word).inserted }
    }

    static func form(_ text: String) -> Form {
        let heading = HeadingText(text)
        if heading.containsAny("softcopy", "soft copy", "elektronik", "digital", "soft") { return Form(word: "softcopy", known: true) }
        if heading.containsAny("hardcopy", "hard copy", "cetak", "tercetak", "hard") { return Form(word: "hardcopy", known: true) }
        if heading.containsAny("rekaman", "rekam", "audio", "video") { return Form(word: "rekam", known: true) }
        return Form(word: text.collapsedWhitespace, known: false)
    }

    /// A date or a year in a cell: a date cell; a number between 1900 and 2100 (a year, when
    /// years are allowed); `YYYY-MM-DD`; `D/M/YYYY` (also with `-` or `.`), day first as in
    /// Indonesia; `31 Desember 2025`; a four-digit year, also `Tahun 2025`.
    public static func date(_ value: CellValue, yearAllowed: Bool) -> PartialValue? {
        switch value {
        case .date(let date): return .date(date)
        case .number(let number):
            if yearAllowed, number == number.rounded(), (1900...2100).contains(number) { return .year(Int(number)) }
            return nil
        case .text(let raw):
            return date(text: raw.collapsedWhitespace, yearAllowed: yearAllowed)
        default: return nil
        }
    }

    public enum PartialValue: Sendable, Hashable {
        case date(CalendarDate)
        case year(Int)

        public var text: String {
            switch self {
            case .date(let date): return date.iso
            case .year(let year): return String(year)
            }
        }
    }

    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
        "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "ags": 8, "agt": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "nopember": 11,
        "desember": 12, "des": 12, "dec": 12,
    ]

    static func date(text: String, yearAllowed: Bool) -> PartialValue? {
        if let iso = CalendarDate(isoWithOptionalTime: text) { return .date(iso) }
        let words = HeadingText(text).words.map(String.init)
        if yearAllowed {
            if words.count == 1, let year = Int(words[0]), words[0].count == 4, (1900...2100).contains(year),
               text.allSatisfy(\.isASCIIDigit) { return .year(year) }
            if words.count == 2, ["tahun", "th", "thn"].contains(words[0]), let year = Int(words[1]), words[1].count == 4,
               (1900...2100).contains(year) { return .year(year) }
        }
        // D/M/YYYY, D-M-YYYY, D.M.YYYY (a time after it ignored).
        if let date = ExportDateFormat.dayFirstDate(text) { return .date(date) }
        // 31 Desember 2025
        if words.count == 3, let day = Int(words[0]), let month = months[words[1]], let year = Int(words[2]), words[2].count == 4 {
            return CalendarDate(year: year, month: month, day: day).map(PartialValue.date)
        }
        return nil
    }

    /// `2025, Jombang` or `Jombang, 2025` (also a date, or `/` between): the time and the place.
    public static func timeAndPlace(_ value: CellValue) -> (time: String?, place: String?) {
        if let whole = date(value, yearAllowed: true) { return (whole.text, nil) }
        let text = self.text(value)
        for separator in [",", "/", ";"] {
            let parts = text.split(separator: Character(separator), maxSplits: 1).map { $0.trimmedWhitespace }
            guard parts.count == 2 else { continue }
            if let time = date(text: parts[0], yearAllowed: true) { return (time.text, parts[1].isEmpty ? nil : parts[1]) }
            if let time = date(text: parts[1], yearAllowed: true) { return (time.text, parts[0].isEmpty ? nil : parts[0]) }
        }
        // "Jombang 2025": a year as the last word.
        let words = text.split(separator: " ")
        if words.count >= 2, let last = words.last, last.count == 4, let year = Int(last), (1900...2100).contains(year) {
            return (String(year), words.dropLast().joined(separator: " "))
        }
        return (text.isEmpty ? nil : text, nil)
    }
}
