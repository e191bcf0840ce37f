import Foundation

/// Reads and validates a criteria file like content: every problem is a finding with file, line
/// and column; a file with any error yields no criteria.
public enum MonevCriteriaLoader {
    public struct Outcome: Sendable {
        public var criteria: MonevCriteria?
        public var diagnostics: DiagnosticBag
        public var source: SourceText
    }

    public static func load(_ source: SourceText, origin: String) -> Outcome {
        var diagnostics = DiagnosticBag()
        func outcome(_ criteria: MonevCriteria?) -> Outcome { Outcome(criteria: criteria, diagnostics: diagnostics, source: source) }
        let root: YAMLNode?
        switch YAMLLoader.parse(source.text, source: source) {
        case .failure(let diagnostic):
            diagnostics.add(diagnostic)
            return outcome(nil)
        case .empty: root = nil
        case .document(let node): root = node
        }
        SchemaValidator(source: source).validate(root, against: MonevSchemas.criteria, into: &diagnostics)
        guard let root, root.entries != nil else { return outcome(nil) }
        let criteria = read(root, origin: origin, into: &diagnostics)
        return outcome(diagnostics.hasErrors ? nil : criteria)
    }

    /// The model of a file the schema accepted, with the checks the schema cannot express: weights
    /// adding up to 100, `tingkat: opd` only on opd-level checks, unique ids, positive points.
    static func read(_ root: YAMLNode, origin: String, into diagnostics: inout DiagnosticBag) -> MonevCriteria {
        let bandNodes = (root["pita"]?.items ?? []).compactMap { node -> (MonevCriteria.Band, YAMLNode)? in
            guard let nama = node.string("nama"), let dari = node.string("dari").flatMap({ Score(decimal: $0) }) else { return nil }
            return (MonevCriteria.Band(nama: nama, dari: dari), node)
        }
        let bands = bandNodes.map(\.0)
        for (index, (band, node)) in bandNodes.enumerated().dropFirst() where !(band.dari < bands[index - 1].dari) {
            diagnostics.add(.ppid004, at: node["dari"]?.location ?? node.location,
                "Predikat \"\(band.nama)\" harus lebih rendah daripada \"\(bands[index - 1].nama)\" di atasnya: tulis pita dari yang tertinggi, dengan \"dari\" yang makin kecil.")
        }
        var groups: [MonevCriteria.Group] = []
        var seenIDs: [String: Int] = [:]
        var totalWeight = Score.zero
        for groupNode in root["kelompok"]?.items ?? [] {
            let bobot = groupNode.string("bobot").flatMap { Score(decimal: $0) } ?? .zero
            totalWeight = totalWeight + bobot
            var items: [MonevCriteria.Item] = []
            for itemNode in groupNode["butir"]?.items ?? [] {
                guard let id = itemNode.string("id"), let nilai = itemNode.string("nilai").flatMap({ Score(decimal: $0) }),
                      let check = itemNode.string("periksa").flatMap(MonevCheck.init(rawValue:)) else { continue }
                if let first = seenIDs[id] {
                    diagnostics.add(.ppid006, at: itemNode["id"]?.location ?? itemNode.location,
                        "Butir \"\(id)\" sudah ada di baris \(first); setiap butir memerlukan id sendiri.")
                } else {
                    seenIDs[id] = itemNode["id"]?.location.line ?? itemNode.location.line
                }
                if nilai == .zero {
                    diagnostics.add(.ppid004, at: itemNode["nilai"]?.location ?? itemNode.location,
                        "\"nilai\" butir \"\(id)\" harus lebih dari 0; hapus butir itu bila tidak dinilai.")
                }
                let perOPD = itemNode.string("tingkat") == "opd"
                if perOPD && !check.allowsOPDLevel {
                    diagnostics.add(.ppid004, at: itemNode["tingkat"]?.location ?? itemNode.location,
                        "Pemeriksaan \"\(check.rawValue)\" hanya dapat dinilai untuk Badan Publik, tidak per OPD; hapus \"tingkat: opd\" dari butir \"\(id)\".")
                }
                items.append(MonevCriteria.Item(id: id, nilai: nilai, check: check, perOPD: perOPD,
                                                keterangan: itemNode.string("keterangan")))
            }
            groups.append(MonevCriteria.Group(nama: groupNode.string("nama") ?? "", bobot: bobot, items: items))
        }
        if root["kelompok"]?.items?.isEmpty == false, totalWeight != Score(100) {
            let location = root.entry("kelompok")?.keyLocation ?? root.location
            diagnostics.add(.ppid004, at: location,
                "Bobot kelompok berjumlah \(totalWeight.tenths.indonesian), harus tepat 100; ubah \"bobot\" kelompok-kelompoknya.")
        }
        return MonevCriteria(tahun: root.integer("tahun") ?? 0, sumber: root.string("sumber") ?? "", bands: bands,
                             groups: groups, origin: origin)
    }
}

