/// A reference to an article of UU 14/2008 as written in `dasar` and `dasar_hukum`
/// (LAW.md, "How references are written"):
///
///     Pasal 9 ayat (2) huruf a–d
///     Pasal 10 [ayat (1) | ayat (2)]
///     Pasal 11 ayat (1) huruf a–h
///     Pasal 17 huruf a–j [angka N, only where the huruf has numbered points]
///
/// with the law's name before or after it (`UU 14/2008`, `UU No. 14/2008`, `UU RI Nomor 14 Tahun 2008`,
/// `Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik`, `UU KIP` …), and after it
/// an explanation introduced by `:`, `( … )`, ` – `, ` - ` or `yaitu`, ignored up to the next `;`; a
/// trailing `.`, `;` or `,` is ignored (LAW.md, "How references are written"). Words are compared
/// case-insensitively, runs of spaces are collapsed and `ayat (2)` may be written `ayat 2`. The Pasal,
/// ayat, huruf and angka themselves are strict, and one entry holds one reference: anything else is
/// refused, never guessed.
public struct LegalReference: Sendable, Hashable, CustomStringConvertible {
    public let pasal: Int
    public let ayat: Int?
    /// The huruf as a lower-case letter.
    public let huruf: String?
    public let angka: Int?

    public init(pasal: Int, ayat: Int? = nil, huruf: String? = nil, angka: Int? = nil) {
        self.pasal = pasal
        self.ayat = ayat
        self.huruf = huruf
        self.angka = angka
    }

    /// The canonical spelling: `Pasal 17 huruf h angka 2`, `Pasal 9 ayat (2) huruf c`.
    public var description: String {
        var text = "Pasal \(pasal)"
        if let ayat { text += " ayat (\(ayat))" }
        if let huruf { text += " huruf \(huruf)" }
        if let angka { text += " angka \(angka)" }
        return text
    }

    /// The category of public information this reference is a basis for, if any.
    public var category: InformationCategory? {
        switch pasal {
        case 9: return .berkala
        case 10: return .sertaMerta
        case 11: return .setiapSaat
        default: return nil
        }
    }

    public static func parse(_ text: String) -> Result<LegalReference, LegalReferenceError> {
        var parser = ReferenceParser(text)
        return parser.parse()
    }
}

/// Why a reference was refused. `message` is Indonesian, names the article and shows the expected form.
public struct LegalReferenceError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Not a reference to an article at all (empty, or not starting with "Pasal N").
        case notAnArticle
        /// An article that is no basis of a DIP or DIK item.
        case unknownArticle
        /// A known article written wrongly (missing or wrong ayat, huruf or angka).
        case malformed
        /// Several bases in one entry.
        case several
        /// Unexpected words after the reference.
        case trailing
    }

    public var kind: Kind
    public var message: String
}

/// The letters and numbered points of the articles `ppid` understands, with their Indonesian names.
public enum LegalArticles {
    /// Pasal 9 ayat (2): what is announced periodically.
    public static let berkala: [(huruf: String, name: String)] = [
        ("a", "informasi yang berkaitan dengan Badan Publik (profil)"),
        ("b", "informasi mengenai kegiatan dan kinerja"),
        ("c", "informasi mengenai laporan keuangan"),
        ("d", "informasi lain yang diatur dalam peraturan perundang-undangan"),
    ]

    /// Pasal 11 ayat (1): what is available at any time.
    public static let setiapSaat: [(huruf: String, name: String)] = [
        ("a", "daftar seluruh informasi publik"), ("b", "hasil keputusan dan pertimbangannya"),
        ("c", "seluruh kebijakan dan dokumen pendukungnya"), ("d", "rencana kerja proyek dan perkiraan pengeluaran tahunan"),
        ("e", "perjanjian dengan pihak ketiga"), ("f", "informasi dan kebijakan dalam pertemuan terbuka"),
        ("g", "prosedur kerja pegawai yang berkaitan dengan pelayanan masyarakat"),
        ("h", "laporan pelayanan akses informasi publik"),
    ]

    /// Pasal 17: each huruf with the number of its numbered points (0: none).
    public static let exemptionPoints: [String: Int] = [
        "a": 5, "b": 0, "c": 7, "d": 0, "e": 7, "f": 4, "g": 0, "h": 5, "i": 0, "j": 0,
    ]

