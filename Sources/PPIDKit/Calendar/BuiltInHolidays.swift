/// The national holidays and cuti bersama that `ppid` ships, per year. Each year names the SKB (and
/// its amendments) it follows and was checked date by date against two public lists
/// (../shared/spec/SOURCES.md, "Working days"). A year is added only when it can be checked so; a
/// kabupaten adds or replaces days in `kalender/<tahun>.yml`.
public enum BuiltInHolidays {
    public static let years: [Int: [Holiday]] = [2025: year2025, 2026: year2026]

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day) ?? CalendarDate(dayNumber: 0)
    }

    /// 2025: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017 Tahun 2024,
    /// No. 2 Tahun 2024, No. 2 Tahun 2024 (17 libur nasional, 10 cuti bersama), amended by SKB
    /// No. 933 Tahun 2025, No. 1 Tahun 2025, No. 3 Tahun 2025 of 7 August 2025 (cuti bersama 18 August).
    static let year2025: [Holiday] = [
        Holiday(day(2025, 1, 1), "Tahun Baru 2025 Masehi"),
        Holiday(day(2025, 1, 27), "Isra Mikraj Nabi Muhammad SAW"),
        Holiday(day(2025, 1, 28), "Cuti bersama Tahun Baru Imlek", .cutiBersama),
        Holiday(day(2025, 1, 29), "Tahun Baru Imlek 2576 Kongzili"),
        Holiday(day(2025, 3, 28), "Cuti bersama Hari Suci Nyepi", .cutiBersama),
        Holiday(day(2025, 3, 29), "Hari Suci Nyepi Tahun Baru Saka 1947"),
        Holiday(day(2025, 3, 31), "Idulfitri 1446 Hijriah"),
        Holiday(day(2025, 4, 1), "Idulfitri 1446 Hijriah"),
        Holiday(day(2025, 4, 2), "Cuti bersama Idulfitri", .cutiBersama),
        Holiday(day(2025, 4, 3), "Cuti bersama Idulfitri", .cutiBersama),
        Holiday(day(2025, 4, 4), "Cuti bersama Idulfitri", .cutiBersama),
        Holiday(day(2025, 4, 7), "Cuti bersama Idulfitri", .cutiBersama),
        Holiday(day(2025, 4, 18), "Wafat Yesus Kristus"),
        Holiday(day(2025, 4, 20), "Kebangkitan Yesus Kristus (Paskah)"),
        Holiday(day(2025, 5, 1), "Hari Buruh Internasional"),
        Holiday(day(2025, 5, 12), "Hari Raya Waisak 2569 BE"),
        Holiday(day(2025, 5, 13), "Cuti bersama Hari Raya Waisak", .cutiBersama),
        Holiday(day(2025, 5, 29), "Kenaikan Yesus Kristus"),
        Holiday(day(2025, 5, 30), "Cuti bersama Kenaikan Yesus Kristus", .cutiBersama),
        Holiday(day(2025, 6, 1), "Hari Lahir Pancasila"),
        Holiday(day(2025, 6, 6), "Iduladha 1446 Hijriah"),
        Holiday(day(2025, 6, 9), "Cuti bersama Iduladha", .cutiBersama),
        Holiday(day(2025, 6, 27), "Tahun Baru Islam 1447 Hijriah"),
        Holiday(day(2025, 8, 17), "Hari Kemerdekaan Republik Indonesia"),
        Holiday(day(2025, 8, 18), "Cuti bersama Hari Kemerdekaan (SKB perubahan 2025)", .cutiBersama),
        Holiday(day(2025, 9, 5), "Maulid Nabi Muhammad SAW"),
        Holiday(day(2025, 12, 25), "Hari Raya Natal"),
        Holiday(day(2025, 12, 26), "Cuti bersama Hari Raya Natal", .cutiBersama),
    ]

    /// 2026: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497 Tahun 2025,
    /// No. 2 Tahun 2025, No. 5 Tahun 2025 (17 libur nasional, 8 cuti bersama).
    static let year2026: [Holiday] = [
        Holiday(day(2026, 1, 1), "Tahun Baru 2026 Masehi"),
        Holiday(day(2026, 1, 16), "Isra Mikraj Nabi Muhammad SAW"),
        Holiday(day(2026, 2, 16), "Cuti bersama Tahun Baru Imlek", .cutiBersama),
        Holiday(day(2026, 2, 17), "Tahun Baru Imlek 2577 Kongzili"),
        Holiday(day(2026, 3, 18), "Cuti bersama Hari Suci Nyepi", .cutiBersama),
        Holiday(day(2026, 3, 19), "Hari Suci Nyepi Tahun Baru Saka 1948"),
        Holiday(day(2026, 3, 20), "Cuti bersama Idulfitri", .cutiBersama),
        Holiday(day(2026, 3, 21), "Idulfitri 1447 Hijriah"),
        Holiday(day(2026, 3, 22), "Idulfitri 1447 Hijriah"),
        Holiday(day(2026, 3, 23), "Cuti bersama Idulfitri", .cutiBersama),
        Holiday(day(2026, 3, 24), "Cuti bersama Idulfitri", .cutiBersama),
        Holiday(day(2026, 4, 3), "Wafat Yesus Kristus"),
        Holiday(day(2026, 4, 5), "Kebangkitan Yesus Kristus (Paskah)"),
        Holiday(day(2026, 5, 1), "Hari Buruh Internasional"),
        Holiday(day(2026, 5, 14), "Kenaikan Yesus Kristus"),
        Holiday(day(2026, 5, 15), "Cuti bersama Kenaikan Yesus Kristus", .cutiBersama),
        Holiday(day(2026, 5, 27), "Iduladha 1447 Hijriah"),
        Holiday(day(2026, 5, 28), "Cuti bersama Iduladha", .cutiBersama),
        Holiday(day(2026, 5, 31), "Hari Raya Waisak 2570 BE"),
        Holiday(day(2026, 6, 1), "Hari Lahir Pancasila"),
        Holiday(day(2026, 6, 16), "Tahun Baru Islam 1448 Hijriah"),
        Holiday(day(2026, 8, 17), "Hari Kemerdekaan Republik Indonesia"),
        Holiday(day(2026, 8, 25), "Maulid Nabi Muhammad SAW"),
        Holiday(day(2026, 12, 24), "Cuti bersama Hari Raya Natal", .cutiBersama),
        Holiday(day(2026, 12, 25), "Hari Raya Natal"),
    ]
}
