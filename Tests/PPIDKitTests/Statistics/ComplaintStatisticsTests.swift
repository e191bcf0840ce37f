import Foundation
@testable import PPIDKit
import Testing

/// Every figure of STATISTICS.md on small data sets checked by hand, and the same figures in the
/// emitted JSON and CSV.
@Suite struct ComplaintStatisticsTests {
    static func csv(_ rows: [String]) -> String {
        ([ComplaintFixture.header] + rows).joined(separator: "\n") + "\n"
    }

    /// 2025, checked by hand (reference date 2026-11-25, so overdue ages are taken on 2025-12-31):
    /// durations to follow-up 1, 3, 3 (A7's follow-up is before receipt: PPID402, no durations),
    /// to closing 10 and 13; A3 (305 days) and A5 (91 days) are overdue, A4 (46 days) is not.
    static let year2025 = csv([
        "A1,2025-01-10,whatsapp,Infrastruktur,dinas-pupr,selesai,2025-01-11,2025-01-20",
        "A2,2025-01-15,whatsapp, infrastruktur   jalan ,dinas-pupr,selesai,2025-01-18,2025-01-28",
        "A3,2025-03-01,situs,,dinas-sosial,proses,2025-03-04,",
        "A4,2025-11-15,sms,Kesehatan,,belum-terverifikasi,,",
        "A5,2025-10-01,situs,Kesehatan,dinas-sosial,tertunda,,",
        "A6,2025-06-01,situs,Kesehatan,dinas-sosial,dihapus,,",
        "A7,2025-06-02,surat,Kesehatan,dinas-pupr,bukan-wewenang,2025-06-01,",
    ])

    /// 2026 up to the reference date: ages on 2026-11-25 are 85, 60 and 61 days; B4 is after it.
    static let year2026 = csv([
        "B1,2026-09-01,situs,,dinas-pupr,proses,,",
        "B2,2026-09-26,situs,,dinas-pupr,proses,,",
        "B3,2026-09-25,situs,,dinas-pupr,proses,,",
        "B4,2026-12-01,situs,,dinas-pupr,proses,,",
    ])

    static let summary = """
        ringkasan:
        \(ComplaintFixture.kemenpanPeriod)
          - periode: { dari: 2023-07-01, sampai: 2023-12-31 }
            total: 80
            selesai: 23
            sumber: Rekap semester II 2023
          - periode: { dari: 2023-01-01, sampai: 2023-06-30 }
            total: 12
            sumber: Rekap semester I 2023
        """

    static func all() async throws -> ComplaintStatistics {
        try await ComplaintFixture.statistics(["laporan-2025.csv": year2025, "laporan-2026.csv": year2026, "ringkasan.yml": summary])
    }

    @Test func periodsOldestFirst() async throws {
        let statistics = try await Self.all()
        #expect(statistics.periods.map(\.label) == ["2023-01-01_2023-06-30", "2023-07-01_2023-12-31", "2024-01-01_2024-05-25", "2025", "2026"])
        #expect(statistics.referenceDate.iso == "2026-11-25")
        #expect(statistics.latest?.label == "2026")
    }

    @Test func rowPeriodFigures() async throws {
        let period = try #require(try await Self.all().periods.first { $0.label == "2025" })
        #expect(period.dari.iso == "2025-01-01" && period.sampai.iso == "2025-12-31")
        #expect(period.source == .rincian && period.sumberKeterangan == nil)
        #expect(period.total == 7)
        #expect(period.status == [1, 0, 1, 2, 1, 0, 1, 1])
        #expect(period.tidakTerklasifikasi == 0)
        #expect(period.tingkatPenyelesaian == Tenths(tenths: 286))   // 2/7 = 28.57…
        #expect(period.persenTindakLanjut == Tenths(tenths: 600))    // (2+1)/(7−1−1)
        #expect(period.rtlHari == Tenths(tenths: 23))                // 7/3
        #expect(period.medianTindakLanjutHari == Tenths(tenths: 30)) // 1, 3, 3
        #expect(period.medianSelesaiHari == Tenths(tenths: 115))     // 10, 13
        #expect(period.melewatiBatas == 2)
        #expect(period.overdueAsOf?.iso == "2025-12-31")
        #expect(period.rowsWithoutDurations == 1)
    }

