/// How serious a finding is. The words stay English in every output format.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// One finding of a validation rule: a plain value with a location, a rule ID,
/// a severity and an Indonesian message.
public struct Diagnostic: Sendable, Hashable {
    public var rule: RuleID
    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ rule: RuleID, at location: SourceLocation, _ message: String) {
        self.rule = rule
        self.severity = rule.severity
        self.location = location
        self.message = message
    }

    /// The order every output format uses: file, line, column, rule, then message.
    public static func reportOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.rule != b.rule { return a.rule.rawValue < b.rule.rawValue }
        return a.message < b.message
    }
}

/// Collects findings during a run; every stage appends to it, nothing stops at the first problem.
public struct DiagnosticBag: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func add(_ diagnostic: Diagnostic) { all.append(diagnostic) }

    public mutating func add(_ rule: RuleID, at location: SourceLocation, _ message: String) {
        all.append(Diagnostic(rule, at: location, message))
    }

    public mutating func append(contentsOf other: [Diagnostic]) { all.append(contentsOf: other) }

    public var errorCount: Int { all.lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { all.lazy.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Findings sorted in report order, each reported once.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return all.filter { seen.insert($0).inserted }.sorted(by: Diagnostic.reportOrder)
    }
}
