import Testing
@testable import FloatscopeApp

@Suite("Effects")
struct EffectTests {
    @Test func quitCarriesItsStatus() {
        #expect(Effect.quit(status: 0) != Effect.quit(status: 130))
    }
}