/// The criteria files built into the program (`Kriteria/`, embedded by Plugins/EmbedProgramData).
public enum BuiltInCriteria {
    /// The years that have a built-in file, newest last.
    public static var years: [Int] {
        files.compactMap { year(ofFileNamed: $0.name) }.sorted()
    }

    static func year(ofFileNamed name: String) -> Int? {
        guard name.hasPrefix("kriteria-"), name.hasSuffix(".yml") else { return nil }
        return Int(name.dropFirst("kriteria-".count).dropLast(".yml".count))
    }

    /// The text of the built-in file for `year`.
    public static func text(for year: Int) -> String? {
        files.first { self.year(ofFileNamed: $0.name) == year }?.text
    }
}

/// Which criteria a run uses (MONEV.md): `--kriteria FILE`, then `Content/monev/kriteria-<tahun>.yml`,
/// then the built-in file for the year, else the newest built-in one.
public struct MonevCriteriaChoice: Sendable {
    public var source: SourceText
    public var origin: String
    /// Set when the built-in file of another year stands in: what the report says about it.
    public var note: String?

    public enum Failure: Error, Sendable {
        case unreadable(String)
        case noBuiltIn
    }

    public static func choose(file: String?, contentPath: String, displayRoot: String, year: Int) throws(Failure) -> MonevCriteriaChoice {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw .unreadable(file) }
            let shown = file.hasPrefix("./") ? String(file.dropFirst(2)) : file
            return MonevCriteriaChoice(source: SourceText(displayPath: shown, relativePath: shown, text: String(decoding: data, as: UTF8.self)),
                                       origin: shown)
        }
        let relative = "monev/kriteria-\(year).yml"
        let path = URL(fileURLWithPath: contentPath).appendingPathComponent(relative).path
        if let data = FileManager.default.contents(atPath: path) {
            let shown = displayRoot.isEmpty ? relative : "\(displayRoot)/\(relative)"
            return MonevCriteriaChoice(source: SourceText(displayPath: shown, relativePath: relative, text: String(decoding: data, as: UTF8.self)),
                                       origin: shown)
        }
        let chosen = BuiltInCriteria.years.contains(year) ? year : BuiltInCriteria.years.last
        guard let chosen, let text = BuiltInCriteria.text(for: chosen) else { throw .noBuiltIn }
        let name = "kriteria bawaan \(chosen)"
        return MonevCriteriaChoice(source: SourceText(displayPath: "(\(name))", relativePath: "kriteria-\(chosen).yml", text: text),
                                   origin: name,
                                   note: chosen == year ? nil : "Tidak ada kriteria bawaan untuk \(year); kriteria bawaan \(chosen) dipakai. Bila KI menerbitkan kuesioner \(year), tulis monev/kriteria-\(year).yml atau gunakan --kriteria BERKAS.")
    }
}
