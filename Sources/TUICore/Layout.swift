/// Splits a rect into consecutive parts along one axis according to constraints.
///
/// Algorithm (deterministic, no solver): the available length is the axis length minus
/// the spacing between parts. Parts are first given their fixed wants in order
/// (`length`, `percentage`, `ratio`, `min`; `fill` wants 0), each clamped to what is left,
/// so earlier parts win when space is short. The spare space then goes to the `fill`
/// parts in proportion to their weights (rounding leftovers one cell each from the first),
/// or, if there is no `fill` part, equally to the `min` parts. Otherwise it stays unused
/// at the end.
public struct Layout: Sendable, Hashable {
    /// The split axis.
    public var direction: Direction
    /// One constraint per part.
    public var constraints: [LayoutConstraint]
    /// Empty cells between consecutive parts.
    public var spacing: Int

    /// Creates a layout.
    public init(_ direction: Direction, _ constraints: [LayoutConstraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = max(0, spacing)
    }

    /// A layout that stacks parts top to bottom.
    public static func vertical(_ constraints: [LayoutConstraint], spacing: Int = 0) -> Layout {
        Layout(.vertical, constraints, spacing: spacing)
    }

    /// A layout that places parts left to right.
    public static func horizontal(_ constraints: [LayoutConstraint], spacing: Int = 0) -> Layout {
        Layout(.horizontal, constraints, spacing: spacing)
    }

    /// The length of each part when `total` cells are available along the axis.
    public func sizes(for total: Int) -> [Int] {
        let n = constraints.count
        guard n > 0 else { return [] }
        let available = max(0, total - spacing * (n - 1))
        var sizes = [Int](repeating: 0, count: n)
        var remaining = available
        for (i, constraint) in constraints.enumerated() {
            let want: Int
            switch constraint {
            case .length(let l): want = l
            case .percentage(let p): want = available * Swift.min(100, Swift.max(0, p)) / 100
            case .ratio(let a, let b): want = b > 0 ? available * Swift.max(0, a) / b : 0
            case .min(let m): want = m
            case .fill: want = 0
            }
            sizes[i] = Swift.min(Swift.max(0, want), remaining)
            remaining -= sizes[i]
        }
        guard remaining > 0 else { return sizes }
        let hasFill = constraints.contains { if case .fill = $0 { true } else { false } }
        let weights = constraints.map { c -> Int in
            switch c {
            case .fill(let w) where hasFill: Swift.max(0, w)
            case .min where !hasFill: 1
            default: 0
            }
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return sizes }
        var given = 0
        for i in 0..<n where weights[i] > 0 {
            let share = remaining * weights[i] / totalWeight
            sizes[i] += share
            given += share
        }
        var leftover = remaining - given
        for i in 0..<n where weights[i] > 0 && leftover > 0 {
            sizes[i] += 1
            leftover -= 1
        }
        return sizes
    }

    /// The parts of `area`, one rect per constraint, in order.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .vertical ? area.height : area.width
        var offset = 0
        var result: [Rect] = []
        result.reserveCapacity(constraints.count)
        for size in sizes(for: total) {
            let start = Swift.min(offset, total)
            let length = Swift.min(size, total - start)
            switch direction {
            case .vertical:
                result.append(Rect(x: area.x, y: area.y + start, width: area.width, height: length))
            case .horizontal:
                result.append(Rect(x: area.x + start, y: area.y, width: length, height: area.height))
            }
            offset = start + length + spacing
        }
        return result
    }
}