    @Test func perOPDChannelTopicAndMonth() async throws {
        let period = try #require(try await Self.all().periods.first { $0.label == "2025" })
        #expect(period.perOPD.map(\.opd) == ["dinas-pupr", "dinas-sosial", nil])
        #expect(period.perOPD.map(\.nama) == ["Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Sosial", nil])
        #expect(period.perOPD.map(\.total) == [3, 3, 1])
        #expect(period.perOPD.map(\.rtlHari) == [Tenths(tenths: 20), Tenths(tenths: 30), nil])
        #expect(period.perOPD.map(\.medianSelesaiHari) == [Tenths(tenths: 115), nil, nil])
        #expect(period.perOPD.map(\.melewatiBatas) == [0, 2, 0])
        #expect(period.perOPD[0].status == [0, 0, 0, 2, 0, 0, 1, 0])
        #expect(period.perKanal.map { "\($0.name) \($0.total)" } == ["situs 3", "whatsapp 2", "sms 1", "surat 1"])
        #expect(period.perKategori.map { "\($0.name) \($0.total)" } == ["Kesehatan 4", "Infrastruktur 1", "Lainnya 1", "infrastruktur jalan 1"])
        #expect(period.perBulan.count == 12)
        #expect(period.perBulan.map(\.key).first == "2025-01" && period.perBulan.map(\.key).last == "2025-12")
        #expect(period.perBulan.map(\.total) == [2, 0, 1, 0, 0, 2, 0, 0, 0, 1, 1, 0])
        #expect(period.perBulan[5].status == [0, 0, 0, 0, 0, 0, 1, 1])
    }

    @Test func overdueOnTheReferenceDateAndFutureRowsLeftOut() async throws {
        let period = try #require(try await Self.all().periods.first { $0.label == "2026" })
        #expect(period.total == 3)                       // B4 is after the reference date
        #expect(period.overdueAsOf?.iso == "2026-11-25")
        #expect(period.melewatiBatas == 2)               // 85 and 61 days; 60 is not over 60
        #expect(period.rtlHari == nil)                   // no row has a follow-up
        #expect(period.medianTindakLanjutHari == nil)
        #expect(period.medianSelesaiHari == nil)
        #expect(period.tingkatPenyelesaian == Tenths(tenths: 0))
        #expect(period.persenTindakLanjut == Tenths(tenths: 1000))
        #expect(period.perBulan[11].total == 0)
        #expect(period.perKategori.map(\.name) == ["Lainnya"])
    }

    @Test func aFutureYearIsNoPeriod() async throws {
        let statistics = try await ComplaintFixture.statistics(["laporan.csv": Self.csv(["C1,2027-01-05,situs,,dinas-pupr,proses,,"])])
        #expect(statistics.periods.isEmpty)
    }

    @Test func summaryPeriods() async throws {
        let periods = try await Self.all().periods
        let declared = try #require(periods.first { $0.label == "2024-01-01_2024-05-25" })
        #expect(declared.source == .ringkasan)
        #expect(declared.sumberKeterangan == "Paparan KemenPAN-RB, 29 Mei 2024")
        #expect(declared.status == [nil, nil, 55, 424, 3, nil, nil, nil])
        #expect(declared.tidakTerklasifikasi == 2)
        #expect(declared.tingkatPenyelesaian == Tenths(tenths: 876))
        #expect(declared.persenTindakLanjut == Tenths(tenths: 990))
        #expect(declared.rtlHari == nil && declared.medianSelesaiHari == nil && declared.melewatiBatas == nil)
        #expect(declared.perOPD.isEmpty && declared.perBulan.isEmpty && declared.perKanal.isEmpty)
        let secondHalf = try #require(periods.first { $0.label == "2023-07-01_2023-12-31" })
        #expect(secondHalf.tingkatPenyelesaian == Tenths(tenths: 288))   // 23 of 80
        #expect(secondHalf.persenTindakLanjut == Tenths(tenths: 288))    // proses unknown, selesai given
        let onlyTotal = try #require(periods.first { $0.label == "2023-01-01_2023-06-30" })
        #expect(onlyTotal.tingkatPenyelesaian == nil && onlyTotal.persenTindakLanjut == nil)
        #expect(onlyTotal.tidakTerklasifikasi == 12)
        #expect(onlyTotal.status.allSatisfy { $0 == nil })
    }

