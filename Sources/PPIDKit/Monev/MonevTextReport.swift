/// The report as text for a terminal (MONEV.md, `text`): a table per indicator group, then per
/// OPD its score, rank and three most valuable missing items, then the predicted band.
public struct MonevTextReport {
    public var report: MonevReport
    /// `--opd SLUG`: only that OPD.
    public var onlyOPD: String?

    public init(_ report: MonevReport, onlyOPD: String? = nil) {
        self.report = report
        self.onlyOPD = onlyOPD
    }

    private func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func leftPadded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// A weight as written: `40`, or `12,5`.
    static func weight(_ score: Score) -> String {
        let tenths = score.tenths
        return tenths.value % 10 == 0 ? IndonesianNumber.format(tenths.value / 10) : tenths.indonesian
    }

    static func range(_ low: Score, _ high: Score) -> String {
        low.tenths == high.tenths ? low.tenths.indonesian : "\(low.tenths.indonesian)–\(high.tenths.indonesian)"
    }

    public func render() -> String {
        var out = "Kesiapan e-Monev \(report.year): \(report.badanPublik)\n"
        out += "Tanggal acuan \(report.referenceDate.description); kriteria: \(report.criteria.origin) (tahun \(report.criteria.tahun)).\n"
        out += "Sumber kriteria: \(report.criteria.sumber)\n"
        if let note = report.criteriaNote { out += "Catatan: \(note)\n" }
        out += "\n\(MonevReport.estimateNotice)\n\n"

        if onlyOPD == nil {
            out += "Badan Publik, per kelompok indikator\n"
            let width = max(20, report.groups.map(\.nama.count).max() ?? 0) + 2
            out += padded("Kelompok", width) + leftPadded("Bobot", 6) + "  " + padded("Butir terpenuhi", 17) + "Nilai\n"
            for group in report.groups {
                out += padded(group.nama, width) + leftPadded(Self.weight(group.bobot), 6) + "  "
                    + padded("\(group.metCount) dari \(group.items.count)", 17)
                    + "\(Self.range(group.low, group.high)) dari \(Self.weight(group.bobot))\n"
            }
            out += padded("Jumlah", width) + leftPadded("100", 6) + "  " + padded("", 17) + MonevReport.span(report.range) + "\n\n"
            if !report.missing.isEmpty {
                out += "Butir Badan Publik yang paling berharga untuk dilengkapi\n"
                for missing in report.missing.prefix(5) { out += line(missing, indent: "  ") }
                out += "\n"
            }
        }

        let opds = report.opds.filter { onlyOPD == nil || $0.slug == onlyOPD }
        out += "OPD (nilai pada butir tingkat OPD, peringkat, tiga butir terpenting yang kurang)\n"
        if opds.isEmpty { out += "  Belum ada OPD.\n" }
        let rankWidth = String(report.opds.count).count
        for opd in opds {
            out += "\(leftPadded(String(opd.rank), rankWidth)). \(opd.nama) (\(opd.slug)): \(MonevReport.span(opd.range))"
                + " (\(opd.range.bandLow == opd.range.bandHigh ? opd.range.bandLow : "\(opd.range.bandLow) sampai \(opd.range.bandHigh)"))\n"
            let shown = onlyOPD == nil ? Array(opd.missing.prefix(3)) : opd.missing
            for missing in shown { out += line(missing, indent: String(repeating: " ", count: rankWidth + 2)) }
            if opd.missing.isEmpty { out += String(repeating: " ", count: rankWidth + 2) + "Semua butir tingkat OPD terpenuhi.\n" }
        }
        out += "\nBadan Publik: \(MonevReport.estimate(report.range)).\n"
        return out
    }

    private func line(_ missing: MonevReport.Missing, indent: String) -> String {
        var text = "\(indent)- \(missing.item.id) (+\(missing.gain.tenths.indonesian)): \(missing.item.keterangan ?? missing.item.check.summary)\n"
        let limit = onlyOPD == nil ? 2 : Int.max
        for shortfall in missing.shortfalls.prefix(limit) {
            var place = shortfall.berkas ?? ""
            if let line = shortfall.line, !place.isEmpty { place += ":\(line)" }
            let rule = shortfall.aturan.map { " [\($0.rawValue)]" } ?? ""
            text += "\(indent)    \(shortfall.keterangan)\(place.isEmpty ? "" : " → \(place)")\(rule)\n"
        }
        if missing.shortfalls.count > limit {
            text += "\(indent)    … dan \(missing.shortfalls.count - limit) lainnya (lihat --opd SLUG atau --format html)\n"
        }
        return text
    }
}
