/// Runs a pure transformation over a list on every core with structured concurrency,
/// keeping the input order in the result.
public enum ParallelMap {
    public static func run<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], chunks: Int? = nil, _ transform: @escaping @Sendable (Input) -> Output
    ) async -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let workers = max(1, min(inputs.count, chunks ?? ProcessInfoCores.count * 4))
        let size = (inputs.count + workers - 1) / workers
        return await withTaskGroup(of: (Int, [Output]).self) { group in
            for start in stride(from: 0, to: inputs.count, by: size) {
                let slice = Array(inputs[start..<min(start + size, inputs.count)])
                group.addTask { (start, slice.map(transform)) }
            }
            var parts: [(Int, [Output])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}

import Foundation

enum ProcessInfoCores {
    static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
