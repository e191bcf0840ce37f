import ArgumentParser
import PPIDKit

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Mencetak JSON Schema (draft 2020-12) berkas konten untuk dukungan YAML di penyunting."
    )

    @Argument(help: ArgumentHelp("\(JSONSchemaGenerator.documents.map(\.name).joined(separator: ", ")); tanpa argumen: satu dokumen berisi semuanya di $defs."))
    var berkas: String?

    func validate() throws {
        if let berkas, JSONSchemaGenerator.document(named: berkas) == nil {
            throw ValidationError("Skema \"\(berkas)\" tidak dikenal; gunakan salah satu dari: \(JSONSchemaGenerator.documents.map(\.name).joined(separator: ", ")).")
        }
    }

    func run() throws {
        guard let document = JSONSchemaGenerator.document(named: berkas) else { throw ExitCode(2) }
        Terminal.out(document.serialized(indent: 2) + "\n")
    }
}
