/// One request for information as `ppid` keeps it: our columns only. What was asked and who asked
/// are never read into this type.
public struct InformationRequest: Sendable, Hashable {
    public var nomorRegistrasi: String
    public var tanggalPermohonan: CalendarDate
    public var cara: RequestChannel
    /// The OPD slug as written (after `kolom.yml`); nil means the PPID Utama's OPD.
    public var opd: String?
    public var kategoriPemohon: ApplicantCategory?
    public var keputusan: RequestDecision
    /// The Pasal 17 references of a refusal, in the order written.
    public var alasanPenolakan: [LegalReference]
    /// The written notice; for `dicabut`, the day of the withdrawal; nil while `proses`.
    public var tanggalPemberitahuan: CalendarDate?
    /// The time limit was extended by up to 7 working days (Pasal 22 ayat (8)).
    public var perpanjangan: Bool
    public var biaya: Int
    /// Where the row starts: the index of its table in `ServiceRegisters.requestTables` and its line.
    public var table: Int
    public var line: Int

    /// The time limit in working days: 10, or 17 when extended (UU 14/2008 Pasal 22 ayat (7)–(8)).
    public var timeLimit: Int { perpanjangan ? 17 : 10 }
}

/// One objection to the Atasan PPID (Pasal 35–36).
public struct Objection: Sendable, Hashable {
    public var nomorKeberatan: String
    public var tanggalKeberatan: CalendarDate
    /// The request it objects to, when the register names it.
    public var nomorRegistrasi: String?
    /// The grounds, each once, in letter order.
    public var alasan: [ObjectionGround]
    public var tanggalTanggapan: CalendarDate?
    public var putusan: ObjectionRuling
    public var sengketa: Bool
    public var table: Int
    public var line: Int

    /// The Atasan PPID answers within 30 working days (Pasal 36 ayat (2)).
    public static let timeLimit = 30
}

/// One dispute at the Komisi Informasi (`layanan/sengketa.yml`).
public struct InformationDispute: Sendable, Hashable {
    public var nomorPerkara: String
    public var tanggalRegistrasi: CalendarDate
    public var nomorKeberatan: String?
    public var tahap: DisputeStage?
    public var hasil: DisputeOutcome?
    public var tanggalPutusan: CalendarDate?
    public var tindakLanjut: String?
    /// Where its entry is in `sengketa.yml`.
    public var location: SourceLocation
    /// Where its `nomor_keberatan` is, for PPID507.
    public var objectionLocation: SourceLocation?
}

/// The narrative parts of an annual report (`layanan/laporan/<tahun>.md`); its figures come from
/// the registers, never from this file.
public struct ServiceReportNarrative: Sendable {
    public var year: Int
    public var judul: String?
    public var ditetapkan: CalendarDate?
    public var oleh: String?
    public var isDraft: Bool
    /// The file (relative to the content folder) whose body the report page renders.
    public var relativePath: String
    public var displayPath: String
    /// Where its Markdown's relative links resolve from.
    public static let markdownFolder = "layanan/laporan"
    /// The Markdown body (the Perki's headings, each optional).
    public var body: String = ""
}
