/// schema.org JSON-LD for the layout's head: the Badan Publik and each OPD as a
/// `GovernmentOrganization`, the open-data files as `Dataset`s.
struct StructuredData {
    let site: SiteContext

    /// JSON text that cannot end its `<script>` element early: `<`, `>` and `&` (which may only
    /// occur inside strings) are written as `\u` escapes, so neither `</script>` nor `<!--` appears.
    static func scriptText(_ value: JSONValue) -> String {
        var text = ""
        for scalar in value.serialized().unicodeScalars {
            switch scalar {
            case "<": text += "\\u003c"
            case ">": text += "\\u003e"
            case "&": text += "\\u0026"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    private static let context: (String, JSONValue) = ("@context", .string("https://schema.org"))

    /// The Badan Publik with its PPID Utama as contact point; nil without `ppid.yml`.
    func badanPublik() -> JSONValue? {
        guard let badan = site.model.badanPublik else { return nil }
        var members: [(String, JSONValue)] = [
            Self.context,
            ("@type", .string("GovernmentOrganization")),
            ("name", .string(badan.nama)),
            ("url", .string(site.urls.absolute(""))),
        ]
        if let logo = site.logoPath { members.append(("logo", .string(site.urls.absoluteDocument(logo)))) }
        if let alamat = badan.ppidUtama.alamat { members.append(("address", .string(alamat))) }
        members.append(("contactPoint", contactPoint(type: "PPID Utama", name: "PPID \(badan.nama)", contact: badan.ppidUtama.contact)))
        return .object(members)
    }

    /// One OPD, part of the Badan Publik, with its PPID Pelaksana as contact point.
    func opd(_ opd: OPD) -> JSONValue {
        var members: [(String, JSONValue)] = [
            Self.context,
            ("@type", .string("GovernmentOrganization")),
            ("name", .string(opd.nama)),
        ]
        if let singkatan = opd.singkatan { members.append(("alternateName", .string(singkatan))) }
        members.append(("url", .string(site.urls.absolute(SiteURLs.opd(opd.slug)))))
        if let situs = opd.situs, ExternalLinkRule.isWebURL(situs) { members.append(("sameAs", .string(situs))) }
        if let alamat = opd.alamat { members.append(("address", .string(alamat))) }
        members.append(("contactPoint", contactPoint(type: "PPID Pelaksana", name: opd.pelaksana.jabatan, contact: opd.pelaksana.contact)))
        if site.model.badanPublik != nil { members.append(("parentOrganization", parent)) }
        return .object(members)
    }

    /// The data sets of `/data/`, each with its downloads.
    func datasets(_ files: [OpenDataFile]) -> JSONValue {
        .object([
            Self.context,
            ("@graph", .array(files.map(dataset))),
        ])
    }

    private func dataset(_ file: OpenDataFile) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@type", .string("Dataset")),
            ("name", .string(file.title)),
            ("description", .string(file.description)),
            ("url", .string(site.urls.absolute(SiteURLs.openData) + "#" + file.anchor)),
            ("inLanguage", .string("id")),
            ("isAccessibleForFree", .bool(true)),
            ("conditionsOfAccess", .string(OpenDataFile.reuseNote)),
            ("variableMeasured", .strings(file.fields.map(\.name))),
        ]
        if site.model.badanPublik != nil { members.append(("creator", parent)) }
        members.append(("distribution", .array(file.downloads.map { download in
            .object([
                ("@type", .string("DataDownload")),
                ("encodingFormat", .string(download.mediaType)),
                ("contentUrl", .string(site.urls.absolute(download.path))),
            ])
        })))
        return .object(members)
    }

    private var parent: JSONValue {
        .object([
            ("@type", .string("GovernmentOrganization")),
            ("name", .string(site.badanNama)),
            ("url", .string(site.urls.absolute(""))),
        ])
    }

    private func contactPoint(type: String, name: String?, contact: Contact) -> JSONValue {
        var members: [(String, JSONValue)] = [("@type", .string("ContactPoint")), ("contactType", .string(type))]
        if let name { members.append(("name", .string(name))) }
        if let telepon = contact.telepon { members.append(("telephone", .string(telepon))) }
        if let email = contact.email { members.append(("email", .string(email))) }
        members.append(("availableLanguage", .string("id")))
        return .object(members)
    }
}
