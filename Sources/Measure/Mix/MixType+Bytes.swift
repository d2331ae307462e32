import FormatCore

extension MixType {
    /// Bytes a tensor of `elementCount` values takes in this type, from the codec registry's block
    /// layout (Q4_K: 144 bytes per 256 values) or the scalar format's width; nil when the count is not
    /// a whole number of blocks or negative, which the mix rules' fallbacks never produce for a row.
    public func byteCount(elementCount: Int) -> Int? {
        guard elementCount >= 0 else { return nil }
        if !isQuantized {
            guard let format = try? Format.named(targetName) else { return nil }
            return elementCount.multipliedReportingOverflow(by: format.bitWidth / 8).overflow ? nil : elementCount * (format.bitWidth / 8)
        }
        guard let layout = try? BlockCodecRegistry.codec(targetName).layout, layout.valuesPerBlock > 0,
              elementCount % layout.valuesPerBlock == 0 else { return nil }
        let (bytes, overflow) = (elementCount / layout.valuesPerBlock).multipliedReportingOverflow(by: layout.bytesPerBlock)
        return overflow ? nil : bytes
    }
}
