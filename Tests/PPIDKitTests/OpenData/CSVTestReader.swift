/// A small RFC 4180 reader for the tests, independent of the writer's library: quoted fields may
/// hold commas, doubled quotes and line ends; records end in LF.
enum CSVTestReader {
    enum Problem: Error { case unterminatedQuote, strayQuote(line: Int), missingFinalLineEnd }

    static func records(_ text: String) throws -> [[String]] {
        guard text.isEmpty || text.hasSuffix("\n") else { throw Problem.missingFinalLineEnd }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var fieldStarted = false
        var line = 1
        var characters = Array(text.unicodeScalars)[...]
        while let scalar = characters.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if characters.first == "\"" { field.unicodeScalars.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard !fieldStarted, field.isEmpty else { throw Problem.strayQuote(line: line) }
                quoted = true
                fieldStarted = true
            case ",":
                record.append(field); field = ""; fieldStarted = false
            case "\n":
                record.append(field); records.append(record)
                record = []; field = ""; fieldStarted = false
                line += 1
            case "\r":
                throw Problem.strayQuote(line: line)
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        if quoted { throw Problem.unterminatedQuote }
        return records
    }
}
