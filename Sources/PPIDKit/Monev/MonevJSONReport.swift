/// The report as JSON, in MONEV.md's shape (keys fixed, for CI and dashboards); all OPDs always.
public enum MonevJSONReport {
    static func number(_ tenths: Tenths) -> JSONValue { tenths.json }

    /// A weight or points as written: `40`, `2.5`.
    static func number(_ score: Score) -> JSONValue {
        let tenths = score.tenths
        return tenths.value % 10 == 0 ? .int(tenths.value / 10) : tenths.json
    }

    /// v: 1, 0, a share to four decimals (`0.875`), or null when not checkable.
    static func value(_ score: Score?) -> JSONValue {
        guard let score else { return .null }
        if score == .one { return .int(1) }
        if score == .zero { return .int(0) }
        let tenThousandths = min(9_999, max(1, Int((score.double * 10_000).rounded(.toNearestOrAwayFromZero))))
        var text = "0." + String(repeating: "0", count: max(0, 4 - String(tenThousandths).count)) + String(tenThousandths)
        while text.hasSuffix("0") { text.removeLast() }
        return .raw(text)
    }

    static func groups(_ groups: [MonevReport.GroupResult]) -> JSONValue {
        .array(groups.map { group in
            .object([
                ("nama", .string(group.nama)), ("bobot", number(group.bobot)),
                ("nilai_min", number(group.low.tenths)), ("nilai_maks", number(group.high.tenths)),
                ("butir", .array(group.items.map { result in
                    .object([("id", .string(result.item.id)), ("nilai", number(result.item.nilai)),
                             ("terpenuhi", value(result.outcome.value)), ("periksa", .string(result.item.check.rawValue))])
                })),
            ])
        })
    }

    public static func render(_ report: MonevReport) -> String {
        let document: JSONValue = .object([
            ("tahun", .int(report.year)),
            ("tanggal_acuan", .string(report.referenceDate.description)),
            ("keterangan", .string(MonevReport.estimateNotice)),
            ("kriteria", .object([("tahun", .int(report.criteria.tahun)), ("sumber", .string(report.criteria.sumber))])),
            ("badan_publik", .object([
                ("nilai_min", number(report.range.low)), ("nilai_maks", number(report.range.high)),
                ("pita_min", .string(report.range.bandLow)), ("pita_maks", .string(report.range.bandHigh)),
                ("kelompok", groups(report.groups)),
            ])),
            ("opd", .array(report.opds.map { opd in
                .object([
                    ("opd", .string(opd.slug)), ("nama", .string(opd.nama)),
                    ("nilai_min", number(opd.range.low)), ("nilai_maks", number(opd.range.high)), ("peringkat", .int(opd.rank)),
                    ("kurang", .array(opd.missing.flatMap { missing in
                        missing.shortfalls.map { shortfall in
                            .object([("id", .string(missing.item.id)), ("keterangan", .string(shortfall.keterangan)),
                                     ("berkas", .optional(shortfall.berkas)), ("aturan", .optional(shortfall.aturan?.rawValue))])
                        }
                    })),
                ])
            })),
        ])
        return document.serialized(indent: 2) + "\n"
    }
}
