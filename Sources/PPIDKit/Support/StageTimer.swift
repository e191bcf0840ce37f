import Foundation

/// Prints how long each pipeline stage took to standard error when `PPID_TIMING` is set,
/// for profiling and benchmarks. Silent otherwise.
public struct StageTimer {
    private let enabled = ProcessInfo.processInfo.environment["PPID_TIMING"] != nil
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    public init() {
        last = clock.now
    }

    public mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = clock.now
        let elapsed = now - last
        last = now
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        FileHandle.standardError.write(Data("waktu \(stage): \(String(format: "%.1f", ms)) ms\n".utf8))
    }
}
