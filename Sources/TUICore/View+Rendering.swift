extension View {
    /// Renders the view into a fresh blank buffer of the given size (handy for tests and `render` commands).
    public func rendered(width: Int, height: Int, context: RenderContext = .plain) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        render(into: &buffer, area: buffer.bounds, context: context)
        return buffer
    }
}
