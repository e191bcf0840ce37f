/// The steps of UU 14/2008 a requester follows, in plain Indonesian: time limits (Pasal 22,
/// 35–38), the grounds of objection (Pasal 35 ayat (1)) and who answers at each step.
struct ServiceProcedure {
    struct TimeLimit {
        var stage: String
        var limit: String
        var basis: String
    }

    struct Ground {
        var letter: String
        var text: String
    }

    /// Who answers an objection: in regional government the Sekretaris Daerah (Permendagri 3/2017).
    let superior: String
    /// Where a dispute goes.
    let commission: String

    init(jenis: String?) {
        switch jenis {
        case "provinsi":
            superior = "Sekretaris Daerah selaku Atasan PPID"
            commission = "Komisi Informasi Provinsi"
        case "kabupaten", "kota":
            superior = "Sekretaris Daerah selaku Atasan PPID"
            commission = "Komisi Informasi Provinsi, atau Komisi Informasi kabupaten/kota bila telah dibentuk"
        default:
            superior = "Atasan PPID"
            commission = "Komisi Informasi sesuai kewenangannya"
        }
    }

    static let timeLimits: [TimeLimit] = [
        TimeLimit(stage: "PPID menjawab permohonan informasi secara tertulis", limit: "paling lambat 10 hari kerja sejak permohonan diterima",
                  basis: "Pasal 22 UU 14/2008"),
        TimeLimit(stage: "Perpanjangan waktu jawaban, satu kali, dengan alasan tertulis", limit: "paling lama 7 hari kerja",
                  basis: "Pasal 22 UU 14/2008"),
        TimeLimit(stage: "Pemohon mengajukan keberatan kepada Atasan PPID", limit: "paling lambat 30 hari kerja setelah alasan keberatan ditemukan",
                  basis: "Pasal 35–36 UU 14/2008"),
        TimeLimit(stage: "Atasan PPID memberikan tanggapan tertulis atas keberatan", limit: "paling lambat 30 hari kerja sejak keberatan diterima",
                  basis: "Pasal 36 UU 14/2008"),
        TimeLimit(stage: "Pemohon mengajukan penyelesaian sengketa kepada Komisi Informasi", limit: "paling lambat 14 hari kerja setelah tanggapan tertulis Atasan PPID diterima",
                  basis: "Pasal 37 UU 14/2008"),
        TimeLimit(stage: "Komisi Informasi mulai menyelesaikan sengketa melalui mediasi dan/atau ajudikasi nonlitigasi", limit: "paling lambat 14 hari kerja setelah permohonan penyelesaian sengketa diterima",
                  basis: "Pasal 38 ayat (1) UU 14/2008"),
        TimeLimit(stage: "Penyelesaian sengketa informasi oleh Komisi Informasi", limit: "paling lambat 100 hari kerja",
                  basis: "Pasal 38 ayat (2) UU 14/2008"),
    ]

    static let objectionGrounds: [Ground] = [
        Ground(letter: "a", text: "Permohonan informasi ditolak dengan alasan pengecualian menurut Pasal 17"),
        Ground(letter: "b", text: "Informasi berkala sebagaimana dimaksud Pasal 9 tidak disediakan"),
        Ground(letter: "c", text: "Permohonan informasi tidak ditanggapi"),
        Ground(letter: "d", text: "Permohonan informasi ditanggapi tidak sebagaimana yang diminta"),
        Ground(letter: "e", text: "Permohonan informasi tidak dipenuhi"),
        Ground(letter: "f", text: "Biaya yang dikenakan tidak wajar"),
        Ground(letter: "g", text: "Informasi disampaikan melebihi waktu yang diatur dalam undang-undang"),
    ]
}
