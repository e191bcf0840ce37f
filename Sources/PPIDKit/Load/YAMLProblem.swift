/// A libyaml syntax error explained in Indonesian, at the place where the reader sees the mistake
/// (the line of the key without `:`, the opening quote or bracket that is never closed, the stray
/// tab), with the usual fix — often written with the user's own line. libyaml's English text is
/// only matched here, never shown: any problem not recognised gets an Indonesian fallback that
/// keeps libyaml's position.
struct YAMLProblem {
    struct Mark {
        var line: Int
        var column: Int
        /// libyaml's description (problem or context), English.
        var text: String
    }

    let problem: String
    let mark: Mark
    let context: Mark?
    /// A source line by 1-based number (of the file, so front matter counts from the `.md` start).
    let lines: (Int) -> String?

    init(problem: String, at mark: Mark, context: Mark?, lines: @escaping (Int) -> String?) {
        self.problem = problem
        self.mark = mark
        self.context = context
        self.lines = lines
    }

    struct Explained {
        var line: Int
        var column: Int
        var message: String
    }

    private func scalars(_ line: Int) -> [Unicode.Scalar] { lines(line).map { Array($0.unicodeScalars) } ?? [] }

    /// The character at a mark, if the line has one there.
    private func character(at line: Int, _ column: Int) -> Unicode.Scalar? {
        let line = scalars(line)
        return column >= 1 && column <= line.count ? line[column - 1] : nil
    }

    /// The column of the first character that is not a space (1 when the line is blank).
    private func indentation(_ line: Int) -> Int {
        (scalars(line).firstIndex { $0 != " " } ?? 0) + 1
    }

    /// The last non-blank line before `line` that is not a comment.
    private func previousContentLine(_ line: Int) -> Int? {
        var number = line - 1
        while number >= 1 {
            if let text = lines(number)?.trimmedWhitespace, !text.isEmpty, !text.hasPrefix("#") { return number }
            number -= 1
        }
        return nil
    }

    private func trimmedLine(_ line: Int) -> String { lines(line)?.trimmedWhitespace ?? "" }

    private func explain(_ line: Int, _ column: Int, _ text: String) -> Explained {
        Explained(line: line, column: column, message: "YAML tidak sah: \(text)")
    }

