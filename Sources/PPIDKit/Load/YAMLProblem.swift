/// Indonesian explanations of libyaml's English problem messages.
enum YAMLProblem {
    private static let known: [(String, String)] = [
        ("mapping values are not allowed in this context",
         "titik dua \": \" di tempat yang tidak diizinkan; apit teks yang memuat \": \" dengan tanda kutip"),
        ("did not find expected key", "kunci yang diharapkan tidak ditemukan; periksa indentasi baris ini"),
        ("did not find expected '-' indicator", "tanda \"-\" daftar yang diharapkan tidak ditemukan; periksa indentasi"),
        ("found character that cannot start any token",
         "ada karakter yang tidak boleh mengawali nilai (misalnya tab, \"@\" atau \"`\"); apit nilainya dengan tanda kutip"),
        ("found a tab character", "ada karakter tab; gunakan spasi untuk indentasi"),
        ("found unexpected end of stream", "berkas berakhir sebelum tanda kutip atau kurung ditutup"),
        ("found unknown escape character", "ada escape \\ yang tidak dikenal di dalam tanda kutip ganda"),
        ("could not find expected ':'", "tanda \":\" yang diharapkan tidak ditemukan"),
        ("block sequence entries are not allowed in this context",
         "butir daftar \"-\" tidak boleh di sini; periksa indentasi"),
        ("did not find expected node content", "nilai yang diharapkan tidak ditemukan"),
        ("found undefined alias", "alias yang tidak didefinisikan"),
        ("did not find expected ',' or ']'", "tanda \",\" atau \"]\" yang diharapkan tidak ditemukan"),
        ("did not find expected ',' or '}'", "tanda \",\" atau \"}\" yang diharapkan tidak ditemukan"),
        ("Maximum nesting level reached", "struktur bersarang terlalu dalam; sederhanakan isinya"),
        ("while scanning a simple key", "saat membaca sebuah kunci"),
        ("while parsing a block mapping", "saat membaca pemetaan"),
        ("while parsing a block collection", "saat membaca daftar"),
        ("while scanning a quoted scalar", "saat membaca teks bertanda kutip"),
        ("while parsing a flow sequence", "saat membaca daftar [ … ]"),
        ("while parsing a flow mapping", "saat membaca pemetaan { … }"),
        ("while scanning a plain scalar", "saat membaca teks"),
    ]

    static func explain(_ problem: String) -> String {
        "YAML tidak sah: \(translate(problem))"
    }

    static func translate(_ problem: String) -> String {
        for (english, indonesian) in known where problem.hasPrefix(english) {
            return indonesian
        }
        return problem
    }
}
