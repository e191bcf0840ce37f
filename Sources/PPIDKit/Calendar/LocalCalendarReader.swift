/// Reads `kalender/<tahun>.yml` (REQUESTS.md, "Working days") into the years the working-day
/// calendar adds to or replaces. The shape was checked by StructureValidation; here a `tahun`
/// that is not the file name's year and a day outside `tahun` are PPID004/PPID005.
public enum LocalCalendarReader {
    public static func read(_ documents: [YAMLDocument], into diagnostics: inout DiagnosticBag) -> [LocalCalendarYear] {
        var years: [LocalCalendarYear] = []
        for document in documents {
            guard let root = document.root, let year = root.integer("tahun") else { continue }
            let name = document.source.relativePath.split(separator: "/").last.map { String($0.dropLast(4)) } ?? ""
            if let named = Int(name), named != year, let node = root["tahun"] {
                diagnostics.add(.ppid004, at: node.location,
                    "tahun \(year) tidak sama dengan nama berkasnya (\(name).yml); ganti nama berkas menjadi kalender/\(year).yml atau perbaiki tahunnya.")
                continue
            }
            var holidays: [Holiday] = []
            for entry in root["libur"]?.items ?? [] {
                guard let date = entry.date("tanggal") else { continue }
                guard date.year == year else {
                    diagnostics.add(.ppid005, at: entry["tanggal"]?.location ?? entry.location,
                        "Tanggal \(date.iso) bukan di tahun \(year); berkas ini hanya memuat hari libur tahun \(year). Pindahkan ke kalender/\(date.year).yml.")
                    continue
                }
                let kind = entry.string("jenis").flatMap(Holiday.Kind.init(rawValue:)) ?? .libur
                holidays.append(Holiday(date, entry.string("nama") ?? "Hari libur daerah", kind))
            }
            years.append(LocalCalendarYear(year: year, holidays: holidays,
                                           replacesBuiltIn: root["ganti_bawaan"]?.text == "true",
                                           cutiBersamaIsWorkingDay: root.string("cuti_bersama") == "kerja"))
        }
        return years
    }
}
