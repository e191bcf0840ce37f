/// A heading or cell text normalised for matching (ONBOARDING.md): lower case, every character
/// that is not a letter or digit a space, spaces collapsed.
public struct HeadingText: Sendable, Hashable, CustomStringConvertible {
    public let words: [Substring]
    public let text: String

    public init(_ raw: String) {
        var normalised = ""
        normalised.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        for character in raw.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSpace && !normalised.isEmpty { normalised.append(" ") }
                pendingSpace = false
                normalised.append(character)
            } else {
                pendingSpace = true
            }
        }
        text = normalised
        words = normalised.split(separator: " ")
    }

    public var description: String { text }
    public var isEmpty: Bool { text.isEmpty }

    /// Whether the text is exactly one of the phrases.
    public func `is`(_ phrases: String...) -> Bool { phrases.contains(text) }

    /// Whether the text contains the phrase's words, consecutively and in order (`⊃`).
    public func contains(_ phrase: String) -> Bool {
        let wanted = phrase.split(separator: " ")
        guard !wanted.isEmpty, wanted.count <= words.count else { return false }
        for start in 0...(words.count - wanted.count) where words[start] == wanted[0] {
            if (1..<wanted.count).allSatisfy({ words[start + $0] == wanted[$0] }) { return true }
        }
        return false
    }

    public func containsAny(_ phrases: String...) -> Bool { phrases.contains(where: contains) }
}
