/// PPID006: ids unique within an OPD's DIP and within its DIK.
struct DuplicateIDRule: ContentRule {
    let ids: [RuleID] = [.ppid006]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for opd in context.model.opds {
            report(opd.informasi.map { ($0.id, $0.idWasDerived, $0.fields) }, list: "DIP", into: &diagnostics)
            report(opd.exemptions.map { ($0.id, !$0.fields.has("id"), $0.fields) }, list: "DIK", into: &diagnostics)
        }
    }

    private func report(_ entries: [(id: String, derived: Bool, fields: FieldLocations)], list: String,
                        into diagnostics: inout DiagnosticBag) {
        var first: [String: SourceLocation] = [:]
        for entry in entries where !entry.id.isEmpty {
            let here = entry.derived ? entry.fields.value("judul") : entry.fields.value("id")
            if let earlier = first[entry.id] {
                let how = entry.derived ? " (diturunkan dari judul)" : ""
                diagnostics.add(.ppid006, at: here,
                    "id \"\(entry.id)\"\(how) sudah dipakai item \(list) lain di \(earlier.file):\(earlier.line); setiap item dalam satu OPD harus memiliki id berbeda. Tulis id lain.")
            } else {
                first[entry.id] = here
            }
        }
    }
}

/// PPID007: `ppid_utama.opd` names an OPD that has a folder.
struct OPDReferenceRule: ContentRule {
    let ids: [RuleID] = [.ppid007]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        guard let utama = context.model.badanPublik?.ppidUtama, !utama.opdSlug.isEmpty else { return }
        guard context.model.opd(utama.opdSlug) == nil,
              !context.model.inventory.isUnusable("opd/\(utama.opdSlug)/opd.yml") else { return }
        var message = "ppid_utama.opd \"\(utama.opdSlug)\" tidak punya folder opd/\(utama.opdSlug)/"
        let slugs = context.model.opds.map(\.slug)
        if let suggestion = utama.opdSlug.closest(in: slugs) {
            message += "; maksud Anda \"\(suggestion)\"?"
        } else {
            message += ". Gunakan slug salah satu folder di opd/."
        }
        diagnostics.add(.ppid007, at: utama.fields.value("opd"), message)
    }
}

/// PPID008: slugs and ids match `^[a-z0-9]+(-[a-z0-9]+)*$`; free pages do not take reserved URLs.
struct SlugRule: ContentRule {
    let ids: [RuleID] = [.ppid008]

    /// An id is a folder name of the site; file systems allow 255 bytes, so ids stay well below.
    static let maxIDLength = 200

    /// An id (also one derived from a long `judul`) too long to be a folder of the site.
    private func reportLength(_ id: String, derived: Bool, fields: FieldLocations, into diagnostics: inout DiagnosticBag) {
        guard id.utf8.count > Self.maxIDLength else { return }
        var shorter = ""
        for word in id.split(separator: "-") where shorter.count + word.count < 60 {
            shorter += shorter.isEmpty ? String(word) : "-\(word)"
        }
        let what = derived ? "id yang diturunkan dari judul" : "id \(id.quotedPrefix)"
        let fix = derived ? "tambahkan kunci id yang pendek" : "tulis id yang lebih pendek"
        diagnostics.add(.ppid008, at: derived ? fields.value("judul") : fields.value("id"),
            "\(what) terlalu panjang untuk alamat halaman (\(id.utf8.count) karakter, batasnya \(Self.maxIDLength)); \(fix), misalnya \"\(shorter)\".")
    }

