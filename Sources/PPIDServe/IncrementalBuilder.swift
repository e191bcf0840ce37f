import PPIDKit

/// Rebuilds for `ppid serve`: unchanged files are not parsed again and unchanged pages are not
/// written again, so a change shows in the browser quickly.
final class IncrementalBuilder: Sendable {
    let options: BuildOptions
    let cache = RebuildCache()
    let output: LiveOutput

    enum Outcome: Sendable {
        case built(SiteBuilder.Summary, changedFiles: Int, validation: Validation)
        case invalid(Validation)
        case failed(String)
    }

    init(options: BuildOptions) {
        self.options = options
        self.output = LiveOutput(path: options.outputPath)
    }

    func build() async -> Outcome {
        switch await SiteBuilder(options: options).run(into: output, cache: cache) {
        case .built(let summary, let validation):
            return .built(summary, changedFiles: output.changedFiles, validation: validation)
        case .invalid(let validation):
            return .invalid(validation)
        case .failed(let message, _):
            return .failed(message)
        case .unchanged:
            // Only `SiteBuilder.run()` consults the build stamp; `run(into:)` always builds.
            return .failed("keluaran tidak dibangun ulang")

        }
    }
}
