@testable import PPIDKit
import Testing

/// PPID301–PPID305: one broken fixture that makes each rule fire, one good one that keeps it quiet.
@Suite struct OrganisationRuleTests {
    private func ppid(_ replacing: String, with replacement: String) -> String {
        Samples.ppid.replacingOccurrences(of: replacing, with: replacement)
    }

    private func opd(_ replacing: String, with replacement: String) -> String {
        Samples.opd.replacingOccurrences(of: replacing, with: replacement)
    }

    // MARK: PPID301

    @Test func ppid301NoContact() async throws {
        let text = ppid("  alamat: Jl. Merdeka 1\n  telepon: \"(021) 1234567\"\n  email: ppid@contoh.go.id\n", with: "  alamat: Jl. Merdeka 1\n  telepon: \"\"\n")
        let found = try await RuleFixture.findings(of: .ppid301, ["ppid.yml": text])
        #expect(found.map(\.place) == ["\(RuleFixture.ppid):5:3"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("\"telepon\" atau \"email\"") == true)
    }

    @Test func ppid301MissingDecreeNumberIsReportedOnce() async throws {
        let found = try await RuleFixture.findings(of: .ppid301, ["ppid.yml": ppid("    nomor: 100/1/2025\n", with: "")])
        #expect(found.map(\.place) == ["\(RuleFixture.ppid):10:5"], "\(RuleFixture.describe(found))")
        #expect(found.first?.message.contains("\"nomor\"") == true)
    }

    @Test func ppid301QuietWithOneContact() async throws {
        let found = try await RuleFixture.findings(of: .ppid301, ["ppid.yml": ppid("  email: ppid@contoh.go.id\n", with: "")])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID302

    @Test func ppid302NoPelaksanaContact() async throws {
        let found = try await RuleFixture.findings(of: .ppid302, ["opd/diskominfo/opd.yml": opd("  email: ppid.diskominfo@contoh.go.id", with: "  email:")])
        #expect(found.map(\.place) == ["\(RuleFixture.opd):5:3"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("ppid_pelaksana Dinas Komunikasi dan Informatika tidak memuat kontak") == true)
    }

    @Test func ppid302MissingPelaksanaIsReportedOnce() async throws {
        let text = "nama: Dinas Komunikasi dan Informatika\njenis: dinas\n"
        let found = try await RuleFixture.findings(of: .ppid302, ["opd/diskominfo/opd.yml": text])
        #expect(found.map(\.place) == ["\(RuleFixture.opd):1:1"], "\(RuleFixture.describe(found))")
    }

    @Test func ppid302QuietWithATelephone() async throws {
        let found = try await RuleFixture.findings(of: .ppid302, [
            "opd/diskominfo/opd.yml": opd("  email: ppid.diskominfo@contoh.go.id", with: "  telepon: 021 555 1234"),
        ])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID303

    @Test func ppid303OneFindingPerMissingStandardSOP() async throws {
        let found = try await RuleFixture.findings(of: .ppid303, [
            "opd/diskominfo/sop/keberatan.md": nil, "opd/diskominfo/sop/sengketa.md": nil,
        ])
        #expect(found.map(\.place) == ["\(RuleFixture.ppid):5:8", "\(RuleFixture.ppid):5:8"], "\(RuleFixture.describe(found))")
        #expect(found.allSatisfy { $0.severity == .warning })
        let messages = found.map(\.message).joined(separator: "\n")
        #expect(messages.contains("SOP Pengajuan Keberatan (jenis \"keberatan\")"))
        #expect(messages.contains("jenis \"sengketa\""))
    }

    @Test func ppid303QuietWithAllSevenKinds() async throws {
        let found = try await RuleFixture.findings(of: .ppid303, [:])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID304

    @Test func ppid304SOPWithoutDateOrBody() async throws {
        let sop = "---\njudul: SOP Keberatan\njenis: keberatan\n---\n\n"
        let found = try await RuleFixture.findings(of: .ppid304, ["opd/diskominfo/sop/keberatan.md": sop])
        let place = "Content/opd/diskominfo/sop/keberatan.md"
        #expect(found.map(\.place) == ["\(place):2:1", "\(place):5:1"], "\(RuleFixture.describe(found))")
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(found.first?.message.contains("\"ditetapkan\"") == true)
    }

    @Test func ppid304QuietOnCompleteSOPs() async throws {
        let found = try await RuleFixture.findings(of: .ppid304, [:])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID305

    @Test func ppid305ImplausibleEmailAndTelephone() async throws {
        let text = ppid("  telepon: \"(021) 1234567\"\n  email: ppid@contoh.go.id\n", with: "  telepon: 021-1234567 ext. 5\n  email: ppid @contoh.go.id\n")
        let found = try await RuleFixture.findings(of: .ppid305, [
            "ppid.yml": text,
            "opd/diskominfo/opd.yml": opd("  email: ppid.diskominfo@contoh.go.id", with: "  email: ppid.diskominfo@contoh\n  telepon: \"112\""),
        ])
        #expect(found.map(\.place) == ["\(RuleFixture.opd):6:10", "\(RuleFixture.opd):7:12",
                                       "\(RuleFixture.ppid):7:12", "\(RuleFixture.ppid):8:10"], "\(RuleFixture.describe(found))")
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(found[0].message.contains("\"ppid.diskominfo@contoh\""))
        #expect(found[1].message.contains("hanya memuat 3 angka"))
        #expect(found[2].message.contains("karakter \"e\""))
        #expect(found[3].message.contains("\"ppid @contoh.go.id\""))
    }

    @Test(arguments: ["(021) 89970000", "+62 21 8997-0000", "0812.3456.7890", "12345", "123456789012345"])
    func ppid305QuietOnPlausibleNumbers(_ number: String) async throws {
        let found = try await RuleFixture.findings(of: .ppid305, [
            "opd/diskominfo/opd.yml": opd("  email: ppid.diskominfo@contoh.go.id", with: "  email: ppid.diskominfo@contoh.go.id\n  telepon: \"\(number)\""),
        ])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    @Test func ppid305Boundaries() {
        #expect(ContactFormatRule.telephoneProblem("1234") != nil)
        #expect(ContactFormatRule.telephoneProblem("1234567890123456") != nil)
        #expect(ContactFormatRule.isEmail("ppid@sukamakmurkab.go.id"))
        #expect(!ContactFormatRule.isEmail("ppid@@contoh.go.id"))
        #expect(!ContactFormatRule.isEmail("ppid@contoh..id"))
        #expect(!ContactFormatRule.isEmail("@contoh.go.id"))
        #expect(!ContactFormatRule.isEmail("a@b.go.id, c@d.go.id"))
    }
}
