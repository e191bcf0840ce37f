import Mustache

// The plain values of every page context render through `MustacheCustomRenderable`. Without
// these conformances swift-mustache renders a `String`, `Int` or `Bool` variable by trying it as
// a lambda and as an optional and then calling `String(describing:)`, whose own dynamic casts
// were the largest single cost of rendering a page. The text is the same: `renderText` is exactly
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
