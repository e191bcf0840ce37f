/// The structural half of the validate stage: every parsed file against its schema.
public enum StructureValidation {
    /// Checks every file against its schema; returns the paths (inside the content folder) of the
    /// YAML files that drew no finding from it (what `ppid build` stores with their trees, so that
    /// the next build does not check an unchanged file again).
    @discardableResult
    public static func check(_ loaded: LoadedContent, into diagnostics: inout DiagnosticBag) async -> Set<String> {
        let inventory = loaded.inventory
        var conforming = Set<String>()
        if let ppid = loaded.ppid {
            validate(ppid, ContentSchemas.ppid, into: &diagnostics, conforming: &conforming)
        } else if inventory.ppid == nil && !inventory.isUnusable("ppid.yml") {
            diagnostics.add(.ppid003, at: SourceLocation(file: inventory.displayPath("ppid.yml")),
                "Berkas ppid.yml tidak ada; buat berkas ini berisi nama Badan Publik, jenis, alamat_situs dan ppid_utama.")
        }
        for page in loaded.pages {
            validateFrontMatter(page, ContentSchemas.page, into: &diagnostics)
            TextLengthRule.checkBody(page, into: &diagnostics)
        }
        let perOPD = await ParallelMap.run(loaded.opds, chunks: loaded.opds.count) { opd -> ([Diagnostic], Set<String>) in
            var local = DiagnosticBag()
            var clean = Set<String>()
            if let profile = opd.profile { validate(profile, ContentSchemas.opd, into: &local, conforming: &clean) }
            if let dip = opd.dip { validate(dip, ContentSchemas.dip, into: &local, conforming: &clean) }
            if let dik = opd.dik { validate(dik, ContentSchemas.dik, into: &local, conforming: &clean) }
            for sop in opd.sops {
                validateFrontMatter(sop, ContentSchemas.sop, into: &local)
                TextLengthRule.checkBody(sop, into: &local)
                if sop.frontMatterParsed, sop.body.trimmedWhitespace.isEmpty {
                    local.add(.ppid304, at: sop.source.location(line: sop.bodyLine),
                        "SOP ini tidak berisi prosedur: tulis isi SOP (dasar hukum, prosedur, jangka waktu) di bawah front matter.")
                }
            }
            return (local.all, clean)
        }
        for (found, clean) in perOPD {
            diagnostics.append(contentsOf: found)
            conforming.formUnion(clean)
        }
        if let summary = loaded.complaintSummary {
            validate(summary, ContentSchemas.complaintSummary, into: &diagnostics, conforming: &conforming)
        }
        if let columns = loaded.complaintColumns {
            validate(columns, ContentSchemas.complaintColumns, into: &diagnostics, conforming: &conforming)
        }
        if let disputes = loaded.disputes { validate(disputes, ContentSchemas.disputes, into: &diagnostics, conforming: &conforming) }
        if let columns = loaded.serviceColumns {
            validate(columns, ContentSchemas.serviceColumns, into: &diagnostics, conforming: &conforming)
        }
        for calendar in loaded.calendars { validate(calendar, ContentSchemas.calendar, into: &diagnostics, conforming: &conforming) }
        for report in loaded.serviceReports {
            validateFrontMatter(report, ContentSchemas.serviceReport, into: &diagnostics)
            TextLengthRule.checkBody(report, into: &diagnostics)
        }
        return conforming
    }

    /// A file whose stored tree is known to conform (`YAMLDocument.conformsToSchema`) is not
    /// checked again; one that draws no finding joins `conforming`.
    static func validate(_ document: YAMLDocument, _ schema: Schema, into diagnostics: inout DiagnosticBag,
                         conforming: inout Set<String>) {
        guard document.parsed else { return }
        if !document.conformsToSchema {
            var found = DiagnosticBag()
            SchemaValidator(source: document.source).validate(document.root, against: schema, into: &found)
            guard found.all.isEmpty else { return diagnostics.append(contentsOf: found.all) }
        }
        conforming.insert(document.source.relativePath)
    }

    static func validateFrontMatter(_ document: MarkdownDocument, _ schema: Schema, into diagnostics: inout DiagnosticBag) {
        guard document.frontMatterParsed else { return }
        let validator = SchemaValidator(source: document.source)
        if let front = document.frontMatter {
            validator.check(front, as: .mapping(schema), path: schema.name, into: &diagnostics)
        } else {
            validator.validate(nil, against: schema, into: &diagnostics)
        }
    }
}
