import FlyingFox
import Foundation
import PPIDKit

/// `ppid serve`: builds the site into a private folder, serves it on localhost, rebuilds when
/// content or templates change and tells open pages to reload. A failed rebuild keeps the last
/// good site online and shows the findings in the terminal and over every page.
public struct DevServer: Sendable {
    public var options: BuildOptions
    public var host: String
    public var port: UInt16
    /// Called with each build's report (text for the terminal).
    public var report: @Sendable (String) -> Void
    private let backend = BackendSocket()

    public init(options: BuildOptions, host: String, port: UInt16, report: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.host = host
        self.port = port
        self.report = report
    }

    public func run() async throws {
        let state = LiveState()
        let siteRoot = URL(fileURLWithPath: options.outputPath)
        let builder = IncrementalBuilder(options: options)
        // The built-in theme cannot change while serving: only a theme folder is watched.
        let watcher = ChangeWatcher(folders: ([options.contentPath] + (options.templatesPath.map { [$0] } ?? [])).map { URL(fileURLWithPath: $0) })
        // Watching starts before the first build, so no change made meanwhile is missed.
        let changes = watcher.start()
        await rebuild(builder, state: state)

        // FlyingFox listens privately; the gate, on the address asked for, bounds what reaches it.
        try backend.create()
        defer { backend.remove() }
        let gate = try RequestGate(host: host, port: port, backendPath: backend.path)
        let server = HTTPServer(address: sockaddr_un.unix(path: backend.path), logger: .disabled)
        await server.appendRoute("*", to: SiteFileHandler(root: siteRoot, state: state))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            try await server.waitUntilListening()
            group.addTask { try await gate.run() }
            report("Melayani situs di http://\(gate.host):\(gate.port)/ — tekan Ctrl-C untuk berhenti.\n")
            group.addTask { await watch(changes, watcher, builder, state: state) }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Removes the private folder of the socket FlyingFox listens on; for a stop that cannot
    /// wait for `run` to return (Ctrl-C).
    public func removePrivateFiles() {
        backend.remove()
    }

    private func watch(_ changes: AsyncStream<Void>, _ watcher: ChangeWatcher, _ builder: IncrementalBuilder,
                       state: LiveState) async {
        var built = 0
        for await _ in changes {
            // A save may take more than one write: let them land, then build once.
            try? await Task.sleep(for: .milliseconds(20))
            let generation = watcher.generation
            guard generation != built else { continue }
            built = generation
            await rebuild(builder, state: state)
        }
    }

    private func rebuild(_ builder: IncrementalBuilder, state: LiveState) async {
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = await builder.build()
        let elapsed = clock.now - start
        let ms = Int(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        // The live state changes before the terminal says so: whoever reads the message sees the new state.
        switch outcome {
        case .built(let summary, let changedFiles, let validation):
            await state.publish(findings: [], siteChanged: changedFiles > 0)
            if !validation.diagnostics.all.isEmpty {
                // The same warnings after every save would bury what changed: print them when they change.
                if await state.noteReport(validation.diagnostics.sorted) {
                    report(DiagnosticReport(validation.diagnostics, sources: validation.loaded.inventory.allTexts).render(.text))
                } else {
                    report("\(validation.diagnostics.warningCount) peringatan (sama seperti sebelumnya).\n")
                }
            }
            report("Dibangun: \(summary.pages) halaman (\(summary.rendered) dirender ulang), \(changedFiles) berkas berubah, \(ms) ms.\n")
        case .invalid(let validation):
            await state.publish(findings: LiveState.findings(from: validation.diagnostics.sorted.filter { $0.severity == .error }))
            report(DiagnosticReport(validation.diagnostics, sources: validation.loaded.inventory.allTexts).render(.text))
            report("Situs tidak dibangun ulang karena ada galat; halaman menampilkan temuan sampai diperbaiki.\n")
        case .failed(let message):
            await state.publish(findings: [LiveState.Finding(location: options.theme.description, rule: "tema", severity: "error", message: message)])
            report("galat: \(message)\n")
        }
    }
}
