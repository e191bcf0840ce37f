import Foundation

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends.
    var trimmedWhitespace: String {
        // Most values start and end with a visible ASCII character: nothing to trim, no Unicode lookup.
        let whole = String(self)
        if let head = whole.utf8.first, let tail = whole.utf8.last, Self.isVisibleASCII(head), Self.isVisibleASCII(tail) { return whole }
        if let head = first, let tail = last, !head.isWhitespace, !tail.isWhitespace { return String(self) }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// Runs of white space collapsed to one space, trimmed.
    var collapsedWhitespace: String {
        // Every non-ASCII white-space character (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000)
        // starts with one of these bytes; without them a byte loop gives the same result, faster.
        let utf8 = self.utf8
        if utf8.contains(where: { $0 == 0xC2 || $0 == 0xE1 || $0 == 0xE2 || $0 == 0xE3 }) {
            return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = true
            } else {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// Whether the text holds `needle` byte for byte (UTF-8): no Unicode comparison, unlike
    /// Foundation's `contains(_:)`, which costs a tenth of `ppid check` when run on every text.
    func containsBytes(_ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { pattern in containsBytes(pattern) }
    }

    /// `containsBytes` for a needle known only at run time.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in containsBytes(pattern) }
    }

    private func containsBytes(_ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.baseAddress, !pattern.isEmpty else { return true }
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count >= pattern.count else { return false }
            // memchr to each occurrence of the first byte, memcmp for the rest.
            let last = bytes.count - pattern.count
            var offset = 0
            while offset <= last {
                guard let hit = memchr(base + offset, Int32(pattern[0]), last - offset + 1) else { return false }
                let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + start, first, pattern.count) == 0 { return true }
                offset = start + 1
            }
            return false
        }
    }

    /// Lower-case, diacritics stripped, each run of other characters → `-`, trimmed (CONTENT.md's `id` derivation).
    public var slugified: String {
        var result = ""
        var pendingDash = false
        for scalar in self.lowercased().decomposedScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result
    }

    private var decomposedScalars: [Unicode.Scalar] {
        // Canonical decomposition so that "é" becomes "e" + combining accent.
        Array(self.decomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// Whether this is a valid slug or id: `^[a-z0-9]+(-[a-z0-9]+)*$`.
    public var isValidSlug: Bool {
        // A byte loop: every allowed character is ASCII, so any other byte already fails.
        var previous: UInt8 = UInt8(ascii: "-") // no leading "-"
        for byte in utf8 {
            let isDash = byte == UInt8(ascii: "-")
            guard isDash || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte),
                  !(isDash && previous == UInt8(ascii: "-")) else { return false }
            previous = byte
        }
        return previous != UInt8(ascii: "-") // not empty, no trailing "-"
    }

    /// Case-insensitive Levenshtein distance.
    func editDistance(to other: String) -> Int {
        let a = Array(lowercased()), b = Array(other.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The closest candidate within edit distance 2, ties to the first (RULES.md "did you mean").
    /// Candidates whose length differs by more than 2 are skipped unmeasured, so a huge value costs
    /// one count, not a quadratic comparison.
    public func closest(in candidates: [String]) -> String? {
        var best: (candidate: String, distance: Int)?
        let length = count
        for candidate in candidates {
            guard abs(candidate.count - length) <= 2 else { continue }
            let distance = editDistance(to: candidate)
            if distance <= 2, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.candidate
    }
}

extension String {
    /// The text quoted for a message: at most its first 40 characters (then "…"), line ends and
    /// other control characters shown as spaces, so that no finding repeats a huge value.
    var quotedPrefix: String {
        let limit = 40
        var shown = String.UnicodeScalarView()
        var taken = 0
        for scalar in unicodeScalars {
            if taken == limit { return "\"" + String(shown) + "…\"" }
            shown.append(scalar.properties.generalCategory == .control ? " " : scalar)
            taken += 1
        }
        return "\"" + String(shown) + "\""
    }
}

extension String {
    /// Every occurrence of `target` replaced (Foundation-free, used on hot paths).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, containsBytes(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
