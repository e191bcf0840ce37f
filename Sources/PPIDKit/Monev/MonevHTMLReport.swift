/// The report as a folder of HTML pages (MONEV.md, `html`): an overview, and one printable A4
/// sheet per OPD, "Tindak lanjut kesiapan e-Monev <tahun>", listing each missing item with the
/// file to create or fix and the rule behind it. The pages use the site's theme stylesheet
/// (copied beside them) and load nothing from elsewhere.
public struct MonevHTMLReport {
    public var report: MonevReport
    /// `--opd SLUG`: the overview and only that OPD's sheet.
    public var onlyOPD: String?

    public init(_ report: MonevReport, onlyOPD: String? = nil) {
        self.report = report
        self.onlyOPD = onlyOPD
    }

    public static let stylesheetPath = "aset/gaya.css"

    /// The sheet's file name for an OPD.
    public static func sheetName(_ slug: String) -> String { "opd-\(slug).html" }

    private func e(_ text: String) -> String { XMLText.escape(text) }

    /// Page name → HTML text.
    public func pages() -> [(name: String, html: String)] {
        let opds = report.opds.filter { onlyOPD == nil || $0.slug == onlyOPD }
        return [("index.html", overview(opds))] + opds.map { (Self.sheetName($0.slug), sheet($0)) }
    }

    /// A4 print and a few layout rules of the report's own, on top of the theme's stylesheet.
    static let printStyle = """
        @page { size: A4; margin: 18mm 16mm; }
        .monev-surat { max-width: 48rem; }
        .monev-surat .kepala-surat { border-bottom: 2px solid currentColor; padding-bottom: .5rem; margin-bottom: 1rem; }
        .monev-surat dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        .monev-surat dd { margin: 0; }
        .monev-tanda-tangan { margin-top: 3rem; }
        @media print { .monev-cetak-sembunyi { display: none; } main { padding: 0; } }
        """

    private func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title>
        <link rel="stylesheet" href="\(Self.stylesheetPath)">
        <style>
        \(Self.printStyle)
        </style>
        </head>
        <body>
        <main id="isi" class="wadah">
        \(body)
        </main>
        </body>
        </html>

