/// A criteria file (`monev/kriteria-<tahun>.yml`, MONEV.md "The criteria file"): the bands and the
/// indicator groups with their weighted items, each naming the check that scores it.
public struct MonevCriteria: Sendable {
    public struct Band: Sendable {
        public var nama: String
        /// The lowest total (inclusive) that earns this band.
        public var dari: Score
    }

    public struct Item: Sendable {
        public var id: String
        public var nilai: Score
        public var check: MonevCheck
        /// `tingkat: opd`: scored per OPD too; the Badan Publik's value is the mean of the OPDs'.
        public var perOPD: Bool
        public var keterangan: String?
    }

    public struct Group: Sendable {
        public var nama: String
        public var bobot: Score
        public var items: [Item]

        /// Σ nilai of the items.
        public var totalPoints: Score { items.reduce(Score.zero) { $0 + $1.nilai } }
    }

    public var tahun: Int
    public var sumber: String
    /// Highest first.
    public var bands: [Band]
    public var groups: [Group]
    /// Where the criteria came from, for the report: a path, or "kriteria bawaan 2025".
    public var origin: String

    /// The band of a total already rounded to one decimal: the first whose `dari` it reaches.
    public func band(for total: Tenths) -> String {
        let value = Score(total.value, over: 10) ?? .zero
        return bands.first { !(value < $0.dari) }?.nama ?? bands.last?.nama ?? ""
    }
}

/// The declared shape of a criteria file: the validator checks it like content (PPID001–005) and
/// `ppid schema kriteria` prints it.
public enum MonevSchemas {
    static let band = Schema("pita", "Satu predikat: namanya dan nilai terendah (inklusif) untuk meraihnya.", fields: [
        .required("nama", .text, "Nama predikat, misalnya \"Informatif\"."),
        .required("dari", .number, "Nilai terendah untuk predikat ini (inklusif), misalnya 90."),
    ])

    static let item = Schema("butir", "Satu butir penilaian.", fields: [
        .required("id", .text, "Pengenal butir, unik dalam berkas, misalnya \"dip.berkala-9-2\"."),
        .required("nilai", .number, "Bobot butir di dalam kelompoknya (perbandingan antarbutir)."),
        .required("periksa", .word(MonevCheck.allCases.map(\.rawValue), rule: .ppid004),
                  "Pemeriksaan yang menilai butir ini (MONEV.md)."),
        .optional("tingkat", .word(["opd", "badan"], rule: .ppid004),
                  "opd: dinilai juga per OPD (hanya untuk pemeriksaan tingkat OPD); bawaan: badan."),
        .optional("keterangan", .text, "Uraian butir, seperti di kuesioner."),
    ])

    static let group = Schema("kelompok", "Satu kelompok indikator dengan bobotnya.", fields: [
        .required("nama", .text, "Nama kelompok, misalnya \"Jenis informasi\"."),
        .required("bobot", .number, "Bobot kelompok dalam persen; semua bobot berjumlah 100."),
        .required("butir", .list(.mapping(item), nonEmpty: true), "Butir-butir kelompok ini."),
    ])

    public static let criteria = Schema("kriteria", "Kriteria e-Monev (monev/kriteria-<tahun>.yml).", fields: [
        .required("tahun", .integer, "Tahun kuesioner e-Monev."),
        .required("sumber", .text, "Dari mana indikator, bobot dan pita berasal."),
        .required("pita", .list(.mapping(band), nonEmpty: true), "Predikat, dari yang tertinggi."),
        .required("kelompok", .list(.mapping(group), nonEmpty: true), "Kelompok indikator."),
    ])
}
