/// Reads the request service's files (REQUESTS.md): `layanan/kolom.yml`, then every register in
/// parallel through the shared `ExportTableReader`, then `sengketa.yml` and the narratives.
public enum ServiceRegisterLoader {
    /// - Parameter narratives: `narratives(_:into:)` of the same content, read earlier (the Markdown stage needs them).
    public static func load(_ loaded: LoadedContent, narratives: [Int: ServiceReportNarrative],
                            into diagnostics: inout DiagnosticBag) async -> ServiceRegisters {
        let root = loaded.serviceColumns?.root
        let requestMapping = ExportColumnMapping<RequestColumn>(root?["permohonan"], maps: RequestRowParser.wordMaps, kind: .requests, into: &diagnostics)
        let objectionMapping = ExportColumnMapping<ObjectionColumn>(root?["keberatan"], maps: ObjectionRowParser.wordMaps, kind: .objections, into: &diagnostics)
        var registers = ServiceRegisters()
        registers.narratives = narratives
        // One cause, one finding: registers read through a mapping that could not be parsed
        // (PPID001) would only draw findings that follow from it.
        guard !loaded.inventory.isUnusable("layanan/kolom.yml") else {
            registers.disputes = disputes(loaded.disputes)
            return registers
        }

        var duplicates = RepeatedRowFindings()
        let requests = await readRegisters(loaded.inventory.requestTables, reader: ExportTableReader(mapping: requestMapping, kind: .requests),
                                           number: .nomorRegistrasi, duplicates: &duplicates, notes: &registers.notes, into: &diagnostics) { (read, index) -> ([InformationRequest], [Diagnostic]) in
            let parser = RequestRowParser(table: read.table, tableIndex: index, mapping: requestMapping, dateFormat: read.dateFormat)
            var findings = RepeatedRowFindings()
            var reasons = RequestRowParser.ReasonCache()
            let records = read.rows.compactMap { parser.parse($0, reasons: &reasons, into: &findings) }
            return (records, findings.diagnostics)
        }
        (registers.requestTables, registers.requests) = requests
        let objections = await readRegisters(loaded.inventory.objectionTables, reader: ExportTableReader(mapping: objectionMapping, kind: .objections),
                                             number: .nomorKeberatan, duplicates: &duplicates, notes: &registers.notes, into: &diagnostics) { (read, index) -> ([Objection], [Diagnostic]) in
            let parser = ObjectionRowParser(table: read.table, tableIndex: index, mapping: objectionMapping, dateFormat: read.dateFormat)
            var findings = RepeatedRowFindings()
            let records = read.rows.compactMap { parser.parse($0, into: &findings) }
            return (records, findings.diagnostics)
        }
        (registers.objectionTables, registers.objections) = objections
        diagnostics.append(contentsOf: duplicates.diagnostics)
        registers.disputes = disputes(loaded.disputes)
        return registers
    }

    /// Every file of one register in parallel, then its records in path order; a number used again
    /// (in any file of the register) is PPID501 at the later row, which is left out.
    static func readRegisters<Record: RegisterRecord>(
        _ sources: [SourceText], reader: ExportTableReader<Record.Column>, number column: Record.Column,
        duplicates: inout RepeatedRowFindings, notes: inout [String], into diagnostics: inout DiagnosticBag,
        parse: @escaping @Sendable (ExportRows<Record.Column>, Int) -> ([Record], [Diagnostic])
    ) async -> ([ExportTable<Record.Column>], [Record]) {
        let results = await ParallelMap.run(Array(sources.enumerated())) { pair in
            let read = reader.read(pair.element)
            let (records, found) = parse(read, pair.offset)
            return (read, records, found)
        }
        var tables: [ExportTable<Record.Column>] = []
        var kept: [Record] = []
        var seen: [String: SourceLocation] = [:]
        for (read, records, found) in results {
            tables.append(read.table)
            notes += read.notes
            diagnostics.append(contentsOf: read.diagnostics + found)
            for record in records {
                let location = read.table.location(line: record.line, column)
                if let first = seen[record.number] {
                    duplicates.add(.ppid501, at: location, duplicateMessage(column.rawValue, record.number, first: first))
                    continue
                }
                seen[record.number] = location
                kept.append(record)
            }
        }
        return (tables, kept)
    }

    static func duplicateMessage(_ column: String, _ number: String, first: SourceLocation) -> String {
        "\(column) \"\(number)\" sudah dipakai di \(first.file) baris \(first.line); setiap nomor hanya boleh ada sekali di seluruh register. Baris ini tidak dihitung: perbaiki nomornya atau hapus baris gandanya."
    }

    /// The entries of `sengketa.yml` that have a number and a registration date (the schema
    /// reported the others).
    static func disputes(_ document: YAMLDocument?) -> [InformationDispute] {
        (document?.root?["sengketa"]?.items ?? []).compactMap { entry in
            guard let number = entry.string("nomor_perkara"), let registered = entry.date("tanggal_registrasi") else { return nil }
            return InformationDispute(nomorPerkara: number, tanggalRegistrasi: registered, nomorKeberatan: entry.string("nomor_keberatan"),
                                      tahap: entry.string("tahap").flatMap(DisputeStage.init(rawValue:)),
                                      hasil: entry.string("hasil").flatMap(DisputeOutcome.init(rawValue:)),
                                      tanggalPutusan: entry.date("tanggal_putusan"), tindakLanjut: entry.string("tindak_lanjut"),
                                      location: entry.location, objectionLocation: entry["nomor_keberatan"]?.location)
        }
    }

    /// `laporan/<tahun>.md` by year; another file name is PPID008.
    public static func narratives(_ documents: [MarkdownDocument], into diagnostics: inout DiagnosticBag) -> [Int: ServiceReportNarrative] {
        var byYear: [Int: ServiceReportNarrative] = [:]
        for document in documents where document.frontMatterParsed {
            let name = document.source.relativePath.split(separator: "/").last.map { String($0.dropLast(3)) } ?? ""
            guard name.count == 4, name.allSatisfy(\.isASCIIDigit), let year = Int(name) else {
                diagnostics.add(.ppid008, at: document.source.location(),
                    "Nama berkas laporan layanan harus tahunnya, misalnya layanan/laporan/2025.md; ganti nama berkas \"\(name).md\".")
                continue
            }
            let front = document.frontMatter
            byYear[year] = ServiceReportNarrative(year: year, judul: front?.string("judul"), ditetapkan: front?.date("ditetapkan"),
                                                  oleh: front?.string("oleh"), isDraft: front?["draf"]?.text == "true",
                                                  relativePath: document.source.relativePath, displayPath: document.source.displayPath,
                                                  body: document.body)
        }
        return byYear
    }
}

/// A row of a register: its own number and where it starts.
protocol RegisterRecord: Sendable {
    associatedtype Column: ExportColumn
    var number: String { get }
    var line: Int { get }
}

extension InformationRequest: RegisterRecord {
    typealias Column = RequestColumn
    var number: String { nomorRegistrasi }
}

extension Objection: RegisterRecord {
    typealias Column = ObjectionColumn
    var number: String { nomorKeberatan }
}
