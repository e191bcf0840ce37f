/// The small script and error overlay injected into pages by `ppid serve` only; `ppid build`
/// output never contains them.
enum LiveReload {
    static let versionPath = "/__ppid/versi"

    static func script(version: Int) -> String {
        """
        <script>
        (function () {
          var versi = "\(version)";
          function periksa() {
            fetch("\(versionPath)?sejak=" + versi, {cache: "no-store"}).then(function (r) { if (!r.ok) { throw r.status; } return r.text(); })
              .then(function (v) { if (v !== versi) { location.reload(); } else { periksa(); } })
              .catch(function () { setTimeout(periksa, 1500); });
          }
          periksa();
        })();
        </script>
        """
    }

    /// Served while no build has succeeded yet: the overlay shows why.
    static let placeholderPage = """
        <!DOCTYPE html>
        <html lang="id">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Situs belum dibangun — ppid serve</title></head>
        <body style="font:16px/1.5 system-ui,sans-serif;margin:2rem">
        <h1>Situs belum dapat dibangun</h1>
        <p>Perbaiki temuan di bawah ini (juga tercetak di terminal). Halaman ini dimuat ulang sendiri begitu situs berhasil dibangun.</p>
        </body>
        </html>
        """

    /// - Parameter onLastGoodPage: the page under it is from the last build that succeeded.
    static func overlay(_ findings: [LiveState.Finding], onLastGoodPage: Bool = true) -> String {
        guard !findings.isEmpty else { return "" }
        var items = ""
        for finding in findings.prefix(50) {
            items += "<li><code>\(escape(finding.location))</code> <strong>\(escape(finding.severity))[\(escape(finding.rule))]</strong> \(escape(finding.message))</li>"
        }
        let more = findings.count > 50 ? "<p>… dan \(findings.count - 50) temuan lain (lihat terminal).</p>" : ""
        return """
        <div id="ppid-galat" role="alert" style="position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:9999;background:#fff4f4;color:#1b1f24;border-top:4px solid #b3261e;padding:1rem 1.25rem;font:15px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.2)">
        <p style="margin:0 0 .5rem;font-weight:700;color:#8c1d18">Situs belum dapat dibangun ulang: \(findings.count) temuan.\(onLastGoodPage ? " Halaman ini versi terakhir yang berhasil." : "")</p>
        <ul style="margin:0;padding-left:1.2rem">\(items)</ul>\(more)
        </div>
        """
    }

    /// Inserts the script (and overlay) before `</body>`.
    static func inject(into html: String, version: Int, findings: [LiveState.Finding], onLastGoodPage: Bool = true) -> String {
        let addition = overlay(findings, onLastGoodPage: onLastGoodPage) + script(version: version)
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + addition }
        return html.replacingCharacters(in: range, with: addition + "</body>")
    }

    static func escape(_ text: String) -> String { XMLText.escape(text) }
}

import Foundation
import PPIDKit
