@testable import PPIDKit
import Testing

/// Data files are assembled from per-OPD pieces (`JSONValue.elements` wrapped in `.raw`): the
/// result must be the very text the whole value serialises to.
@Suite struct JSONFragmentTests {
    static let records: [JSONValue] = [
        .object([("id", .string("a")), ("tag", .strings(["x", "y"])), ("n", .null)]),
        .object([("id", .string("b \"kutip\"\n")), ("tag", .array([])), ("n", .int(2))]),
        .object([("id", .string("c")), ("sub", .object([("k", .decimal(1.5))]))]),
    ]

    @Test(arguments: [nil, 2] as [Int?])
    func piecesJoinToTheWholeArray(indent: Int?) {
        let whole = JSONValue.array(Self.records).serialized(indent: indent)
        let pieces = JSONValue.array([
            .raw(JSONValue.elements(Array(Self.records[0..<2]), indent: indent, level: 1)),
            .raw(JSONValue.elements([Self.records[2]], indent: indent, level: 1)),
        ]).serialized(indent: indent)
        #expect(pieces == whole)
        let nested = JSONValue.object([("d", .array([.raw(JSONValue.elements(Self.records, indent: indent, level: 2))]))])
        #expect(nested.serialized(indent: indent) == JSONValue.object([("d", .array(Self.records))]).serialized(indent: indent))
    }
}
