import FuzzSupport
import PPIDKit

/// The Markdown front matter splitter (`MarkdownDocument.parse`, YAML under it): any `.md` text
/// splits into front matter and a body that is the end of the file, starting on a line of it; the
/// front matter is checked against the page and SOP schemas.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let source = FuzzInput.sourceText(data, size, path: "halaman/fuzz.md") else { return 0 }
    var diagnostics = DiagnosticBag()
    let document = MarkdownDocument.parse(source, into: &diagnostics)
    if let frontMatter = document.frontMatter {
        for schema in [ContentSchemas.page, ContentSchemas.sop] {
            SchemaValidator(source: source).validate(frontMatter, against: schema, into: &diagnostics)
        }
    }
    FuzzCheck.findings(diagnostics.all, in: source)
    precondition(source.text.hasSuffix(document.body), "the body is not the end of the file")
    precondition(document.bodyLine >= 1, "body on line \(document.bodyLine)")
    precondition(document.frontMatterParsed || !diagnostics.all.isEmpty, "front matter refused without a finding")
    return 0
}
