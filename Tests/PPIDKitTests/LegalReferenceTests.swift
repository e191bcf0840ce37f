@testable import PPIDKit
import Testing

/// The reference grammar of LAW.md, "How references are written".
@Suite struct LegalReferenceTests {
    private func parsed(_ text: String) -> LegalReference? {
        if case .success(let reference) = LegalReference.parse(text) { return reference }
        return nil
    }

    private func refusal(_ text: String) -> LegalReferenceError? {
        if case .failure(let error) = LegalReference.parse(text) { return error }
        return nil
    }

    @Test(arguments: [
        ("Pasal 9 ayat (2) huruf a", "Pasal 9 ayat (2) huruf a"),
        ("pasal 9 ayat 2 huruf D", "Pasal 9 ayat (2) huruf d"),
        ("  PASAL   9  AYAT (2)   HURUF c ", "Pasal 9 ayat (2) huruf c"),
        ("Pasal 10", "Pasal 10"),
        ("Pasal 10 ayat (1)", "Pasal 10 ayat (1)"),
        ("Pasal 10 ayat 2", "Pasal 10 ayat (2)"),
        ("Pasal 11 ayat (1) huruf h", "Pasal 11 ayat (1) huruf h"),
        ("Pasal 17 huruf b", "Pasal 17 huruf b"),
        ("Pasal 17 huruf a angka 5", "Pasal 17 huruf a angka 5"),
        ("Pasal 17 huruf c angka 7", "Pasal 17 huruf c angka 7"),
        ("Pasal 17 huruf e angka 1", "Pasal 17 huruf e angka 1"),
        ("Pasal 17 huruf f angka 4", "Pasal 17 huruf f angka 4"),
        ("Pasal 17 huruf h angka 2", "Pasal 17 huruf h angka 2"),
        ("Pasal 17 huruf j", "Pasal 17 huruf j"),
    ])
    func acceptsEveryForm(_ text: String, _ canonical: String) {
        #expect(parsed(text)?.description == canonical)
    }

    @Test(arguments: [
        "Pasal 17 huruf h angka 2 UU 14/2008",
        "Pasal 17 huruf h angka 2 UU No. 14 Tahun 2008",
        "Pasal 17 huruf h angka 2 uu nomor 14 tahun 2008",
        "Pasal 17 huruf h angka 2 Undang-Undang Nomor 14 Tahun 2008",
        "Pasal 17 huruf h angka 2 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        "Pasal 17 huruf h angka 2 UU 14/2008 tentang Keterbukaan Informasi Publik",
    ])
    func acceptsTheLawsName(_ text: String) {
        #expect(parsed(text) == LegalReference(pasal: 17, huruf: "h", angka: 2))
    }

    @Test func parsedPartsAndCategory() {
        let reference = parsed("Pasal 9 ayat (2) huruf c")
        #expect(reference == LegalReference(pasal: 9, ayat: 2, huruf: "c"))
        #expect(reference?.category == .berkala)
        #expect(parsed("Pasal 10")?.category == .sertaMerta)
        #expect(parsed("Pasal 11 ayat (1) huruf a")?.category == .setiapSaat)
        #expect(parsed("Pasal 17 huruf j")?.category == nil)
    }

    @Test func unknownHurufNamesTheArticleAndTheRange() {
        let error = refusal("Pasal 17 huruf k")
        #expect(error?.kind == .malformed)
        #expect(error?.message == "Pasal 17 tidak memiliki huruf \"k\"; gunakan huruf a–j, misalnya \"Pasal 17 huruf h angka 2\"")
        #expect(refusal("Pasal 9 ayat (2) huruf e")?.message.contains("Pasal 9 ayat (2) tidak memiliki huruf \"e\"; gunakan huruf a–d") == true)
        #expect(refusal("Pasal 11 ayat (1) huruf i")?.message.contains("Pasal 11 ayat (1) tidak memiliki huruf \"i\"; gunakan huruf a–h") == true)
    }

