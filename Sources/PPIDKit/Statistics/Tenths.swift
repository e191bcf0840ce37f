/// A figure rounded to one decimal, kept as a whole number of tenths so that it is computed
/// exactly from integer counts and day totals (STATISTICS.md, "Rounding").
public struct Tenths: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: Int

    public init(tenths: Int) {
        self.value = tenths
    }

    /// `numerator / denominator × scale`, rounded half away from zero to one decimal; nil when
    /// the denominator is 0.
    public static func ratio(_ numerator: Int, _ denominator: Int, scale: Int = 1) -> Tenths? {
        guard denominator != 0 else { return nil }
        return Tenths(tenths: roundedDivision(numerator * scale * 10, denominator))
    }

    /// A percentage: `part / whole × 100` (23 of 80 → 28.8).
    public static func percent(_ part: Int, of whole: Int) -> Tenths? { ratio(part, whole, scale: 100) }

    /// `a / b` rounded half away from zero to an integer.
    static func roundedDivision(_ a: Int, _ b: Int) -> Int {
        let negative = (a < 0) != (b < 0)
        let n = a.magnitude, d = b.magnitude
        let q = Int((2 * n + d) / (2 * d))
        return negative ? -q : q
    }

    /// As a JSON number with one decimal (`28.8`, `99.0`).
    public var json: JSONValue { .decimal(Double(value) / 10) }

    /// "28,8" — Indonesian decimal comma.
    public var indonesian: String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        return "\(sign)\(IndonesianNumber.format(Int(magnitude / 10))),\(magnitude % 10)"
    }

    /// "28.8", as in the CSV file.
    public var description: String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    public static func < (lhs: Tenths, rhs: Tenths) -> Bool { lhs.value < rhs.value }
}

/// Numbers as Indonesian readers write them: `200.000`.
public enum IndonesianNumber {
    public static func format(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(".") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }
}
