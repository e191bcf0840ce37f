/// Turns read rows into items: values normalised to our words, `ringkasan` := `judul` when
/// absent, the command line's defaults filled in, ids derived from `judul` (the model's own
/// derivation, `String.slugified`) and made unique in the OPD (`-2`, `-3` …).
public struct ItemBuilder: Sendable {
    public let kind: ImportKind
    public let sheet: Sheet
    public let defaults: ImportDefaults

    public struct Result: Sendable {
        public var items: [ImportedItem]
        /// Rows without `judul`, as notes of kind `.failed`.
        public var failures: [ImportNote]
        public var notes: [ImportNote]
    }

    public init(kind: ImportKind, sheet: Sheet, defaults: ImportDefaults) {
        self.kind = kind
        self.sheet = sheet
        self.defaults = defaults
    }

    /// Items without ids yet: see `assignIDs`.
    public func build(_ rows: [TableReader.ImportedRow], judulColumn: Int) -> Result {
        var result = Result(items: [], failures: [], notes: [])
        for row in rows {
            var notes: [ImportNote] = []
            guard let (_, judulValue) = row.cells[.judul], case let judul = ValueNormalizer.text(judulValue),
                  !judul.isEmpty, !ValueNormalizer.isPlaceholder(judul) else {
                let filled = row.cells.keys.map(\.name).sorted().joined(separator: ", ")
                result.failures.append(ImportNote(.failed, in: sheet, at: (CellReference(row: row.row, column: judulColumn)),
                    "baris \(row.row) tidak memiliki judul (kolom \(CellReference.letters(ofColumn: judulColumn)) kosong)\(filled.isEmpty ? "" : ", padahal berisi \(filled)"); isi judulnya, atau jalankan dengan --lewati-baris-rusak untuk melewatinya"))
                continue
            }
            var entries = kind == .dip ? dipEntries(row, judul: judul, notes: &notes) : dikEntries(row, judul: judul, notes: &notes)
            entries.insert(.init("judul", .text(judul)), at: 0)
            result.items.append(ImportedItem(row: row.row, id: "", judul: judul, entries: entries))
            result.notes += notes
        }
        return result
    }

    /// Ids derived from `judul` and made unique against `taken` and each other (`-2`, `-3` …).
    public func assignIDs(_ items: [ImportedItem], taken: Set<String>) -> [ImportedItem] {
        var ids = taken
        return items.map { item in
            var item = item
            var id = item.judul.slugified
            if id.isEmpty { id = kind == .dip ? "informasi" : "dikecualikan" }
            var unique = id, counter = 2
            while ids.contains(unique) { unique = "\(id)-\(counter)"; counter += 1 }
            ids.insert(unique)
            item.id = unique
            return item
        }
    }

    private func text(_ row: TableReader.ImportedRow, _ field: ImportField) -> String? {
        guard let (_, value) = row.cells[field] else { return nil }
        let text = ValueNormalizer.text(value)
        return text.isEmpty || ValueNormalizer.isPlaceholder(text) ? nil : text
    }

    /// A date field: a date (or year) in our form, else the text as written for `check` to judge.
    private func date(_ row: TableReader.ImportedRow, _ field: ImportField, yearAllowed: Bool,
                      notes: inout [ImportNote]) -> ImportedItem.Value? {
        guard let (cell, value) = row.cells[field], let written = text(row, field) else { return nil }
        if let parsed = ValueNormalizer.date(value, yearAllowed: yearAllowed) {
            noteDayFirst(value, parsed, at: cell, notes: &notes)
            return .word(parsed.text)
        }
        return .text(written)
    }

    private func noteDayFirst(_ value: CellValue, _ parsed: ValueNormalizer.PartialValue, at cell: CellReference,
                              notes: inout [ImportNote]) {
        guard case .text(let raw) = value, case .date(let date) = parsed, date.day <= 12, date.month <= 12,
              date.day != date.month, raw.contains("/") || raw.contains(".") || (raw.contains("-") && CalendarDate(isoWithOptionalTime: raw) == nil)
        else { return }
        notes.append(ImportNote(.guess, in: sheet, at: (cell),
            "\"\(raw.collapsedWhitespace)\" dibaca sebagai \(date.iso) (tanggal lebih dulu, lalu bulan)"))
    }

