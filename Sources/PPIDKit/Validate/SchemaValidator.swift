/// Checks a YAML tree against a `Schema`: unknown keys (PPID002), missing keys (PPID003 or the
/// field's own rule), wrong types and words (PPID004 or the field's rule) and bad dates (PPID005).
public struct SchemaValidator {
    public let source: SourceText

    public init(source: SourceText) {
        self.source = source
    }

    /// Validates a whole document; `nil` means the file is empty.
    public func validate(_ root: YAMLNode?, against schema: Schema, into diagnostics: inout DiagnosticBag) {
        guard let root else {
            for field in schema.fields {
                if case .required(let rule) = field.requirement {
                    diagnostics.add(rule, at: source.location(),
                        "Berkas kosong: kunci wajib \"\(field.key)\" tidak ada. \(field.description)")
                }
            }
            return
        }
        check(root, as: .mapping(schema), path: schema.name, into: &diagnostics)
    }

    /// - Parameter key: the key the value is written under (also for each entry of its list), which
    ///   sets its length limit (PPID015).
    /// - Parameter shapeRule: the rule for values of the wrong shape (the enclosing schema's).
    func check(_ node: YAMLNode, as kind: ValueKind, path: String, key: String? = nil, shapeRule: RuleID = .ppid004,
               into diagnostics: inout DiagnosticBag) {
        check(node, as: kind, at: SchemaPath(path), key: key, shapeRule: shapeRule, into: &diagnostics)
    }

    private func check(_ node: YAMLNode, as kind: ValueKind, at place: SchemaPath, key: String?, shapeRule: RuleID,
                       into diagnostics: inout DiagnosticBag) {
        // A text over its limit is reported once, whatever else is wrong with it (PPID015).
        if let text = node.text, TextLengthRule.check(text, key: key, path: place.text, at: node.location, into: &diagnostics) { return }
        switch kind {
        case .mapping(let schema):
            let path = place.text
            guard let entries = node.entries else {
                diagnostics.add(schema.shapeRule, at: node.location,
                    "\"\(path)\" harus berupa pemetaan (kunci: nilai), bukan \(node.kindName).")
                return
            }
            checkMapping(node, entries: entries, schema: schema, path: path, into: &diagnostics)
        case .list(let inner, let nonEmpty):
            let path = place.text
            guard let items = node.items else {
                diagnostics.add(shapeRule, at: node.location,
                    "\"\(path)\" harus berupa daftar (setiap butir diawali \"- \"), bukan \(node.kindName)\(quoted(node)).")
                return
            }
            if nonEmpty && items.isEmpty {
                diagnostics.add(shapeRule, at: node.location, "\"\(path)\" tidak boleh berupa daftar kosong; isi sedikitnya satu nilai.")
            }
            for (index, item) in items.enumerated() {
                check(item, as: inner, at: SchemaPath(path, element: index + 1), key: key, shapeRule: shapeRule, into: &diagnostics)
            }
        case .oneOrList(let inner):
            if let items = node.items {
                let path = place.text
                if items.isEmpty {
                    diagnostics.add(shapeRule, at: node.location, "\"\(path)\" tidak boleh berupa daftar kosong.")
                }
                for (index, item) in items.enumerated() {
                    check(item, as: inner, at: SchemaPath(path, element: index + 1), key: key, shapeRule: shapeRule, into: &diagnostics)
                }
            } else {
                check(node, as: inner, at: place, key: key, shapeRule: shapeRule, into: &diagnostics)
            }
        case .dictionary(let inner):
            let path = place.text
            guard let entries = node.entries else {
                diagnostics.add(shapeRule, at: node.location, "\"\(path)\" harus berupa pemetaan (kunci: nilai).")
                return
            }
            for entry in entries {
                check(entry.value, as: inner, at: SchemaPath(path, member: String(entry.key.prefix(60))), key: nil,
                      shapeRule: shapeRule, into: &diagnostics)
            }
        case .text, .date, .dateOrYear, .integer, .number, .boolean, .word:
            checkScalar(node, as: kind, at: place, shapeRule: shapeRule, into: &diagnostics)
        }
    }

