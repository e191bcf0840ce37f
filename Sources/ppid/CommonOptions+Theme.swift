import PPIDKit

extension CommonOptions {
    /// The theme folder of this run (`--templates`, else `Templates/` here if it exists), nil for
    /// the built-in theme.
    var templatesPath: String? { ThemeSource.resolve(requested: templates).folderPath }
}
