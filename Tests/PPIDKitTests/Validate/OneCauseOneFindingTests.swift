import Foundation
@testable import PPIDKit
import Testing

/// One cause, one finding (ONBOARDING.md): a file that cannot be read or parsed is reported once,
/// and nothing that only follows from it; a misspelt key is one PPID002.
@Suite struct OneCauseOneFindingTests {
    /// `text` as Windows-1252 (é → 0xE9), which is not UTF-8.
    static func windows1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0.value < 0x100 ? UInt8($0.value) : UInt8(ascii: "?") }
    }

    static func findings(_ files: [String: String?] = [:], bytes: [String: [UInt8]]) async throws -> [Diagnostic] {
        let fixture = try ContentFixture.minimal(files)
        defer { fixture.remove() }
        for (path, data) in bytes { try fixture.writeBytes(data, to: path) }
        return await fixture.findings()
    }

    @Test func ppidYmlSavedAsWindows1252IsOneFinding() async throws {
        let findings = try await Self.findings(bytes: ["ppid.yml": Self.windows1252(Samples.ppid + "\n# Kabupaten Contoh — é\n")])
        let ppid = findings.filter { $0.location.file == "Content/ppid.yml" }
        #expect(ppid.map(\.rule) == [.ppid009], "\(findings.summary)")
        #expect(!findings.contains { $0.message.contains("tidak ada") && $0.location.file.hasSuffix("ppid.yml") })
    }

    @Test func unreadableOrUnparsableDIPIsNotAlsoMissing() async throws {
        let unreadable = try await Self.findings(bytes: ["opd/diskominfo/dip.yml": Self.windows1252("informasi:\n  - judul: Profil é\n")])
        #expect(unreadable.with(.ppid009).places == ["Content/opd/diskominfo/dip.yml:2:19"])
        #expect(unreadable.with(.ppid013).isEmpty, "\(unreadable.summary)")
        #expect(unreadable.with(.ppid107).isEmpty, "\(unreadable.summary)")

        let broken = try await Self.findings(["opd/diskominfo/dip.yml": "informasi:\n  - judul: \"Profil\n"], bytes: [:])
        #expect(broken.with(.ppid001).count == 1)
        #expect(broken.with(.ppid013).isEmpty, "\(broken.summary)")
    }

    @Test func unreadableSOPIsNotAlsoAMissingKind() async throws {
        let sop = "---\njudul: SOP Keberatan — é\njenis: keberatan\nditetapkan: 2025-01-10\n---\nIsi.\n"
        let findings = try await Self.findings(bytes: ["opd/diskominfo/sop/keberatan.md": Self.windows1252(sop)])
        #expect(findings.with(.ppid009).count == 1)
        #expect(findings.with(.ppid303).isEmpty, "\(findings.summary)")

        let unclosed = try await Self.findings(["opd/diskominfo/sop/sengketa.md": "---\njudul: \"SOP\njenis: sengketa\n---\nIsi\n"],
                                               bytes: [:])
        #expect(unclosed.with(.ppid001).count == 1)
        #expect(unclosed.with(.ppid303).isEmpty, "\(unclosed.summary)")
        #expect(unclosed.with(.ppid304).isEmpty, "\(unclosed.summary)")
    }

    @Test func unreadableOPDProfileIsNotAlsoMissing() async throws {
        let findings = try await Self.findings(bytes: ["opd/diskominfo/opd.yml": Self.windows1252(Samples.opd + "\nalamat: Jl. é\n")])
        #expect(findings.with(.ppid009).count == 1, "\(findings.summary)")
        #expect(findings.with(.ppid003).isEmpty, "\(findings.summary)")
        #expect(findings.with(.ppid007).isEmpty, "\(findings.summary)")
    }

    @Test func aMisspeltKeyIsOneFindingWithItsSuggestion() async throws {
        let ppid = Samples.ppid.replacingOccurrences(of: "jenis: kabupaten", with: "jenus: kabupaten")
            .replacingOccurrences(of: "    nomor: 100/1/2025", with: "    nomer: 100/1/2025")
        let findings = try await Self.findings(["ppid.yml": ppid], bytes: [:])
        #expect(findings.summary == [
            "Content/ppid.yml:2:1 PPID002 Kunci \"jenus\" tidak dikenal di ppid; maksud Anda \"jenis\"?",
            "Content/ppid.yml:10:5 PPID002 Kunci \"nomer\" tidak dikenal di sk; maksud Anda \"nomor\"?",
        ])
    }

    @Test func findingsAreSortedByFileAndLine() async throws {
        let dip = Samples.dip.replacingOccurrences(of: "judul:", with: "judull:")
        let findings = try await Self.findings(["opd/diskominfo/dip.yml": dip, "ppid.yml": Samples.ppid + "\nwarna: biru\n"], bytes: [:])
        let order = findings.map { ($0.location.file, $0.location.line, $0.location.column) }
        #expect(order.map(\.0) == order.map(\.0).sorted())
        #expect(zip(order, order.dropFirst()).allSatisfy { $0.0 != $1.0 || ($0.1, $0.2) <= ($1.1, $1.2) })
    }
}
