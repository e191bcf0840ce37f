/// The declared shape of a content file: its keys, which are required, and what each value may be.
/// One declaration drives the structural checks (PPID002–PPID005), the JSON Schema (`ppid schema`)
/// and the rule reference, so they cannot drift apart.
public struct Schema: Sendable {
    public var name: String
    public var description: String
    public var fields: [Field]
    /// Keys that are known but never allowed here, with the rule and message that explain why.
    public var forbidden: [ForbiddenKey] = []
    /// A mapping that may stand for one still to be filled in: written `{draf: true}`, its required
    /// keys may be missing (`ppid_utama.sk`: PPID301 stays quiet while PPID306 reminds).
    public var placeholderWhenDraft = false
    /// The rule for a value of the wrong shape in (or instead of) this mapping: PPID004 unless a
    /// more specific rule owns the whole mapping (PPID214 for `dibuka`).
    public var shapeRule: RuleID = .ppid004

    public init(_ name: String, _ description: String, fields: [Field], forbidden: [ForbiddenKey] = [],
                placeholderWhenDraft: Bool = false, shapeRule: RuleID = .ppid004) {
        self.name = name
        self.description = description
        self.fields = fields
        self.forbidden = forbidden
        self.placeholderWhenDraft = placeholderWhenDraft
        self.shapeRule = shapeRule
    }

    public func field(_ key: String) -> Field? { fields.first { $0.key == key } }
}

public struct ForbiddenKey: Sendable {
    public var key: String
    public var rule: RuleID
    public var message: String
}

public struct Field: Sendable {
    public enum Requirement: Sendable {
        case optional
        /// Required; a missing key is reported under this rule (PPID003 unless a more specific rule applies).
        case required(RuleID)
    }

    public var key: String
    public var kind: ValueKind
    public var requirement: Requirement
    /// Indonesian description for editors (JSON Schema) and messages.
    public var description: String

    public static func required(_ key: String, _ kind: ValueKind, rule: RuleID = .ppid003, _ description: String) -> Field {
        Field(key: key, kind: kind, requirement: .required(rule), description: description)
    }

    public static func optional(_ key: String, _ kind: ValueKind, _ description: String) -> Field {
        Field(key: key, kind: kind, requirement: .optional, description: description)
    }

    public var isRequired: Bool {
        if case .required = requirement { return true }
        return false
    }
}

public indirect enum ValueKind: Sendable {
    /// Any scalar, read as text.
    case text
    /// A `YYYY-MM-DD` date.
    case date
    /// A date, or a year alone.
    case dateOrYear
    case integer
    /// A decimal number written with digits and at most one `.` (`40`, `2.5`): criteria weights.
    case number
    case boolean
    /// One of the listed words; a wrong word is reported under `rule`.
    case word([String], rule: RuleID)
    /// A list whose entries are of the inner kind.
    case list(ValueKind, nonEmpty: Bool)
    /// One value of the inner kind, or a list of them.
    case oneOrList(ValueKind)
    case mapping(Schema)
    /// A map from free keys to values of the inner kind (`kolom.yml`).
    case dictionary(ValueKind)

    /// "teks", "tanggal YYYY-MM-DD", … for messages.
    public var indonesianName: String {
        switch self {
        case .text: return "teks"
        case .date: return "tanggal YYYY-MM-DD"
        case .dateOrYear: return "tanggal YYYY-MM-DD atau tahun YYYY"
        case .integer: return "bilangan bulat"
        case .number: return "bilangan"
        case .boolean: return "true atau false"
        case .word(let words, _): return "salah satu dari: \(words.joined(separator: ", "))"
        case .list(let inner, _): return "daftar \(inner.indonesianName)"
        case .oneOrList(let inner): return "\(inner.indonesianName) atau daftarnya"
        case .mapping: return "pemetaan (kunci: nilai)"
        case .dictionary: return "pemetaan (kunci: nilai)"
        }
    }
}
