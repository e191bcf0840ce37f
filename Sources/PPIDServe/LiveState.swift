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
    private var reportedFindings: [Diagnostic] = []

    public init() {}

    /// The live version, once it differs from `seen` (or `limit` has passed); at once without `seen`.
    public nonisolated func version(after seen: Int?, waitingAtMost limit: Duration) async -> Int {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while let seen, await version == seen, clock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return await version
    }

    /// A build finished: open pages reload when the site changed or findings are (or were) shown.
    /// A save that changed no output (the same text saved again) reloads nothing.
    public func publish(findings: [Finding], siteChanged: Bool = true) {
        let wasShowingFindings = !self.findings.isEmpty
        self.findings = findings
        if siteChanged || wasShowingFindings || !findings.isEmpty { version += 1 }
    }

    /// Remembers a build's findings; true when they differ from the previous build's.
    public func noteReport(_ findings: [Diagnostic]) -> Bool {
        defer { reportedFindings = findings }
        return findings != reportedFindings
    }

    public static func findings(from diagnostics: [Diagnostic]) -> [Finding] {
        diagnostics.map {
            Finding(location: $0.location.description, rule: $0.rule.rawValue, severity: $0.severity.rawValue, message: $0.message)
        }
    }
}
