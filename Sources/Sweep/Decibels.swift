import Foundation

/// Power ratios in decibels, for modules that do not import Foundation (Measure).
public enum Decibels {
    /// 10·log10(`ratio`).
    public static func of(_ ratio: Double) -> Double { 10 * log10(ratio) }
}
