import Foundation

/// The lines of a file ppid keeps beside a build (the page keys), read straight from the
/// bytes: tab-separated fields, one record per line. Every rebuild reads tens of thousands of
/// such lines, so no `String` is made but for the fields the caller wants as text.
struct SavedLines {
    let bytes: UnsafeRawBufferPointer

    /// Calls `body` with the fields of every non-empty line (split at tabs into at most `limit`
    /// fields, the last keeping any further tabs) until it returns false; false when it did.
    func forEach(limit: Int, _ body: (_ fields: [Range<Int>]) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var fields: [Range<Int>] = []
        fields.reserveCapacity(limit)
        var start = 0
        while start < bytes.count {
            let end = memchr(base + start, 0x0A, bytes.count - start).map { $0 - UnsafeMutableRawPointer(mutating: base) } ?? bytes.count
            defer { start = end + 1 }
            guard end > start else { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = start
            while fields.count < limit - 1, let tab = memchr(base + fieldStart, 0x09, end - fieldStart) {
                let at = tab - UnsafeMutableRawPointer(mutating: base)
                fields.append(fieldStart..<at)
                fieldStart = at + 1
            }
            fields.append(fieldStart..<end)
            guard body(fields) else { return false }
        }
        return true
    }

    func string(_ field: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[field]), as: UTF8.self)
    }

    /// A decimal integer (with an optional leading minus), or nil when the field is anything else.
    func int(_ field: Range<Int>) -> Int? {
        var index = field.lowerBound
        let negative = index < field.upperBound && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < field.upperBound, field.upperBound - index <= 19 else { return nil }
        var value = 0
        while index < field.upperBound {
            let digit = Int(bytes[index]) - 48
            guard (0...9).contains(digit) else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = product + digit
            index += 1
        }
        return negative ? -value : value
    }
}
