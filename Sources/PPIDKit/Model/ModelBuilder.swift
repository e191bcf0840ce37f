/// The model stage: turns parsed files into the domain model. It never fails: values of the wrong
/// shape were reported by the validate stage and read here as absent.
public enum ModelBuilder {
    /// - Parameter drafts: whether drafts (`draf: true`) enter the model; under `.hidden` a draft
    ///   `sk` or `penetapan` reads as absent.
    public static func build(_ loaded: LoadedContent, drafts: DraftPolicy = .hidden) async -> ContentModel {
        let opds = await ParallelMap.run(loaded.opds, chunks: loaded.opds.count) { opd($0, drafts: drafts) }
            .compactMap { $0 }.sorted(by: opdOrder)
        let pages = loaded.pages.filter { drafts == .shown || $0.frontMatter?.isDraft != true }.map(page).sorted {
            switch ($0.urutan, $1.urutan) {
            case let (a?, b?) where a != b: return a < b
            case (_?, nil): return true
            case (nil, _?): return false
            default: return ($0.judul.unicodeScalars.lexicographicallyPrecedes($1.judul.unicodeScalars))
            }
        }
        return ContentModel(badanPublik: loaded.ppid?.root.map { badanPublik($0, drafts: drafts) }, opds: opds, pages: pages,
                            documents: loaded.inventory.documents, inventory: loaded.inventory)
    }

