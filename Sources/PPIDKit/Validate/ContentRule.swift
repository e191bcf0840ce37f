/// What every rule may look at: the model, the parsed files, the rendered Markdown and "today".
public struct RuleContext: Sendable {
    public var model: ContentModel
    public var markdown: MarkdownStore
    public var today: CalendarDate

    public init(model: ContentModel, markdown: MarkdownStore, today: CalendarDate) {
        self.model = model
        self.markdown = markdown
        self.today = today
    }
}

/// A validation rule over the whole model: the IDs it may report and its check.
public protocol ContentRule: Sendable {
    var ids: [RuleID] { get }
    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag)
}

/// The rule table: every rule `ppid` applies after the structural checks, in ID order.
public enum RuleBook {
    public static let all: [any ContentRule] = [
        DuplicateIDRule(), OPDReferenceRule(), SlugRule(), DocumentRule(), ExternalLinkRule(),
        MissingDIPRule(), RawHTMLRule(), ActiveDocumentRule(),
        InformationBasisRule(), InformationDateRule(), InformationAccessRule(), MinimumBerkalaRule(),
        ExemptionBasisRule(), ExemptionPeriodRule(), ConsequenceTestRule(), NeverExemptRule(), PermanentExemptionRule(),
        ExpiredExemptionRule(), OpenAndExemptRule(), ExemptionDecisionRule(), OtherLawRule(),
        LawEnforcementPeriodRule(), PublicOfficeRule(), EndingExemptionRule(), OpeningRule(),
        ContactRule(), StandardSOPRule(), ContactFormatRule(),
    ]

    /// Runs every rule; rules are independent, so they run side by side on every core.
    public static func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) async {
        let found = await ParallelMap.run(Array(all.indices), chunks: all.count) { index -> [Diagnostic] in
            var local = DiagnosticBag()
            all[index].check(context, into: &local)
            return local.all
        }
        for list in found { diagnostics.append(contentsOf: list) }
    }
}
