import Foundation

/// `ppid impor dip|dik`: reads a spreadsheet's table and writes (or, with `--tambah`, extends)
/// the OPD's `dip.yml`/`dik.yml`. Nothing is written when anything stops the import.
public struct Importer: Sendable {
    public struct Request: Sendable {
        public var kind: ImportKind
        public var spreadsheet: URL
        public var contentPath: String
        public var opd: String
        public var sheetName: String?
        public var columnMap: ColumnMap
        public var append: Bool
        public var skipBrokenRows: Bool
        public var defaults: ImportDefaults
        public var today: CalendarDate

        public init(kind: ImportKind, spreadsheet: URL, contentPath: String, opd: String, sheetName: String? = nil,
                    columnMap: ColumnMap = ColumnMap(), append: Bool = false, skipBrokenRows: Bool = false,
                    defaults: ImportDefaults = ImportDefaults(), today: CalendarDate) {
            self.kind = kind
            self.spreadsheet = spreadsheet
            self.contentPath = contentPath
            self.opd = opd
            self.sheetName = sheetName
            self.columnMap = columnMap
            self.append = append
            self.skipBrokenRows = skipBrokenRows
            self.defaults = defaults
            self.today = today
        }
    }

    public struct Outcome: Sendable {
        /// `opd/<slug>/dip.yml`, inside the content folder.
        public var relativePath: String
        public var sheet: String
        /// Whether the table came from a CSV file (its only table, named after the file).
        public var fromCSV: Bool = false
        public var items: [ImportedItem]
        public var notes: [ImportNote]
        /// Whether a file was written or extended (false when every row was already there).
        public var wrote: Bool
    }

    /// Stopped before writing (exit 2): the reason, and what was learnt about the sheet so far.
    public struct Refusal: Error, Sendable {
        public var message: String
        public var notes: [ImportNote]
    }

    public let request: Request

    public init(_ request: Request) {
        self.request = request
    }

    /// Imports, or refuses with nothing written. Notes come in sheet order.
    public func run() throws(Refusal) -> Outcome {
        do {
            var outcome = try importTable()
            outcome.notes = ImportNote.sheetOrder(outcome.notes)
            return outcome
        } catch {
            throw Refusal(message: error.message, notes: ImportNote.sheetOrder(error.notes))
        }
    }

    private func importTable() throws(Refusal) -> Outcome {
        let kind = request.kind
        let folder = URL(fileURLWithPath: request.contentPath).appendingPathComponent("opd").appendingPathComponent(request.opd)
        let relativePath = "opd/\(request.opd)/\(kind.fileName)"
        let target = folder.appendingPathComponent(kind.fileName)
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Refusal(message: "Folder OPD \"\(request.opd)\" tidak ada di \(request.contentPath)/opd/; buat dulu dengan ppid new opd \(request.opd) --nama \"…\".", notes: [])
        }
        let exists = manager.fileExists(atPath: target.path)
        if exists && !request.append {
            throw Refusal(message: "\(request.contentPath)/\(relativePath) sudah ada; ppid impor tidak pernah menimpanya. Jalankan ulang dengan --tambah untuk menambahkan butir baru ke daftar itu (judul yang sudah ada dilewati).", notes: [])
        }
        let existing = exists ? try existingList(at: target, relativePath: relativePath) : nil

        var timer = StageTimer()
        let workbook = try open(request.spreadsheet)
        timer.lap("impor: buka berkas")
        let (sheet, layout) = try chooseTable(in: workbook)
        timer.lap("impor: baca lembar")
        guard let judul = layout.column(.judul) else {
            let headings = layout.columns.map { "\(CellReference.letters(ofColumn: $0.number)) \"\($0.heading)\" (\($0.field.name))" }
                + layout.unplaced.map { "\(CellReference.letters(ofColumn: $0.0)) \"\($0.1)\"" }
            throw Refusal(message: "Lembar \"\(sheet.name)\" tidak punya kolom judul informasi (baris judul kolom: \(layout.headerRow); kolom: \(headings.joined(separator: ", "))). Petakan kolom judulnya dengan --kolom peta.yml, misalnya kolom: {\"Uraian\": judul}.", notes: layout.notes)
        }