    static let pasal9Letters = berkala.map(\.huruf)
    static let pasal11Letters = setiapSaat.map(\.huruf)
    static let pasal17Letters = exemptionPoints.keys.sorted()

    /// "Pasal 9 ayat (2) huruf a–d", … for messages.
    public static let berkalaForm = "\"Pasal 9 ayat (2) huruf X\" (X = a–d), misalnya \"Pasal 9 ayat (2) huruf c\""
    public static let sertaMertaForm = "\"Pasal 10\", \"Pasal 10 ayat (1)\" atau \"Pasal 10 ayat (2)\""
    public static let setiapSaatForm = "\"Pasal 11 ayat (1) huruf X\" (X = a–h), misalnya \"Pasal 11 ayat (1) huruf c\""
    public static let exemptionForm = "\"Pasal 17 huruf X\" (X = a–j, ditambah \"angka N\" bila huruf itu memiliki angka), misalnya \"Pasal 17 huruf h angka 2\""
    public static let lawNames = "\"UU 14/2008\", \"UU No. 14/2008\", \"UU Nomor 14 Tahun 2008\", \"Undang-Undang Nomor 14 Tahun 2008\" (boleh ditambah \"tentang Keterbukaan Informasi Publik\") atau \"UU KIP\""
}

/// A small hand-written parser over the words of a reference (split at white space, compared lower-cased).
struct ReferenceParser {
    /// The words as written, for quoting.
    private let written: [String]
    /// The same words lower-cased, for matching.
    private let words: [String]
    private var position = 0

    init(_ text: String) {
        written = Self.tokens(of: text)
        words = written.map { $0.lowercased() }
    }

