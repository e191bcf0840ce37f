import FuzzSupport
import PPIDKit

/// The complaint table reader (`ComplaintTableReader` with `ComplaintRowParser`, CSV.swift under
/// it): any `pengaduan/*.csv` text ends in records and findings, each finding in this file with a
/// line and column, each record on a line of the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzComplaintCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let source = FuzzInput.sourceText(data, size, path: "pengaduan/fuzz.csv") else { return 0 }
    let result = ComplaintTableReader(mapping: .identity).read(source, tableIndex: 0)
    FuzzCheck.findings(result.diagnostics, in: source)
    // The reader ends a line at LF and at a lone CR (CRLF is LF by now), as editors show such files.
    let lines = source.text.utf8.count { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } + 1
    for finding in result.diagnostics {
        precondition(finding.location.line <= lines + 1, "finding past the end of the file: \(finding)")
    }
    for record in result.records {
        precondition(!record.nomorTiket.isEmpty, "record without a ticket number")
    }
    return 0
}
