/// Small helpers for SVG text drawn at build time: escaping and compact, locale-free numbers.
enum SVG {
    /// Escapes text for element content and attribute values.
    static func escape(_ text: String) -> String { XMLText.escape(text) }

    /// A coordinate with at most one decimal ("12", "12.5"), independent of the locale.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// Shortens a label for drawing (the table beside the chart has the full text).
    static func shorten(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// The opening tag every chart uses: scales to its container, with a text alternative.
    static func open(width: Int, height: Int, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\" aria-label=\"\(escape(label))\" class=\"grafik-svg\">"
    }
}

/// A value axis with round steps (1, 2 or 5 × 10ⁿ) and at most five intervals.
struct ChartScale {
    let step: Int
    let top: Int

    init(maximum: Int) {
        let value = max(1, maximum)
        var magnitude = 1
        var chosen = 1
        search: while true {
            for factor in [1, 2, 5] {
                chosen = factor * magnitude
                if (value + chosen - 1) / chosen <= 5 { break search }
            }
            magnitude *= 10
        }
        step = chosen
        top = ((value + chosen - 1) / chosen) * chosen
    }

    var ticks: [Int] { Array(stride(from: 0, through: top, by: step)) }
}

/// Colours of the eight statuses: each at least 3:1 against white (WCAG 1.4.11).
enum StatusPalette {
    static func colour(_ status: ComplaintStatus) -> String {
        switch status {
        case .belumTerverifikasi: return "#5f6b7a"
        case .belumDitindaklanjuti: return "#a15c00"
        case .proses: return "#1f5fbf"
        case .selesai: return "#1e7b34"
        case .tertunda: return "#b3261e"
        case .arsip: return "#6d3fb5"
        case .bukanWewenang: return "#0e7470"
        case .dihapus: return "#9b1c5a"
        }
    }
}
