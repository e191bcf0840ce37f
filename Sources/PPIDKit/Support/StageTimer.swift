import Foundation

/// Prints how long each pipeline stage took to standard error when `PPID_TIMING` is set,
/// for profiling and benchmarks: wall time, and the processor time of the whole process
/// (every thread) in the same span, which shows how well the stage used the cores. Silent otherwise.
public struct StageTimer {
    private let enabled = ProcessInfo.processInfo.environment["PPID_TIMING"] != nil
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var lastCPU: Double

    public init() {
        last = clock.now
        lastCPU = Self.processorSeconds()
    }

    public mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = clock.now
        let cpu = Self.processorSeconds()
        let elapsed = now - last
        let cpuMilliseconds = (cpu - lastCPU) * 1000
        last = now
        lastCPU = cpu
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        FileHandle.standardError.write(Data("waktu \(stage): \(String(format: "%.1f", ms)) ms (CPU \(String(format: "%.1f", cpuMilliseconds)) ms)\n".utf8))
    }

    /// User and system time of the process so far.
    private static func processorSeconds() -> Double {
        var usage = rusage()
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
