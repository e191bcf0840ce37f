/// One item ready to be written: its keys in our order with values already in our words.
public struct ImportedItem: Sendable, Hashable {
    /// A value as it is written into the YAML file.
    public indirect enum Value: Sendable, Hashable {
        /// Free text, quoted when YAML would read it as anything but this text.
        case text(String)
        /// A date, a year or a word of our vocabulary, written as it is.
        case word(String)
        /// A short list written in flow style (`[softcopy, hardcopy]`).
        case list([String])
        case mapping([Entry])
    }

    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: Value

        public init(_ key: String, _ value: Value) {
            self.key = key
            self.value = value
        }
    }

    /// The sheet row it came from.
    public var row: Int
    public var id: String
    public var judul: String
    /// Every key after `id`, starting with `judul`.
    public var entries: [Entry]
}

/// What the command line adds to what the sheet holds (ONBOARDING.md): `--diperbarui` for
/// berkala items without a date, `--penetapan-*` for a DIK without decision columns (and, for a
/// new DIP, its list-level `penetapan`).
public struct ImportDefaults: Sendable {
    public var diperbarui: CalendarDate?
    public var penetapanNomor: String?
    public var penetapanTanggal: CalendarDate?
    public var penetapanOleh: String?

    public init(diperbarui: CalendarDate? = nil, penetapanNomor: String? = nil, penetapanTanggal: CalendarDate? = nil,
                penetapanOleh: String? = nil) {
        self.diperbarui = diperbarui
        self.penetapanNomor = penetapanNomor
        self.penetapanTanggal = penetapanTanggal
        self.penetapanOleh = penetapanOleh
    }

    public var hasDecision: Bool { penetapanNomor != nil || penetapanTanggal != nil || penetapanOleh != nil }

    /// The decision as written under `penetapan:`, from the options alone.
    var decisionEntries: [ImportedItem.Entry] {
        var entries: [ImportedItem.Entry] = []
        if let penetapanNomor { entries.append(.init("nomor", .text(penetapanNomor))) }
        if let penetapanTanggal { entries.append(.init("tanggal", .word(penetapanTanggal.iso))) }
        if let penetapanOleh { entries.append(.init("oleh", .text(penetapanOleh))) }
        return entries
    }
}