    @Test func angkaOnlyWhereTheHurufHasThem() {
        #expect(refusal("Pasal 17 huruf b angka 1")?.message == "Pasal 17 huruf b tidak memiliki angka; tulis \"Pasal 17 huruf b\" saja")
        #expect(refusal("Pasal 17 huruf j angka 1") != nil)
        #expect(refusal("Pasal 17 huruf h angka 6")?.message.contains("Pasal 17 huruf h tidak memiliki angka \"6\"; gunakan angka 1–5") == true)
        #expect(refusal("Pasal 17 huruf f angka 5")?.message.contains("angka 1–4") == true)
        #expect(refusal("Pasal 17 huruf c angka 8") != nil)
        #expect(refusal("Pasal 17 huruf a angka 0") != nil)
        #expect(refusal("Pasal 17 huruf h angka") != nil)
    }

    @Test func bareArticlesAreNotEnough() {
        #expect(refusal("Pasal 17")?.message.contains("\"Pasal 17\" saja tidak cukup: sebutkan satu huruf a–j") == true)
        #expect(refusal("Pasal 9 ayat (2)")?.message.contains("sebutkan satu huruf a–d") == true)
        #expect(refusal("Pasal 9 huruf c")?.message.contains("tulis \"Pasal 9 ayat (2) huruf c\"") == true)
        #expect(refusal("Pasal 11 ayat (1)") != nil)
        #expect(refusal("Pasal")?.kind == .notAnArticle)
    }

    @Test func wrongAyatIsRefused() {
        #expect(refusal("Pasal 9 ayat (1) huruf a")?.message.contains("Pasal 9 ayat (1) bukan dasar") == true)
        #expect(refusal("Pasal 11 ayat (2) huruf a") != nil)
        #expect(refusal("Pasal 10 ayat (3)")?.message.contains("Pasal 10 tidak memiliki ayat (3)") == true)
        #expect(refusal("Pasal 10 huruf a")?.message.contains("Pasal 10 tidak memiliki huruf") == true)
        #expect(refusal("Pasal 17 ayat (1) huruf a")?.message.contains("Pasal 17 tidak dirujuk dengan ayat") == true)
        #expect(refusal("Pasal 9 ayat(2) huruf a") != nil, "only \"ayat (2)\" and \"ayat 2\" are allowed")
        #expect(refusal("Pasal 9 ayat (dua) huruf a") != nil)
    }

    @Test(arguments: [
        "Pasal 17 huruf a dan b", "Pasal 17 huruf a, b", "Pasal 17 huruf a,b", "Pasal 17 huruf a-c",
        "Pasal 17 huruf a dan huruf c", "Pasal 17 huruf h angka 1, 2", "Pasal 17 huruf h angka 1-2",
        "Pasal 17 huruf h dan Pasal 17 huruf g", "Pasal 17 huruf a atau b",
    ])
    func oneReferencePerEntry(_ text: String) {
        #expect(refusal(text)?.kind == .several, "\(text)")
        #expect(refusal(text)?.message.contains("butir daftar tersendiri") == true)
    }

    @Test func otherArticlesAndOtherTexts() {
        #expect(refusal("Pasal 18 ayat (1)")?.kind == .unknownArticle)
        #expect(refusal("Pasal 18 ayat (1)")?.message.contains("Pasal 18 UU 14/2008") == true)
        #expect(refusal("UU 17/2023 tentang Kesehatan")?.kind == .notAnArticle)
        #expect(refusal("")?.kind == .notAnArticle)
        #expect(refusal("Pasal tujuh belas")?.message.contains("\"tujuh\" bukan nomor pasal") == true)
        #expect(refusal("Ps. 17 huruf a")?.kind == .notAnArticle)
    }

    @Test func anythingAfterTheReferenceMustBeTheLawsName() {
        let error = refusal("Pasal 17 huruf h angka 2 UU 17/2023")
        #expect(error?.kind == .trailing)
        #expect(error?.message.contains("bagian \"UU 17/2023\" tidak dikenal") == true)
        #expect(error?.message.contains("\"UU 14/2008\", \"UU No. 14/2008\"") == true)
        #expect(refusal("Pasal 17 huruf h angka 2 UU 14/2008 tentang Kesehatan")?.kind == .trailing)
        #expect(refusal("Pasal 10 UU 14/2008 dst")?.kind == .trailing)
    }