    @Test func roundingHalfAwayFromZeroFromIntegers() {
        #expect(Tenths.percent(23, of: 80)?.description == "28.8")
        #expect(Tenths.ratio(25, 4)?.description == "6.3")      // 6.25
        #expect(Tenths.ratio(-25, 4)?.description == "-6.3")
        #expect(Tenths.ratio(5, 4)?.description == "1.3")        // 1.25
        #expect(Tenths.ratio(1, 3)?.description == "0.3")
        #expect(Tenths.ratio(2, 3)?.description == "0.7")
        #expect(Tenths.percent(1, of: 0) == nil)
        #expect(Tenths(tenths: 990).json.serialized() == "99.0")
        #expect(Tenths(tenths: 288).indonesian == "28,8")
        #expect(Tenths(tenths: 12_345_6).indonesian == "12.345,6")
    }

    @Test func meanOfSixPointTwoFiveRoundsUp() async throws {
        let rows = Self.csv(["D1,2025-01-01,situs,,dinas-pupr,proses,2025-01-06,",
                             "D2,2025-01-01,situs,,dinas-pupr,proses,2025-01-07,",
                             "D3,2025-01-01,situs,,dinas-pupr,proses,2025-01-08,",
                             "D4,2025-01-01,situs,,dinas-pupr,proses,2025-01-08,"])
        let period = try #require(try await ComplaintFixture.statistics(["laporan.csv": rows]).latest)
        #expect(period.rtlHari?.description == "6.3")                 // 25 / 4
        #expect(period.medianTindakLanjutHari?.description == "6.5")  // 6 and 7
    }

    @Test func mediansOddEvenAndTies() {
        func median(_ values: [Int]) -> String? {
            var sample = DurationSample()
            values.forEach { sample.add($0) }
            return sample.median?.description
        }
        #expect(median([]) == nil)
        #expect(median([7]) == "7.0")
        #expect(median([9, 1, 5]) == "5.0")
        #expect(median([4, 1, 3, 2]) == "2.5")
        #expect(median([4, 4, 1, 4]) == "4.0")
        #expect(median([2, 2, 2, 5, 5, 5]) == "3.5")
        #expect(median([0, 0, 1]) == "0.0")
    }

    @Test func noDataGivesNoPeriods() async throws {
        let statistics = try await ComplaintFixture.statistics([:])
        #expect(statistics.periods.isEmpty)
        let json = try ComplaintFixture.openDataJSON(statistics)
        #expect((json["periode"] as? [Any])?.isEmpty == true)
        #expect(json["tanggal_acuan"] as? String == "2026-11-25")
    }

