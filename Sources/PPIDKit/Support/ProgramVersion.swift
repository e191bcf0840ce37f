/// The program's version and the git commit it was built from; both are generated at build time
/// from `VERSION` and the checkout (Plugins/EmbedProgramData), "tidak diketahui" without git.
public enum ProgramVersion {
    /// What `ppid --version` prints, e.g. `ppid 0.2.0 (komit 1a2b3c4d5e6f)`.
    public static var line: String { "ppid \(number) (komit \(commit))" }
}
