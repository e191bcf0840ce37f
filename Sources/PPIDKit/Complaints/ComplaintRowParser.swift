/// Turns the fields of one CSV row into a `ComplaintRecord`, reading only our columns.
/// Findings: PPID003 (empty `nomor_tiket`/`tanggal_masuk`), PPID005 (unreadable date),
/// PPID401 (status or channel not an allowed word). A row whose ticket, entry date, channel or
/// status cannot be read is left out; only values of our own columns are quoted.
struct ComplaintRowParser {
    let table: ComplaintTable
    let tableIndex: Int
    let mapping: ComplaintColumnMapping
    /// 0-based field index of each of our columns (by `ComplaintColumn.index`), -1 when absent.
    private let indices: [Int]

    init(table: ComplaintTable, tableIndex: Int, mapping: ComplaintColumnMapping) {
        self.table = table
        self.tableIndex = tableIndex
        self.mapping = mapping
        self.indices = ComplaintColumn.allCases.map { (table.columns[$0]?.number ?? 0) - 1 }
    }

    private func value(_ column: ComplaintColumn, in fields: [String]) -> String {
        let index = indices[column.index]
        guard index >= 0, index < fields.count else { return "" }
        return Self.trimmed(fields[index])
    }

    /// `trimmedWhitespace` without its cost when the field starts and ends with a visible ASCII
    /// character (almost every cell): Unicode white-space lookups dominate reading otherwise.
    static func trimmed(_ field: String) -> String {
        let utf8 = field.utf8
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return field }
        return field.trimmedWhitespace
    }

    /// A trimmed cell as a date, with or without a time after it.
    static func date(_ text: String) -> CalendarDate? {
        text.utf8.count == 10 ? CalendarDate(iso: text) : CalendarDate(isoWithOptionalTime: text)
    }

    /// `collapsedWhitespace` for a trimmed field, fast when it is ASCII without runs of white space.
    static func collapsed(_ field: String) -> String {
        var previousSpace = false
        for byte in field.utf8 {
            if byte >= 0x80 || (byte < 0x20) { return field.collapsedWhitespace }
            let space = byte == 0x20
            if space && previousSpace { return field.collapsedWhitespace }
            previousSpace = space
        }
        return field
    }

    func parse(_ fields: [String], line: Int, into diagnostics: inout DiagnosticBag) -> ComplaintRecord? {
        var usable = true
        func at(_ column: ComplaintColumn) -> SourceLocation { table.location(line: line, column) }

        let ticket = value(.nomorTiket, in: fields)
        if ticket.isEmpty {
            diagnostics.add(.ppid003, at: at(.nomorTiket),
                "\(table.describe(.nomorTiket).capitalizedFirst) kosong; setiap laporan wajib memiliki nomor tiket LAPOR! yang unik.")
            usable = false
        }

        let entryText = value(.tanggalMasuk, in: fields)
        let entry = Self.date(entryText)
        if entryText.isEmpty {
            diagnostics.add(.ppid003, at: at(.tanggalMasuk),
                "\(table.describe(.tanggalMasuk).capitalizedFirst) kosong; isi tanggal laporan masuk (YYYY-MM-DD).")
            usable = false
        } else if entry == nil {
            diagnostics.add(.ppid005, at: at(.tanggalMasuk), Self.badDate(entryText, table.describe(.tanggalMasuk)))
            usable = false
        }

        let channelText = value(.kanal, in: fields)
        let channel = mapping.channels.apply(channelText)
        if !ComplaintChannel.words.contains(channel) {
            diagnostics.add(.ppid401, at: at(.kanal), Self.badWord(channelText, mapped: channel, column: table.describe(.kanal),
                                                                  key: "kanal", allowed: ComplaintChannel.words))
            usable = false
        }

        let statusText = value(.status, in: fields)
        let status = ComplaintStatus(rawValue: mapping.statuses.apply(statusText))
        if status == nil {
            diagnostics.add(.ppid401, at: at(.status), Self.badWord(statusText, mapped: mapping.statuses.apply(statusText),
                                                                  column: table.describe(.status), key: "status", allowed: ComplaintStatus.words))
            usable = false
        }

        var unreadable = false
        func optionalDate(_ column: ComplaintColumn) -> CalendarDate? {
            let text = value(column, in: fields)
            guard !text.isEmpty else { return nil }
            guard let date = Self.date(text) else {
                diagnostics.add(.ppid005, at: at(column), Self.badDate(text, table.describe(column)))
                unreadable = true
                return nil
            }
            return date
        }
        let followUp = optionalDate(.tanggalTindakLanjut)
        let closed = optionalDate(.tanggalSelesai)

        guard usable, let entry, let status else { return nil }
        let topic = Self.collapsed(value(.kategori, in: fields))
        let opdText = value(.opd, in: fields)
        let opd = opdText.isEmpty ? nil : Self.trimmed(mapping.opds.apply(opdText))
        return ComplaintRecord(nomorTiket: ticket, tanggalMasuk: entry, kanal: channel, kategori: topic.isEmpty ? nil : topic,
                               opd: opd?.isEmpty == true ? nil : opd, status: status, tanggalTindakLanjut: followUp,
                               tanggalSelesai: closed, hasUnreadableDate: unreadable, table: tableIndex, line: line)
    }

    static func badDate(_ text: String, _ column: String) -> String {
        "\"\(text)\" di \(column) bukan tanggal yang sah; tulis YYYY-MM-DD (boleh diikuti jam, misalnya 2025-03-01 08:30)."
    }

    static func badWord(_ text: String, mapped: String, column: String, key: String, allowed: [String]) -> String {
        var message = text.isEmpty
            ? "\(column.capitalizedFirst) kosong; isi dengan salah satu dari: \(allowed.joined(separator: ", "))."
            : "\"\(text)\"\(mapped != text ? " (dipetakan menjadi \"\(mapped)\")" : "") di \(column) bukan \(key) yang dikenal; gunakan salah satu dari: \(allowed.joined(separator: ", "))."
        guard !text.isEmpty else { return message }
        let suggestion = mapped.closest(in: allowed)
        if let suggestion { message += " Maksud Anda \"\(suggestion)\"?" }
        message += " Kata dari ekspor lain dapat dipetakan di pengaduan/kolom.yml, misalnya \(key): {\"\(text)\": \(suggestion ?? "<kata ppid>")}."
        return message
    }
}

extension String {
    /// The text with its first letter upper-cased ("kolom" → "Kolom").
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
