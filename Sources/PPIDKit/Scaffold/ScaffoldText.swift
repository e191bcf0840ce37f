/// How the scaffolds write values given on the command line into YAML, Markdown and comments:
/// each value on one line, always as a YAML double-quoted scalar.
enum ScaffoldText {
    /// A YAML double-quoted scalar with `\` and `"` escaped, and any control character as an
    /// escape (`\t`, `\n`, `\u0007` …), so the text reads back exactly as given.
    static func quoted(_ text: String) -> String {
        YAMLScalarWriter.quoted(text)
    }

    /// Control characters, and the characters YAML and editors take as line breaks.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return scalar.value == 0xFEFF || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        }
    }

    /// The first option (of `values`, by option name) whose value holds a control character.
    static func optionWithControlCharacter(_ values: [(option: String, value: String?)]) -> String? {
        values.first { $0.value?.unicodeScalars.contains(where: isControl) == true }?.option
    }

    /// The message for a value refused because of a control character.
    static func controlCharacterMessage(_ option: String) -> String {
        "Nilai \(option) memuat karakter kendali (misalnya baris baru atau tab); tulis nilainya dalam satu baris, tanpa karakter itu."
    }
}