    @Test func emittedJSONCarriesTheSameFigures() async throws {
        let statistics = try await Self.all()
        let json = try ComplaintFixture.openDataJSON(statistics)
        #expect(json["badan_publik"] as? String == "Pemerintah Kabupaten Contoh")
        #expect(json["tanggal_acuan"] as? String == "2026-11-25")
        #expect((json["periode"] as? [[String: Any]])?.compactMap { $0["label"] as? String } == statistics.periods.map(\.label))
        for period in statistics.periods {
            let object = try #require(ComplaintFixture.period(period.label, in: json))
            #expect(object["total"] as? Int == period.total)
            #expect(object["dari"] as? String == period.dari.iso)
            #expect(object["sumber"] as? String == period.source.rawValue)
            #expect(object["tidak_terklasifikasi"] as? Int == period.tidakTerklasifikasi)
            let status = try #require(object["status"] as? [String: Any])
            #expect(status.keys.sorted() == ComplaintStatus.words.sorted())
            for word in ComplaintStatus.allCases {
                #expect((status[word.rawValue] as? Int) == period.count(word))
            }
            func decimal(_ key: String) -> Double? { (object[key] as? NSNumber)?.doubleValue }
            #expect(decimal("tingkat_penyelesaian") == period.tingkatPenyelesaian.map { Double($0.value) / 10 })
            #expect(decimal("persen_tindak_lanjut") == period.persenTindakLanjut.map { Double($0.value) / 10 })
            #expect(decimal("rtl_hari") == period.rtlHari.map { Double($0.value) / 10 })
            #expect(decimal("median_selesai_hari") == period.medianSelesaiHari.map { Double($0.value) / 10 })
            #expect((object["melewati_batas"] as? Int) == period.melewatiBatas)
            #expect((object["per_opd"] as? [Any])?.count == period.perOPD.count)
            #expect((object["per_bulan"] as? [Any])?.count == period.perBulan.count)
        }
        let year = try #require(ComplaintFixture.period("2025", in: json))
        #expect(year["tingkat_penyelesaian"] as? Double == 28.6)
        #expect(year["median_selesai_hari"] as? Double == 11.5)
        #expect(year["sumber_keterangan"] is NSNull)
        let opds = try #require(year["per_opd"] as? [[String: Any]])
        #expect(opds.last?["opd"] is NSNull && opds.last?["nama"] is NSNull)
        #expect((year["per_kanal"] as? [[String: Any]])?.first?["kanal"] as? String == "situs")
        #expect((year["per_bulan"] as? [[String: Any]])?.first?["bulan"] as? String == "2025-01")
        let declared = try #require(ComplaintFixture.period("2024-01-01_2024-05-25", in: json))
        #expect((declared["status"] as? [String: Any])?["arsip"] is NSNull)
        #expect(declared["persen_tindak_lanjut"] as? Double == 99.0)
        #expect(declared["rtl_hari"] is NSNull)
    }

    @Test func emittedCSV() async throws {
        let statistics = try await Self.all()
        let text = ComplaintOpenData(statistics: statistics, badanPublik: "Pemerintah Kabupaten Contoh").csv()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "label,dari,sampai,sumber,opd,nama,total,belum-terverifikasi,belum-ditindaklanjuti,proses,selesai,tertunda,arsip,bukan-wewenang,dihapus,tidak_terklasifikasi,tingkat_penyelesaian,persen_tindak_lanjut,rtl_hari,median_selesai_hari,melewati_batas")
        #expect(text.hasSuffix("\n") && !text.contains("\r"))
        #expect(lines.contains("2024-01-01_2024-05-25,2024-01-01,2024-05-25,ringkasan,,,484,,,55,424,3,,,,2,87.6,99.0,,,"))
        #expect(lines.contains("2025,2025-01-01,2025-12-31,rincian,,,7,1,0,1,2,1,0,1,1,0,28.6,60.0,2.3,11.5,2"))
        #expect(lines.contains("2025,2025-01-01,2025-12-31,rincian,dinas-pupr,Dinas Pekerjaan Umum dan Penataan Ruang,3,0,0,0,2,0,0,1,0,,,,2.0,11.5,0"))
        #expect(lines.contains("2025,2025-01-01,2025-12-31,rincian,,,1,1,0,0,0,0,0,0,0,,,,,,0"))
        // header + 3 ringkasan + (1 + 3 OPD rows) for 2025 + (1 + 1) for 2026 + the final empty string
        let expectedCount = 11
        #expect(lines.count == expectedCount)
        let periodRow = try #require(lines.firstIndex { $0.hasPrefix("2025,") })
        let cells = lines[periodRow].split(separator: ",", omittingEmptySubsequences: false)
        #expect(cells[4].isEmpty)
    }

    @Test func sameContentSameBytes() async throws {
        let first = try await Self.all()
        let second = try await Self.all()
        let a = ComplaintOpenData(statistics: first, badanPublik: "X"), b = ComplaintOpenData(statistics: second, badanPublik: "X")
        #expect(a.json() == b.json())
        #expect(a.csv() == b.csv())
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        #expect(ComplaintOpenData.encode([["a", "b,c", "d\"e", "f\ng"]]) == "a,\"b,c\",\"d\"\"e\",\"f\ng\"\n")
        #expect(ComplaintOpenData.fallbackEncode([["a", "b,c", "d\"e", "f\ng"]]) == "a,\"b,c\",\"d\"\"e\",\"f\ng\"\n")
    }
}
