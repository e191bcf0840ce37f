import Foundation

/// Publishes the theme's static files (`Templates/aset/`) under `/aset/`, CSS and scripts
/// fingerprinted so browsers may cache them for good. Returns logical name → site path. An
/// active SVG or HTML file (PPID016) stops the build.
public struct AssetPublisher: Sendable {
    public let theme: ThemeFiles

    public func publish(with writer: some SiteOutput) throws(SiteWriter.WriteError) -> [String: String] {
        var published: [String: String] = [:]
        for (name, bytes) in theme.assets {
            // The theme's icon (`ikon.svg`) is published on the site's origin like a document (PPID016).
            if let problem = ActiveDocument.problem(name: name, bytes: { bytes }) {
                throw SiteWriter.WriteError(description: "Templat aset/\(name): \(problem)")
            }
            let target: String
            if let dot = name.lastIndex(of: "."), [".css", ".js"].contains(String(name[dot...])) {
                target = "aset/\(name[..<dot]).\(Fingerprint.of(bytes).prefix(10))\(name[dot...])"
            } else {
                target = "aset/\(name)"
            }
            try writer.write(bytes, to: target)
            published[name] = target
        }
        return published
    }
}
