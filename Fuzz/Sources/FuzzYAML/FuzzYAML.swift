import FuzzSupport
import PPIDKit

/// The YAML composer behind every `.yml` file (`YAMLLoader` over `YAMLEventComposer`, Yams'
/// libyaml events): any text ends in a tree, nothing, or one PPID001 finding, and every node and
/// finding has a place in the file (the finding's source line can be shown). A tree is then checked
/// against the `dip.yml` and `dik.yml` schemas, whose findings must have places too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let source = FuzzInput.sourceText(data, size, path: "opd/fuzz/dip.yml") else { return 0 }
    switch YAMLLoader.parse(source.text, source: source) {
    case .document(let root):
        checkPlaces(root, in: source)
        for schema in [ContentSchemas.dip, ContentSchemas.dik] {
            var diagnostics = DiagnosticBag()
            SchemaValidator(source: source).validate(root, against: schema, into: &diagnostics)
            FuzzCheck.findings(diagnostics.all, in: source)
        }
    case .empty: break
    case .failure(let finding):
        FuzzCheck.findings([finding], in: source)
        _ = source.line(finding.location.line)
    }
    return 0
}

private func checkPlaces(_ root: YAMLNode, in source: SourceText) {
    var pending = [root]
    var visited = 0
    while let node = pending.popLast(), visited < 100_000 {
        visited += 1
        precondition(node.location.line >= 1 && node.location.column >= 1, "node without a place: \(node.location)")
        precondition(node.location.file == source.displayPath)
        switch node.value {
        case .sequence(let items): pending.append(contentsOf: items)
        case .mapping(let entries): pending.append(contentsOf: entries.map(\.value))
        case .null, .scalar: break
        }
    }
}
