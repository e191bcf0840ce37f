import Foundation

/// A bare TCP connection to 127.0.0.1, for requests no HTTP library would send: a 1 MB request
/// line, endless headers, a request that stops half-way. Blocking, every wait bounded.
final class RawConnection: @unchecked Sendable {
    private let descriptor: Int32

    init(port: Int, seconds: Int = 20) throws {
        #if os(Linux)
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit { close(descriptor) }

    /// Sends everything it can; false once the server stops taking bytes (closed, or 20 s).
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Foundation.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    /// Sends in the background (the server may stop reading part-way) and returns the answer.
    func request(_ bytes: [UInt8]) -> String {
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread { [self] in
            send(bytes)
            done.signal()
        }
        let answer = readAnswer()
        _ = done.wait(timeout: .now() + 25)
        return answer
    }

    /// Sends a request on a new connection and returns the answer ("" when none came).
    static func answer(port: Int) -> @Sendable ([UInt8]) -> String {
        { bytes in (try? RawConnection(port: port).request(bytes)) ?? "" }
    }

    /// Everything until the server closes the connection (or 20 s pass).
    func readAnswer() -> String {
        var answer = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            answer += buffer[..<count]
        }
        return String(decoding: answer, as: UTF8.self)
    }

    /// Runs each job on a thread of its own, all at once; returns their results in order.
    static func concurrently<T: Sendable>(_ jobs: [@Sendable () -> T]) -> [T] {
        let results = Results<T>(count: jobs.count)
        let group = DispatchGroup()
        for (index, job) in jobs.enumerated() {
            group.enter()
            Thread.detachNewThread {
                results.set(index, job())
                group.leave()
            }
        }
        group.wait()
        return results.values.compactMap { $0 }
    }

    private final class Results<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [T?]
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: T) { lock.withLock { storage[index] = value } }
        var values: [T?] { lock.withLock { storage } }
    }
}
