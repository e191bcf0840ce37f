/// A column chart whose columns are stacked by series (complaints per month by status),
/// drawn as SVG text at build time, with a legend under the axis.
struct StackedColumnChart {
    struct Series {
        var name: String
        var colour: String
    }

    struct Column {
        var label: String
        /// One value per series.
        var values: [Int]
        var total: Int { values.reduce(0, +) }
    }

    var series: [Series]
    var columns: [Column]
    /// The text alternative (aria-label), which should carry the same numbers as the table.
    var label: String

    static let width = 360
    static let left = 34.0, right = 4.0, top = 10.0, plotHeight = 170.0, axisLabels = 22.0
    static let legendRow = 19.0, legendColumn = 165.0

    func svg() -> String {
        let legendRows = (series.count + 1) / 2
        let height = Int(Self.top + Self.plotHeight + Self.axisLabels + 8 + Double(legendRows) * Self.legendRow)
        let scale = ChartScale(maximum: columns.map(\.total).max() ?? 0)
        let plotWidth = Double(Self.width) - Self.left - Self.right
        let slot = plotWidth / Double(max(columns.count, 1))
        let barWidth = slot * 0.66
        let baseline = Self.top + Self.plotHeight
        func y(_ value: Int) -> Double { baseline - Self.plotHeight * Double(value) / Double(scale.top) }

        var out = SVG.open(width: Self.width, height: height, label: label)
        out += "<g class=\"sumbu\" font-size=\"13\" fill=\"#4a5360\">"
        for tick in scale.ticks {
            let ty = SVG.number(y(tick))
            out += "<line x1=\"\(SVG.number(Self.left))\" x2=\"\(SVG.number(Self.left + plotWidth))\" y1=\"\(ty)\" y2=\"\(ty)\" stroke=\"#d0d6de\" stroke-width=\"1\"/>"
            out += "<text x=\"\(SVG.number(Self.left - 4))\" y=\"\(SVG.number(y(tick) + 4))\" text-anchor=\"end\">\(IndonesianNumber.format(tick))</text>"
        }
        for (index, column) in columns.enumerated() {
            let x = Self.left + slot * Double(index) + (slot - barWidth) / 2
            var running = 0
            for (seriesIndex, value) in column.values.enumerated() where value > 0 {
                let top = y(running + value), bottom = y(running)
                out += "<rect x=\"\(SVG.number(x))\" y=\"\(SVG.number(top))\" width=\"\(SVG.number(barWidth))\" height=\"\(SVG.number(bottom - top))\" fill=\"\(series[seriesIndex].colour)\" stroke=\"#ffffff\" stroke-width=\"0.5\"/>"
                running += value
            }
            out += "<text x=\"\(SVG.number(x + barWidth / 2))\" y=\"\(SVG.number(baseline + 17))\" text-anchor=\"middle\">\(SVG.escape(column.label))</text>"
        }
        out += "<line x1=\"\(SVG.number(Self.left))\" x2=\"\(SVG.number(Self.left + plotWidth))\" y1=\"\(SVG.number(baseline))\" y2=\"\(SVG.number(baseline))\" stroke=\"#1b1f24\" stroke-width=\"1\"/>"
        out += "</g>"
        out += "<g class=\"legenda\" font-size=\"13\" fill=\"#1b1f24\">"
        let legendTop = baseline + Self.axisLabels + 8
        for (index, item) in series.enumerated() {
            let lx = 4 + Double(index % 2) * Self.legendColumn
            let ly = legendTop + Double(index / 2) * Self.legendRow
            out += "<rect x=\"\(SVG.number(lx))\" y=\"\(SVG.number(ly))\" width=\"12\" height=\"12\" fill=\"\(item.colour)\"/>"
            out += "<text x=\"\(SVG.number(lx + 17))\" y=\"\(SVG.number(ly + 11))\">\(SVG.escape(item.name))</text>"
        }
        out += "</g></svg>"
        return out
    }
}
