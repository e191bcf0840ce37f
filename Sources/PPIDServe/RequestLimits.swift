/// What one client may send to `ppid serve`, and for how long it may hold a connection.
/// FlyingFox 0.27 has no limits of its own (and reads a long line in quadratic time), so
/// `RequestGate` enforces these before a request reaches it.
struct RequestLimits: Sendable {
    /// Longest request line ("GET /alamat HTTP/1.1"), in bytes.
    var requestLine = 8 * 1024
    /// Longest header line, in bytes.
    var headerLine = 8 * 1024
    /// All header lines together, in bytes.
    var headers = 32 * 1024
    /// Time from the connection opening until its request head is complete (slow clients).
    var headTime = Duration.seconds(10)
    /// Time for the answer to be produced and sent (live-reload waits up to 10 s of it).
    var answerTime = Duration.seconds(60)
    /// Connections served at once; more are answered 503 at once.
    var connections = 64
    /// After a refusal, what is still read (and dropped) so the client can read the answer
    /// before the connection closes.
    var lingerBytes = 2 * 1024 * 1024
    var lingerTime = Duration.seconds(2)

    static let standard = RequestLimits()
}
