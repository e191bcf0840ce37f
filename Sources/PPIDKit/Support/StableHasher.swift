/// A content hash that is the same in every run of the program (FNV-1a style over 64-bit words
/// of what is combined, each value tagged and closed by its length), unlike `Hasher`, whose seed
/// changes per process.
/// Page keys are written beside the build stamp and compared by the next `ppid build`.
public struct StableHasher: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    private mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x100_0000_01b3
    }

    private mutating func mix64(_ value: UInt64) {
        state = (state ^ value) &* 0x9E37_79B9_7F4A_7C15
        state ^= state >> 29
    }

    public mutating func combine(_ value: Int) {
        mix(0x01)
        mix64(UInt64(bitPattern: Int64(value)))
    }

    public mutating func combine(_ value: Bool) {
        mix(value ? 0x02 : 0x03)
    }

    public mutating func combine(_ value: String) {
        mix(0x04)
        var text = value
        text.withUTF8 { bytes in combineBytes(UnsafeRawBufferPointer(bytes)) }
    }

    /// Bytes, as a text's UTF-8 is combined.
    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        mix(0x04)
        combineBytes(bytes)
    }

    private mutating func combineBytes(_ raw: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= raw.count {
            mix64(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        while offset < raw.count {
            mix(raw[offset])
            offset += 1
        }
        mix64(UInt64(raw.count))
    }

    public mutating func combine(_ value: String?) {
        if let value { combine(value) } else { mix(0x05) }
    }

    public mutating func combine(_ value: Int?) {
        if let value { combine(value) } else { mix(0x06) }
    }

    public mutating func combine(_ values: [String]) {
        combine(values.count)
        for value in values { combine(value) }
    }

    public func finalize() -> Int {
        Int(truncatingIfNeeded: state)
    }
}
