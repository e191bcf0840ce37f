/// Turns one row of a request register into an `InformationRequest` (REQUESTS.md). Findings:
/// PPID501 (an empty required cell, a word or date that cannot be read, a notice on a `proses`
/// row, a missing notice on a decided row), PPID503 (a refusal without a valid Pasal 17 reason).
/// A row whose number, receipt date, channel, decision or notice cannot be read is left out.
struct RequestRowParser {
    let table: ExportTable<RequestColumn>
    let tableIndex: Int
    let mapping: ExportColumnMapping<RequestColumn>
    let dateFormat: ExportDateFormat

    static let wordMaps: [ExportColumnMapping<RequestColumn>.WordMapKey] = [
        .init("cara", RequestChannel.words), .init("kategori_pemohon", ApplicantCategory.words),
        .init("keputusan", RequestDecision.words), .init("perpanjangan", ["ya", "tidak"]), .init("opd", nil),
    ]

    /// What a refusal text reads as, by text: registers repeat the same few reasons on many rows.
    typealias ReasonCache = [String: [Result<LegalReference, ReasonProblem>]]
    struct ReasonProblem: Error { var message: String }

    func parse(_ row: ExportRows<RequestColumn>.Row, reasons: inout ReasonCache, into findings: inout RepeatedRowFindings) -> InformationRequest? {
        let cells = ExportRowReader(table: table, row: row, mapping: mapping, dateFormat: dateFormat, kind: .requests, rule: .ppid501)
        let number = cells.required(.nomorRegistrasi, "setiap permohonan wajib memiliki nomor registrasi yang unik.", into: &findings)
        let received = cells.requiredDate(.tanggalPermohonan, "isi tanggal permohonan diterima (\(dateFormat.spelling)).", into: &findings)
        let channel = cells.word(.cara, key: "cara", allowed: RequestChannel.words, required: true, into: &findings).flatMap(RequestChannel.init(rawValue:))
        let category = cells.word(.kategoriPemohon, key: "kategori_pemohon", allowed: ApplicantCategory.words, required: false, into: &findings)
            .flatMap(ApplicantCategory.init(rawValue:))
        let decision = cells.word(.keputusan, key: "keputusan", allowed: RequestDecision.words, required: true, into: &findings)
            .flatMap(RequestDecision.init(rawValue:))
        let extended = cells.yesNo(.perpanjangan, key: "perpanjangan", into: &findings)
        let fee = self.fee(cells, into: &findings)

        var notice: CalendarDate?
        var noticeReadable = true
        switch cells.date(.tanggalPemberitahuan, into: &findings) {
        case .date(let date):
            if decision == .proses {
                findings.add(.ppid501, at: cells.at(.tanggalPemberitahuan),
                    "\(table.describe(.tanggalPemberitahuan).capitalizedFirst) berisi \(date.iso), padahal keputusan permohonan ini \"proses\"; isi keputusannya (misalnya dipenuhi), atau kosongkan tanggal pemberitahuan bila belum diputus.")
            } else {
                notice = date
            }
        case .empty:
            if let decision, decision != .proses {
                findings.add(.ppid501, at: cells.at(.tanggalPemberitahuan),
                    "\(table.describe(.tanggalPemberitahuan).capitalizedFirst) kosong, padahal keputusan permohonan ini \"\(decision.rawValue)\"; isi tanggal pemberitahuan tertulis kepada pemohon\(decision == .dicabut ? " (untuk dicabut: tanggal pencabutan)" : "") (\(dateFormat.spelling)), atau tulis keputusan proses bila belum diputus.")
                noticeReadable = false
            }
        case .invalid:
            noticeReadable = false
        }

        let references = decision.map { refusalReasons(cells, decision: $0, cache: &reasons, into: &findings) } ?? []
        guard let number, let received, let channel, let decision, noticeReadable else { return nil }
        let opdText = row[.opd]
        let opd = opdText.isEmpty ? nil : CSVShape.trimmed(mapping.map("opd").apply(opdText))
        return InformationRequest(nomorRegistrasi: number, tanggalPermohonan: received, cara: channel,
                                  opd: opd?.isEmpty == true ? nil : opd, kategoriPemohon: category, keputusan: decision,
                                  alasanPenolakan: references, tanggalPemberitahuan: notice, perpanjangan: extended ?? false,
                                  biaya: fee ?? 0, table: tableIndex, line: row.line)
    }

    /// Each `;`-separated part of a refusal text: a Pasal 17 reference, or why it is none.
    static func readReasons(_ text: String, column: String) -> [Result<LegalReference, ReasonProblem>] {
        text.split(separator: ";").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }.map { part in
            switch LegalReference.parse(part) {
            case .success(let reference) where reference.pasal == 17:
                return .success(reference)
            case .success(let reference):
                return .failure(ReasonProblem(message: "\"\(part)\" di \(column) merujuk \(reference), bukan Pasal 17; penolakan hanya boleh berdasar pengecualian Pasal 17. Bentuknya: \(LegalArticles.exemptionForm)."))
            case .failure(let error):
                return .failure(ReasonProblem(message: "\"\(part)\" di \(column) bukan rujukan Pasal 17 yang sah: \(error.message)"))
            }
        }
    }

    /// `biaya` in whole rupiah: `15000`, `15.000` or `Rp 15.000`; empty is 0.
    private func fee(_ cells: ExportRowReader<RequestColumn>, into findings: inout RepeatedRowFindings) -> Int? {
        let text = cells.row[.biaya]
        guard !text.isEmpty else { return 0 }
        var digits = text
        if digits.lowercased().hasPrefix("rp") { digits = String(digits.dropFirst(2)) }
        digits = digits.filter { $0 != "." && $0 != " " }
        if let value = Int(digits), value >= 0, digits.allSatisfy(\.isASCIIDigit) { return value }
        findings.add(.ppid501, at: cells.at(.biaya),
            "\"\(text)\" di \(table.describe(.biaya)) bukan jumlah rupiah; tulis bilangan bulat tanpa desimal, misalnya 15000 (kosong berarti 0).")
        return nil
    }

    /// The Pasal 17 references of a refusal (PPID503 when one is missing or not valid).
    private func refusalReasons(_ cells: ExportRowReader<RequestColumn>, decision: RequestDecision, cache: inout ReasonCache,
                                into findings: inout RepeatedRowFindings) -> [LegalReference] {
        let text = cells.row[.alasanPenolakan]
        guard decision.needsRefusalReason else { return [] }
        let column = table.describe(.alasanPenolakan)
        guard !text.isEmpty else {
            findings.add(.ppid503, at: cells.at(.alasanPenolakan),
                "\(column.capitalizedFirst) kosong, padahal keputusan permohonan ini \"\(decision.rawValue)\"; tulis dasar pengecualiannya, misalnya Pasal 17 huruf h angka 2 (beberapa dasar dipisah \";\"). Pasal 12 UU 14/2008 mewajibkan alasan penolakan diumumkan.")
            return []
        }
        let parts = cache[text] ?? Self.readReasons(text, column: column)
        cache[text] = parts
        var references: [LegalReference] = []
        for part in parts {
            switch part {
            case .success(let reference): references.append(reference)
            case .failure(let problem): findings.add(.ppid503, at: cells.at(.alasanPenolakan), problem.message)
            }
        }
        return references
    }
}
