import Mustache

// The plain values of every page context render through `MustacheCustomRenderable`. Without
// these conformances swift-mustache renders a `String`, `Int` or `Bool` variable by trying it as
// a lambda and as an optional and then calling `String(describing:)`, each with dynamic casts of
// its own (about 5 % of a build's CPU). The text is the same: `renderText` is exactly
// what `String(describing:)` gives, and `isNull` is false, as the library assumes for any value.

extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}

extension Bool: @retroactive MustacheCustomRenderable {
    public var renderText: String { self ? "true" : "false" }
    public var isNull: Bool { false }
}

// A section over a text or a number (`{{#dasar}} ({{dasar}}){{/dasar}}`) puts the value on the
// context stack, and every lookup inside it asks that value for the name first: without
// `MustacheParent` the library builds a `Mirror` of the value each time, only to find it has no
// children. The answer is the same (none), without the reflection.

extension String: @retroactive MustacheParent {
    public func child(named: String) -> Any? { nil }
}

extension Int: @retroactive MustacheParent {
    public func child(named: String) -> Any? { nil }
}
