/// Turns one row (the values of our columns only) into a `ComplaintRecord`.
/// Findings: PPID003 (empty `nomor_tiket`/`tanggal_masuk`), PPID005 (unreadable date),
/// PPID401 (status or channel not an allowed word), collapsed per (column, value) over the file.
/// A row whose ticket, entry date, channel or status cannot be read is left out; only values of
/// our own columns are quoted.
struct ComplaintRowParser {
    let table: ComplaintTable
    let tableIndex: Int
    let mapping: ComplaintColumnMapping
    let dateFormat: ExportDateFormat

    init(table: ComplaintTable, tableIndex: Int, mapping: ComplaintColumnMapping, dateFormat: ExportDateFormat) {
        self.table = table
        self.tableIndex = tableIndex
        self.mapping = mapping
        self.dateFormat = dateFormat
    }

    static func trimmed(_ field: String) -> String { CSVShape.trimmed(field) }
    static func collapsed(_ field: String) -> String { CSVShape.collapsed(field) }

    /// - Parameter values: the row's trimmed values by `ComplaintColumn.index` ("" when absent).
    func parse(_ values: [String], line: Int, into findings: inout RepeatedRowFindings) -> ComplaintRecord? {
        var usable = true
        func at(_ column: ComplaintColumn) -> SourceLocation { table.location(line: line, column) }
        func value(_ column: ComplaintColumn) -> String { values[column.index] }

        let ticket = value(.nomorTiket)
        if ticket.isEmpty {
            findings.add(.ppid003, at: at(.nomorTiket),
                "\(table.describe(.nomorTiket).capitalizedFirst) kosong; setiap laporan wajib memiliki nomor tiket LAPOR! yang unik.")
            usable = false
        }

        let entryText = value(.tanggalMasuk)
        let entry = dateFormat.date(entryText)
        if entryText.isEmpty {
            findings.add(.ppid003, at: at(.tanggalMasuk),
                "\(table.describe(.tanggalMasuk).capitalizedFirst) kosong; isi tanggal laporan masuk (\(dateFormat.spelling)).")
            usable = false
        } else if entry == nil {
            findings.add(.ppid005, at: at(.tanggalMasuk), badDate(entryText, table.describe(.tanggalMasuk)))
            usable = false
        }

        let channelText = value(.kanal)
        let channel = mapping.channel(channelText)
        if !ComplaintChannel.words.contains(channel) {
            findings.add(.ppid401, at: at(.kanal), Self.badWord(channelText, mapped: channel, column: table.describe(.kanal),
                                                                key: "kanal", allowed: ComplaintChannel.words))
            usable = false
        }

        let statusText = value(.status)
        let status = mapping.status(statusText)
        if status == nil {
            findings.add(.ppid401, at: at(.status), Self.badWord(statusText, mapped: mapping.statuses.apply(statusText),
                                                                column: table.describe(.status), key: "status", allowed: ComplaintStatus.words))
            usable = false
        }

        var unreadable = false
        func optionalDate(_ column: ComplaintColumn) -> CalendarDate? {
            let text = value(column)
            guard !text.isEmpty else { return nil }
            guard let date = dateFormat.date(text) else {
                findings.add(.ppid005, at: at(column), badDate(text, table.describe(column)))
                unreadable = true
                return nil
            }
            return date
        }
        let followUp = optionalDate(.tanggalTindakLanjut)
        let closed = optionalDate(.tanggalSelesai)

        guard usable, let entry, let status else { return nil }
        let topic = Self.collapsed(value(.kategori))
        let opdText = value(.opd)
        let opd = opdText.isEmpty ? nil : Self.trimmed(mapping.opds.apply(opdText))
        return ComplaintRecord(nomorTiket: ticket, tanggalMasuk: entry, kanal: channel, kategori: topic.isEmpty ? nil : topic,
                               opd: opd?.isEmpty == true ? nil : opd, status: status, tanggalTindakLanjut: followUp,
                               tanggalSelesai: closed, hasUnreadableDate: unreadable, table: tableIndex, line: line)
    }

    func badDate(_ text: String, _ column: String) -> String {
        ExportCellMessage.badDate(text, column: column, format: dateFormat, kind: .complaints)
    }

    static func badWord(_ text: String, mapped: String, column: String, key: String, allowed: [String]) -> String {
        ExportCellMessage.badWord(text, mapped: mapped, column: column, key: key, allowed: allowed, kind: .complaints)
    }
}
