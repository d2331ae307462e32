/// Something that draws itself into a rect of a cell buffer. Rendering is pure.
///
/// A view must only touch cells inside `area` and must not depend on anything but its
/// own value, the area and the context, so that the same inputs give the same cells.
public protocol View: Sendable {
    /// Draws the view into `buffer` within `area`.
    func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext)
}
