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

        let requestReader = ExportTableReader(mapping: requestMapping, kind: .requests)
        let requestResults = await ParallelMap.run(Array(loaded.inventory.requestTables.enumerated())) { pair in
            let read = requestReader.read(pair.element)
            let parser = RequestRowParser(table: read.table, tableIndex: pair.offset, mapping: requestMapping, dateFormat: read.dateFormat)
            var findings = RepeatedRowFindings()
            let records = read.rows.compactMap { parser.parse($0, into: &findings) }
            return (read, records, findings.diagnostics)
        }
        var seenRequests: [String: SourceLocation] = [:]
        var duplicates = RepeatedRowFindings()
        for (read, records, found) in requestResults {
            registers.requestTables.append(read.table)
            registers.notes += read.notes
            diagnostics.append(contentsOf: read.diagnostics + found)
            for record in records {
                let location = read.table.location(line: record.line, .nomorRegistrasi)
                if let first = seenRequests[record.nomorRegistrasi] {
                    duplicates.add(.ppid501, at: location, duplicateMessage("nomor_registrasi", record.nomorRegistrasi, first: first))
                    continue
                }
                seenRequests[record.nomorRegistrasi] = location
                registers.requests.append(record)
            }
        }

        let objectionReader = ExportTableReader(mapping: objectionMapping, kind: .objections)
        let objectionResults = await ParallelMap.run(Array(loaded.inventory.objectionTables.enumerated())) { pair in
            let read = objectionReader.read(pair.element)
            let parser = ObjectionRowParser(table: read.table, tableIndex: pair.offset, mapping: objectionMapping, dateFormat: read.dateFormat)
            var findings = RepeatedRowFindings()
            let records = read.rows.compactMap { parser.parse($0, into: &findings) }
            return (read, records, findings.diagnostics)
        }
        var seenObjections: [String: SourceLocation] = [:]
        for (read, records, found) in objectionResults {
            registers.objectionTables.append(read.table)
            registers.notes += read.notes
            diagnostics.append(contentsOf: read.diagnostics + found)
            for record in records {
                let location = read.table.location(line: record.line, .nomorKeberatan)
                if let first = seenObjections[record.nomorKeberatan] {
                    duplicates.add(.ppid501, at: location, duplicateMessage("nomor_keberatan", record.nomorKeberatan, first: first))
                    continue
                }
                seenObjections[record.nomorKeberatan] = location
                registers.objections.append(record)
            }
        }
        diagnostics.append(contentsOf: duplicates.diagnostics)
        registers.disputes = disputes(loaded.disputes)
        return registers
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
        for document in documents {
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
