/// An organisasi perangkat daerah with its PPID Pelaksana and its three lists.
public struct OPD: Sendable {
    public var slug: String
    public var nama: String
    public var singkatan: String?
    public var jenis: String
    public var urutan: Int?
    public var alamat: String?
    public var situs: String?
    public var pelaksana: PPIDPelaksana
    public var hasDIP: Bool
    public var dipDecision: Decision?
    public var informasi: [InformationItem]
    public var dikDecision: Decision?
    public var exemptions: [ExemptionClaim]
    public var sops: [SOP]
    /// Relative paths of every file under this OPD's `berkas/`.
    public var documents: Set<String>
    public var profilePath: String
    public var fields: FieldLocations
    /// Where `informasi:` stands in `dip.yml` (rule PPID107).
    public var informasiKey: SourceLocation?
    /// The `jenis` of this OPD's draft SOPs, which keep PPID303 quiet for their kind.
    public var draftSOPKinds: Set<String> = []

    /// "Dinas Kesehatan (Dinkes)" style label.
    public var displayName: String { nama }

    public func items(in category: InformationCategory) -> [InformationItem] {
        informasi.filter { $0.kategori == category }
    }
}

public struct PPIDPelaksana: Sendable {
    public var jabatan: String?
    public var contact: Contact
    public var fields: FieldLocations
    /// `ppid_pelaksana.sk`: the OPD head's decree appointing the PPID Pelaksana (nil when absent or a hidden draft).
    public var sk: Decision? = nil
}
