/// Something `ppid impor` tells the officer about the sheet: a guess it made, a row or cell it
/// left out, a row that failed. Always with the sheet and cell (`DIP 2026!C12`), in Indonesian.
public struct ImportNote: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// How a heading, a row or a value was read ("kolom C dibaca sebagai penguasa").
        case guess = "tebakan"
        /// A row or cell that was not imported on purpose (titles, empty rows, duplicates).
        case skipped = "dilewati"
        /// A cell with a value that no column took.
        case unplaced = "tidak ditempatkan"
        /// A row that cannot become an item (no `judul`).
        case failed = "gagal"
    }

    public var kind: Kind
    /// `DIP 2026!C12`, `DIP 2026!A7:H7`, or the sheet alone.
    public var place: String
    public var message: String
    /// The cell, for ordering notes as the sheet reads (top to bottom, left to right).
    public var cell: CellReference?

    public init(_ kind: Kind, at place: String, _ message: String, cell: CellReference? = nil) {
        self.kind = kind
        self.place = place
        self.message = message
        self.cell = cell
    }

    public init(_ kind: Kind, in sheet: Sheet, at cell: CellReference, _ message: String) {
        self.init(kind, at: sheet.place(cell), message, cell: cell)
    }

    /// Notes in sheet order; notes without a cell first, in the order they came.
    public static func sheetOrder(_ notes: [ImportNote]) -> [ImportNote] {
        notes.enumerated().sorted { a, b in
            switch (a.element.cell, b.element.cell) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    public var line: String { "\(place): \(kind.rawValue): \(message)" }
}

extension Sheet {
    /// `DIP 2026!C12`.
    func place(_ cell: CellReference) -> String { "\(name)!\(cell)" }
}
