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

    /// Findings sorted in report order (`Diagnostic.reportOrder`), each reported once: the first
    /// of equal findings is kept, and findings that compare the same keep the order they were found in.
    public var sorted: [Diagnostic] {
        // Tens of thousands of findings: files are ranked once, so the sort compares integers and
        // reads a message only where place and rule are the same; no finding is hashed.
        let rank = Self.fileRanks(all)
        let order = all.indices.sorted { a, b in
            if rank[a] != rank[b] { return rank[a] < rank[b] }
            let (x, y) = (all[a], all[b])
            if x.location.line != y.location.line { return x.location.line < y.location.line }
            if x.location.column != y.location.column { return x.location.column < y.location.column }
            if x.rule != y.rule { return x.rule.rawValue < y.rule.rawValue }
            if x.message != y.message { return x.message < y.message }
            return a < b
        }
        var result: [Diagnostic] = []
        result.reserveCapacity(order.count)
        // Equal findings are now neighbours: within a run of the same place, rule and message
        // they can differ only in severity, so one of each severity is kept.
        var runStart = 0
        var previous: Int?
        for index in order {
            let diagnostic = all[index]
            if let previous, rank[previous] == rank[index], all[previous].location.line == diagnostic.location.line,
               all[previous].location.column == diagnostic.location.column, all[previous].rule == diagnostic.rule,
               all[previous].message == diagnostic.message {
                if result[runStart...].contains(where: { $0.severity == diagnostic.severity }) { continue }
            } else {
                runStart = result.count
            }
            result.append(diagnostic)
            previous = index
        }
        return result
    }

    /// For each finding, the rank of its file among all the files named, in `String` order.
    private static func fileRanks(_ diagnostics: [Diagnostic]) -> [Int] {
        var slots: [String: Int] = [:]
        var files: [String] = []
        var slotOf: [Int] = []
        slotOf.reserveCapacity(diagnostics.count)
        // Findings come in runs of one file: the previous one's slot is reused without hashing.
        var last: (file: String, slot: Int)?
        for diagnostic in diagnostics {
            let file = diagnostic.location.file
            if let last, last.file == file {
                slotOf.append(last.slot)
                continue
            }
            let slot: Int
            if let known = slots[file] {
                slot = known
            } else {
                slot = files.count
                slots[file] = slot
                files.append(file)
            }
            slotOf.append(slot)
            last = (file, slot)
        }
        var rankOfSlot = [Int](repeating: 0, count: files.count)
        for (rank, slot) in files.indices.sorted(by: { files[$0] < files[$1] }).enumerated() { rankOfSlot[slot] = rank }
        return slotOf.map { rankOfSlot[$0] }
    }
}
