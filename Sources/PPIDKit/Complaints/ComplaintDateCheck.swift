/// The impossible dates of a row (PPID402). The rule reports them; the statistics leave a row
/// with any of them out of every duration.
public enum ComplaintDateCheck {
    public enum Problem: Sendable, Hashable {
        case afterToday(ComplaintColumn, CalendarDate)
        case beforeEntry(ComplaintColumn, CalendarDate)
        case closedButNotSelesai(CalendarDate)

        public var column: ComplaintColumn {
            switch self {
            case .afterToday(let column, _), .beforeEntry(let column, _): return column
            case .closedButNotSelesai: return .tanggalSelesai
            }
        }
    }

    /// Every problem of the row, in column order.
    public static func problems(_ record: ComplaintRecord, today: CalendarDate) -> [Problem] {
        var found: [Problem] = []
        if record.tanggalMasuk > today { found.append(.afterToday(.tanggalMasuk, record.tanggalMasuk)) }
        if let date = record.tanggalTindakLanjut {
            if date < record.tanggalMasuk {
                found.append(.beforeEntry(.tanggalTindakLanjut, date))
            } else if date > today {
                found.append(.afterToday(.tanggalTindakLanjut, date))
            }
        }
        if let date = record.tanggalSelesai {
            if date < record.tanggalMasuk {
                found.append(.beforeEntry(.tanggalSelesai, date))
            } else if date > today {
                found.append(.afterToday(.tanggalSelesai, date))
            }
            if record.status != .selesai { found.append(.closedButNotSelesai(date)) }
        }
        return found
    }

    /// Whether the row's durations can be trusted.
    public static func isSound(_ record: ComplaintRecord, today: CalendarDate) -> Bool {
        guard !record.hasUnreadableDate, record.tanggalMasuk <= today else { return false }
        if let date = record.tanggalTindakLanjut, date < record.tanggalMasuk || date > today { return false }
        if let date = record.tanggalSelesai, date < record.tanggalMasuk || date > today || record.status != .selesai { return false }
        return true
    }
}
