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
public struct FieldLocations: Sendable {
    /// The mapping itself (its first key).
    public var start: SourceLocation
    public var keys: [String: SourceLocation] = [:]
    public var values: [String: SourceLocation] = [:]
    /// The shape of each key's value, so rules can tell an absent value (null, empty text)
    /// from a malformed one that the structural checks already reported.
    public var shapes: [String: ValueShape] = [:]

    public init(start: SourceLocation) {
        self.start = start
    }

    public init(_ node: YAMLNode) {
        self.start = node.location
        for entry in node.entries ?? [] {
            keys[entry.key] = entry.keyLocation
            values[entry.key] = entry.value.location
            shapes[entry.key] = ValueShape(entry.value)
        }
    }

    /// Whether `key` is absent, null or empty text: no value was given.
    public func isBlank(_ key: String) -> Bool {
        switch shapes[key] {
        case nil, .null?, .emptyText?: return true
        default: return false
        }
    }

    /// The value of `key`, else the key, else the mapping.
    public func value(_ key: String) -> SourceLocation { values[key] ?? keys[key] ?? start }
    public func key(_ key: String) -> SourceLocation { keys[key] ?? start }
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
