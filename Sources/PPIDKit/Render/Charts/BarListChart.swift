/// Horizontal bars, one per named count (channels, topics), each label written above its bar
/// so long names stay readable on a narrow phone.
struct BarListChart {
    struct Bar {
        var label: String
        var value: Int
    }

    var bars: [Bar]
    /// The text alternative (aria-label).
    var label: String
    var colour = "#0b4f8a"

    static let width = 360
    static let left = 4.0, valueSpace = 56.0, rowHeight = 38.0, top = 4.0

    func svg() -> String {
        let height = Int(Self.top * 2 + Self.rowHeight * Double(max(bars.count, 1)))
        let maximum = max(1, bars.map(\.value).max() ?? 0)
        let room = Double(Self.width) - Self.left - Self.valueSpace
        var out = SVG.open(width: Self.width, height: height, label: label)
        out += "<g font-size=\"14\" fill=\"#1b1f24\">"
        for (index, bar) in bars.enumerated() {
            let rowTop = Self.top + Self.rowHeight * Double(index)
            let length = max(bar.value > 0 ? 2 : 0, room * Double(bar.value) / Double(maximum))
            out += "<text x=\"\(SVG.number(Self.left))\" y=\"\(SVG.number(rowTop + 14))\">\(SVG.escape(SVG.shorten(bar.label, to: 42)))</text>"
            out += "<rect x=\"\(SVG.number(Self.left))\" y=\"\(SVG.number(rowTop + 19))\" width=\"\(SVG.number(length))\" height=\"12\" fill=\"\(colour)\"/>"
            out += "<text x=\"\(SVG.number(Self.left + length + 5))\" y=\"\(SVG.number(rowTop + 30))\">\(IndonesianNumber.format(bar.value))</text>"
        }
        out += "</g></svg>"
        return out
    }
}
