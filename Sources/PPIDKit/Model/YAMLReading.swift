/// Lenient reading of values for the model: a value of the wrong shape reads as absent
/// (the validate stage has already reported it).
extension YAMLNode {
    func string(_ key: String) -> String? {
        guard let text = self[key]?.text, !text.isEmpty else { return nil }
        return text
    }

    func date(_ key: String) -> CalendarDate? { string(key).flatMap { CalendarDate(iso: $0) } }

    func integer(_ key: String) -> Int? { string(key).flatMap { Int($0) } }

    func strings(_ key: String) -> [String] { self[key]?.textList ?? [] }

    func decision(_ key: String) -> Decision? {
        guard let node = self[key], node.entries != nil else { return nil }
        return Decision(nomor: node.string("nomor"), tanggal: node.date("tanggal"), oleh: node.string("oleh"),
                        berkas: node.string("berkas"))
    }

    var contact: Contact { Contact(telepon: string("telepon"), email: string("email")) }
}
