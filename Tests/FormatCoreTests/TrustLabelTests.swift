import Testing
import FormatCore

/// Labels that must be true (defect 8).
@Suite struct TrustLabelTests {
    @Test("e4m3fn's NaN has no payload; IEEE formats' NaNs do")
    func nanMantissa() {
        #expect(Format.e4m3fn.floatSemantics!.nanMantissaNote.contains("no payload"))
        #expect(Format.e8m0fnu.floatSemantics!.nanMantissaNote.contains("no payload"))
        #expect(Format.e4m3fnuz.floatSemantics!.nanMantissaNote.contains("no payload"))
        #expect(Format.fp16.floatSemantics!.nanMantissaNote.contains("payload") && !Format.fp16.floatSemantics!.nanMantissaNote.contains("no payload"))
    }

    @Test("e4m3fn's summary does not name AMD MI300 (which uses the FNUZ variants)")
    func e4m3fnSummary() {
        #expect(!Format.e4m3fn.summary.contains("MI300"))
        #expect(Format.e4m3fnuz.summary.contains("MI300"))
    }
}
