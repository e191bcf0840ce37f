/// One entry of `pengaduan/ringkasan.yml`: declared totals for a period without row-level data.
public struct ComplaintSummaryPeriod: Sendable {
    public var dari: CalendarDate
    public var sampai: CalendarDate
    public var total: Int
    /// The given count of each status, in `ComplaintStatus.allCases` order; nil when not given.
    public var counts: [Int?]
    /// Where the figures come from (`sumber`).
    public var sumber: String
    /// The entry's `periode` (where PPID403, 407 and 409 point).
    public var location: SourceLocation

    public var label: String { "\(dari.iso)_\(sampai.iso)" }

    public func count(_ status: ComplaintStatus) -> Int? { counts[status.index] }

    /// The sum of the given status counts.
    public var givenSum: Int { counts.reduce(0) { $0 + ($1 ?? 0) } }

    public func overlaps(_ other: ComplaintSummaryPeriod) -> Bool {
        dari <= other.sampai && other.dari <= sampai
    }

    /// Reads the entries whose `periode`, `total` and `sumber` are readable (the schema check
    /// reported the others). Negative counts are PPID004.
    public static func read(_ document: YAMLDocument?, into diagnostics: inout DiagnosticBag) -> [ComplaintSummaryPeriod] {
        guard let items = document?.root?["ringkasan"]?.items else { return [] }
        var periods: [ComplaintSummaryPeriod] = []
        for entry in items where entry.entries != nil {
            guard let periode = entry["periode"], let dari = periode.date("dari"), let sampai = periode.date("sampai"),
                  let total = entry.integer("total") else { continue }
            var valid = true
            func count(_ key: String) -> Int? {
                guard let value = entry.integer(key) else { return nil }
                if value < 0 {
                    diagnostics.add(.ppid004, at: entry[key]?.location ?? entry.location,
                        "\"\(key)\" harus berupa bilangan bulat tidak negatif, bukan \(value).")
                    valid = false
                }
                return value
            }
            let totalValue = count("total") ?? total
            let counts = ComplaintStatus.allCases.map { count($0.rawValue) }
            guard valid else { continue }
            periods.append(ComplaintSummaryPeriod(dari: dari, sampai: sampai, total: totalValue, counts: counts,
                                                  sumber: entry.string("sumber") ?? "", location: periode.location))
        }
        return periods
    }
}
