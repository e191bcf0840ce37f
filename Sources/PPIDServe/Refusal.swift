import Foundation

/// Why `RequestGate` answers a request itself instead of passing it to the site, with the
/// answer in Indonesian: what is wrong and what to do.
enum Refusal: Equatable, Sendable {
    case malformed
    case timedOut(seconds: Int)
    case bodyNotAccepted
    case requestLineTooLong(limit: Int)
    case headersTooLarge(lineLimit: Int, totalLimit: Int)
    case tooManyConnections(limit: Int)

    var status: Int {
        switch self {
        case .malformed: 400
        case .timedOut: 408
        case .bodyNotAccepted: 413
        case .requestLineTooLong: 414
        case .headersTooLarge: 431
        case .tooManyConnections: 503
        }
    }

    /// The standard reason phrase (HTTP clients expect it in English).
    var phrase: String {
        switch self {
        case .malformed: "Bad Request"
        case .timedOut: "Request Timeout"
        case .bodyNotAccepted: "Content Too Large"
        case .requestLineTooLong: "URI Too Long"
        case .headersTooLarge: "Request Header Fields Too Large"
        case .tooManyConnections: "Service Unavailable"
        }
    }

    var message: String {
        switch self {
        case .malformed:
            "Permintaan tidak dapat dibaca: baris pertamanya harus berbentuk \"GET /alamat HTTP/1.1\"."
        case .timedOut(let seconds):
            "Permintaan tidak selesai dikirim dalam \(seconds) detik, jadi sambungan ditutup. Muat ulang halaman."
        case .bodyNotAccepted:
            "Server pratinjau hanya melayani permintaan tanpa isi (misalnya GET): situs PPID ini statis dan tidak menerima kiriman."
        case .requestLineTooLong(let limit):
            "Alamat (URL) permintaan terlalu panjang: paling banyak \(limit / 1024) KiB. Periksa tautan yang dibuka."
        case .headersTooLarge(let lineLimit, let totalLimit):
            "Kepala (header) permintaan terlalu besar: paling banyak \(totalLimit / 1024) KiB, \(lineLimit / 1024) KiB per baris. "
                + "Hapus kuki (cookie) untuk alamat ini di peramban, lalu coba lagi."
        case .tooManyConnections(let limit):
            "Terlalu banyak sambungan ke server pratinjau (paling banyak \(limit) sekaligus). Tutup sebagian tab, lalu coba lagi."
        }
    }

    /// The whole HTTP answer; the connection closes after it.
    var response: Data {
        let body = Data((message + "\n").utf8)
        let head = "HTTP/1.1 \(status) \(phrase)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: \(body.count)\r\n"
            + "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
        return Data(head.utf8) + body
    }
}
