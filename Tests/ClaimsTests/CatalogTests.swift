import Testing
@testable import Claims

@Suite struct CatalogTests {
    @Test func everyClaimChecks() throws {
        #expect(try ClaimEvaluator.checkAll().count == ClaimCatalog.records.count)
    }
}