    /// Bases as real DIKs on PPID sites write them (LAW.md, LIFECYCLE.md "References as real lists
    /// write them").
    @Test(arguments: [
        ("UU No. 14/2008 Pasal 17 huruf b (persaingan usaha tidak sehat)", "Pasal 17 huruf b"),
        ("Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik Pasal 17 huruf h angka 2", "Pasal 17 huruf h angka 2"),
        ("Pasal 17 huruf h angka 4: informasi publik yang apabila dibuka dapat mengungkap riwayat", "Pasal 17 huruf h angka 4"),
        ("Pasal 17 huruf h angka 4 : informasi publik", "Pasal 17 huruf h angka 4"),
        ("UU KIP Pasal 17 huruf b (persaingan usaha tidak sehat)", "Pasal 17 huruf b"),
        ("UU 14/2008, Pasal 17 huruf c angka 1", "Pasal 17 huruf c angka 1"),
        ("UU RI No. 14 Tahun 2008 Pasal 17 huruf j", "Pasal 17 huruf j"),
        ("Undang Undang Republik Indonesia Nomor 14 Tahun 2008 Pasal 17 huruf i", "Pasal 17 huruf i"),
        ("UU No.14/2008 Pasal 17 huruf d", "Pasal 17 huruf d"),
        ("UU No 14 / 2008 Pasal 17 huruf d", "Pasal 17 huruf d"),
        ("Pasal 17 huruf b UU 14/2008 (rahasia dagang)", "Pasal 17 huruf b"),
        ("Pasal 17 huruf b, UU Nomor 14 Tahun 2008", "Pasal 17 huruf b"),
        ("Pasal 17 huruf g – informasi yang mengungkap akta otentik", "Pasal 17 huruf g"),
        ("Pasal 17 huruf g - akta otentik yang bersifat pribadi", "Pasal 17 huruf g"),
        ("Pasal 17 huruf h angka 2 yaitu riwayat kesehatan", "Pasal 17 huruf h angka 2"),
        ("Pasal 17 huruf h angka 2.", "Pasal 17 huruf h angka 2"),
        ("Pasal 17 huruf h angka 2;", "Pasal 17 huruf h angka 2"),
        ("Pasal 17 huruf b, ", "Pasal 17 huruf b"),
        ("Pasal 9 ayat (2) huruf c: laporan keuangan.", "Pasal 9 ayat (2) huruf c"),
        ("Pasal 10 ayat (1) UU KIP", "Pasal 10 ayat (1)"),
        ("Pasal 17 huruf b (persaingan usaha tidak sehat);", "Pasal 17 huruf b"),
    ])
    func acceptsBasesAsRealListsWriteThem(_ text: String, _ canonical: String) {
        #expect(parsed(text)?.description == canonical, "\(text): \(String(describing: refusal(text)?.message))")
    }

    @Test(arguments: [
        "Pasal 17 huruf b (persaingan usaha); Pasal 17 huruf c",
        "Pasal 17 huruf b: rahasia dagang; huruf c",
        "UU 14/2008 Pasal 17 huruf b dan i",
        "Pasal 17 huruf b; Pasal 17 huruf c",
    ])
    func anExplanationDoesNotHideASecondReference(_ text: String) {
        #expect(refusal(text)?.kind == .several, "\(text)")
    }

    @Test func theArticleItselfStaysStrictBehindALawName() {
        #expect(refusal("UU No. 14/2008 Pasal 17 huruf k (lain-lain)")?.message.contains("tidak memiliki huruf \"k\"") == true)
        #expect(refusal("UU 14/2008 Pasal 17")?.kind == .malformed)
        #expect(refusal("UU 14/2008")?.kind == .notAnArticle)
        #expect(refusal("UU 17/2023 Pasal 17 huruf b")?.kind == .notAnArticle, "another law's article is no basis here")
        #expect(refusal("UU 14/2008 huruf b")?.message.contains("setelah nama undang-undang") == true)
        #expect(refusal("Pasal 17 huruf b UU 14/2009")?.kind == .trailing)
    }
}
