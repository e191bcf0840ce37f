import PPIDKit

/// What the dev server shows right now: which build is live and, after a failed build,
/// the findings to overlay on every page until they are fixed.
public actor LiveState {
    public struct Finding: Sendable {
        public var location: String
        public var rule: String
        public var severity: String
        public var message: String
    }

    public private(set) var version = 0
    public private(set) var findings: [Finding] = []
    private var lastReport = ""

    public init() {}

    /// A new build is live (or failed): open pages reload.
    public func publish(findings: [Finding]) {
        self.findings = findings
        version += 1
    }

    /// Remembers a build's report; true when it differs from the previous one.
    public func noteReport(_ text: String) -> Bool {
        defer { lastReport = text }
        return text != lastReport
    }

    public static func findings(from diagnostics: [Diagnostic]) -> [Finding] {
        diagnostics.map {
            Finding(location: $0.location.description, rule: $0.rule.rawValue, severity: $0.severity.rawValue, message: $0.message)
        }
    }
}
