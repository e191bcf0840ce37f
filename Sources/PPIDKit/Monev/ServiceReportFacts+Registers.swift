extension ServiceReportFacts {
    /// The facts of a validated content folder: its registers' figures (REQUESTS.md) and its
    /// annual reports' narratives, as computed for the site.
    public init(_ validation: Validation) {
        let statistics = validation.model.serviceStatistics
        var years: Set<Int> = []
        var semesters: [SemesterKey: Int] = [:]
        var onTime: [Int: Score?] = [:]
        for figures in statistics.periods {
            let period = figures.period
            if let semester = period.semester {
                semesters[SemesterKey(year: period.year, semester: semester)] = figures.diterima
            } else {
                if figures.diterima > 0 { years.insert(period.year) }
                let timed = figures.hariKerja.buckets.reduce(0, +)
                onTime[period.year] = .some(Score(figures.tepatWaktu * 100, over: timed))
            }
        }
        self.init(hasRegisters: !validation.loaded.inventory.requestTables.isEmpty, yearsWithRequests: years,
                  requestsBySemester: semesters, onTimePercent: onTime,
                  reports: validation.model.serviceNarratives.mapValues { AnnualReport(ditetapkan: $0.ditetapkan, isDraft: $0.isDraft) })
    }
}
