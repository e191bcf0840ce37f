/// The records of a data set kept per OPD, written as JSON (an array of objects) and CSV (a header
/// and one row per record) OPD by OPD, so that `ppid serve` reuses the text of unchanged OPDs.
struct OpenDataRecords<Item: Sendable>: Sendable {
    /// Names the data set in the fragment cache.
    let kind: String
    let groups: [(slug: String, items: [Item])]
    let fragments: DataFragments

    func json(_ object: (Item) -> JSONValue) -> String {
        let pieces = groups.compactMap { group -> JSONValue? in
            guard !group.items.isEmpty else { return nil }
            return .raw(fragments.text(kind + ".json", opd: group.slug) {
                JSONValue.elements(group.items.map(object), indent: 2, level: 1)
            })
        }
        return JSONValue.array(pieces).serialized(indent: 2) + "\n"
    }

    func csv(header: [String], _ row: (Item) -> [String]) -> String {
        var out = OpenDataCSV.encode([header])
        for group in groups where !group.items.isEmpty {
            out += fragments.text(kind + ".csv", opd: group.slug) { OpenDataCSV.encode(group.items.map(row)) }
        }
        return out
    }
}