        """
    }

    private func notice() -> String {
        var text = "<p class=\"catatan-penting\">\(e(MonevReport.estimateNotice))</p>\n"
        if let note = report.criteriaNote { text += "<p class=\"catatan\">\(e(note))</p>\n" }
        return text
    }

    private func value(_ score: Score?) -> String {
        guard let score else { return "tidak dapat diperiksa" }
        if score == .one { return "terpenuhi" }
        if score == .zero { return "belum" }
        return "sebagian (\((score * Score(100)).tenths.indonesian) %)"
    }

    private func groupTable(_ groups: [MonevReport.GroupResult], caption: String) -> String {
        var html = "<div class=\"gulir\"><table>\n<caption>\(e(caption))</caption>\n"
        html += "<thead><tr><th scope=\"col\">Kelompok indikator</th><th scope=\"col\">Bobot</th><th scope=\"col\">Butir terpenuhi</th><th scope=\"col\">Nilai</th></tr></thead>\n<tbody>\n"
        for group in groups {
            html += "<tr><td>\(e(group.nama))</td><td>\(MonevTextReport.weight(group.bobot))</td><td>\(group.metCount) dari \(group.items.count)</td>"
                + "<td>\(MonevTextReport.range(group.low, group.high))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    private func itemTable(_ groups: [MonevReport.GroupResult]) -> String {
        var html = "<div class=\"gulir\"><table>\n<caption>Setiap butir dan hasil pemeriksaannya</caption>\n"
        html += "<thead><tr><th scope=\"col\">Butir</th><th scope=\"col\">Kelompok</th><th scope=\"col\">Nilai butir</th><th scope=\"col\">Pemeriksaan</th><th scope=\"col\">Hasil</th></tr></thead>\n<tbody>\n"
        for group in groups {
            for result in group.items {
                html += "<tr><td><code>\(e(result.item.id))</code><br>\(e(result.item.keterangan ?? result.item.check.summary))</td>"
                    + "<td>\(e(group.nama))</td><td>\(MonevTextReport.weight(result.item.nilai))</td><td><code>\(e(result.item.check.rawValue))</code></td>"
                    + "<td>\(e(value(result.outcome.value)))</td></tr>\n"
            }
        }
        return html + "</tbody>\n</table></div>\n"
    }

    private func overview(_ opds: [MonevReport.OPDResult]) -> String {
        var body = "<h1>Kesiapan e-Monev \(report.year): \(e(report.badanPublik))</h1>\n"
        body += "<p>Tanggal acuan \(e(report.referenceDate.indonesian)); kriteria: \(e(report.criteria.origin)) (tahun \(report.criteria.tahun)).</p>\n"
        body += notice()
        body += "<p class=\"angka\"><strong>\(e(MonevReport.estimate(report.range)))</strong></p>\n"
        body += "<h2>Per kelompok indikator</h2>\n" + groupTable(report.groups, caption: "Nilai Badan Publik per kelompok indikator")
        body += itemTable(report.groups)
        body += "<h2>Per OPD</h2>\n<div class=\"gulir\"><table>\n<caption>Nilai OPD pada butir tingkat OPD, menurut peringkat</caption>\n"
        body += "<thead><tr><th scope=\"col\">Peringkat</th><th scope=\"col\">OPD</th><th scope=\"col\">Nilai</th><th scope=\"col\">Predikat</th><th scope=\"col\">Butir yang kurang</th></tr></thead>\n<tbody>\n"
        for opd in opds {
            let bands = opd.range.bandLow == opd.range.bandHigh ? opd.range.bandLow : "\(opd.range.bandLow) sampai \(opd.range.bandHigh)"
            body += "<tr><td>\(opd.rank)</td><td><a href=\"\(Self.sheetName(opd.slug))\">\(e(opd.nama))</a></td>"
                + "<td>\(MonevReport.span(opd.range))</td><td>\(e(bands))</td><td>\(opd.missing.count)</td></tr>\n"
        }
        body += "</tbody>\n</table></div>\n"
        body += "<h2>Sumber kriteria</h2>\n<p>\(e(report.criteria.sumber))</p>\n"
        return page(title: "Kesiapan e-Monev \(report.year) — \(report.badanPublik)", body: body)
    }

    private func sheet(_ opd: MonevReport.OPDResult) -> String {
        let title = "Tindak lanjut kesiapan e-Monev \(report.year)"
        var body = "<article class=\"monev-surat\">\n<header class=\"kepala-surat\">\n<p>PPID Utama \(e(report.badanPublik))</p>\n"
        body += "<h1>\(e(title))</h1>\n</header>\n"
        body += "<dl>\n<dt>Kepada</dt><dd>PPID Pelaksana \(e(opd.nama))\(opd.jabatanPelaksana.map { " (\(e($0)))" } ?? "")</dd>\n"
        body += "<dt>Tanggal</dt><dd>\(e(report.referenceDate.indonesian))</dd>\n"
        body += "<dt>Nilai OPD</dt><dd>\(e(MonevReport.estimate(opd.range))); peringkat \(opd.rank) dari \(report.opds.count) OPD</dd>\n</dl>\n"
        body += notice()
        if opd.missing.isEmpty {
            body += "<p>Semua butir tingkat OPD sudah terpenuhi. Terima kasih; pertahankan kemutakhirannya.</p>\n"
        } else {
            body += "<p>Untuk mendukung penilaian e-Monev \(report.year), mohon lengkapi hal-hal berikut pada konten PPID, menurut urutan nilai yang dapat ditambahkannya:</p>\n"
            body += "<div class=\"gulir\"><table>\n<caption>Butir yang belum terpenuhi</caption>\n"
            body += "<thead><tr><th scope=\"col\">No</th><th scope=\"col\">Butir</th><th scope=\"col\">Yang perlu dilakukan</th><th scope=\"col\">Berkas dibuat atau diperbaiki</th><th scope=\"col\">Aturan</th></tr></thead>\n<tbody>\n"
            var number = 0
            for missing in opd.missing {
                for shortfall in missing.shortfalls {
                    number += 1
                    var place = shortfall.berkas ?? "—"
                    if let line = shortfall.line, shortfall.berkas != nil { place += ":\(line)" }
                    body += "<tr><td>\(number)</td><td><code>\(e(missing.item.id))</code> (+\(missing.gain.tenths.indonesian))</td>"
                        + "<td>\(e(shortfall.keterangan))</td><td><code>\(e(place))</code></td><td>\(e(shortfall.aturan?.rawValue ?? "—"))</td></tr>\n"
                }
            }
            body += "</tbody>\n</table></div>\n"
            body += "<p>Setelah diperbaiki, <code>ppid check</code> menunjukkan temuan yang tersisa dan <code>ppid monev</code> menghitung ulang nilainya.</p>\n"
        }
        body += groupTable(opd.groups, caption: "Nilai \(opd.nama) per kelompok indikator (butir tingkat OPD)")
        body += "<p class=\"monev-tanda-tangan\">PPID Utama \(e(report.badanPublik))</p>\n"
        body += "<p class=\"monev-cetak-sembunyi\"><a href=\"index.html\">Kembali ke ringkasan</a></p>\n</article>\n"
        return page(title: "\(title) — \(opd.nama)", body: body)
    }
}
