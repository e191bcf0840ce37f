/// Every figure of one period (REQUESTS.md, "Figures"): arrivals and backlog by date received,
/// outcomes and times over the requests processed in the period.
public struct ServicePeriodFigures: Sendable {
    public struct WorkingDays: Sendable {
        public var mean: Tenths?
        public var median: Tenths?
        public var min: Int?
        public var max: Int?
        /// `0-10`, `11-17`, `lebih-17`.
        public var buckets: [Int]
        public static let bucketLabels = ["0-10", "11-17", "lebih-17"]
    }

    public struct RefusalBasis: Sendable, Hashable {
        public var huruf: String
        public var jumlah: Int
        public var dasar: String { "Pasal 17 huruf \(huruf)" }
    }

    public struct OPDRow: Sendable {
        public var opd: String
        public var nama: String?
        public var diterima = 0, diproses = 0, tepatWaktu = 0, tertundaAkhir = 0
    }

    public struct Month: Sendable {
        public var bulan: String
        public var diterima = 0, diproses = 0
    }

    public struct Pending: Sendable {
        public var nomorRegistrasi: String
        public var tanggalPermohonan: CalendarDate
        public var hariKerja: Int
    }

    public struct Objections: Sendable {
        public var masuk = 0
        public var perAlasan: [Int] = Array(repeating: 0, count: ObjectionGround.allCases.count)
        public var putusan: [Int] = Array(repeating: 0, count: ObjectionRuling.allCases.count)
        public var tepatWaktu = 0
        /// How many answered objections the on-time count and median are over.
        public var dijawab = 0
        public var hariKerjaMedian: Tenths?
        public var sengketa = 0
    }

    public struct Disputes: Sendable {
        public var terdaftar = 0
        public var perHasil: [Int] = Array(repeating: 0, count: DisputeOutcome.allCases.count)
    }

    public var period: ServicePeriod
    public var diterima = 0
    public var tertundaAwal = 0
    public var diproses = 0
    public var tertundaAkhir = 0
    /// By `RequestDecision.decided` order.
    public var keputusan: [Int] = Array(repeating: 0, count: RequestDecision.decided.count)
    public var persenDipenuhi: Tenths?
    public var hariKerja = WorkingDays(buckets: [0, 0, 0])
    public var tepatWaktu = 0
    public var persenTepatWaktu: Tenths?
    public var alasanPenolakan: [RefusalBasis] = []
    /// perorangan, kelompok, badan-hukum, tidak-diisi.
    public var perKategoriPemohon: [Int] = [0, 0, 0, 0]
    public static let applicantLabels = ApplicantCategory.words + ["tidak-diisi"]
    public var biayaTotal = 0
    public var perOPD: [OPDRow] = []
    /// All seven channels, count descending then word.
    public var perCara: [(cara: RequestChannel, diterima: Int)] = []
    public var perBulan: [Month] = []
    public var tertundaTerlama: [Pending] = []
    public var keberatan = Objections()
    public var sengketa = Disputes()

    public func count(_ decision: RequestDecision) -> Int {
        RequestDecision.decided.firstIndex(of: decision).map { keputusan[$0] } ?? 0
    }
}

/// One processed request of the Pasal 12 table: `{nomor_registrasi, opd, tanggal_permohonan,
/// tanggal_pemberitahuan, hari_kerja, tepat_waktu, keputusan}`.
public struct ProcessedRequest: Sendable {
    public var nomorRegistrasi: String
    public var opd: String
    public var tanggalPermohonan: CalendarDate
    public var tanggalPemberitahuan: CalendarDate
    /// nil for `dicabut`.
    public var hariKerja: Int?
    public var tepatWaktu: Bool?
    public var keputusan: RequestDecision
}
