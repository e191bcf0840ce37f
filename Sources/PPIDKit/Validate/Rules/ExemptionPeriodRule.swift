/// PPID004 for `jangka_waktu`: a period outside its grammar (`permanen`, `N tahun`, a date, `sampai
/// <peristiwa>`) is refused with the nearest form as a hint (LIFECYCLE.md). Left unchecked, "Tidak
/// terbatas" would let a huruf a–f exemption dodge Pasal 20 and "5 thn" would never end.
struct ExemptionPeriodRule: ContentRule {
    let ids: [RuleID] = [.ppid004]

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        for claim in context.model.allExemptions where claim.jangkaWaktu == nil {
            let text = claim.jangkaWaktuText.collapsedWhitespace
            guard !text.isEmpty else { continue }
            diagnostics.add(.ppid004, at: claim.fields.value("jangka_waktu"),
                "jangka_waktu \(text.quotedPrefix) bukan bentuk yang dikenal; \(Self.hint(for: text)). Bentuk yang sah: \"permanen\", \"N tahun\" (sejak tanggal penetapan), tanggal berakhir YYYY-MM-DD, atau \"sampai <peristiwa>\".")
        }
    }

    /// The nearest valid form for a period as humas officers write it.
    static func hint(for text: String) -> String {
        let folded = text.lowercased().trimmingCharacters(in: .init(charactersIn: " .;,"))
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }).map(String.init)
        if let number = words.first.flatMap({ Int($0) }), number > 0, words.count >= 2 {
            let unit = words[words.count > 2 && words[1].allSatisfy(\.isLetter) && !words[1].hasPrefix("t") ? 2 : 1]
            if unit.hasPrefix("th") || unit.hasPrefix("tah") || unit.hasPrefix("thn") || unit == "thun" {
                return "tulis \"\(number) tahun\""
            }
            if unit.hasPrefix("bul") || unit.hasPrefix("bln") {
                return "jangka waktu dalam bulan tidak dikenal: tulis tanggal berakhirnya (YYYY-MM-DD) atau hitung dalam tahun, misalnya \"1 tahun\""
            }
        }
        let unlimited = ["tidak terbatas", "tanpa batas", "selamanya", "seterusnya", "tidak ada batas", "tak terbatas", "tetap", "selama-lamanya"]
        if unlimited.contains(where: { folded.hasPrefix($0) }) {
            return "untuk pengecualian tanpa batas waktu tulis \"permanen\" — tetapi pengecualian Pasal 17 huruf a–f tidak boleh permanen (Pasal 20 UU 14/2008): untuk huruf itu tulis jangka waktunya, misalnya \"5 tahun\""
        }
        let conditions = ["dibuka setelah", "diberikan jika", "diberikan setelah", "dapat dibuka", "hingga", "sampai dengan", "selama",
                          "setelah", "jika", "apabila", "bila", "sepanjang", "sebelum"]
        if let condition = conditions.first(where: { folded.hasPrefix($0 + " ") }) {
            let event = String(text.dropFirst(condition.count)).trimmingCharacters(in: .whitespaces)
            let suggestion = condition == "selama" || condition == "sepanjang" ? "sampai \(event) berakhir" : "sampai \(event)"
            return "tulis syarat berakhirnya sebagai peristiwa, misalnya \(suggestion.quotedPrefix)"
        }
        if let date = ExportDateFormat.dayFirstDate(folded) {
            return "tulis tanggalnya sebagai YYYY-MM-DD: \"\(date.iso)\""
        }
        if folded == "sampai" {
            return "sebutkan peristiwanya setelah \"sampai\", misalnya \"sampai putusan pengadilan berkekuatan hukum tetap\""
        }
        return "pilih salah satu bentuk di bawah ini"
    }
}
