/// The Badan Publik (the kabupaten, kota, provinsi or instansi) and its PPID Utama — `ppid.yml`.
public struct BadanPublik: Sendable {
    public var nama: String
    public var jenis: String
    public var alamatSitus: String
    public var logo: String?
    public var ppidUtama: PPIDUtama
    public var lapor: LaporChannel?
    public var fields: FieldLocations
    public var laporFields: FieldLocations?
}

public struct PPIDUtama: Sendable {
    public var opdSlug: String
    public var alamat: String?
    public var contact: Contact
    public var jamLayanan: String?
    public var sk: Decision?
    public var fields: FieldLocations
    public var skFields: FieldLocations?
}

/// A telephone number and/or e-mail address of a PPID desk.
public struct Contact: Sendable, Hashable {
    public var telepon: String?
    public var email: String?

    public var isEmpty: Bool { telepon == nil && email == nil }
}

/// A written decision of the PPID or an official: a decree number, its date, who decided.
public struct Decision: Sendable, Hashable {
    public var nomor: String?
    public var tanggal: CalendarDate?
    public var oleh: String?
    /// A copy of the decree under `berkas/`, published with the site.
    public var berkas: String?
}

/// The instansi's SP4N-LAPOR! channel.
public struct LaporChannel: Sendable {
    public var tautan: String?
    public var kanalLain: [String]
}

/// Where each key and value of a mapping stands, so rules can point at the exact spot.
/// It keeps the mapping's entries (shared, not copied) and looks keys up on demand: most items
/// are never reported on, so nothing is indexed up front.
public struct FieldLocations: Sendable {
    /// The mapping itself (its first key).
    public var start: SourceLocation
    private var entries: [YAMLEntry]

    public init(start: SourceLocation) {
        self.start = start
        self.entries = []
    }

    public init(_ node: YAMLNode) {
        self.start = node.location
        self.entries = node.entries ?? []
    }

    private func entry(_ key: String) -> YAMLEntry? { entries.first { $0.key == key } }

    /// Whether the mapping has `key` at all.
    public func has(_ key: String) -> Bool { entry(key) != nil }

    /// The shape of `key`'s value, so rules can tell an absent value (null, empty text) from a
    /// malformed one that the structural checks already reported; nil when the key is absent.
    public func shape(_ key: String) -> ValueShape? { entry(key).map { ValueShape($0.value) } }

    /// Whether `key` is absent, null or empty text: no value was given.
    public func isBlank(_ key: String) -> Bool {
        switch shape(key) {
        case nil, .null?, .emptyText?: return true
        default: return false
        }
    }

    /// The value of `key`, else the key, else the mapping.
    public func value(_ key: String) -> SourceLocation { entry(key)?.value.location ?? start }
    public func key(_ key: String) -> SourceLocation { entry(key)?.keyLocation ?? start }

    /// Feeds the mapping's content (every key and value as written) into `hasher`.
    public func combineContent(into hasher: inout StableHasher) {
        hasher.combine(entries.count)
        for entry in entries {
            hasher.combine(entry.key)
            entry.value.combineContent(into: &hasher)
        }
    }
}

/// What kind of value a key holds, as written.
public enum ValueShape: Sendable, Hashable {
    case null, emptyText, text, list, mapping

    init(_ node: YAMLNode) {
        switch node.value {
        case .null: self = .null
        case .scalar: self = (node.text ?? "").isEmpty ? .emptyText : .text
        case .sequence: self = .list
        case .mapping: self = .mapping
        }
    }
}
