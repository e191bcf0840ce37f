extension Collection {
    /// The element at `index`, or nil when the collection has no such index.
    subscript(safe index: Index) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