        var notes = layout.notes
        if let csv = workbook as? CSVWorkbook, csv.readAsWindows1252 {
            notes.append(ImportNote(.guess, at: sheet.name,
                "berkas bukan UTF-8; dibaca sebagai Windows-1252 (CSV dari Excel). Periksa huruf beraksen di hasilnya"))
        }
        for column in layout.columns where column.field != .ignored {
            let reading = column.field == .numbering ? "nomor urut (diabaikan)"
                : column.mark.map { "tanda centang untuk \(column.field.name) \($0)" } ?? column.field.name
            notes.append(ImportNote(.guess, in: sheet, at: column.headingCell, "kolom \(CellReference.letters(ofColumn: column.number)) \"\(column.heading)\" dibaca sebagai \(reading)"))
        }
        let table = TableReader(sheet: sheet, layout: layout, kind: kind).read()
        notes += table.notes
        let builder = ItemBuilder(kind: kind, sheet: sheet, defaults: request.defaults)
        let built = builder.build(table.rows, judulColumn: judul.number)
        notes += built.notes
        if !built.failures.isEmpty {
            if !request.skipBrokenRows {
                throw Refusal(message: "\(built.failures.count) baris tanpa judul; tidak ada yang ditulis. Isi judulnya di lembar kerja, atau jalankan ulang dengan --lewati-baris-rusak untuk melewati baris itu.", notes: notes + built.failures)
            }
            notes += built.failures.map { ImportNote(.skipped, at: $0.place, $0.message.replacingOccurrences(of: "; isi judulnya, atau jalankan dengan --lewati-baris-rusak untuk melewatinya", with: "; dilewati (--lewati-baris-rusak)"), cell: $0.cell) }
        }

        timer.lap("impor: baca tabel")
        var items = built.items
        if let existing {
            items = items.filter { item in
                guard existing.titles.contains(Self.titleKey(item.judul)) else { return true }
                notes.append(ImportNote(.skipped, in: sheet, at: (CellReference(row: item.row, column: judul.number)),
                    "judul \"\(TableReader.excerpt(item.judul))\" sudah ada di \(kind.fileName); baris \(item.row) dilewati"))
                return false
            }
        }
        items = builder.assignIDs(items, taken: existing?.ids ?? [])
        guard !items.isEmpty else {
            if existing != nil {
                return Outcome(relativePath: relativePath, sheet: sheet.name, fromCSV: workbook is CSVWorkbook, items: [], notes: notes, wrote: false)
            }
            throw Refusal(message: "Lembar \"\(sheet.name)\" tidak berisi satu pun baris informasi di bawah judul kolom (baris \(layout.headerRow)); tidak ada yang ditulis.", notes: notes)
        }

