/// Reads the cells of one row of an exported table, reporting each problem under one rule with
/// its location, collapsed over the file per (column, value) (`RepeatedRowFindings`). Only our own
/// columns' values are ever quoted.
struct ExportRowReader<Column: ExportColumn> {
    let table: ExportTable<Column>
    let row: ExportRows<Column>.Row
    let mapping: ExportColumnMapping<Column>
    let dateFormat: ExportDateFormat
    let kind: ExportTableKind
    /// The rule of every problem of a cell (PPID501 for registers).
    let rule: RuleID

    func at(_ column: Column) -> SourceLocation { table.location(line: row.line, column) }

    /// A required text cell; nil (with a finding) when empty.
    func required(_ column: Column, _ why: String, into findings: inout RepeatedRowFindings) -> String? {
        let text = row[column]
        guard text.isEmpty else { return text }
        findings.add(rule, at: at(column), "\(table.describe(column).capitalizedFirst) kosong; \(why)")
        return nil
    }

    /// A date cell: `.empty`, `.date`, or `.invalid` after a finding.
    enum DateCell { case empty, date(CalendarDate), invalid }

    func date(_ column: Column, into findings: inout RepeatedRowFindings) -> DateCell {
        let text = row[column]
        guard !text.isEmpty else { return .empty }
        guard let date = dateFormat.date(text) else {
            findings.add(rule, at: at(column), ExportCellMessage.badDate(text, column: table.describe(column), format: dateFormat, kind: kind))
            return .invalid
        }
        return .date(date)
    }

    /// A required date cell; nil (with a finding) when it is empty or not a date.
    func requiredDate(_ column: Column, _ why: String, into findings: inout RepeatedRowFindings) -> CalendarDate? {
        switch date(column, into: &findings) {
        case .date(let date): return date
        case .empty: _ = required(column, why, into: &findings); return nil
        case .invalid: return nil
        }
    }

    /// A word cell through the column's map (`key`, its header name in `kolom.yml`); nil with a
    /// finding when it is none of `allowed` (or empty and `required`), nil silently when empty.
    func word(_ column: Column, key: String, allowed: [String], required: Bool, into findings: inout RepeatedRowFindings) -> String? {
        let text = row[column]
        if text.isEmpty {
            if required {
                findings.add(rule, at: at(column), ExportCellMessage.badWord("", mapped: "", column: table.describe(column), key: key, allowed: allowed, kind: kind))
            }
            return nil
        }
        if let word = mapping.word(text, key: key, in: allowed) { return word }
        findings.add(rule, at: at(column), ExportCellMessage.badWord(text, mapped: mapping.map(key).apply(text), column: table.describe(column),
                                                                     key: key, allowed: allowed, kind: kind))
        return nil
    }

    /// `ya`/`tidak` (also `y`, `true`, `1` …); empty is `tidak`; nil with a finding otherwise.
    func yesNo(_ column: Column, key: String, into findings: inout RepeatedRowFindings) -> Bool? {
        let text = row[column]
        if text.isEmpty { return false }
        let mapped = ExportWord.normalized(mapping.map(key).apply(text))
        if ["ya", "y", "yes", "true", "1"].contains(mapped) { return true }
        if ["tidak", "t", "no", "false", "0", "-"].contains(mapped) { return false }
        findings.add(rule, at: at(column), ExportCellMessage.badWord(text, mapped: mapped, column: table.describe(column), key: key, allowed: ["ya", "tidak"], kind: kind))
        return nil
    }
}
