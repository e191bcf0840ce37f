/// The structural half of the validate stage: every parsed file against its schema.
public enum StructureValidation {
    public static func check(_ loaded: LoadedContent, into diagnostics: inout DiagnosticBag) async {
        let inventory = loaded.inventory
        if let ppid = loaded.ppid {
            validate(ppid, ContentSchemas.ppid, into: &diagnostics)
        } else if inventory.ppid == nil && !inventory.isUnusable("ppid.yml") {
            diagnostics.add(.ppid003, at: SourceLocation(file: inventory.displayPath("ppid.yml")),
                "Berkas ppid.yml tidak ada; buat berkas ini berisi nama Badan Publik, jenis, alamat_situs dan ppid_utama.")
        }
        for page in loaded.pages {
            validateFrontMatter(page, ContentSchemas.page, into: &diagnostics)
            TextLengthRule.checkBody(page, into: &diagnostics)
        }
        let perOPD = await ParallelMap.run(loaded.opds, chunks: loaded.opds.count) { opd -> [Diagnostic] in
            var local = DiagnosticBag()
            if let profile = opd.profile { validate(profile, ContentSchemas.opd, into: &local) }
            if let dip = opd.dip { validate(dip, ContentSchemas.dip, into: &local) }
            if let dik = opd.dik { validate(dik, ContentSchemas.dik, into: &local) }
            for sop in opd.sops {
                validateFrontMatter(sop, ContentSchemas.sop, into: &local)
                TextLengthRule.checkBody(sop, into: &local)
                if sop.frontMatterParsed, sop.body.trimmedWhitespace.isEmpty {
                    local.add(.ppid304, at: sop.source.location(line: sop.bodyLine),
                        "SOP ini tidak berisi prosedur: tulis isi SOP (dasar hukum, prosedur, jangka waktu) di bawah front matter.")
                }
            }
            return local.all
        }
        for found in perOPD { diagnostics.append(contentsOf: found) }
        if let summary = loaded.complaintSummary { validate(summary, ContentSchemas.complaintSummary, into: &diagnostics) }
        if let columns = loaded.complaintColumns { validate(columns, ContentSchemas.complaintColumns, into: &diagnostics) }
        if let disputes = loaded.disputes { validate(disputes, ContentSchemas.disputes, into: &diagnostics) }
        if let columns = loaded.serviceColumns { validate(columns, ContentSchemas.serviceColumns, into: &diagnostics) }
        for calendar in loaded.calendars { validate(calendar, ContentSchemas.calendar, into: &diagnostics) }
        for report in loaded.serviceReports {
            validateFrontMatter(report, ContentSchemas.serviceReport, into: &diagnostics)
            TextLengthRule.checkBody(report, into: &diagnostics)
        }
    }

    static func validate(_ document: YAMLDocument, _ schema: Schema, into diagnostics: inout DiagnosticBag) {
        guard document.parsed else { return }
        SchemaValidator(source: document.source).validate(document.root, against: schema, into: &diagnostics)
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
