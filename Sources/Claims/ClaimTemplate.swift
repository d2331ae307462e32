/// Text templates with `{key}` placeholders: the statements and explanations of the claim records.
/// A template holds no figure of its own; every number in a filled template comes from a figure or
/// a name substituted for a placeholder.
public enum ClaimTemplate {
    /// The keys of the placeholders in `template`, in order.
    public static func placeholders(in template: String) -> [String] {
        var keys: [String] = []
        var current: String?
        for c in template {
            if c == "{" { current = "" } else if c == "}", let key = current { keys.append(key); current = nil } else if current != nil { current!.append(c) }
        }
        return keys
    }

    /// The template's own text: the template with its placeholders taken out.
    public static func literalText(_ template: String) -> String {
        var out = "", inside = false
        for c in template {
            if c == "{" { inside = true } else if c == "}" { inside = false } else if !inside { out.append(c) }
        }
        return out
    }

    /// The template with each placeholder replaced by its value; throws for a placeholder without one.
    public static func fill(_ template: String, _ values: [String: String]) throws(ClaimsError) -> String {
        var out = "", key: String?
        for c in template {
            if c == "{" {
                key = ""
            } else if c == "}", let k = key {
                guard let value = values[k] else { throw ClaimsError("the template \"\(template)\" names {\(k)}, which the claim does not compute") }
                out += value
                key = nil
            } else if key != nil {
                key!.append(c)
            } else {
                out.append(c)
            }
        }
        return out
    }
}
