import Foundation
import PackagePlugin

/// Generates the Swift sources PPIDKit carries inside the executable: the default theme (every
/// file under `Templates/`, since SwiftPM resources are not embedded in a Linux executable) and
/// the program's version (`VERSION`) with the git commit it was built from, and the built-in
/// e-Monev criteria (every `Kriteria/kriteria-<tahun>.yml`).
@main
struct EmbedProgramData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let tool = try context.tool(named: "PPIDEmbedTool").url
        let root = context.package.directoryURL
        let templates = root.appendingPathComponent("Templates")
        let versionFile = root.appendingPathComponent("VERSION")
        let output = context.pluginWorkDirectoryURL
        let themeSource = output.appendingPathComponent("BuiltInTheme+Files.swift")
        let versionSource = output.appendingPathComponent("ProgramVersion+Generated.swift")
        let criteria = root.appendingPathComponent("Kriteria")
        let criteriaSource = output.appendingPathComponent("BuiltInCriteria+Files.swift")
        let commit = Self.gitCommit(in: root)
        return [
            .buildCommand(displayName: "Menanam tema bawaan dari Templates/", executable: tool,
                          arguments: ["theme", templates.path, themeSource.path],
                          inputFiles: Self.files(under: templates) + [templates], outputFiles: [themeSource]),
            // The commit is an argument, so the file is written again whenever it changes.
            .buildCommand(displayName: "Menulis versi program", executable: tool,
                          arguments: ["version", versionFile.path, commit, versionSource.path],
                          inputFiles: [versionFile], outputFiles: [versionSource]),
            .buildCommand(displayName: "Menanam kriteria e-Monev bawaan dari Kriteria/", executable: tool,
                          arguments: ["criteria", criteria.path, criteriaSource.path],
                          inputFiles: Self.files(under: criteria) + [criteria], outputFiles: [criteriaSource]),
        ]
    }

    /// Every file under the folder, so that editing, adding or removing one regenerates the theme.
    private static func files(under folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator {
            files.append(url)
        }
        return files
    }

    /// The short commit of the checkout, with "-ubah" when it has uncommitted changes; "tidak
    /// diketahui" outside a git checkout (e.g. a source archive).
    private static func gitCommit(in root: URL) -> String {
        // Only the package's own checkout: a source archive unpacked inside another repository
        // must not report that repository's commit.
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path),
              let commit = git(["rev-parse", "--short=12", "HEAD"], in: root), !commit.isEmpty else { return "tidak diketahui" }
        let status = git(["status", "--porcelain", "--untracked-files=no"], in: root) ?? ""
        return status.isEmpty ? commit : commit + "-ubah"
    }

    private static func git(_ arguments: [String], in root: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
