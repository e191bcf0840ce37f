/// The load stage: list the content folder, read each text file once, and parse YAML and front
/// matter in parallel. Findings: PPID001 (syntax) and PPID009 (files).
public enum ContentLoader {
    public static func load(contentPath: String, cache: ParseCache? = nil,
                            into diagnostics: inout DiagnosticBag) async -> LoadedContent {
        let inventory = ContentScanner(contentPath: contentPath).scan(into: &diagnostics)


        var jobs: [ParseJob] = []
        if let ppid = inventory.ppid { jobs.append(.yaml(ppid)) }
        jobs += inventory.pages.map(ParseJob.markdown)
        for opd in inventory.opds {
            jobs += [opd.profile, opd.dip, opd.dik].compactMap { $0 }.map(ParseJob.yaml)
            jobs += opd.sops.map(ParseJob.markdown)
        }
        jobs += [inventory.complaintSummary, inventory.complaintColumns].compactMap { $0 }.map(ParseJob.yaml)
        jobs += ([inventory.disputes, inventory.serviceColumns].compactMap { $0 } + inventory.calendars).map(ParseJob.yaml)
        jobs += inventory.serviceReports.map(ParseJob.markdown)

        let results = await ParallelMap.run(jobs) { job -> (ParsedFile, [Diagnostic]) in
            if let cached = cache?.lookup(job) { return cached }
            var local = DiagnosticBag()
            let parsed: ParsedFile
            switch job {
            case .yaml(let source): parsed = .yaml(parseYAML(source, into: &local))
            case .markdown(let source): parsed = .markdown(MarkdownDocument.parse(source, into: &local))
            }
            cache?.store(job, parsed, local.all)
            return (parsed, local.all)
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
        var checked = inventory
        for document in yaml.values where !document.parsed { checked.unusable.insert(document.source.relativePath) }
        for document in markdown.values where !document.frontMatterParsed { checked.unusable.insert(document.source.relativePath) }

        return LoadedContent(
            inventory: checked,
            ppid: doc(inventory.ppid),
            pages: inventory.pages.compactMap { markdown[$0.relativePath] },
            opds: inventory.opds.map { folder in
                LoadedContent.OPDFiles(slug: folder.slug, profile: doc(folder.profile), dip: doc(folder.dip),
                                       dik: doc(folder.dik), sops: folder.sops.compactMap { markdown[$0.relativePath] },
                                       documents: folder.documents)
            },
            complaintSummary: doc(inventory.complaintSummary),
            complaintColumns: doc(inventory.complaintColumns),
            disputes: doc(inventory.disputes),
            serviceColumns: doc(inventory.serviceColumns),
            serviceReports: inventory.serviceReports.compactMap { markdown[$0.relativePath] },
            calendars: inventory.calendars.compactMap { yaml[$0.relativePath] }
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
