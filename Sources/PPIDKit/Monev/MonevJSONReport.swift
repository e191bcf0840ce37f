/// The report as JSON, in MONEV.md's shape (keys fixed, for CI and dashboards); all OPDs always.
public enum MonevJSONReport {
    static func number(_ tenths: Tenths) -> JSONValue { tenths.json }

    static func value(_ score: Score?) -> JSONValue {
        guard let score else { return .null }
        if score == .one { return .int(1) }
        if score == .zero { return .int(0) }
        return .decimal(score.double)
    }

    static func groups(_ groups: [MonevReport.GroupResult]) -> JSONValue {
        .array(groups.map { group in
            .object([
                ("nama", .string(group.nama)), ("bobot", number(group.bobot.tenths)),
                ("nilai_min", number(group.low.tenths)), ("nilai_maks", number(group.high.tenths)),
                ("butir", .array(group.items.map { result in
                    .object([("id", .string(result.item.id)), ("nilai", number(result.item.nilai.tenths)),
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
