/// Turns one row of an objection register into an `Objection` (REQUESTS.md). Findings: PPID501.
/// A row whose number, date, grounds, ruling or answer date cannot be read is left out.
struct ObjectionRowParser {
    let table: ExportTable<ObjectionColumn>
    let tableIndex: Int
    let mapping: ExportColumnMapping<ObjectionColumn>
    let dateFormat: ExportDateFormat

    static let wordMaps: [ExportColumnMapping<ObjectionColumn>.WordMapKey] = [
        .init("putusan", ObjectionRuling.words), .init("sengketa", ["ya", "tidak"]),
    ]

    func parse(_ row: ExportRows<ObjectionColumn>.Row, into findings: inout RepeatedRowFindings) -> Objection? {
        let cells = ExportRowReader(table: table, row: row, mapping: mapping, dateFormat: dateFormat, kind: .objections, rule: .ppid501)
        let number = cells.required(.nomorKeberatan, "setiap keberatan wajib memiliki nomor yang unik.", into: &findings)
        let received = cells.requiredDate(.tanggalKeberatan, "isi tanggal keberatan diterima Atasan PPID (\(dateFormat.spelling)).", into: &findings)
        let grounds = self.grounds(cells, into: &findings)
        let ruling = cells.word(.putusan, key: "putusan", allowed: ObjectionRuling.words, required: true, into: &findings)
            .flatMap(ObjectionRuling.init(rawValue:))
        let dispute = cells.yesNo(.sengketa, key: "sengketa", into: &findings)

        var answer: CalendarDate?
        var answerReadable = true
        switch cells.date(.tanggalTanggapan, into: &findings) {
        case .date(let date):
            if ruling == .proses {
                findings.add(.ppid501, at: cells.at(.tanggalTanggapan),
                    "\(table.describe(.tanggalTanggapan).capitalizedFirst) berisi \(date.iso), padahal putusan keberatan ini \"proses\"; isi putusannya, atau kosongkan tanggal tanggapan bila belum ditanggapi.")
            } else {
                answer = date
            }
        case .empty:
            if let ruling, ruling != .proses, ruling != .dicabut {
                findings.add(.ppid501, at: cells.at(.tanggalTanggapan),
                    "\(table.describe(.tanggalTanggapan).capitalizedFirst) kosong, padahal putusan keberatan ini \"\(ruling.rawValue)\"; isi tanggal tanggapan tertulis Atasan PPID (\(dateFormat.spelling)), atau tulis putusan proses bila belum ditanggapi.")
                answerReadable = false
            }
        case .invalid:
            answerReadable = false
        }
        guard let number, let received, let grounds, let ruling, answerReadable else { return nil }
        let request = row[.nomorRegistrasi]
        return Objection(nomorKeberatan: number, tanggalKeberatan: received, nomorRegistrasi: request.isEmpty ? nil : request,
                         alasan: grounds, tanggalTanggapan: answer, putusan: ruling, sengketa: dispute ?? false,
                         table: tableIndex, line: row.line)
    }

    /// The Pasal 35 ayat (1) letters, separated by `;` (`,` and spaces are read too).
    private func grounds(_ cells: ExportRowReader<ObjectionColumn>, into findings: inout RepeatedRowFindings) -> [ObjectionGround]? {
        let text = cells.row[.alasan]
        let column = table.describe(.alasan)
        let form = "tulis huruf alasan Pasal 35 ayat (1) UU 14/2008, a sampai g, dipisah \";\" (misalnya a;c). a: penolakan Pasal 17, b: informasi berkala tidak disediakan, c: permohonan tidak ditanggapi, d: ditanggapi tidak sesuai permintaan, e: permohonan tidak dipenuhi, f: biaya tidak wajar, g: melebihi jangka waktu."
        guard !text.isEmpty else {
            findings.add(.ppid501, at: cells.at(.alasan), "\(column.capitalizedFirst) kosong; \(form)")
            return nil
        }
        var found = Set<ObjectionGround>()
        for part in text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == " " }) {
            let letter = part.lowercased().filter(\.isLetter)
            if letter.isEmpty || letter == "huruf" { continue }
            guard let ground = ObjectionGround(rawValue: letter) else {
                findings.add(.ppid501, at: cells.at(.alasan), "\"\(text)\" di \(column) bukan daftar huruf alasan keberatan; \(form)")
                return nil
            }
            found.insert(ground)
        }
        guard !found.isEmpty else {
            findings.add(.ppid501, at: cells.at(.alasan), "\"\(text)\" di \(column) bukan daftar huruf alasan keberatan; \(form)")
            return nil
        }
        return ObjectionGround.allCases.filter(found.contains)
    }
}
