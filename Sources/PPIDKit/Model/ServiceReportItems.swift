/// The DIP entries the annual report and the semester summary become on their own (REQUESTS.md,
/// "Pages and open data"): listed in the PPID Utama's OPD's DIP without anyone writing them in
/// `dip.yml`. Added after the rules (not subject to PPID103/105/106); an entry of `dip.yml` with
/// the same `id` replaces the generated one.
extension ContentModel {
    /// The entries for the current statistics and narratives.
    public func serviceReportItems() -> [InformationItem] {
        guard let badan = badanPublik, let utama = opd(badan.ppidUtama.opdSlug) else { return [] }
        let statistics = serviceStatistics
        var items: [InformationItem] = []
        func page(_ label: String) -> String {
            let base = badan.alamatSitus.hasSuffix("/") ? badan.alamatSitus : badan.alamatSitus + "/"
            return base + "layanan/laporan/\(label)/"
        }
        func item(id: String, judul: String, figures: ServicePeriodFigures, category: InformationCategory, dasar: String,
                  narrative: ServiceReportNarrative?, diperbarui: CalendarDate?) -> InformationItem {
            let who = narrative?.oleh ?? "PPID Utama"
            return InformationItem(
                opdSlug: utama.slug, id: id, idWasDerived: false, judul: judul, ringkasan: ServiceReportContext.sentence(figures),
                kategori: category, dasar: dasar, penguasa: who, penanggungJawab: who,
                waktuPembuatan: .date(narrative?.ditetapkan ?? figures.period.sampai), tempatPembuatan: nil, bentuk: ["softcopy"],
                retensi: "Permanen", diperbarui: diperbarui, berkas: nil, tautan: page(figures.period.label), tag: [],
                fields: FieldLocations(start: SourceLocation(file: narrative?.displayPath ?? "")))
        }
        for figures in statistics.periods where figures.period.kind == .tahun && figures.period.lengkap {
            guard let narrative = serviceNarratives[figures.period.year], !narrative.isDraft else { continue }
            items.append(item(id: "laporan-layanan-informasi-\(figures.period.year)", judul: ServiceReportContext.title(figures.period),
                              figures: figures, category: .setiapSaat, dasar: "Pasal 11 ayat (1) huruf h", narrative: narrative, diperbarui: nil))
        }
        if let semester = statistics.lastFullSemester, let number = semester.period.semester {
            let narrative = serviceNarratives[semester.period.year].flatMap { $0.isDraft ? nil : $0 }
            items.append(item(id: "ringkasan-akses-\(semester.period.year)-s\(number)", judul: ServiceReportContext.title(semester.period),
                              figures: semester, category: .berkala, dasar: "Pasal 9 ayat (2) huruf d",
                              narrative: nil, diperbarui: semester.period.sampai).withOwner(narrative?.oleh))
        }
        let written = Set(utama.informasi.map(\.id))
        return items.filter { !written.contains($0.id) }
    }

    /// Appends `serviceReportItems()` to the PPID Utama's OPD's DIP.
    public mutating func applyServiceReports() {
        let items = serviceReportItems()
        guard !items.isEmpty, let slug = badanPublik?.ppidUtama.opdSlug, let index = opds.firstIndex(where: { $0.slug == slug }) else { return }
        var updated = opds
        updated[index].informasi += items
        opds = updated
    }
}

extension InformationItem {
    /// The entry with `penguasa` and `penanggung_jawab` set to `owner` when there is one.
    func withOwner(_ owner: String?) -> InformationItem {
        guard let owner else { return self }
        var copy = self
        copy.penguasa = owner
        copy.penanggungJawab = owner
        return copy
    }
}
