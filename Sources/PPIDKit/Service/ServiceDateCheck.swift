/// Which register rows the figures count: a row with any date after the reference date is left out
/// of every figure (PPID502 warning), as is a row whose dates are out of order (PPID502 error).
public enum ServiceDateCheck {
    public static func isCounted(_ request: InformationRequest, today: CalendarDate) -> Bool {
        guard request.tanggalPermohonan <= today else { return false }
        guard let notice = request.tanggalPemberitahuan else { return true }
        return notice <= today && notice >= request.tanggalPermohonan
    }

    public static func isCounted(_ objection: Objection, today: CalendarDate) -> Bool {
        guard objection.tanggalKeberatan <= today else { return false }
        guard let answer = objection.tanggalTanggapan else { return true }
        return answer <= today && answer >= objection.tanggalKeberatan
    }

    public static func isCounted(_ dispute: InformationDispute, today: CalendarDate) -> Bool {
        dispute.tanggalRegistrasi <= today
    }
}
