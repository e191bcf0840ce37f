import FlyingFox
import Foundation

/// Serves the live site folder: folders resolve to their `index.html`, `..` (also percent-encoded)
/// is refused, unknown paths get the site's 404 page, and HTML gets the live-reload script.
struct SiteFileHandler: HTTPHandler {
    let root: URL
    let state: LiveState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.path == LiveReload.versionPath {
            // `?sejak=N` waits (up to 10 s, within FlyingFox's 15 s handler limit) until the live build is no longer N, so an open page
            // reloads the moment a rebuild is published instead of on its next poll.
            let version = await state.version(after: request.query["sejak"].flatMap(Int.init), waitingAtMost: .seconds(10))
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                                body: Data(String(version).utf8))
        }
        guard let relative = Self.safeRelativePath(request.path) else {
            return HTTPResponse(statusCode: .forbidden, body: Data("Dilarang".utf8))
        }
        var url = root.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        // FlyingFox normalises away a trailing "/", so a folder is served as its index.html directly.
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url.appendPathComponent("index.html")
        }
        var status = HTTPStatusCode.ok
        if !FileManager.default.fileExists(atPath: url.path) {
            status = .notFound
            url = root.appendingPathComponent("404.html")
        }
        guard var data = FileManager.default.contents(atPath: url.path) else {
            // No site yet (the first build failed): a bare page that carries the findings and
            // reloads once they are fixed.
            let html = LiveReload.inject(into: LiveReload.placeholderPage, version: await state.version, findings: await state.findings,
                                            onLastGoodPage: false)
            return HTTPResponse(statusCode: .serviceUnavailable,
                                headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], body: Data(html.utf8))
        }
        let type = Self.contentType(url.pathExtension)
        if url.pathExtension == "html" {
            let html = String(decoding: data, as: UTF8.self)
            data = Data(LiveReload.inject(into: html, version: await state.version, findings: await state.findings).utf8)
        }
        return HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
    }

    /// The request path as a path inside the site, or nil when it tries to leave it.
    static func safeRelativePath(_ path: String) -> String? {
        let decoded = path.removingPercentEncoding ?? path
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0.contains("\\") || $0.contains("\0") }) { return nil }
        return segments.joined(separator: "/")
    }

    static func contentType(_ ext: String) -> String {
        switch ext.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return "application/xml"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "pdf": return "application/pdf"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
