/// The load stage: list the content folder, read each text file once, and parse YAML and front
/// matter in parallel. Findings: PPID001 (syntax) and PPID009 (files).
public enum ContentLoader {
    public static func load(contentPath: String, into diagnostics: inout DiagnosticBag) async -> LoadedContent {
        let inventory = ContentScanner(contentPath: contentPath).scan(into: &diagnostics)

        enum Job: Sendable { case yaml(SourceText), markdown(SourceText) }
        enum Parsed: Sendable { case yaml(YAMLDocument), markdown(MarkdownDocument) }

        var jobs: [Job] = []
        if let ppid = inventory.ppid { jobs.append(.yaml(ppid)) }
        jobs += inventory.pages.map(Job.markdown)
        for opd in inventory.opds {
            jobs += [opd.profile, opd.dip, opd.dik].compactMap { $0 }.map(Job.yaml)
            jobs += opd.sops.map(Job.markdown)
        }
        jobs += [inventory.complaintSummary, inventory.complaintColumns].compactMap { $0 }.map(Job.yaml)

        let results = await ParallelMap.run(jobs) { job -> (Parsed, [Diagnostic]) in
            var local = DiagnosticBag()
            switch job {
            case .yaml(let source):
                return (.yaml(parseYAML(source, into: &local)), local.all)
            case .markdown(let source):
                return (.markdown(MarkdownDocument.parse(source, into: &local)), local.all)
            }
        }
        var yaml: [String: YAMLDocument] = [:]
        var markdown: [String: MarkdownDocument] = [:]
        for (parsed, found) in results {
            diagnostics.append(contentsOf: found)
            switch parsed {
            case .yaml(let document): yaml[document.source.relativePath] = document
            case .markdown(let document): markdown[document.source.relativePath] = document
            }
        }
        func doc(_ source: SourceText?) -> YAMLDocument? { source.flatMap { yaml[$0.relativePath] } }

        return LoadedContent(
            inventory: inventory,
            ppid: doc(inventory.ppid),
            pages: inventory.pages.compactMap { markdown[$0.relativePath] },
            opds: inventory.opds.map { folder in
                LoadedContent.OPDFiles(slug: folder.slug, profile: doc(folder.profile), dip: doc(folder.dip),
                                       dik: doc(folder.dik), sops: folder.sops.compactMap { markdown[$0.relativePath] },
                                       documents: folder.documents)
            },
            complaintSummary: doc(inventory.complaintSummary),
            complaintColumns: doc(inventory.complaintColumns)
        )
    }

    static func parseYAML(_ source: SourceText, into diagnostics: inout DiagnosticBag) -> YAMLDocument {
        switch YAMLLoader.parse(source.text, source: source) {
        case .document(let node): return YAMLDocument(source: source, root: node, parsed: true)
        case .empty: return YAMLDocument(source: source, root: nil, parsed: true)
        case .failure(let diagnostic):
            diagnostics.add(diagnostic)
            return YAMLDocument(source: source, root: nil, parsed: false)
        }
    }
}
