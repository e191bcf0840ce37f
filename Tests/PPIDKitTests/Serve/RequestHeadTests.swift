import Foundation
import Testing
@testable import PPIDServe

/// What `ppid serve` lets through to FlyingFox: a request head within the limits, read once.
@Suite struct RequestHeadTests {
    let limits = RequestLimits.standard

    /// Feeds `bytes` in 4 KiB reads, as the gate does; returns the outcome and how much was fed.
    func feed(_ bytes: [UInt8]) -> (RequestHead.Progress, fed: Int, head: RequestHead) {
        var head = RequestHead(limits: limits)
        var fed = 0
        var progress = RequestHead.Progress.incomplete
        while progress == .incomplete, fed < bytes.count {
            let chunk = bytes[fed..<min(fed + 4096, bytes.count)]
            fed += chunk.count
            progress = head.append(chunk)
        }
        return (progress, fed, head)
    }

    @Test func aNormalRequestIsPassedOnAskingToClose() {
        let (progress, _, head) = feed(Array("GET /opd/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\nGET /lagi HTTP/1.1\r\n\r\n".utf8))
        #expect(progress == .complete)
        #expect(String(decoding: head.forwarded, as: UTF8.self)
            == "GET /opd/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\nConnection: close\r\n\r\n",
                "satu permintaan per sambungan: yang menyusul tidak diteruskan")
    }

    @Test func bareLineFeedsEndTheHeadToo() {
        #expect(feed(Array("GET / HTTP/1.0\nHost: x\n\n".utf8)).0 == .complete)
    }

    @Test func aMegabyteRequestLineIsRefusedAfterTheLimit() {
        let (progress, fed, _) = feed(Array("GET /".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(progress == .refused(.requestLineTooLong(limit: 8192)))
        #expect(fed <= limits.requestLine + 4096, "dibaca \(fed) byte")
    }

    @Test func endlessHeadersAreRefused() {
        let endless = Array("GET / HTTP/1.1\r\n".utf8) + Array(repeating: Array("X-Isi: 0123456789abcdef\r\n".utf8), count: 40_000).joined()
        let (progress, fed, _) = feed(endless)
        #expect(progress == .refused(.headersTooLarge(lineLimit: 8192, totalLimit: 32768)))
        #expect(fed <= limits.requestLine + limits.headers + 4096)
        let oneLongLine = Array("GET / HTTP/1.1\r\nCookie: ".utf8) + [UInt8](repeating: UInt8(ascii: "k"), count: 20_000)
        #expect(feed(oneLongLine).0 == .refused(.headersTooLarge(lineLimit: 8192, totalLimit: 32768)))
    }

    @Test func requestsWithABodyOrNoRequestLineAreRefused() {
        #expect(feed(Array("POST / HTTP/1.1\r\ncontent-length: 5\r\n\r\nhalo!".utf8)).0 == .refused(.bodyNotAccepted))
        #expect(feed(Array("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)).0 == .refused(.bodyNotAccepted))
        #expect(feed(Array("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n".utf8)).0 == .complete)
        #expect(feed(Array("halo\r\n\r\n".utf8)).0 == .refused(.malformed))
        #expect(feed(Array("\r\nGET / HTTP/1.1\r\n\r\n".utf8)).0 == .refused(.malformed))
    }

    @Test func refusalsAreHTTPAnswersInIndonesian() {
        let answer = String(decoding: Refusal.requestLineTooLong(limit: 8192).response, as: UTF8.self)
        #expect(answer.hasPrefix("HTTP/1.1 414 URI Too Long\r\n"))
        #expect(answer.contains("Connection: close\r\n"))
        #expect(answer.hasSuffix("\r\n\r\nAlamat (URL) permintaan terlalu panjang: paling banyak 8 KiB. Periksa tautan yang dibuka.\n"))
        #expect(String(decoding: Refusal.headersTooLarge(lineLimit: 8192, totalLimit: 32768).response, as: UTF8.self)
            .hasPrefix("HTTP/1.1 431 Request Header Fields Too Large\r\n"))
        #expect(String(decoding: Refusal.timedOut(seconds: 10).response, as: UTF8.self).contains("dalam 10 detik"))
    }

    /// FlyingFox's answer reaches the client saying the connection closes, wherever reads split it.
    @Test func answersSayTheConnectionCloses() {
        var answer = ClosingAnswer()
        var out = answer.pass(Array("HTTP/1.1 20".utf8))
        out += answer.pass(Array("0 OK\r\nContent-Length: 2\r\n\r\nok".utf8))
        out += answer.finish()
        #expect(String(decoding: out, as: UTF8.self) == "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok")
    }
}