    /// The words of a reference, with punctuation that separates parts as words of its own: `:`,
    /// `;`, `,`, a trailing `.` (but not the one of `No.`), and parentheses other than those of an
    /// ayat number (`(2)` stays one word).
    static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        for raw in text.split(whereSeparator: { $0.isWhitespace }) {
            var word = Substring(raw)
            var trailing: [String] = []
            while let first = word.first, first == "(" || first == ":" || first == ";" || first == ",",
                  !isParenthesisedNumber(word) {
                tokens.append(String(first))
                word = word.dropFirst()
            }
            while let last = word.last, [")", ":", ";", ",", "."].contains(last), !isParenthesisedNumber(word) {
                if last == ".", ["no.", "nomor."].contains(word.lowercased()) { break }
                trailing.insert(String(last), at: 0)
                word = word.dropLast()
            }
            // `No.14/2008`: the abbreviation and the number apart.
            if word.count > 3, word.lowercased().hasPrefix("no."), word.dropFirst(3).first?.isASCIIDigit == true {
                tokens.append(String(word.prefix(3)))
                word = word.dropFirst(3)
            }
            // A colon or semicolon inside a word (`4:informasi`) separates too.
            while let index = word.firstIndex(where: { $0 == ":" || $0 == ";" }), index != word.startIndex {
                tokens.append(String(word[..<index]))
                tokens.append(String(word[index]))
                word = word[word.index(after: index)...]
            }
            if !word.isEmpty { tokens.append(String(word)) }
            tokens += trailing
        }
        return tokens
    }

    private static func isParenthesisedNumber(_ word: Substring) -> Bool {
        word.count > 2 && word.first == "(" && word.last == ")" && word.dropFirst().dropLast().allSatisfy(\.isASCIIDigit)
    }

    private var current: String? { position < words.count ? words[position] : nil }
    /// The current word as written.
    private var quoted: String { position < written.count ? written[position] : "" }
    private var rest: String { written[min(position, written.count)...].joined(separator: " ") }

    private mutating func take(_ word: String) -> Bool {
        guard current == word else { return false }
        position += 1
        return true
    }

    private func fail(_ kind: LegalReferenceError.Kind, _ message: String) -> Result<LegalReference, LegalReferenceError> {
        .failure(LegalReferenceError(kind: kind, message: message))
    }

    mutating func parse() -> Result<LegalReference, LegalReferenceError> {
        guard !words.isEmpty else {
            return fail(.notAnArticle, "rujukan kosong; tulis pasalnya")
        }
        if let length = lawNameLength(at: position) {
            position += length
            _ = take(",")
        }
        guard take("pasal") else {
            if position > 0 {
                return fail(.notAnArticle, "setelah nama undang-undang harus menyusul \"Pasal\" dan nomornya, misalnya \"UU 14/2008 Pasal 17 huruf b\"")
            }
            return fail(.notAnArticle, "rujukan harus diawali \"Pasal\" dan nomornya (nama undang-undang boleh di depannya, misalnya \"UU 14/2008 Pasal 17 huruf b\")")
        }
        guard let numberWord = current else {
            return fail(.notAnArticle, "nomor pasal tidak ada setelah \"Pasal\"")
        }
        guard let number = Int(numberWord), numberWord.allSatisfy(\.isASCIIDigit) else {
            if numberWord.contains(where: Self.isListMark) {
                return several()
            }
            return fail(.notAnArticle, "\"\(quoted)\" bukan nomor pasal")
        }
        position += 1
        let parsed: Result<LegalReference, LegalReferenceError>
        switch number {
        case 9: parsed = lettered(pasal: 9, ayat: 2, letters: LegalArticles.pasal9Letters, example: "Pasal 9 ayat (2) huruf c")
        case 10: parsed = pasal10()
        case 11: parsed = lettered(pasal: 11, ayat: 1, letters: LegalArticles.pasal11Letters, example: "Pasal 11 ayat (1) huruf c")
        case 17: parsed = pasal17()
        default:
            return fail(.unknownArticle, "Pasal \(number) UU 14/2008 bukan dasar yang dapat dipakai di sini")
        }
        guard case .success = parsed else { return parsed }
        if let trailing = lawName() { return trailing }
        return parsed
    }

    // MARK: - Articles

    /// `ayat (N)` or `ayat N`; nil when the next word is not `ayat`.
    private mutating func ayat(pasal: Int) -> Result<Int, LegalReferenceError>? {
        guard take("ayat") else { return nil }
        guard let word = current else {
            return .failure(LegalReferenceError(kind: .malformed, message: "nomor ayat tidak ada setelah \"Pasal \(pasal) ayat\""))
        }
        var digits = Substring(word)
        if digits.hasPrefix("(") && digits.hasSuffix(")") && digits.count > 2 { digits = digits.dropFirst().dropLast() }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let number = Int(digits) else {
            return .failure(LegalReferenceError(kind: .malformed,
                message: "\"ayat \(quoted)\" pada Pasal \(pasal) tidak sah; tulis nomor ayat sebagai \"ayat (1)\" atau \"ayat 1\""))
        }
        position += 1
        return .success(number)
    }

    /// Pasal 9 ayat (2) huruf X and Pasal 11 ayat (1) huruf X.
    private mutating func lettered(pasal: Int, ayat expected: Int, letters: [String], example: String)
        -> Result<LegalReference, LegalReferenceError> {
        let range = "\(letters.first ?? "a")–\(letters.last ?? "a")"
        let form = "\"Pasal \(pasal) ayat (\(expected)) huruf \(range)\", misalnya \"\(example)\""
        switch ayat(pasal: pasal) {
        case nil:
            let letter = current == "huruf" && position + 1 < words.count ? written[position + 1] : "X"
            return fail(.malformed, "Pasal \(pasal) harus menyebut ayat (\(expected)): tulis \"Pasal \(pasal) ayat (\(expected)) huruf \(letter)\" (huruf \(range))")
        case .failure(let error)?:
            return .failure(error)
        case .success(let number)?:
            guard number == expected else {
                return fail(.malformed, "Pasal \(pasal) ayat (\(number)) bukan dasar yang dapat dipakai di sini; gunakan \(form)")
            }
        }
        let article = "Pasal \(pasal) ayat (\(expected))"
        guard take("huruf") else {
            if current == nil {
                return fail(.malformed, "\(article) saja tidak cukup: sebutkan satu huruf \(range), misalnya \"\(example)\"")
            }
            return fail(.malformed, "setelah \"\(article)\" harus menyusul \"huruf X\" (huruf \(range)), misalnya \"\(example)\"")
        }
        return letter(article: article, allowed: letters, example: example).map { huruf in
            LegalReference(pasal: pasal, ayat: expected, huruf: huruf)
        }
    }

    private mutating func pasal10() -> Result<LegalReference, LegalReferenceError> {
        let form = LegalArticles.sertaMertaForm
        switch ayat(pasal: 10) {
        case nil:
            if current == "huruf" {
                return fail(.malformed, "Pasal 10 tidak memiliki huruf; tulis \(form)")
            }
            return .success(LegalReference(pasal: 10))
        case .failure(let error)?:
            return .failure(error)
        case .success(let number)?:
            guard number == 1 || number == 2 else {
                return fail(.malformed, "Pasal 10 tidak memiliki ayat (\(number)); tulis \(form)")
            }
            if current == "huruf" {
                return fail(.malformed, "Pasal 10 ayat (\(number)) tidak memiliki huruf; tulis \(form)")
            }
            return .success(LegalReference(pasal: 10, ayat: number))
        }
    }

    private mutating func pasal17() -> Result<LegalReference, LegalReferenceError> {
        let example = "Pasal 17 huruf h angka 2"
        if current == "ayat" {
            return fail(.malformed, "Pasal 17 tidak dirujuk dengan ayat; tulis \(LegalArticles.exemptionForm)")
        }
        guard take("huruf") else {
            if current == nil {
                return fail(.malformed, "\"Pasal 17\" saja tidak cukup: sebutkan satu huruf a–j, misalnya \"\(example)\"")
            }
            return fail(.malformed, "setelah \"Pasal 17\" harus menyusul \"huruf X\" (huruf a–j), misalnya \"\(example)\"")
        }
        let huruf: String
        switch letter(article: "Pasal 17", allowed: LegalArticles.pasal17Letters, example: example) {
        case .failure(let error): return .failure(error)
        case .success(let value): huruf = value
        }
        let points = LegalArticles.exemptionPoints[huruf] ?? 0
        guard take("angka") else {
            return .success(LegalReference(pasal: 17, huruf: huruf))
        }
        guard points > 0 else {
            return fail(.malformed, "Pasal 17 huruf \(huruf) tidak memiliki angka; tulis \"Pasal 17 huruf \(huruf)\" saja")
        }
        guard let word = current else {
            return fail(.malformed, "nomor angka tidak ada setelah \"Pasal 17 huruf \(huruf) angka\"; tulis angka 1–\(points)")
        }
        if word.count > 1 && word.contains(where: Self.isListMark) {
            return several()
        }
        guard word.allSatisfy(\.isASCIIDigit), let number = Int(word), (1...points).contains(number) else {
            return fail(.malformed, "Pasal 17 huruf \(huruf) tidak memiliki angka \"\(quoted)\"; gunakan angka 1–\(points), misalnya \"Pasal 17 huruf \(huruf) angka 1\"")
        }
        position += 1
        return .success(LegalReference(pasal: 17, huruf: huruf, angka: number))
    }

    /// One huruf among `allowed`; a list or range of huruf is refused as several references.
    private mutating func letter(article: String, allowed: [String], example: String) -> Result<String, LegalReferenceError> {
        let range = "\(allowed.first ?? "a")–\(allowed.last ?? "a")"
        guard let word = current else {
            return .failure(LegalReferenceError(kind: .malformed,
                message: "huruf tidak ada setelah \"\(article) huruf\"; gunakan huruf \(range), misalnya \"\(example)\""))
        }
        if word.count > 1 && word.contains(where: Self.isListMark) {
            return .failure(Self.severalError)
        }
        guard allowed.contains(word) else {
            return .failure(LegalReferenceError(kind: .malformed,
                message: "\(article) tidak memiliki huruf \"\(quoted)\"; gunakan huruf \(range), misalnya \"\(example)\""))
        }
        position += 1
        return .success(word)
    }

    // MARK: - After the reference

    /// What may follow a reference: a law name, an explanation (ignored up to the next `;`) and
    /// trailing punctuation. Returns a failure when anything else follows.
    private mutating func lawName() -> Result<LegalReference, LegalReferenceError>? {
        skipTrailingPunctuation()
        guard current != nil else { return nil }
        if current == "," {
            // After a comma only the law's name may follow; anything else is a second reference.
            guard lawNameLength(at: position + 1) != nil else { return several() }
            position += 1
        }
        if let length = lawNameLength(at: position) {
            position += length
            skipTrailingPunctuation()
            guard current != nil else { return nil }
        }
        guard let next = current else { return nil }
        if Self.explanationMarks.contains(next) {
            while let word = current, word != ";" { position += 1 }
            _ = take(";")
            skipTrailingPunctuation()
            return current == nil ? nil : several()
        }
        if ["dan", "atau", "serta", "&", "huruf", "pasal", ";", ","].contains(next) {
            return several()
        }
        return fail(.trailing, "bagian \"\(rest)\" tidak dikenal; setelah rujukan pasal hanya boleh menyusul nama undang-undangnya (\(LegalArticles.lawNames)) atau penjelasan yang diawali \":\", \"(\", \" – \" atau \"yaitu\"")
    }

    /// Words that open an explanation after a reference.
    private static let explanationMarks: Set<String> = [":", "(", "–", "-", "—", "yaitu", "yakni"]

    /// `.`, `;` and `,` at the very end of the entry.
    private mutating func skipTrailingPunctuation() {
        var end = position
        while end < words.count, [".", ";", ","].contains(words[end]) { end += 1 }
        if end == words.count { position = end }
    }

    /// The number of words of UU 14/2008's name starting at `start`, or nil: `UU KIP`, or `UU` /
    /// `Undang-Undang` / `Undang Undang`, optionally `Republik Indonesia` or `RI`, optionally `Nomor`
    /// / `No.` / `No`, then `14 Tahun 2008` or `14/2008` (spaces around `/` allowed), optionally
    /// `tentang Keterbukaan Informasi Publik`.
    private func lawNameLength(at start: Int) -> Int? {
        var index = start
        func word(_ offset: Int = 0) -> String? { index + offset < words.count ? words[index + offset] : nil }
        func takeAll(_ sequence: [String]) -> Bool {
            guard index + sequence.count <= words.count, Array(words[index..<index + sequence.count]) == sequence else { return false }
            index += sequence.count
            return true
        }
        if takeAll(["uu", "kip"]) { return index - start }
        guard takeAll(["uu"]) || takeAll(["undang-undang"]) || takeAll(["undang", "undang"]) else { return nil }
        _ = takeAll(["republik", "indonesia"]) || takeAll(["ri"])
        _ = takeAll(["nomor"]) || takeAll(["no."]) || takeAll(["no"])
        let number = takeAll(["14", "tahun", "2008"]) || takeAll(["14/2008"]) || takeAll(["14", "/", "2008"])
            || takeAll(["14/", "2008"]) || takeAll(["14", "/2008"])
        guard number else { return nil }
        _ = takeAll(["tentang", "keterbukaan", "informasi", "publik"])
        return index - start
    }

    /// Marks that join several huruf or numbers into one word: `a,b`, `a-c`, `a/b`.
    private static func isListMark(_ character: Character) -> Bool {
        [",", "-", "–", "/", "&"].contains(character)
    }

    private static let severalError = LegalReferenceError(kind: .several,
        message: "satu entri hanya boleh memuat satu rujukan; tulis setiap dasar sebagai butir daftar tersendiri, misalnya [\"Pasal 17 huruf a\", \"Pasal 17 huruf b\"]")

    private func several() -> Result<LegalReference, LegalReferenceError> {
        .failure(Self.severalError)
    }
}

extension LegalArticles {
    /// What each huruf of Pasal 17 UU 14/2008 withholds, in the law's words (shortened to the
    /// clause a reader needs): the refusal reasons of the annual report.
    public static let exemptionTexts: [String: String] = [
        "a": "informasi yang apabila dibuka dan diberikan kepada pemohon dapat menghambat proses penegakan hukum",
        "b": "informasi yang apabila dibuka dapat mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat",
        "c": "informasi yang apabila dibuka dapat membahayakan pertahanan dan keamanan negara",
        "d": "informasi yang apabila dibuka dapat mengungkapkan kekayaan alam Indonesia",
        "e": "informasi yang apabila dibuka dapat merugikan ketahanan ekonomi nasional",
        "f": "informasi yang apabila dibuka dapat merugikan kepentingan hubungan luar negeri",
        "g": "informasi yang apabila dibuka dapat mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang",
        "h": "informasi yang apabila dibuka dapat mengungkap rahasia pribadi",
        "i": "memorandum atau surat-surat antarbadan publik atau intrabadan publik yang menurut sifatnya dirahasiakan, kecuali atas putusan Komisi Informasi atau pengadilan",
        "j": "informasi yang tidak boleh diungkapkan berdasarkan undang-undang",
    ]
}
