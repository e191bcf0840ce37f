import Foundation
@testable import PPIDKit
import Testing

/// The command line's own messages are Indonesian (ONBOARDING.md): help, unknown subcommands
/// with suggestions, unknown options, missing values and arguments, bad values — exit 2.
@Suite struct CommandLineMessageTests {
    /// swift-argument-parser's English.
    static let english = ["Error:", "Usage:", "USAGE:", "OPTIONS:", "SUBCOMMANDS:", "ARGUMENTS:", "Unknown option",
                          "Missing expected", "Missing value", "is invalid", "Unexpected argument", "See '", "Show help"]

    static func expectIndonesian(_ text: String, _ arguments: [String]) {
        for word in english { #expect(!text.contains(word), "ppid \(arguments.joined(separator: " ")): \(text)") }
    }

    @Test(arguments: [
        (["init"], "galat: perintah 'init' tidak dikenal; maksud Anda 'new situs'?"),
        (["baru"], "galat: perintah 'baru' tidak dikenal; maksud Anda 'new situs'?"),
        (["mulai", "ppid-kab"], "galat: perintah 'mulai' tidak dikenal; maksud Anda 'new situs'?"),
        (["bangun"], "galat: perintah 'bangun' tidak dikenal; maksud Anda 'build'?"),
        (["periksa", "--content", "x"], "galat: perintah 'periksa' tidak dikenal; maksud Anda 'check'?"),
        (["buidl"], "galat: perintah 'buidl' tidak dikenal; maksud Anda 'build'?"),
        (["new", "odp", "x"], "galat: perintah 'new odp' tidak dikenal; maksud Anda 'new opd'?"),
        (["build", "--bendera-salah"], "galat: pilihan '--bendera-salah' tidak dikenal untuk 'ppid build'"),
        (["build", "--outptu", "x"], "galat: pilihan '--outptu' tidak dikenal untuk 'ppid build'; maksud Anda '--output'?"),
        (["check", "--content"], "galat: pilihan '--content' memerlukan nilai, misalnya '--content <content>'."),
        (["check", "--format", "xml"], "galat: nilai 'xml' tidak sah untuk '--format'; gunakan salah satu dari: text, json, github."),
        (["new", "opd", "--nama", "Dinas"], "galat: argumen <slug> belum diberikan"),
        (["new", "opd", "dinas-x"], "galat: pilihan wajib '--nama <nama>' belum diberikan"),
        (["schema", "dip", "dik"], "galat: argumen 'dik' tidak diharapkan oleh 'ppid schema'."),
        (["check", "--strict=ya"], "galat: pilihan '--strict' tidak menerima nilai"),
        (["help", "bangunan"], "galat: perintah 'bangunan' tidak dikenal"),
        (["serve", "--port", "abc"], "galat: nilai 'abc' tidak dapat dibaca untuk '--port'; periksa nilainya."),
    ])
    func wrongUseIsExplainedInIndonesian(_ arguments: [String], _ expected: String) throws {
        let result = try PPIDProcess.run(arguments)
        #expect(result.status == 2, "ppid \(arguments.joined(separator: " "))")
        #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
        #expect(result.stderr.contains("PENGGUNAAN: ppid"))
        Self.expectIndonesian(result.stderr + result.stdout, arguments)
    }

    @Test(arguments: [["--help"], ["help"], ["-h"], []])
    func rootHelp(_ arguments: [String]) throws {
        let result = try PPIDProcess.run(arguments)
        #expect(result.status == 0)
        for heading in ["PENGGUNAAN: ppid <perintah>", "PILIHAN:", "PERINTAH:", "  build ", "  check ", "  new ", "  help "] {
            #expect(result.stdout.contains(heading), "\(heading) tidak ada:\n\(result.stdout)")
        }
        Self.expectIndonesian(result.stdout + result.stderr, arguments)
    }

    @Test(arguments: [["build", "--help"], ["help", "build"], ["build", "-h", "--output", "x"]])
    func commandHelpFromTheDeclarations(_ arguments: [String]) throws {
        let result = try PPIDProcess.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("PENGGUNAAN: ppid build [--content <content>]"))
        #expect(result.stdout.contains("  --output <output>"))
        #expect(result.stdout.contains("  --format <format>"))
        #expect(result.stdout.contains("(pilihan: text, json, github)"))
        #expect(result.stdout.contains("  -h, --help"))
        Self.expectIndonesian(result.stdout + result.stderr, arguments)
    }

    @Test func nestedCommandHelpListsArgumentsAndRequiredOptions() throws {
        let result = try PPIDProcess.run(["help", "new", "opd"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("PENGGUNAAN: ppid new opd <slug> --nama <nama> [--jenis <jenis>]"))
        #expect(result.stdout.contains("ARGUMEN:\n  <slug>"))
        let group = try PPIDProcess.run(["new", "--help"])
        #expect(group.stdout.contains("PERINTAH:\n"))
        #expect(group.stdout.contains("\n  opd "))
        #expect(group.stdout.contains("\n  situs "))
        #expect(group.stdout.contains("Lihat 'ppid help new <perintah>'"))
    }

    @Test func validArgumentsStillRun() throws {
        #expect(try PPIDProcess.run(["--version"]).stdout.hasPrefix("ppid "))
        let schema = try PPIDProcess.run(["schema", "dip"])
        #expect(schema.status == 0)
        #expect(schema.stdout.contains("\"$schema\""))
        let negative = try PPIDProcess.run(["check", "--content", "/tidak/ada"])
        #expect(negative.status == 2)
        #expect(negative.stderr.hasPrefix("galat: Folder konten \"/tidak/ada\" tidak ditemukan"))
        Self.expectIndonesian(negative.stderr, [])
    }
}
