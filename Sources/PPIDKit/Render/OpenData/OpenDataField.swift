/// One key of an open-data file, with what it holds in plain Indonesian (shown on `/data/`).
public struct OpenDataField: Sendable {
    public var name: String
    public var description: String

    public init(_ name: String, _ description: String) {
        self.name = name
        self.description = description
    }
}