    var explained: Explained {
        let here = mark
        let contextText = context?.text ?? ""

        // A key without its ":" — libyaml notices only on a later line; the key's line is the mistake.
        if problem.hasPrefix("could not find expected ':'"), let context {
            return missingColon(context.line, column: context.column)
        }

        // Tabs: YAML indents with spaces only.
        if problem.hasPrefix("found a tab character") || (problem.hasPrefix("found character that cannot start any token")
                                                         && character(at: here.line, here.column) == "\t") {
            return explain(here.line, here.column, "ada karakter tab; YAML hanya menerima spasi untuk indentasi. Ganti tab dengan spasi (misalnya dua spasi per tingkat).")
        }
        if problem.hasPrefix("found character that cannot start any token") {
            let shown = character(at: here.line, here.column).map { "\"\(Character($0))\"" } ?? "ini"
            return explain(here.line, here.column, "nilai tidak boleh diawali karakter \(shown); apit seluruh nilainya dengan tanda kutip, misalnya \"\(valueText(here.line))\".")
        }

        // A quote or bracket opened and never closed: point at where it opens.
        if contextText.hasPrefix("while scanning a quoted scalar"), let context, problem.hasPrefix("found unexpected end of stream") {
            let quote = character(at: context.line, context.column).map { String(Character($0)) } ?? "\""
            return explain(context.line, context.column, "tanda kutip \(quote) yang dibuka di sini tidak pernah ditutup; tambahkan \(quote) di akhir nilainya.")
        }
        if problem.hasPrefix("found unknown escape character") {
            return explain(here.line, here.column, "garis miring terbalik \\ di dalam tanda kutip ganda memulai kode khusus yang tidak dikenal; tulis \\\\ untuk \\, atau gunakan tanda kutip tunggal '…'.")
        }
        for (open, close, name) in [("[", "]", "daftar"), ("{", "}", "pemetaan")] {
            guard problem.hasPrefix("did not find expected ',' or '\(close)'"), let context else { continue }
            if context.line < here.line {
                return explain(context.line, context.column, "kurung \(open) yang dibuka di sini tidak ditutup; tambahkan \(close) di akhir \(name) ini (seluruhnya pada satu baris).")
            }
            if isAfterClosingQuote(here) {
                return explain(here.line, here.column, "ada teks sesudah tanda kutip penutup; letakkan seluruh nilai di dalam tanda kutip.")
            }
            return explain(here.line, here.column, "di dalam \(open) … \(close) setiap butir dipisah koma; tambahkan \",\" atau \(close) di sini.")
        }

        if problem.hasPrefix("did not find expected key") || problem.hasPrefix("did not find expected '-' indicator") {
            if character(at: here.line, here.column) == "-" {
                return explain(here.line, here.column, "butir daftar \"- …\" di tempat yang seharusnya berisi \"kunci: nilai\"; hapus tanda \"-\", atau letakkan daftar di bawah sebuah kunci (\"kunci:\" lalu butir \"- …\" yang menjorok).")
            }
            if isAfterClosingQuote(here) {
                return explain(here.line, here.column, "ada teks sesudah tanda kutip penutup; letakkan seluruh nilai di dalam tanda kutip, misalnya \(quotedWhole(here.line)).")
            }
            return explain(here.line, indentation(here.line), misaligned(here.line))
        }
        if problem.hasPrefix("block sequence entries are not allowed") {
            return explain(here.line, here.column, "butir daftar \"- …\" tidak boleh di sini; sebuah kunci yang berisi daftar ditulis \"kunci:\" tanpa nilai, lalu butirnya di baris berikut, menjorok.")
        }
        if problem.hasPrefix("mapping values are not allowed") {
            // The first ":" of a line that continues the line above: that line is a key without
            // ":" (`ppid_utama` alone) or with no space after it (`nama:Kab`), read as one text.
            if let previous = previousContentLine(here.line),
               let colon = scalars(here.line).firstIndex(of: ":"), colon + 1 == here.column {
                let above = trimmedLine(previous)
                let start = indentation(previous) + (above.count - Self.withoutItemMarks(above).count)
                if !above.contains(":") {
                    return missingColon(previous, column: start)
                }
                if !above.contains(": "), !above.hasSuffix(":"), !above.contains("://") {
                    let body = Self.withoutItemMarks(above)
                    let marks = String(above.prefix(above.count - body.count))
                    let key = body.prefix { $0 != ":" }
                    let value = body.drop { $0 != ":" }.dropFirst()
                    return explain(previous, start, "sesudah titik dua harus ada spasi; tulis \"\(marks)\(key): \(value)\".")
                }
            }
            // More indented than the line above, which holds a value: a misaligned key.
            if let previous = previousContentLine(here.line), indentation(here.line) > indentation(previous),
               !trimmedLine(previous).hasSuffix(":"), !trimmedLine(previous).hasPrefix("-"),
               let colon = scalars(here.line).firstIndex(of: ":"), colon + 1 == here.column {
                return explain(here.line, indentation(here.line), misaligned(here.line))
            }
            return explain(here.line, here.column, "titik dua \": \" di dalam nilai; apit seluruh nilainya dengan tanda kutip, misalnya \(quotedValue(here.line)).")
        }
        if problem.hasPrefix("found undefined alias") || problem.hasPrefix("found unexpected end of stream") {
            return explain(here.line, here.column, "berkas berakhir di tengah nilai; periksa tanda kutip dan kurung yang belum ditutup.")
        }
        if problem.hasPrefix("did not find expected node content") {
            return explain(here.line, here.column, "nilai yang diharapkan tidak ada di sini; tulis nilainya, atau apit dengan tanda kutip bila diawali karakter khusus.")
        }
        if problem.hasPrefix("Maximum nesting level") || problem.hasPrefix("exceeded max depth") {
            return explain(here.line, here.column, "struktur bersarang terlalu dalam; sederhanakan isinya (berkas konten cukup beberapa tingkat).")
        }
        if problem.hasPrefix("found unexpected ':'") {
            return explain(here.line, here.column, "tanda \":\" di tempat yang tidak diharapkan; apit nilainya dengan tanda kutip.")
        }
        return explain(here.line, here.column, "pembaca YAML tidak dapat melanjutkan di sini; periksa tanda kutip, titik dua (\"kunci: nilai\") dan indentasi (spasi, bukan tab) baris ini.")
    }