    static func opdOrder(_ a: OPD, _ b: OPD) -> Bool {
        switch (a.urutan, b.urutan) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default:
            if a.nama != b.nama { return a.nama.unicodeScalars.lexicographicallyPrecedes(b.nama.unicodeScalars) }
            return a.slug < b.slug
        }
    }

    /// The mapping `key` of `node`, unless it is a draft that `drafts` hides.
    static func published(_ node: YAMLNode, _ key: String, drafts: DraftPolicy) -> Decision? {
        if drafts == .hidden, node[key]?.isDraft == true { return nil }
        return node.decision(key)
    }

    static func badanPublik(_ root: YAMLNode, drafts: DraftPolicy) -> BadanPublik {
        let utamaNode = root["ppid_utama"] ?? YAMLNode(.null, at: root.location)
        let utama = PPIDUtama(opdSlug: utamaNode.string("opd") ?? "", alamat: utamaNode.string("alamat"),
                              contact: utamaNode.contact, jamLayanan: utamaNode.string("jam_layanan"),
                              sk: published(utamaNode, "sk", drafts: drafts), fields: FieldLocations(utamaNode),
                              skFields: utamaNode["sk"].map(FieldLocations.init))
        let lapor = root["lapor"].flatMap { node -> LaporChannel? in
            guard node.entries != nil else { return nil }
            return LaporChannel(tautan: node.string("tautan"), kanalLain: node.strings("kanal_lain"))
        }
        return BadanPublik(nama: root.string("nama") ?? "Badan Publik", jenis: root.string("jenis") ?? "",
                           alamatSitus: root.string("alamat_situs") ?? "", logo: root.string("logo"),
                           ppidUtama: utama, lapor: lapor, fields: FieldLocations(root),
                           laporFields: root["lapor"].map(FieldLocations.init))
    }

    static func opd(_ files: LoadedContent.OPDFiles, drafts: DraftPolicy) -> OPD? {
        guard let profile = files.profile else { return nil }
        let root = profile.root ?? YAMLNode(.mapping([]), at: profile.source.location())
        let pelaksanaNode = root["ppid_pelaksana"] ?? YAMLNode(.null, at: root.location)
        let dipRoot = files.dip?.root
        let dikRoot = files.dik?.root
        let slug = files.slug
        func visible(_ node: YAMLNode) -> Bool { node.entries != nil && (drafts == .shown || !node.isDraft) }
        let draftSOPs = files.sops.filter { $0.frontMatter?.isDraft == true }
        let sops = drafts == .shown ? files.sops : files.sops.filter { $0.frontMatter?.isDraft != true }
        var opd = OPD(
            slug: slug, nama: root.string("nama") ?? slug, singkatan: root.string("singkatan"),
            jenis: root.string("jenis") ?? "lainnya", urutan: root.integer("urutan"),
            alamat: root.string("alamat"), situs: root.string("situs"),
            pelaksana: PPIDPelaksana(jabatan: pelaksanaNode.string("jabatan"), contact: pelaksanaNode.contact,
                                     fields: FieldLocations(pelaksanaNode), sk: published(pelaksanaNode, "sk", drafts: drafts)),
            hasDIP: files.dip != nil,
            dipDecision: dipRoot.flatMap { published($0, "penetapan", drafts: drafts) },
            informasi: (dipRoot?["informasi"]?.items ?? []).filter(visible).map { informationItem($0, opd: slug) },
            dikDecision: dikRoot.flatMap { published($0, "penetapan", drafts: drafts) },
            exemptions: (dikRoot?["dikecualikan"]?.items ?? []).filter(visible).map { exemption($0, opd: slug) },
            sops: sops.map { sop($0, opd: slug) }.sorted {
                ($0.jenis, $0.judul) < ($1.jenis, $1.judul)
            },
            documents: files.documents,
            profilePath: profile.source.displayPath,
            fields: FieldLocations(root),
            informasiKey: dipRoot?.entry("informasi")?.keyLocation
        )
        opd.draftSOPKinds = Set(draftSOPs.compactMap { $0.frontMatter?.string("jenis") })
        return opd
    }

    static func informationItem(_ node: YAMLNode, opd: String) -> InformationItem {
        let judul = node.string("judul") ?? ""
        let givenID = node.string("id")
        return InformationItem(
            opdSlug: opd, id: givenID ?? judul.slugified, idWasDerived: givenID == nil, judul: judul,
            ringkasan: node.string("ringkasan") ?? "",
            kategori: node.string("kategori").flatMap(InformationCategory.init(rawValue:)),
            dasar: node.string("dasar"), penguasa: node.string("penguasa") ?? "",
            penanggungJawab: node.string("penanggung_jawab") ?? "",
            waktuPembuatan: node.string("waktu_pembuatan").flatMap(PartialDate.init),
            tempatPembuatan: node.string("tempat_pembuatan"),
            bentuk: node.strings("bentuk"), retensi: node.string("retensi") ?? "",
            diperbarui: node.date("diperbarui"), berkas: node.string("berkas"), tautan: node.string("tautan"),
            tag: node.strings("tag"), fields: FieldLocations(node), isDraft: node.isDraft, dariDIK: node.string("dari_dik"))
    }

    static func exemption(_ node: YAMLNode, opd: String) -> ExemptionClaim {
        let judul = node.string("judul") ?? ""
        let period = node.string("jangka_waktu") ?? ""
        return ExemptionClaim(
            opdSlug: opd, id: node.string("id") ?? judul.slugified, judul: judul,
            dasarHukum: node.strings("dasar_hukum"), peraturanLain: node.strings("peraturan_lain"),
            konsekuensi: node.string("konsekuensi") ?? "", kepentinganPublik: node.string("kepentingan_publik") ?? "",
            jangkaWaktu: ExemptionPeriod(period), jangkaWaktuText: period,
            penetapan: node.decision("penetapan"), fields: FieldLocations(node),
            dasarHukumLocations: textLocations(node["dasar_hukum"]),
            penetapanFields: node["penetapan"].map(FieldLocations.init), isDraft: node.isDraft,
            dibuka: node["dibuka"].flatMap(opening))
    }

    static func opening(_ node: YAMLNode) -> ExemptionOpening? {
        guard node.entries != nil else { return nil }
        return ExemptionOpening(tanggal: node.date("tanggal"), nomor: node.string("nomor"),
                                alasan: node.string("alasan").flatMap(OpeningReason.init(rawValue:)),
                                catatan: node.string("catatan"), berkas: node.string("berkas"), fields: FieldLocations(node))
    }

    /// The locations of the texts `YAMLNode.textList` returns, in the same order.
    static func textLocations(_ node: YAMLNode?) -> [SourceLocation] {
        guard let node else { return [] }
        let nodes = node.items ?? [node]
        return nodes.filter { !($0.text ?? "").isEmpty }.map(\.location)
    }

    static func sop(_ document: MarkdownDocument, opd: String) -> SOP {
        let front = document.frontMatter ?? YAMLNode(.mapping([]), at: document.source.location())
        let fileName = document.source.relativePath.split(separator: "/").last.map(String.init) ?? ""
        return SOP(opdSlug: opd, name: String(fileName.dropLast(3)), judul: front.string("judul") ?? String(fileName.dropLast(3)),
                   jenis: front.string("jenis") ?? "lainnya", nomor: front.string("nomor"),
                   ditetapkan: front.date("ditetapkan"), disahkanOleh: front.string("disahkan_oleh"),
                   body: document.body, bodyLine: document.bodyLine, sourcePath: document.source.displayPath,
                   fields: FieldLocations(front), isDraft: front.isDraft)
    }

    static func page(_ document: MarkdownDocument) -> FreePage {
        let front = document.frontMatter ?? YAMLNode(.mapping([]), at: document.source.location())
        let fileName = document.source.relativePath.split(separator: "/").last.map(String.init) ?? ""
        let slug = String(fileName.dropLast(3))
        return FreePage(slug: slug, judul: front.string("judul") ?? slug, urutan: front.integer("urutan"),
                        menu: front.string("menu")?.lowercased() != "false", body: document.body,
                        bodyLine: document.bodyLine, sourcePath: document.source.displayPath, isDraft: front.isDraft)
    }
}
