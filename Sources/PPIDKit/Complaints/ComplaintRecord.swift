/// One complaint as `ppid` keeps it: only our own columns. Columns that may hold a reporter's
/// personal data are dropped while reading and never reach this type.
public struct ComplaintRecord: Sendable, Hashable {
    public var nomorTiket: String
    public var tanggalMasuk: CalendarDate
    /// One of `ComplaintChannel.words` (after the `kolom.yml` mapping).
    public var kanal: String
    /// Trimmed, inner spaces collapsed, case kept; nil when empty.
    public var kategori: String?
    /// The OPD slug (after the `kolom.yml` mapping); nil while not yet dispositioned.
    public var opd: String?
    public var status: ComplaintStatus
    public var tanggalTindakLanjut: CalendarDate?
    public var tanggalSelesai: CalendarDate?
    /// A date cell that could not be read (PPID005): the row's durations are not trusted.
    public var hasUnreadableDate: Bool = false
    /// Where the row starts: the index of its table in `ComplaintData.tables` and its physical line.
    public var table: Int
    public var line: Int

    /// The topic as published: `kategori`, or "Lainnya" when it is empty.
    public var topic: String { kategori ?? "Lainnya" }
}