    /// `judul Laporan` without its leading `- ` item marks.
    static func withoutItemMarks(_ text: String) -> String {
        var body = Substring(text)
        while body.hasPrefix("- ") { body = body.dropFirst(2).drop { $0 == " " } }
        return String(body)
    }

    /// "tulis \"jenis: kabupaten\"" for the line `jenis kabupaten`.
    private func missingColon(_ line: Int, column: Int) -> Explained {
        let written = trimmedLine(line)
        let body = Self.withoutItemMarks(written)
        let marks = String(written.prefix(written.count - body.count))
        var fix = "tulis \"kunci: nilai\", dengan spasi sesudah titik dua"
        if let space = body.firstIndex(of: " ") {
            fix = "tulis \"\(marks)\(body[..<space]): \(body[body.index(after: space)...].trimmedWhitespace)\""
        } else if !body.isEmpty {
            fix = "tulis \"\(marks)\(body):\" diikuti nilainya"
        }
        return explain(line, column, "baris ini tidak memiliki tanda \":\" sesudah kuncinya; \(fix).")
    }

    private func misaligned(_ line: Int) -> String {
        var message = "indentasi baris ini tidak cocok dengan baris di atasnya"
        if let previous = previousContentLine(line) {
            message += " (baris \(previous) menjorok \(indentation(previous) - 1) spasi, baris ini \(indentation(line) - 1))"
        }
        return message + "; kunci dalam satu pemetaan harus sejajar, dengan jumlah spasi yang sama di depannya."
    }

    /// Whether the mark follows a closing quote and spaces (`"Kab" Sukamaju`).
    private func isAfterClosingQuote(_ mark: Mark) -> Bool {
        let line = scalars(mark.line)
        var index = mark.column - 2
        while index >= 0, index < line.count, line[index] == " " { index -= 1 }
        return index >= 0 && index < line.count && (line[index] == "\"" || line[index] == "'")
    }

    /// The value part of a `key: value` line.
    private func valueText(_ line: Int) -> String {
        let text = trimmedLine(line)
        guard let range = text.range(of: ": ") else { return text }
        return text[range.upperBound...].trimmedWhitespace
    }

    /// `nama: "Kab: Maju"` from the user's own line.
    private func quotedValue(_ line: Int) -> String {
        let text = trimmedLine(line)
        guard let range = text.range(of: ": ") else { return "\"\(text)\"" }
        let value = text[range.upperBound...].trimmedWhitespace.replacingAll("\"", with: "\\\"")
        return "\(text[..<range.lowerBound]): \"\(value)\""
    }

    /// `nama: "Kab Sukamaju"` from `nama: "Kab" Sukamaju`.
    private func quotedWhole(_ line: Int) -> String {
        let text = trimmedLine(line)
        guard let range = text.range(of: ": ") else { return "\"…\"" }
        let value = text[range.upperBound...].trimmedWhitespace.replacingAll("\"", with: "")
        return "\(text[..<range.lowerBound]): \"\(value)\""
    }
}