    private func dipEntries(_ row: TableReader.ImportedRow, judul: String, notes: inout [ImportNote]) -> [ImportedItem.Entry] {
        var entries: [ImportedItem.Entry] = []
        entries.append(.init("ringkasan", .text(text(row, .ringkasan) ?? judul)))

        var category: String?
        if let (cell, value) = row.cells[.kategori], let written = text(row, .kategori) {
            if let word = ValueNormalizer.category(in: written) {
                category = word
                entries.append(.init("kategori", .word(word)))
            } else {
                entries.append(.init("kategori", .text(written)))
                notes.append(ImportNote(.guess, in: sheet, at: (cell),
                    "kategori \"\(ValueNormalizer.text(value))\" tidak dikenali; ditulis apa adanya (gunakan berkala, serta-merta atau setiap-saat)"))
            }
        } else if let ticked = row.marks[.kategori], let first = ticked.first {
            category = first
            entries.append(.init("kategori", .word(first)))
        } else if let section = row.section {
            category = section.category
            entries.append(.init("kategori", .word(section.category)))
        }
        if let dasar = text(row, .dasar) { entries.append(.init("dasar", .text(dasar))) }
        if let penguasa = text(row, .penguasa) { entries.append(.init("penguasa", .text(penguasa))) }
        if let responsible = text(row, .penanggungJawab) { entries.append(.init("penanggung_jawab", .text(responsible))) }

        var time: ImportedItem.Value? = date(row, .waktuPembuatan, yearAllowed: true, notes: &notes)
        var place = text(row, .tempatPembuatan)
        if case .text(let written)? = time, let (cell, value) = row.cells[.waktuPembuatan] {
            let split = ValueNormalizer.timeAndPlace(value)
            if let splitTime = split.time, let splitPlace = split.place, place == nil {
                time = .word(splitTime)
                place = splitPlace
                notes.append(ImportNote(.guess, in: sheet, at: (cell),
                    "\"\(written)\" dibaca sebagai waktu_pembuatan \(splitTime) dan tempat_pembuatan \(splitPlace)"))
            }
        }
        if let (_, value) = row.cells[.waktuDanTempat], text(row, .waktuDanTempat) != nil {
            let split = ValueNormalizer.timeAndPlace(value)
            if time == nil, let splitTime = split.time {
                time = ValueNormalizer.date(text: splitTime, yearAllowed: true) != nil ? .word(splitTime) : .text(splitTime)
            }
            if place == nil { place = split.place }
        }
        if let time { entries.append(.init("waktu_pembuatan", time)) }
        if let place { entries.append(.init("tempat_pembuatan", .text(place))) }

        var forms: [String] = []
        if let (cell, _) = row.cells[.bentuk], let written = text(row, .bentuk) {
            let read = ValueNormalizer.forms(in: written)
            forms = read.map(\.word)
            let unknown = read.filter { !$0.known }.map(\.word)
            if !unknown.isEmpty {
                notes.append(ImportNote(.guess, in: sheet, at: (cell),
                    "bentuk \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")) tidak dikenali; ditulis apa adanya (gunakan softcopy, hardcopy atau rekam)"))
            }
        }
        for mark in row.marks[.bentuk] ?? [] where !forms.contains(mark) { forms.append(mark) }
        if !forms.isEmpty { entries.append(.init("bentuk", .list(forms))) }
        if let retention = text(row, .retensi) { entries.append(.init("retensi", .text(retention))) }

        if let updated = date(row, .diperbarui, yearAllowed: false, notes: &notes) {
            entries.append(.init("diperbarui", updated))
        } else if category == "berkala", let fallback = defaults.diperbarui {
            entries.append(.init("diperbarui", .word(fallback.iso)))
        }
        if let link = text(row, .tautan) { entries.append(.init("tautan", .text(link))) }
        if let tags = text(row, .tag) {
            let list = tags.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmedWhitespace }.filter { !$0.isEmpty }
            if !list.isEmpty { entries.append(.init("tag", .list(list))) }
        }
        return entries
    }

    private func dikEntries(_ row: TableReader.ImportedRow, judul: String, notes: inout [ImportNote]) -> [ImportedItem.Entry] {
        var entries: [ImportedItem.Entry] = []
        if let basis = text(row, .dasarHukum) { entries.append(.init("dasar_hukum", .text(basis))) }
        if let other = text(row, .peraturanLain) { entries.append(.init("peraturan_lain", .list([other]))) }
        if let harm = text(row, .konsekuensi) { entries.append(.init("konsekuensi", .text(harm))) }
        if let interest = text(row, .kepentinganPublik) { entries.append(.init("kepentingan_publik", .text(interest))) }
        if let (_, value) = row.cells[.jangkaWaktu], let written = text(row, .jangkaWaktu) {
            if let date = ValueNormalizer.date(value, yearAllowed: false) {
                entries.append(.init("jangka_waktu", .word(date.text)))
            } else {
                entries.append(.init("jangka_waktu", .text(written)))
            }
        }
        var decision: [ImportedItem.Entry] = []
        if let number = text(row, .penetapanNomor) {
            decision.append(.init("nomor", .text(number)))
        } else if let number = defaults.penetapanNomor {
            decision.append(.init("nomor", .text(number)))
        }
        if let date = date(row, .penetapanTanggal, yearAllowed: false, notes: &notes) {
            decision.append(.init("tanggal", date))
        } else if let date = defaults.penetapanTanggal {
            decision.append(.init("tanggal", .word(date.iso)))
        }
        if let maker = text(row, .penetapanOleh) {
            decision.append(.init("oleh", .text(maker)))
        } else if let maker = defaults.penetapanOleh {
            decision.append(.init("oleh", .text(maker)))
        }
        if !decision.isEmpty { entries.append(.init("penetapan", .mapping(decision))) }
        return entries
    }
}
