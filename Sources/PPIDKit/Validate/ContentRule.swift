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
    /// Whether the rule reads `RuleContext.markdown`. The others run while the Markdown is still
    /// being rendered (`RuleBook.check(model:today:renderingMarkdown:into:)`), with an empty store:
    /// a rule that reads it must say so.
    var readsMarkdown: Bool { get }
    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag)
}

extension ContentRule {
    public var readsMarkdown: Bool { false }
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
        for list in await findings(of: Array(all.indices), context) { diagnostics.append(contentsOf: list) }
    }

    /// Runs every rule as `check(_:into:)` does, with the same findings in the same order; the
    /// rules that read no Markdown already run while `renderMarkdown` works. Returns the Markdown.
    public static func check(model: ContentModel, today: CalendarDate,
                             renderingMarkdown renderMarkdown: @Sendable () async -> MarkdownStore,
                             into diagnostics: inout DiagnosticBag) async -> MarkdownStore {
        let plain = all.indices.filter { !all[$0].readsMarkdown }
        let reading = all.indices.filter { all[$0].readsMarkdown }
        async let early = findings(of: plain, RuleContext(model: model, markdown: .empty, today: today))
        let markdown = await renderMarkdown()
        let late = await findings(of: reading, RuleContext(model: model, markdown: markdown, today: today))
        var byRule = [[Diagnostic]](repeating: [], count: all.count)
        for (index, list) in zip(plain, await early) { byRule[index] = list }
        for (index, list) in zip(reading, late) { byRule[index] = list }
        for list in byRule { diagnostics.append(contentsOf: list) }
        return markdown
    }

    /// The findings of the rules at `indices` of `all`, in that order.
    private static func findings(of indices: [Int], _ context: RuleContext) async -> [[Diagnostic]] {
        await ParallelMap.run(indices, chunks: max(1, indices.count)) { index -> [Diagnostic] in
            var local = DiagnosticBag()
            all[index].check(context, into: &local)
            return local.all
        }
    }
}
