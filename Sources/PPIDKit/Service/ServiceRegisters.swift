/// Everything `ppid` knows about the information service: the rows of every request and
/// objection register (our columns only), the disputes, and the annual reports' narratives.
public struct ServiceRegisters: Sendable {
    public var requestTables: [ExportTable<RequestColumn>] = []
    public var objectionTables: [ExportTable<ObjectionColumn>] = []
    /// Rows in path order, then file order; a duplicate number is left out (PPID501).
    public var requests: [InformationRequest] = []
    public var objections: [Objection] = []
    public var disputes: [InformationDispute] = []
    /// By year; drafts included (`isDraft`).
    public var narratives: [Int: ServiceReportNarrative] = [:]
    /// Lines for the text report before its summary (how a file's dates were read).
    public var notes: [String] = []

    public init() {}

    public static let empty = ServiceRegisters()

    public var isEmpty: Bool { requests.isEmpty && objections.isEmpty && disputes.isEmpty }

    public func location(of request: InformationRequest, _ column: RequestColumn) -> SourceLocation {
        requestTables[request.table].location(line: request.line, column)
    }

    public func location(of objection: Objection, _ column: ObjectionColumn) -> SourceLocation {
        objectionTables[objection.table].location(line: objection.line, column)
    }

    /// The published narrative of a year: present and not a draft.
    public func publishedNarrative(_ year: Int) -> ServiceReportNarrative? {
        narratives[year].flatMap { $0.isDraft ? nil : $0 }
    }
}
