/// Scores validated content against a criteria file, exactly as MONEV.md defines: each item's v
/// from its check, a group `bobot × Σ(nilai × v) / Σ nilai`, the total rounded half away from zero
/// to one decimal before banding; OPDs on the `tingkat: opd` items, rescaled per group.
public enum MonevScorer {
    public static func score(_ validation: Validation, criteria: MonevCriteria, year: Int, referenceDate: CalendarDate,
                             facts: ServiceReportFacts?, criteriaNote: String? = nil) async -> MonevReport {
        var timer = StageTimer()
        defer { timer.lap("monev: nilai") }
        let model = validation.model
        let findings = FindingIndex(validation.diagnostics.all)
        let files = Dictionary(validation.loaded.opds.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let utama = model.badanPublik?.ppidUtama.opdSlug
        let opdChecks = Set(criteria.groups.flatMap(\.items).map(\.check).filter { $0.level == .opd })

        // Every opd-level check, once per OPD, the OPDs spread over the cores.
        let inventory = validation.loaded.inventory
        let outcomes: [[MonevCheck: MonevCheckOutcome]] = await ParallelMap.run(model.opds) { opd in
            let checks = OPDChecks(opd: opd, files: files[opd.slug], inventory: inventory, findings: findings,
                                   year: year, hostsPPIDUtama: opd.slug == utama)
            return Dictionary(uniqueKeysWithValues: opdChecks.map { ($0, checks.evaluate($0)) })
        }
        let perOPD = Array(zip(model.opds, outcomes)).map { (opd: $0.0, outcomes: $0.1) }

        let badanChecks = BadanChecks(model: model, loaded: validation.loaded, findings: findings, year: year, facts: facts)
        let badanGroups = criteria.groups.map { group in
            scored(group, items: group.items.map { item in
                MonevReport.ItemResult(item: item, outcome: badanOutcome(item.check, perOPD: perOPD.map(\.outcomes), badan: badanChecks))
            })
        }
        let badanRange = range(of: badanGroups, criteria: criteria)

        var opds: [MonevReport.OPDResult] = perOPD.map { entry in
            let groups = criteria.groups.compactMap { group -> MonevReport.GroupResult? in
                let items = group.items.filter(\.perOPD)
                guard !items.isEmpty else { return nil }
                return scored(MonevCriteria.Group(nama: group.nama, bobot: group.bobot, items: items), items: items.map {
                    MonevReport.ItemResult(item: $0, outcome: entry.outcomes[$0.check] ?? .notCheckable)
                })
            }
            return MonevReport.OPDResult(slug: entry.opd.slug, nama: entry.opd.nama, jabatanPelaksana: entry.opd.pelaksana.jabatan,
                                         groups: groups, range: range(of: groups, criteria: criteria), rank: 0,
                                         missing: missing(in: groups))
        }
        opds.sort { a, b in a.range.low != b.range.low ? a.range.low > b.range.low : a.slug < b.slug }
        for index in opds.indices { opds[index].rank = index + 1 }

        return MonevReport(year: year, referenceDate: referenceDate, badanPublik: model.badanPublik?.nama ?? "Badan Publik",
                           criteria: criteria, criteriaNote: criteriaNote, groups: badanGroups, range: badanRange,
                           missing: missing(in: badanGroups), opds: opds)
    }

    /// The Badan Publik's outcome of a check: for opd-level checks the mean of the OPDs' v.
    static func badanOutcome(_ check: MonevCheck, perOPD: [[MonevCheck: MonevCheckOutcome]], badan: BadanChecks) -> MonevCheckOutcome {
        guard check.level == .opd else { return badan.evaluate(check) }
        let values = perOPD.compactMap { $0[check]?.value }
        guard !values.isEmpty else {
            return .unmet([MonevShortfall("Belum ada OPD yang dapat dinilai.", berkas: nil)])
        }
        let mean = values.reduce(Score.zero, +) / Score(values.count)
        let short = perOPD.filter { ($0[check]?.value ?? .zero) < .one }.count
        return MonevCheckOutcome(value: mean, shortfalls: short == 0 ? [] : [
            MonevShortfall("\(short) dari \(perOPD.count) OPD belum memenuhi butir ini; lihat lembar tindak lanjut setiap OPD.", berkas: nil),
        ])
    }

    static func scored(_ group: MonevCriteria.Group, items: [MonevReport.ItemResult]) -> MonevReport.GroupResult {
        let points = items.reduce(Score.zero) { $0 + $1.item.nilai }
        let low = items.reduce(Score.zero) { $0 + $1.item.nilai * $1.outcome.low }
        let high = items.reduce(Score.zero) { $0 + $1.item.nilai * $1.outcome.high }
        return MonevReport.GroupResult(nama: group.nama, bobot: group.bobot, items: items,
                                       low: group.bobot * low / points, high: group.bobot * high / points)
    }

    /// The total of the groups, rescaled to 100 when only some groups are scored (an OPD).
    static func range(of groups: [MonevReport.GroupResult], criteria: MonevCriteria) -> MonevReport.Range {
        let weight = groups.reduce(Score.zero) { $0 + $1.bobot }
        let scale = Score(100) / weight
        let low = (groups.reduce(Score.zero) { $0 + $1.low } * scale).tenths
        let high = (groups.reduce(Score.zero) { $0 + $1.high } * scale).tenths
        return MonevReport.Range(low: low, high: high, bandLow: criteria.band(for: low), bandHigh: criteria.band(for: high))
    }

    /// Checkable items not fully met, by the points they would add (on the same scale), then id.
    static func missing(in groups: [MonevReport.GroupResult]) -> [MonevReport.Missing] {
        let weight = groups.reduce(Score.zero) { $0 + $1.bobot }
        let scale = Score(100) / weight
        var missing: [MonevReport.Missing] = []
        for group in groups {
            let points = group.items.reduce(Score.zero) { $0 + $1.item.nilai }
            for result in group.items {
                guard let value = result.outcome.value, value < .one else { continue }
                let gain = group.bobot * result.item.nilai * (Score.one - value) / points * scale
                missing.append(MonevReport.Missing(item: result.item, group: group.nama, gain: gain, value: value,
                                                   shortfalls: result.outcome.shortfalls))
            }
        }
        return missing.sorted { a, b in a.gain != b.gain ? b.gain < a.gain : a.item.id < b.item.id }
    }
}