    private func checkMapping(_ node: YAMLNode, entries: [YAMLEntry], schema: Schema, path: String,
                              into diagnostics: inout DiagnosticBag) {
        // A misspelt key is one PPID002 with its suggestion, not also a "missing" finding for the
        // key it was meant to be (ONBOARDING.md, one cause, one finding).
        var suggested = Set<String>()
        for entry in entries {
            if let forbidden = schema.forbidden.first(where: { $0.key == entry.key }) {
                diagnostics.add(forbidden.rule, at: entry.keyLocation, forbidden.message)
                continue
            }
            guard let field = schema.field(entry.key) else {
                let knownKeys = schema.fields.map(\.key)
                var message = "Kunci \(entry.key.quotedPrefix) tidak dikenal di \(schema.name)"
                if let suggestion = entry.key.closest(in: knownKeys) {
                    suggested.insert(suggestion)
                    message += "; maksud Anda \"\(suggestion)\"?"
                } else {
                    message += ". Kunci yang dikenal: \(knownKeys.joined(separator: ", "))."
                }
                diagnostics.add(.ppid002, at: entry.keyLocation, message)
                continue
            }
            if entry.value.isNull {
                if case .required(let rule) = field.requirement {
                    diagnostics.add(rule, at: entry.keyLocation,
                        "Kunci wajib \"\(entry.key)\" kosong; isi nilainya. \(field.description)")
                }
                continue
            }
            check(entry.value, as: field.kind, at: SchemaPath(path, member: entry.key), key: entry.key, shapeRule: schema.shapeRule,
                  into: &diagnostics)
        }
        if schema.placeholderWhenDraft && node.isDraft { return }
        for field in schema.fields {
            guard case .required(let rule) = field.requirement, !entries.contains(where: { $0.key == field.key }),
                  !suggested.contains(field.key) else { continue }
            diagnostics.add(rule, at: node.location,
                "Kunci wajib \"\(field.key)\" tidak ada di \(path). \(field.description)")
        }
    }

    private func checkScalar(_ node: YAMLNode, as kind: ValueKind, at place: SchemaPath, shapeRule: RuleID,
                             into diagnostics: inout DiagnosticBag) {
        var path: String { place.text }
        guard let text = node.text else {
            var rule = shapeRule
            if case .word(_, let wordRule) = kind { rule = wordRule }
            diagnostics.add(rule, at: node.location,
                "\"\(path)\" harus berupa \(kind.indonesianName), bukan \(node.kindName).")
            return
        }
        switch kind {
        case .date:
            if CalendarDate(iso: text) == nil {
                diagnostics.add(.ppid005, at: node.location,
                    "\"\(text)\" bukan tanggal yang sah untuk \"\(path)\"; tulis YYYY-MM-DD, misalnya 2025-03-01.")
            }
        case .dateOrYear:
            if PartialDate(text) == nil {
                diagnostics.add(.ppid005, at: node.location,
                    "\"\(text)\" bukan tanggal atau tahun yang sah untuk \"\(path)\"; tulis YYYY-MM-DD (2025-03-31) atau tahun saja (2025).")
            }
        case .integer:
            if Int(text) == nil {
                diagnostics.add(shapeRule, at: node.location, "\"\(path)\" harus berupa bilangan bulat, bukan \"\(text)\".")
            }
        case .number:
            if Score(decimal: text) == nil {
                diagnostics.add(shapeRule, at: node.location, "\"\(path)\" harus berupa bilangan tidak negatif (misalnya 40 atau 2.5), bukan \"\(text)\".")
            }
        case .boolean:
            if !["true", "false"].contains(text.lowercased()) {
                diagnostics.add(shapeRule, at: node.location, "\"\(path)\" harus true atau false, bukan \"\(text)\".")
            }
        case .word(let words, let rule):
            if !words.contains(text) {
                var message = "\"\(text)\" bukan nilai yang diizinkan untuk \"\(path)\"; gunakan salah satu dari: \(words.joined(separator: ", "))."
                if let suggestion = text.closest(in: words) { message += " Maksud Anda \"\(suggestion)\"?" }
                diagnostics.add(rule, at: node.location, message)
            }
        default:
            break
        }
    }

    private func quoted(_ node: YAMLNode) -> String {
        node.text.map { " \($0.quotedPrefix)" } ?? ""
    }
}

/// Where a value stands, as messages name it (`dip.informasi[3].judul`): a DIP holds hundreds of
/// thousands of values, so a scalar's path is written out only when a finding names it.
struct SchemaPath {
    private let parent: String
    private let step: Step?

    private enum Step {
        case member(String)
        case element(Int)
    }

    init(_ whole: String) {
        parent = whole
        step = nil
    }

    init(_ parent: String, member key: String) {
        self.parent = parent
        step = .member(key)
    }

    init(_ parent: String, element number: Int) {
        self.parent = parent
        step = .element(number)
    }

    var text: String {
        switch step {
        case nil: return parent
        case .member(let key)?: return "\(parent).\(key)"
        case .element(let number)?: return "\(parent)[\(number)]"
        }
    }
}
