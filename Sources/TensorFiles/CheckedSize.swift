/// Sizes computed from header fields without overflow: every sum and product of header-derived
/// numbers goes through these, and nil means the result does not fit an Int.
enum CheckedSize {
    /// `a + b`, or nil on overflow.
    @inline(__always)
    static func add(_ a: Int, _ b: Int) -> Int? {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? nil : r
    }

    /// `a * b`, or nil on overflow.
    @inline(__always)
    static func multiply(_ a: Int, _ b: Int) -> Int? {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? nil : r
    }

    /// The product of `dimensions` (1 for none), or nil when one is negative or the product overflows.
    static func product(_ dimensions: [Int]) -> Int? {
        var n = 1
        for d in dimensions {
            guard d >= 0, let next = multiply(n, d) else { return nil }
            n = next
        }
        return n
    }

    /// `value` rounded up to a multiple of `alignment` (a power of two), or nil on overflow.
    static func alignUp(_ value: Int, _ alignment: Int) -> Int? {
        guard let sum = add(value, alignment - 1) else { return nil }
        return sum & ~(alignment - 1)
    }
}
