/// One sheet of a workbook (or the single table of a CSV file): its cells and merged ranges.
/// Cells are kept by row so that rows are read in order without a grid of empty cells.
public struct Sheet: Sendable {
    public var name: String
    /// Non-empty cells by row number, then column number (both 1-based).
    public private(set) var rows: [Int: [Int: CellValue]] = [:]
    public private(set) var merges: [MergedRange] = []
    /// For each cell covered by a merged range other than its top-left cell: that range's index.
    private var mergeIndex: [CellReference: Int] = [:]

    public init(name: String) {
        self.name = name
    }

    public mutating func set(_ value: CellValue, at cell: CellReference) {
        guard !value.isBlank else { return }
        rows[cell.row, default: [:]][cell.column] = value
    }

    /// Records a merged range; ranges larger than a sheet could sensibly hold are ignored.
    public mutating func merge(_ range: MergedRange) {
        guard range.width * range.height <= 100_000 else { return }
        let index = merges.count
        merges.append(range)
        for row in range.first.row...range.last.row {
            for column in range.first.column...range.last.column {
                mergeIndex[CellReference(row: row, column: column)] = index
            }
        }
    }

    /// The value as written in the cell itself.
    public func ownValue(at cell: CellReference) -> CellValue? {
        rows[cell.row]?[cell.column]
    }

    /// The merged range covering a cell, if any.
    public func mergedRange(at cell: CellReference) -> MergedRange? {
        mergeIndex[cell].map { merges[$0] }
    }

    /// The value a cell shows: its own, or its merged range's top-left value (ONBOARDING.md: a
    /// merged cell's value belongs to every cell it covers).
    public func value(at cell: CellReference) -> CellValue? {
        if let range = mergedRange(at: cell) { return ownValue(at: range.first) }
        return ownValue(at: cell)
    }

    /// The cell that holds a cell's value: the top-left cell of its merged range, or itself.
    public func origin(of cell: CellReference) -> CellReference {
        mergedRange(at: cell)?.first ?? cell
    }

    /// Every row number that has a value or is covered by a merged range, in order.
    public var rowNumbers: [Int] {
        var numbers = Set(rows.keys)
        for range in merges where ownValue(at: range.first) != nil {
            for row in range.first.row...range.last.row { numbers.insert(row) }
        }
        return numbers.sorted()
    }

    /// The highest column number holding a value. Merged ranges reaching further right only
    /// repeat a value already counted (a title merged over `A1:Z1`), so they do not widen the table.
    public var lastColumn: Int {
        rows.values.lazy.compactMap { $0.keys.max() }.max() ?? 0
    }
}
