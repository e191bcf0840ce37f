/// The records of a data set kept per OPD, written as JSON (an array of objects) and CSV (a header
/// and one row per record) OPD by OPD, so that `ppid serve` reuses the text of unchanged OPDs.
struct OpenDataRecords<Item: Sendable>: Sendable {
    /// Names the data set in the fragment cache.
    let kind: String
    let groups: [(slug: String, items: [Item])]
    let fragments: DataFragments

    /// The JSON document of `file` (a site path): an array of every record, indented by two.
    func json(file: String, _ object: (Item) -> JSONValue) -> String {
        // The text `JSONValue.array(...).serialized(indent: 2)` gives, assembled here so that each
        // OPD's piece is placed (its offset recorded) as it is appended.
        var out = "["
        var first = true
        for group in groups where !group.items.isEmpty {
            out += first ? "\n  " : ",\n  "
            first = false
            let name = kind + ".json"
            let text = fragments.text(name, opd: group.slug) { JSONValue.elements(group.items.map(object), indent: 2, level: 1) }
            fragments.placed(name, opd: group.slug, text: text, in: file, at: out.utf8.count)
            out += text
        }
        return out + (first ? "]\n" : "\n]\n")
    }

    /// The CSV document of `file` (a site path): the header and one row per record.
    func csv(file: String, header: [String], _ row: (Item) -> [String]) -> String {
        var out = OpenDataCSV.encode([header])
        for group in groups where !group.items.isEmpty {
            let name = kind + ".csv"
            let text = fragments.text(name, opd: group.slug) { OpenDataCSV.encode(group.items.map(row)) }
            fragments.placed(name, opd: group.slug, text: text, in: file, at: out.utf8.count)
            out += text
        }
        return out
    }
}
