import Testing
@testable import TUICore

@Suite("Rect and Layout")
struct LayoutTests {
    @Test func verticalFixedFillFixed() {
        let parts = Layout.vertical([.length(3), .fill(1), .length(1)]).split(Rect(x: 2, y: 1, width: 20, height: 10))
        #expect(parts == [
            Rect(x: 2, y: 1, width: 20, height: 3),
            Rect(x: 2, y: 4, width: 20, height: 6),
            Rect(x: 2, y: 10, width: 20, height: 1),
        ])
    }

    @Test func percentagesRoundDownAndLeaveSpare() {
        #expect(Layout.horizontal([.percentage(50), .percentage(50)]).sizes(for: 11) == [5, 5])
        #expect(Layout.horizontal([.percentage(25), .fill(1)]).sizes(for: 10) == [2, 8])
        #expect(Layout.horizontal([.ratio(1, 3), .fill(1)]).sizes(for: 9) == [3, 6])
    }

    @Test func fillWeightsShareSpare() {
        #expect(Layout.horizontal([.fill(1), .fill(2)]).sizes(for: 9) == [3, 6])
        #expect(Layout.horizontal([.fill(1), .fill(2)]).sizes(for: 10) == [4, 6])
        #expect(Layout.horizontal([.fill(1), .fill(1), .fill(1)]).sizes(for: 10) == [4, 3, 3])
    }

    @Test func minGrowsOnlyWithoutFill() {
        #expect(Layout.vertical([.length(2), .min(3)]).sizes(for: 10) == [2, 8])
        #expect(Layout.vertical([.min(3), .fill(1)]).sizes(for: 10) == [3, 7])
        #expect(Layout.vertical([.min(3), .min(1)]).sizes(for: 10) == [6, 4])
    }

    @Test func shortageFavoursEarlierParts() {
        #expect(Layout.vertical([.length(5), .length(5), .fill(1)]).sizes(for: 7) == [5, 2, 0])
        #expect(Layout.vertical([.length(5)]).sizes(for: 0) == [0])
        #expect(Layout.vertical([]).sizes(for: 5) == [])
    }

    @Test func spacingBetweenParts() {
        let parts = Layout.horizontal([.fill(1), .fill(1)], spacing: 1).split(Rect(x: 0, y: 0, width: 11, height: 2))
        #expect(parts.map(\.x) == [0, 6])
        #expect(parts.map(\.width) == [5, 5])
    }

    @Test func rectHelpers() {
        let r = Rect(x: 2, y: 3, width: 10, height: 6)
        #expect(r.intersection(Rect(x: 8, y: 0, width: 10, height: 5)) == Rect(x: 8, y: 3, width: 4, height: 2))
        #expect(r.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(r.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 4))
        #expect(r.inset(by: 10).isEmpty)
        #expect(r.centered(width: 4, height: 2) == Rect(x: 5, y: 5, width: 4, height: 2))
        #expect(r.splitTop(2).top == Rect(x: 2, y: 3, width: 10, height: 2))
        #expect(r.splitTop(2).rest == Rect(x: 2, y: 5, width: 10, height: 4))
        #expect(r.splitRight(3).right == Rect(x: 9, y: 3, width: 3, height: 6))
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).width == 0)
        #expect(r.contains(x: 11, y: 8) && !r.contains(x: 12, y: 8))
    }
}