    static let reservedSegments = ["informasi-publik", "informasi-dikecualikan", "opd", "sop", "layanan", "statistik",
                                   "cari", "data", "berkas", "aset", "aksesibilitas", "404"]
    static let pattern = "huruf kecil a–z, angka dan tanda \"-\" di antaranya (misalnya \"dinas-perhubungan\")"

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for opd in context.model.opds {
            if !opd.slug.isValidSlug {
                diagnostics.add(.ppid008, at: SourceLocation(file: opd.profilePath),
                    "Nama folder OPD \"\(opd.slug)\" bukan slug yang sah; ganti nama foldernya dengan \(Self.pattern): \"\(opd.slug.slugified)\".")
            }
            // By index: the fields read in place, no copy of each item.
            for index in opd.informasi.indices where !opd.informasi[index].idWasDerived && !opd.informasi[index].id.isValidSlug {
                let item = opd.informasi[index]
                diagnostics.add(.ppid008, at: item.fields.value("id"),
                    "id \"\(item.id)\" tidak sah; gunakan \(Self.pattern), misalnya \"\(item.id.slugified)\".")
            }
            for item in opd.exemptions where item.fields.has("id") && !item.id.isValidSlug {
                diagnostics.add(.ppid008, at: item.fields.value("id"),
                    "id \"\(item.id)\" tidak sah; gunakan \(Self.pattern), misalnya \"\(item.id.slugified)\".")
            }
            for index in opd.informasi.indices where opd.informasi[index].id.utf8.count > Self.maxIDLength {
                reportLength(opd.informasi[index].id, derived: opd.informasi[index].idWasDerived, fields: opd.informasi[index].fields,
                             into: &diagnostics)
            }
            for claim in opd.exemptions {
                reportLength(claim.id, derived: !claim.fields.has("id"), fields: claim.fields, into: &diagnostics)
            }
            for sop in opd.sops where !sop.name.isValidSlug {
                diagnostics.add(.ppid008, at: SourceLocation(file: sop.sourcePath),
                    "Nama berkas SOP \"\(sop.name).md\" tidak sah untuk alamat halaman; ganti namanya dengan \(Self.pattern), misalnya \"\(sop.name.slugified).md\".")
            }
        }
        for page in context.model.pages {
            if Self.reservedSegments.contains(page.slug) {
                diagnostics.add(.ppid008, at: SourceLocation(file: page.sourcePath),
                    "Nama halaman \"\(page.slug)\" bertabrakan dengan alamat /\(page.slug)/ yang dipakai situs; ganti nama berkasnya, misalnya \"\(page.slug)-ppid.md\".")
            } else if !page.slug.isValidSlug {
                diagnostics.add(.ppid008, at: SourceLocation(file: page.sourcePath),
                    "Nama berkas halaman \"\(page.slug).md\" tidak sah untuk alamat halaman; gunakan \(Self.pattern), misalnya \"\(page.slug.slugified).md\".")
            }
        }
    }
}

/// PPID010 and PPID011: every `berkas` names an existing file inside its allowed folder.
struct DocumentRule: ContentRule {
    let ids: [RuleID] = [.ppid010, .ppid011]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        let model = context.model
        if let badan = model.badanPublik {
            if let logo = badan.logo {
                check(logo, base: "", allowed: "berkas", existing: model.documents, at: badan.fields.value("logo"), into: &diagnostics)
            }
            if let sk = badan.ppidUtama.sk?.berkas {
                check(sk, base: "", allowed: "berkas", existing: model.documents,
                      at: badan.ppidUtama.skFields?.value("berkas") ?? badan.ppidUtama.fields.value("sk"), into: &diagnostics)
            }
        }
        for opd in model.opds {
            for item in opd.informasi {
                guard let berkas = item.berkas else { continue }
                check(berkas, base: "opd/\(opd.slug)", allowed: "opd/\(opd.slug)/berkas", existing: opd.documents,
                      at: item.fields.value("berkas"), into: &diagnostics)
            }
            // The document an opened exemption publishes (it joins the DIP).
            for claim in opd.exemptions {
                guard let opening = claim.dibuka, let berkas = opening.berkas else { continue }
                check(berkas, base: "opd/\(opd.slug)", allowed: "opd/\(opd.slug)/berkas", existing: opd.documents,
                      at: opening.fields.value("berkas"), into: &diagnostics)
            }
        }
    }

    private func check(_ value: String, base: String, allowed: String, existing: Set<String>, at location: SourceLocation,
                       into diagnostics: inout DiagnosticBag) {
        switch DocumentPath.resolve(value, base: base, allowed: allowed) {
        case .failure(let problem):
            let folder = base.isEmpty ? "berkas/" : "folder berkas/ OPD ini (\(allowed)/)"
            let why: String
            switch problem {
            case .absolute: why = "jalur absolut atau alamat tidak diizinkan"
            case .parentSegment: why = "\"..\" tidak diizinkan"
            case .outsideFolder: why = "dokumen harus berada di \(folder)"
            }
            diagnostics.add(.ppid011, at: location,
                "berkas \"\(value)\" keluar dari folder yang diizinkan (\(why)); simpan dokumen di \(folder) dan tulis misalnya \"berkas/nama-dokumen.pdf\".")
        case .success(let path):
            if !existing.contains(path) {
                let known = existing.map { String($0.dropFirst(base.isEmpty ? 0 : base.count + 1)) }.sorted()
                var message = "berkas \"\(value)\" tidak ditemukan (dicari di \(path))"
                if let suggestion = value.closest(in: known) {
                    message += "; maksud Anda \"\(suggestion)\"?"
                } else {
                    message += "; salin dokumennya ke folder itu atau perbaiki namanya."
                }
                diagnostics.add(.ppid010, at: location, message)
            }
        }
    }
}