        let origin = ListFileWriter.Origin(file: request.spreadsheet.lastPathComponent, sheet: workbook is CSVWorkbook ? nil : sheet.name, date: request.today,
                                           firstRow: items.first?.row, lastRow: items.last?.row)
        let writer = ListFileWriter(kind: kind)
        let text: String
        if let existing {
            do { text = try writer.append(items, to: existing.text, origin: origin) } catch { throw Refusal(message: error.description, notes: notes) }
        } else {
            let decision = kind == .dip ? request.defaults.decisionEntries : []
            text = writer.newFile(opdName: opdName(in: folder), origin: origin, items: items, listDecision: decision)
        }
        do {
            try write(text, to: target, replacing: existing != nil)
        } catch {
            throw Refusal(message: "\(request.contentPath)/\(relativePath) tidak dapat ditulis; periksa izin tulis folder itu dan sisa ruang disk.", notes: notes)
        }
        timer.lap("impor: tulis")
        return Outcome(relativePath: relativePath, sheet: sheet.name, fromCSV: workbook is CSVWorkbook, items: items, notes: notes, wrote: true)
    }

    /// `judul` compared case-insensitively with spaces collapsed.
    static func titleKey(_ judul: String) -> String { judul.lowercased().collapsedWhitespace }

    struct ExistingList {
        var text: String
        var titles: Set<String>
        var ids: Set<String>
    }

    private func existingList(at url: URL, relativePath: String) throws(Refusal) -> ExistingList {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw Refusal(message: "\(relativePath) tidak dapat dibaca sebagai teks UTF-8; perbaiki dulu berkas itu.", notes: [])
        }
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        let source = SourceText(displayPath: "\(request.contentPath)/\(relativePath)", relativePath: relativePath, text: normalised)
        var titles = Set<String>(), ids = Set<String>()
        switch YAMLLoader.parse(normalised, source: source) {
        case .failure(let diagnostic):
            throw Refusal(message: "\(diagnostic.location): \(diagnostic.message) Perbaiki dulu berkas itu (ppid check), lalu ulangi impor dengan --tambah.", notes: [])
        case .empty:
            break
        case .document(let root):
            for item in root[request.kind.listKey]?.items ?? [] {
                let judul = item.string("judul") ?? ""
                if !judul.isEmpty { titles.insert(Self.titleKey(judul)) }
                ids.insert(item.string("id") ?? judul.slugified)
            }
        }
        return ExistingList(text: normalised, titles: titles, ids: ids)
    }

    private func open(_ url: URL) throws(Refusal) -> any Workbook {
        let name = url.lastPathComponent
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw Refusal(message: "Berkas \(url.path) tidak ditemukan.", notes: [])
        }
        do {
            switch url.pathExtension.lowercased() {
            case "xlsx", "xlsm": return try XLSXWorkbook(contentsOf: url)
            case "csv", "txt": return try CSVWorkbook(contentsOf: url)
            case "xls", "ods":
                throw SpreadsheetError.notAWorkbook(name)
            default:
                throw Refusal(message: "Berkas \(name) bukan .xlsx atau .csv; buka di Excel atau LibreOffice lalu simpan sebagai .xlsx.", notes: [])
            }
        } catch let refusal as Refusal {
            throw refusal
        } catch let error as SpreadsheetError {
            throw Refusal(message: error.description, notes: [])
        } catch {
            throw Refusal(message: "Berkas \(name) tidak dapat dibaca.", notes: [])
        }
    }

    /// `--lembar`, else the first visible sheet (then hidden ones) that has a header row.
    private func chooseTable(in workbook: any Workbook) throws(Refusal) -> (Sheet, TableLayout) {
        let names = workbook.sheetNames
        let list = names.map { "\"\($0.name)\"" }.joined(separator: ", ")
        do {
            if let wanted = request.sheetName {
                guard let entry = names.first(where: { $0.name == wanted })
                        ?? names.first(where: { $0.name.lowercased().collapsedWhitespace == wanted.lowercased().collapsedWhitespace }) else {
                    throw Refusal(message: "Lembar \"\(wanted)\" tidak ada di \(request.spreadsheet.lastPathComponent); lembar yang ada: \(list).", notes: [])
                }
                let sheet = try workbook.sheet(named: entry.name)
                guard let layout = TableLayout(sheet: sheet, kind: request.kind, map: request.columnMap) else {
                    throw Refusal(message: noHeader(in: "lembar \"\(entry.name)\""), notes: [])
                }
                return (sheet, layout)
            }
            for entry in names.filter({ !$0.hidden }) + names.filter(\.hidden) {
                let sheet = try workbook.sheet(named: entry.name)
                if let layout = TableLayout(sheet: sheet, kind: request.kind, map: request.columnMap) { return (sheet, layout) }
            }
        } catch let refusal as Refusal {
            throw refusal
        } catch let error as SpreadsheetError {
            throw Refusal(message: error.description, notes: [])
        } catch {
            throw Refusal(message: "Berkas \(request.spreadsheet.lastPathComponent) tidak dapat dibaca.", notes: [])
        }
        throw Refusal(message: noHeader(in: names.count == 1 ? "lembar \(list)" : "lembar mana pun (\(list))"), notes: [])
    }

    private func noHeader(in place: String) -> String {
        let sample = request.kind == .dip
            ? "\"No\", \"Ringkasan Isi Informasi\", \"Pejabat yang Menguasai Informasi\", \"Penanggung Jawab\", \"Bentuk Informasi\""
            : "\"No\", \"Informasi yang Dikecualikan\", \"Dasar Hukum\", \"Konsekuensi\", \"Jangka Waktu\""
        return "Baris judul kolom tidak ditemukan di \(TableLayout.headerSearchRows) baris pertama \(place): perlu satu baris dengan sedikitnya \(TableLayout.minimumMatches) judul kolom yang dikenali, misalnya \(sample). Ubah judulnya, atau petakan dengan --kolom peta.yml (kolom: {\"Judul di lembar\": judul})."
    }

    /// The OPD's `nama` from its `opd.yml`, for the comment; the slug when it cannot be read.
    private func opdName(in folder: URL) -> String {
        let url = folder.appendingPathComponent("opd.yml")
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else { return request.opd }
        let source = SourceText(displayPath: url.path, relativePath: "opd.yml", text: text)
        if case .document(let root) = YAMLLoader.parse(text, source: source), let name = root.string("nama") { return name }
        return request.opd
    }

    /// Writes through a temporary file and `rename(2)`, so the file is never half written; a new
    /// file is put in place with `link(2)`, which never replaces a file that appeared meanwhile.
    private func write(_ text: String, to url: URL, replacing: Bool) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).impor-\(UUID().uuidString)")
        try Data(text.utf8).write(to: temporary, options: .withoutOverwriting)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let status = replacing ? rename(temporary.path, url.path) : link(temporary.path, url.path)
        guard status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }
}
