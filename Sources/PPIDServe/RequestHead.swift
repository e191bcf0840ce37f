import Foundation

/// The head of one request (its request line and header lines) as it arrives, checked against
/// `RequestLimits` as each byte comes in, so a client can never make the server keep or parse
/// more than the limits. The head ends where FlyingFox's parser ends it: at the first empty line
/// (or a lone "\r") after the request line; lines may end in "\n" or "\r\n".
struct RequestHead {
    enum Progress: Equatable {
        case incomplete
        case complete
        case refused(Refusal)
    }

    let limits: RequestLimits
    private var bytes: [UInt8] = []
    /// Bytes looked at so far: each byte is looked at once.
    private var scanned = 0
    private var lineStart = 0
    /// Index of the "\n" that ends the request line.
    private var requestLineEnd: Int?
    /// Index of the empty line that ends the head.
    private var blankLineStart: Int?

    init(limits: RequestLimits) {
        self.limits = limits
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Takes the next bytes read from the client. Once the head is complete or refused, the
    /// answer stays and more bytes are ignored (one request per connection).
    mutating func append(_ chunk: some Collection<UInt8>) -> Progress {
        guard blankLineStart == nil else { return .complete }
        bytes.append(contentsOf: chunk)
        while scanned < bytes.count {
            let index = scanned
            scanned += 1
            if bytes[index] == Self.lineFeed {
                let line = lineStart..<index
                lineStart = scanned
                if requestLineEnd == nil {
                    requestLineEnd = index
                } else if line.isEmpty || (line.count == 1 && bytes[line.lowerBound] == Self.carriageReturn) {
                    blankLineStart = line.lowerBound
                    bytes.removeSubrange(scanned...)
                    return validated()
                }
            } else if let refusal = overLimit() {
                return .refused(refusal)
            }
        }
        return .incomplete
    }

    /// The complete head as FlyingFox gets it: unchanged, but asking it to close the connection
    /// after its answer (a later header wins in FlyingFox, so this one is appended last).
    var forwarded: [UInt8] {
        guard let blankLineStart else { return [] }
        return Array(bytes[..<blankLineStart]) + Array("Connection: close\r\n\r\n".utf8)
    }

    private func overLimit() -> Refusal? {
        guard let requestLineEnd else {
            return scanned > limits.requestLine ? .requestLineTooLong(limit: limits.requestLine) : nil
        }
        if scanned - lineStart > limits.headerLine || scanned - (requestLineEnd + 1) > limits.headers {
            return .headersTooLarge(lineLimit: limits.headerLine, totalLimit: limits.headers)
        }
        return nil
    }

    /// Refuses what FlyingFox could not read (it would close without an answer) and requests
    /// with a body, which a static preview has no use for.
    private func validated() -> Progress {
        guard let requestLineEnd, let blankLineStart else { return .incomplete }
        guard let requestLine = String(bytes: bytes[..<requestLineEnd], encoding: .utf8),
              requestLine.trimmingCharacters(in: .whitespacesAndNewlines)
                .split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).count == 3 else {
            return .refused(.malformed)
        }
        for line in bytes[(requestLineEnd + 1)..<blankLineStart].split(separator: Self.lineFeed) {
            guard let text = String(bytes: line, encoding: .utf8) else { return .refused(.malformed) }
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: true)
            guard parts.count == 2 else { continue }
            let name = parts[0].trimmingCharacters(in: .whitespacesAndNewlines)
            let value = parts[1].trimmingCharacters(in: .whitespacesAndNewlines)
            if name.caseInsensitiveCompare("Transfer-Encoding") == .orderedSame
                || (name.caseInsensitiveCompare("Content-Length") == .orderedSame && value != "0") {
                return .refused(.bodyNotAccepted)
            }
        }
        return .complete
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
