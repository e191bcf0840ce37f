import FlyingFox
import FlyingSocks
import Foundation

/// The front door of `ppid serve`. It accepts connections on the address the user asked for,
/// reads each request head within `RequestLimits`, answers what breaks them itself (414, 431,
/// 408, 413, 400, 503, in Indonesian) and passes a well-formed request on to FlyingFox, which
/// listens on a private Unix socket only (`BackendSocket`). FlyingFox 0.27 has no limits and reads a
/// long request line in quadratic time: behind the gate it never gets more than the limits.
///
/// One request per connection: the request FlyingFox gets and the answer the client gets both say
/// `Connection: close`, so no later request can slip past the gate on a kept-alive connection.
struct RequestGate: Sendable {
    let limits: RequestLimits
    let backend: sockaddr_un
    /// The address listened on; the port is the one the system chose when 0 was asked for.
    let host: String
    let port: UInt16
    private let listener: Socket

    /// Binds and listens at once, so a port already in use is reported before anything runs.
    init(host: String, port: UInt16, backendPath: String, limits: RequestLimits = .standard) throws {
        let socket = try Socket(domain: AF_INET)
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: sockaddr_in.inet(ip4: host, port: port))
            try socket.listen()
            guard case .ip4(let ip, let boundPort) = try socket.sockname() else { throw SocketError.unsupportedAddress }
            self.host = ip
            self.port = boundPort
        } catch {
            try? socket.close()
            throw error
        }
        self.listener = socket
        self.limits = limits
        self.backend = .unix(path: backendPath)
    }

    /// Serves until cancelled.
    func run() async throws {
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        let listening = try AsyncSocket(socket: listener, pool: pool)
        let slots = ConnectionSlots(limit: limits.connections)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await pool.run() }
            while !Task.isCancelled {
                let client: AsyncSocket
                do {
                    client = try await listening.accept()
                } catch {
                    // A connection that failed while queued (or no file descriptor left for it):
                    // the server itself goes on.
                    try? await Task.sleep(for: .milliseconds(20))
                    continue
                }
                guard await slots.take() else {
                    Self.turnAway(client, limit: limits.connections)
                    continue
                }
                group.addTask {
                    await serve(client, pool: pool)
                    await slots.release()
                }
            }
            group.cancelAll()
        }
    }

    private func serve(_ client: AsyncSocket, pool: some AsyncSocketPool) async {
        defer { try? client.close() }
        var head = RequestHead(limits: limits)
        let clock = ContinuousClock()
        let deadline = clock.now + limits.headTime
        var progress = RequestHead.Progress.incomplete
        while progress == .incomplete {
            let chunk: [UInt8]
            do {
                chunk = try await within(deadline - clock.now) { try await client.read(atMost: 4096) }
            } catch is DeadlinePassed {
                // A connection that never sent anything (a browser's spare one) closes quietly.
                if !head.isEmpty { await refuse(.timedOut(seconds: Int(limits.headTime.components.seconds)), on: client) }
                return
            } catch {
                return
            }
            progress = head.append(chunk)
        }
        if case .refused(let refusal) = progress {
            await refuse(refusal, on: client)
        } else {
            await pass(head.forwarded, from: client, pool: pool)
        }
    }

    /// Sends the request to FlyingFox and its answer back, marked `Connection: close`.
    private func pass(_ request: [UInt8], from client: AsyncSocket, pool: some AsyncSocketPool) async {
        let backend = backend
        try? await within(limits.answerTime) {
            let site = try await AsyncSocket.connected(to: backend, pool: pool)
            defer { try? site.close() }
            try await site.write(Data(request))
            site.socket.shutdownWrites()
            var answer = ClosingAnswer()
            while let chunk = try await site.readOrEnd() {
                try await client.write(answer.pass(chunk))
            }
            try await client.write(answer.finish())
        }
    }

    /// Sends the refusal, then reads (and drops) for a moment what the client still sends: closing
    /// with unread bytes would reset the connection before the client has read the answer.
    private func refuse(_ refusal: Refusal, on client: AsyncSocket) async {
        let limits = limits
        try? await within(limits.lingerTime) {
            try await client.write(refusal.response)
            client.socket.shutdownWrites()
            var drained = 0
            while drained < limits.lingerBytes, let chunk = try await client.readOrEnd() {
                drained += chunk.count
            }
        }
    }

    /// Over the connection limit: the answer goes out only if it fits the socket's buffer at once
    /// (it does on a new connection), and nothing waits for the client.
    private static func turnAway(_ client: AsyncSocket, limit: Int) {
        _ = try? client.socket.write(Refusal.tooManyConnections(limit: limit).response)
        try? client.close()
    }
}

/// How many connections are open, against the limit.
actor ConnectionSlots {
    let limit: Int
    private var open = 0

    init(limit: Int) {
        self.limit = limit
    }

    func take() -> Bool {
        guard open < limit else { return false }
        open += 1
        return true
    }

    func release() {
        open -= 1
    }
}

/// FlyingFox's answer, passed on with `Connection: close` added after its status line.
struct ClosingAnswer {
    private var pending: [UInt8] = []
    private var statusLineSeen = false

    mutating func pass(_ chunk: [UInt8]) -> Data {
        guard !statusLineSeen else { return Data(chunk) }
        pending += chunk
        guard let lineEnd = pending.firstIndex(of: UInt8(ascii: "\n")) else {
            // Not an HTTP status line after all this: pass it on as it is.
            return pending.count > 1024 ? finish() : Data()
        }
        statusLineSeen = true
        var data = Data(pending[...lineEnd])
        data.append(contentsOf: Array("Connection: close\r\n".utf8))
        data.append(contentsOf: pending[(lineEnd + 1)...])
        pending = []
        return data
    }

    /// Whatever is still held back.
    mutating func finish() -> Data {
        statusLineSeen = true
        defer { pending = [] }
        return Data(pending)
    }
}

struct DeadlinePassed: Error {}

/// Runs `body`, cancelling it and throwing `DeadlinePassed` once `time` has passed.
func within<T: Sendable>(_ time: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: time)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw DeadlinePassed() }
        return value
    }
}

extension AsyncSocket {
    /// The next bytes, or nil once the other side has closed.
    func readOrEnd() async throws -> [UInt8]? {
        do {
            return try await read(atMost: 64 * 1024)
        } catch SocketError.disconnected {
            return nil
        }
    }
}

extension Socket {
    /// Tells the other side nothing more is coming; reading goes on.
    func shutdownWrites() {
        _ = shutdown(file.rawValue, Int32(SHUT_WR))
    }
}
