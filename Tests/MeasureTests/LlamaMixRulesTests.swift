import Measure
import Testing

@Suite("LlamaMixRules")
struct LlamaMixRulesTests {
    @Test("every tensor of every synthetic model gets mix.py's type for every mix, with and without an importance matrix",
          arguments: MixFixtures.models.map(\.name))
    func matchesReference(model name: String) throws {
        let model = try #require(MixFixtures.models.first { $0.name == name })
        #expect(model.runs.count == LlamaMix.allCases.count + 4)
        for run in model.runs {
            let mix = try LlamaMix.parse(run.mix)
            var facts = model.facts
            facts.hasImportanceMatrix = run.imatrix
            guard let expected = run.types else {
                #expect(throws: MixError.self, "\(name) \(run.mix) should be refused") {
                    try LlamaMixRules.types(for: model.tensors, model: facts, mix: mix)
                }
                continue
            }
            let choices = try LlamaMixRules.types(for: model.tensors, model: facts, mix: mix)
            #expect(choices.map(\.name) == model.tensors.map(\.name))
            var wrong = 0
            for (choice, want) in zip(choices, expected) where choice.typeName != want {
                wrong += 1
                if wrong <= 5 { Issue.record("\(name) \(run.mix) imatrix=\(run.imatrix): \(choice.name) is \(choice.typeName) (\(choice.reason)), mix.py says \(want)") }
            }
            #expect(wrong == 0, "\(name) \(run.mix): \(wrong) tensors differ")
        }
    }

    @Test("the fixture holds the models the tests are about: ten named, ten random in shuffled order, 38 refused runs")
    func fixtureLoaded() {
        let named: Set = ["llama7b", "gqa8b", "qwen05b", "tied1b", "qwen3like", "mixtral8", "moe4", "llama70b", "falcon", "odd"]
        #expect(Set(MixFixtures.models.map(\.name)) == named.union((0..<10).map { "random\($0)" }))
        #expect(MixFixtures.models.reduce(0) { $0 + $1.tensors.count } > 2900)
        #expect(MixFixtures.models.reduce(0) { $0 + $1.runs.filter { $0.types == nil }.count } == 38)
    }
}