/// PPID012: links are http or https URLs.
struct ExternalLinkRule: ContentRule {
    let ids: [RuleID] = [.ppid012]

    static func isWebURL(_ value: String) -> Bool {
        let lower = value.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        let rest = lower.drop(while: { $0 != "/" }).dropFirst(2)
        return !rest.isEmpty && !rest.hasPrefix("/") && !value.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        func check(_ value: String?, key: String, at location: SourceLocation) {
            guard let value, !Self.isWebURL(value) else { return }
            diagnostics.add(.ppid012, at: location,
                "\(key) \"\(value)\" bukan alamat web http/https yang sah; tulis alamat lengkap, misalnya \"https://namadaerah.go.id/…\".")
        }
        if let badan = context.model.badanPublik {
            check(badan.alamatSitus.isEmpty ? nil : badan.alamatSitus, key: "alamat_situs", at: badan.fields.value("alamat_situs"))
            check(badan.lapor?.tautan, key: "lapor.tautan", at: badan.laporFields?.value("tautan") ?? badan.fields.value("lapor"))
        }
        for opd in context.model.opds {
            check(opd.situs, key: "situs", at: opd.fields.value("situs"))
            for item in opd.informasi {
                check(item.tautan, key: "tautan", at: item.fields.value("tautan"))
            }
        }
    }
}

/// PPID013: an OPD without a DIP.
struct MissingDIPRule: ContentRule {
    let ids: [RuleID] = [.ppid013]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for opd in context.model.opds where !opd.hasDIP && !context.model.inventory.isUnusable("opd/\(opd.slug)/dip.yml") {
            diagnostics.add(.ppid013, at: SourceLocation(file: opd.profilePath),
                "OPD \"\(opd.nama)\" belum memiliki dip.yml (Daftar Informasi Publik); buat opd/\(opd.slug)/dip.yml berisi daftar \"informasi:\".")
        }
    }
}

/// PPID014: raw HTML in Markdown is dropped, never published.
struct RawHTMLRule: ContentRule {
    let ids: [RuleID] = [.ppid014]
    let readsMarkdown = true
    static let message = "HTML mentah di Markdown dibuang dan tidak diterbitkan; tulis dengan Markdown biasa (misalnya **tebal**, [tautan](https://…), tabel |…|)."

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        let store = context.markdown
        for page in context.model.pages {
            reportBody(store.body(page), file: page.sourcePath, bodyLine: page.bodyLine, into: &diagnostics)
        }
        for opd in context.model.opds {
            for index in opd.informasi.indices where !(store.ringkasan(opd.informasi[index])?.droppedHTML.isEmpty ?? true) {
                diagnostics.add(.ppid014, at: opd.informasi[index].fields.value("ringkasan"), Self.message)
            }
            for claim in opd.exemptions {
                guard let opening = claim.dibuka, opening.catatan != nil,
                      !(store.summary(opening, of: claim)?.droppedHTML.isEmpty ?? true) else { continue }
                diagnostics.add(.ppid014, at: opening.fields.value("catatan"), Self.message)
            }
            for sop in opd.sops {
                reportBody(store.body(sop), file: sop.sourcePath, bodyLine: sop.bodyLine, into: &diagnostics)
            }
        }
    }

    private func reportBody(_ rendered: RenderedMarkdown?, file: String, bodyLine: Int, into diagnostics: inout DiagnosticBag) {
        for place in rendered?.droppedHTML ?? [] {
            diagnostics.add(.ppid014, at: SourceLocation(file: file, line: bodyLine + place.line - 1, column: place.column), Self.message)
        }
    }
}
