/// The per-OPD table that ends `ppid check`'s text output: how far each OPD's lists are, and
/// how many findings each has, so the PPID Utama sees every OPD's progress at a glance.
public struct OPDProgressReport: Sendable {
    public struct Row: Sendable, Equatable {
        public var name: String
        public var berkala: Int
        public var sertaMerta: Int
        public var setiapSaat: Int
        public var exemptions: Int
        public var sops: Int
        public var errors: Int
        public var warnings: Int
    }

    public var rows: [Row]

    /// - Parameter displayRoot: the content folder as findings name it (`Content`).
    public init(model: ContentModel, diagnostics: [Diagnostic], displayRoot: String) {
        let prefix = displayRoot.isEmpty ? "opd/" : "\(displayRoot)/opd/"
        var errors: [String: Int] = [:], warnings: [String: Int] = [:]
        // Findings come in runs of one file: the OPD of the previous one is reused.
        var last: (file: String, slug: String)?
        for diagnostic in diagnostics {
            let file = diagnostic.location.file
            let slug: String
            if let last, last.file == file {
                slug = last.slug
            } else {
                slug = file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count).prefix { $0 != "/" }) : "" // "": outside every OPD folder
                last = (file, slug)
            }
            if diagnostic.severity == .error { errors[slug, default: 0] += 1 } else { warnings[slug, default: 0] += 1 }
        }
        rows = model.opds.map { opd in
            // By index: the category read in place, no copy of each item.
            var counts: [InformationCategory: Int] = [:]
            for index in opd.informasi.indices {
                if let category = opd.informasi[index].kategori { counts[category, default: 0] += 1 }
            }
            return Row(name: opd.nama, berkala: counts[.berkala] ?? 0, sertaMerta: counts[.sertaMerta] ?? 0,
                       setiapSaat: counts[.setiapSaat] ?? 0, exemptions: opd.exemptions.count, sops: opd.sops.count,
                       errors: errors[opd.slug] ?? 0, warnings: warnings[opd.slug] ?? 0)
        }
        let known = Set(model.opds.map(\.slug))
        let otherErrors = errors.filter { !known.contains($0.key) }.values.reduce(0, +)
        let otherWarnings = warnings.filter { !known.contains($0.key) }.values.reduce(0, +)
        if otherErrors + otherWarnings > 0 {
            rows.append(Row(name: "Lainnya (ppid.yml, halaman, pengaduan …)", berkala: 0, sertaMerta: 0, setiapSaat: 0,
                            exemptions: 0, sops: 0, errors: otherErrors, warnings: otherWarnings))
        }
    }

    static let headers = ["OPD", "berkala", "serta-merta", "setiap-saat", "dikecualikan", "SOP", "galat", "peringatan"]

    /// A plain-text table, columns aligned (names count `Character`s).
    public func text() -> String {
        guard !rows.isEmpty else { return "" }
        let cells = rows.map { row in
            [row.name, String(row.berkala), String(row.sertaMerta), String(row.setiapSaat), String(row.exemptions),
             String(row.sops), String(row.errors), String(row.warnings)]
        }
        let widths = Self.headers.indices.map { column in
            ([Self.headers[column]] + cells.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { column, value in
                let padding = String(repeating: " ", count: widths[column] - value.count)
                return column == 0 ? value + padding : padding + value
            }.joined(separator: "  ")
        }
        var out = "\nRingkasan per OPD (jumlah informasi per kategori, dikecualikan, SOP, temuan):\n"
        out += line(Self.headers) + "\n"
        out += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cells { out += line(row) + "\n" }
        return out
    }
}
