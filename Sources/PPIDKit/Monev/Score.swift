/// A score or a share as an exact fraction (MONEV.md: "Arithmetic is exact (rational numbers)").
/// Should a fraction outgrow 64-bit integers (means over hundreds of OPDs with different item
/// counts), it continues as a Double, which still rounds correctly unless the true value lies
/// within 10⁻⁹ of a rounding boundary without being on it.
public struct Score: Sendable, Hashable, Comparable, CustomStringConvertible {
    private enum Storage: Hashable {
        case exact(numerator: Int, denominator: Int)
        case approximate(Double)
    }

    private let storage: Storage

    public static let zero = Score(0)
    public static let one = Score(1)

    public init(_ value: Int) { storage = .exact(numerator: value, denominator: 1) }

    /// `numerator / denominator`; nil when the denominator is 0.
    public init?(_ numerator: Int, over denominator: Int) {
        guard denominator != 0 else { return nil }
        self = Score.reduced(numerator, denominator)
    }

    private init(storage: Storage) { self.storage = storage }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a.magnitude, b.magnitude)
        while y != 0 { (x, y) = (y, x % y) }
        return Int(x)
    }

    private static func reduced(_ numerator: Int, _ denominator: Int) -> Score {
        let divisor = max(1, gcd(numerator, denominator))
        let sign = denominator < 0 ? -1 : 1
        return Score(storage: .exact(numerator: sign * numerator / divisor, denominator: sign * denominator / divisor))
    }

    public var double: Double {
        switch storage {
        case .exact(let n, let d): return Double(n) / Double(d)
        case .approximate(let value): return value
        }
    }

    private static func exact(_ a: Int, _ op: (Int, Int) -> (partialValue: Int, overflow: Bool), _ b: Int) -> Int? {
        let result = op(a, b)
        return result.overflow ? nil : result.partialValue
    }

    public static func + (lhs: Score, rhs: Score) -> Score {
        if case .exact(let a, let b) = lhs.storage, case .exact(let c, let d) = rhs.storage {
            let g = max(1, gcd(b, d))
            if let left = exact(a, { $0.multipliedReportingOverflow(by: $1) }, d / g),
               let right = exact(c, { $0.multipliedReportingOverflow(by: $1) }, b / g),
               let numerator = exact(left, { $0.addingReportingOverflow($1) }, right),
               let denominator = exact(b, { $0.multipliedReportingOverflow(by: $1) }, d / g) {
                return reduced(numerator, denominator)
            }
        }
        return Score(storage: .approximate(lhs.double + rhs.double))
    }

    public static func - (lhs: Score, rhs: Score) -> Score { lhs + rhs * Score(-1) }

    public static func * (lhs: Score, rhs: Score) -> Score {
        if case .exact(let a, let b) = lhs.storage, case .exact(let c, let d) = rhs.storage {
            let g1 = max(1, gcd(a, d)), g2 = max(1, gcd(c, b))
            if let numerator = exact(a / g1, { $0.multipliedReportingOverflow(by: $1) }, c / g2),
               let denominator = exact(b / g2, { $0.multipliedReportingOverflow(by: $1) }, d / g1) {
                return reduced(numerator, denominator)
            }
        }
        return Score(storage: .approximate(lhs.double * rhs.double))
    }

    /// `lhs / rhs`; zero when `rhs` is zero (an empty group or list scores nothing).
    public static func / (lhs: Score, rhs: Score) -> Score {
        switch rhs.storage {
        case .exact(let c, let d):
            guard c != 0 else { return .zero }
            return lhs * reduced(d, c)
        case .approximate(let value):
            guard value != 0 else { return .zero }
            return Score(storage: .approximate(lhs.double / value))
        }
    }

    public static func < (lhs: Score, rhs: Score) -> Bool {
        if case .exact(let a, let b) = lhs.storage, case .exact(let c, let d) = rhs.storage,
           let left = exact(a, { $0.multipliedReportingOverflow(by: $1) }, d),
           let right = exact(c, { $0.multipliedReportingOverflow(by: $1) }, b) {
            return left < right
        }
        return lhs.double < rhs.double
    }

    public static func == (lhs: Score, rhs: Score) -> Bool { !(lhs < rhs) && !(rhs < lhs) }

    public func hash(into hasher: inout Hasher) { hasher.combine(tenths.value) }

    /// Rounded half away from zero to one decimal.
    public var tenths: Tenths {
        switch storage {
        case .exact(let n, let d):
            // Tenths.roundedDivision computes 2n + d: keep both well inside 64 bits.
            if let scaled = Score.exact(n, { $0.multipliedReportingOverflow(by: $1) }, 10),
               scaled.magnitude < UInt(Int.max / 4), d.magnitude < UInt(Int.max / 4) {
                return Tenths(tenths: Tenths.roundedDivision(scaled, d))
            }
            return Score.roundedTenths(Double(n) / Double(d))
        case .approximate(let value):
            return Score.roundedTenths(value)
        }
    }

    private static func roundedTenths(_ value: Double) -> Tenths {
        let scaled = value * 10
        // A value a float error away from a boundary (x.x5) is taken to be on it.
        let nudged = scaled + (scaled < 0 ? -1e-9 : 1e-9)
        return Tenths(tenths: Int(nudged.rounded(.toNearestOrAwayFromZero)))
    }

    public var description: String { tenths.description }

    /// Reads a non-negative decimal number as written (`40`, `2.5`) exactly; nil otherwise.
    public init?(decimal text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
              whole.allSatisfy(\.isASCIIDigit), whole.count <= 9 else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.allSatisfy(\.isASCIIDigit), fraction.count <= 6, parts.count == 1 || !fraction.isEmpty,
              let w = Int(whole) else { return nil }
        var scale = 1
        for _ in 0..<fraction.count { scale *= 10 }
        let f = fraction.isEmpty ? 0 : Int(fraction) ?? 0
        guard let value = Score(w * scale + f, over: scale) else { return nil }
        self = value
    }
}
