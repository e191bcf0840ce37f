/// JSON Schema (draft 2020-12) of the content files, generated from the very `Schema`
/// declarations the validator uses, so editors and `ppid check` cannot disagree.
public enum JSONSchemaGenerator {
    public static let draft = "https://json-schema.org/draft/2020-12/schema"

    /// The documents `ppid schema` knows, by the name given on the command line.
    public static let documents: [(name: String, schema: Schema)] = [
        ("ppid", ContentSchemas.ppid),
        ("opd", ContentSchemas.opd),
        ("dip", ContentSchemas.dip),
        ("dik", ContentSchemas.dik),
        ("sop", ContentSchemas.sop),
        ("sengketa", ContentSchemas.disputes),
        ("laporan-layanan", ContentSchemas.serviceReport),
        ("kalender", ContentSchemas.calendar),
        ("kolom-layanan", ContentSchemas.serviceColumns),
        ("kriteria", MonevSchemas.criteria),
    ]

    /// One schema alone, or (nil) a document whose `$defs` holds them all.
    public static func document(named name: String?) -> JSONValue? {
        if let name {
            guard let schema = documents.first(where: { $0.name == name })?.schema else { return nil }
            return .object([("$schema", .string(draft)), ("$id", .string("https://ppid.invalid/skema/\(name).schema.json"))]
                           + members(of: .mapping(schema), description: schema.description))
        }
        return .object([
            ("$schema", .string(draft)),
            ("$id", .string("https://ppid.invalid/skema/ppid-konten.schema.json")),
            ("title", .string("Berkas konten ppid")),
            ("description", .string("Skema ppid.yml, opd.yml, dip.yml, dik.yml, front matter SOP, layanan/sengketa.yml, front matter layanan/laporan/<tahun>.md, kalender/<tahun>.yml dan layanan/kolom.yml (CONTENT.md, REQUESTS.md), serta kriteria e-Monev monev/kriteria-<tahun>.yml (MONEV.md).")),
            ("$defs", .object(documents.map { ($0.name, schema(.mapping($0.schema), description: $0.schema.description)) })),
        ])
    }

    static func schema(_ kind: ValueKind, description: String? = nil) -> JSONValue {
        .object(members(of: kind, description: description))
    }

    static func members(of kind: ValueKind, description: String?) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if let description { members.append(("description", .string(description))) }
        switch kind {
        case .text:
            // A plain YAML scalar is text wherever text is expected (`nomor: 123` is fine).
            members.append(("type", .array([.string("string"), .string("number"), .string("boolean")])))
        case .date:
            members += [("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
                        ("examples", .array([.string("2025-03-31")]))]
        case .dateOrYear:
            members.append(("anyOf", .array([
                .object([("type", .string("string")), ("pattern", .string("^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$"))]),
                .object([("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(9999))]),
            ])))
        case .integer:
            members.append(("type", .string("integer")))
        case .number:
            members += [("type", .string("number")), ("minimum", .int(0))]
        case .boolean:
            members.append(("type", .string("boolean")))
        case .word(let words, _):
            members.append(("enum", .strings(words)))
        case .list(let inner, let nonEmpty):
            members += [("type", .string("array")), ("items", schema(inner))]
            if nonEmpty { members.append(("minItems", .int(1))) }
        case .oneOrList(let inner):
            members.append(("anyOf", .array([schema(inner), .object([("type", .string("array")), ("items", schema(inner)), ("minItems", .int(1))])])))
        case .dictionary(let inner):
            members += [("type", .string("object")), ("additionalProperties", schema(inner))]
        case .mapping(let inner):
            members += [
                ("type", .string("object")),
                ("properties", .object(inner.fields.map { ($0.key, schema($0.kind, description: $0.description)) })),
            ]
            let required = inner.fields.filter(\.isRequired).map(\.key)
            if !required.isEmpty && inner.placeholderWhenDraft {
                // `{draf: true}` stands for a mapping still to be filled in.
                members += [
                    ("if", .object([("properties", .object([("draf", .object([("const", .bool(true))]))])),
                                    ("required", .strings(["draf"]))])),
                    ("else", .object([("required", .strings(required))])),
                ]
            } else if !required.isEmpty {
                members.append(("required", .strings(required)))
            }
            members.append(("additionalProperties", .bool(false)))
        }
        return members
    }
}
