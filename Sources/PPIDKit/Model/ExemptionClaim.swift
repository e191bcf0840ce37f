/// One entry of a Daftar Informasi yang Dikecualikan: information withheld after an uji konsekuensi.
public struct ExemptionClaim: Sendable {
    public var opdSlug: String
    public var id: String
    public var judul: String
    public var dasarHukum: [String]
    public var peraturanLain: [String]
    public var konsekuensi: String
    public var kepentinganPublik: String
    public var jangkaWaktu: ExemptionPeriod?
    public var jangkaWaktuText: String
    public var penetapan: Decision?
    public var fields: FieldLocations
    /// Where each `dasar_hukum` entry stands, parallel to `dasarHukum` (rules PPID201, 208, 211).
    public var dasarHukumLocations: [SourceLocation] = []
    /// Where the keys and values of `penetapan` stand (rule PPID207).
    public var penetapanFields: FieldLocations?
    /// `draf: true`: in the model only under `DraftPolicy.shown`.
    public var isDraft = false
    /// `dibuka`: the exemption was lifted (LIFECYCLE.md); nil while it stands.
    public var dibuka: ExemptionOpening?
}

/// How long information stays withheld (`jangka_waktu`).
public enum ExemptionPeriod: Sendable, Hashable {
    case permanent
    case years(Int)
    case until(CalendarDate)
    case event(String)

    /// Parses `permanen`, `N tahun` (also `N (kata) tahun`, `N tahun sejak ditetapkan|penetapan`),
    /// `YYYY-MM-DD` or `sampai …` (case-insensitive); nil otherwise (PPID004, `ExemptionPeriodRule`).
    public init?(_ text: String) {
        let folded = text.collapsedWhitespace.lowercased()
        if folded == "permanen" { self = .permanent; return }
        if let date = CalendarDate(iso: folded) { self = .until(date); return }
        var words = folded.split(separator: " ")
        // `5 (lima) tahun`: the number spelt out in brackets.
        if words.count >= 3, words[1].hasPrefix("("), words[1].hasSuffix(")"), words[1].dropFirst().dropLast().allSatisfy(\.isLetter) {
            words.remove(at: 1)
        }
        // `5 tahun sejak ditetapkan` / `sejak penetapan`: counted from the decision, as `N tahun` is.
        if words.count == 4, words[2] == "sejak", words[3] == "ditetapkan" || words[3] == "penetapan" { words.removeLast(2) }
        if words.count == 2, words[1] == "tahun", words[0].allSatisfy(\.isASCIIDigit), let years = Int(words[0]), years >= 1 {
            self = .years(years)
            return
        }
        if words.count >= 2, words[0] == "sampai" { self = .event(String(text.collapsedWhitespace.dropFirst(7))); return }
        return nil
    }

    /// The last day of withholding, when it can be known.
    public func endDate(decidedOn decided: CalendarDate?) -> CalendarDate? {
        switch self {
        case .until(let date): return date
        case .years(let years): return decided?.adding(years: years)
        case .permanent, .event: return nil
        }
    }

    public var indonesian: String {
        switch self {
        case .permanent: return "Permanen"
        case .years(let years): return "\(years) tahun sejak penetapan"
        case .until(let date): return "Sampai \(date.indonesian)"
        case .event(let event): return "Sampai \(event)"
        }
    }
}
