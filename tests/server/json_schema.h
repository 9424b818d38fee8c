// A small JSON Schema validator for the subset our OpenAPI description uses:
// $ref (to #/components/schemas/...), allOf, type, required, properties,
// additionalProperties (schema or false), items, enum, minimum, minItems,
// maxItems. Undeclared properties are errors unless additionalProperties
// allows them, so the description cannot silently fall behind the server.
#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace rolegraph::testing {

class SchemaValidator {
 public:
  explicit SchemaValidator(const nlohmann::json& spec) : spec_(spec) {}

  // Every violation as "path: problem"; empty when `value` fits `schema`.
  std::vector<std::string> Validate(const nlohmann::json& value, const nlohmann::json& schema) {
    errors_.clear();
    Check(value, schema, "$");
    return errors_;
  }

 private:
  const nlohmann::json& Resolve(const nlohmann::json& schema) {
    if (!schema.is_object() || !schema.contains("$ref")) return schema;
    const std::string ref = schema["$ref"];
    const std::string prefix = "#/components/schemas/";
    if (ref.rfind(prefix, 0) != 0 ||
        !spec_["components"]["schemas"].contains(ref.substr(prefix.size()))) {
      static const nlohmann::json kNothing = {{"not", {}}};
      errors_.push_back("unresolvable $ref " + ref);
      return kNothing;
    }
    return Resolve(spec_["components"]["schemas"][ref.substr(prefix.size())]);
  }

  static bool HasType(const nlohmann::json& v, const std::string& type) {
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "string") return v.is_string();
    if (type == "integer") return v.is_number_integer();
    if (type == "number") return v.is_number();
    if (type == "boolean") return v.is_boolean();
    if (type == "null") return v.is_null();
    return false;
  }

  // Properties declared by the schema, through allOf.
  void Declared(const nlohmann::json& schema_in, std::set<std::string>& names, bool& open) {
    const nlohmann::json& schema = Resolve(schema_in);
    if (schema.contains("properties"))
      for (const auto& [k, _] : schema["properties"].items()) names.insert(k);
    if (schema.contains("additionalProperties") && !schema["additionalProperties"].is_boolean())
      open = true;
    if (schema.contains("allOf"))
      for (const auto& sub : schema["allOf"]) Declared(sub, names, open);
  }

  void Check(const nlohmann::json& v, const nlohmann::json& schema_in, const std::string& path,
             bool in_all_of = false) {
    const nlohmann::json& schema = Resolve(schema_in);
    if (schema.contains("allOf")) {
      for (const auto& sub : schema["allOf"]) Check(v, sub, path, true);
      if (v.is_object() && !in_all_of) CheckUndeclared(v, schema, path);
    }
    if (schema.contains("type") && !HasType(v, schema["type"])) {
      errors_.push_back(path + ": expected " + schema["type"].get<std::string>() + ", got " +
                        v.dump().substr(0, 80));
      return;
    }
    if (schema.contains("enum")) {
      bool found = false;
      for (const auto& e : schema["enum"]) found |= (e == v);
      if (!found)
        errors_.push_back(path + ": " + v.dump() + " not in enum " + schema["enum"].dump());
    }
    if (schema.contains("minimum") && v.is_number() &&
        v.get<double>() < schema["minimum"].get<double>())
      errors_.push_back(path + ": below minimum");
    if (v.is_object()) {
      if (schema.contains("required")) {
        for (const auto& r : schema["required"]) {
          if (!v.contains(r.get<std::string>()))
            errors_.push_back(path + ": missing required " + r.get<std::string>());
        }
      }
      const nlohmann::json* props = schema.contains("properties") ? &schema["properties"] : nullptr;
      for (const auto& [k, child] : v.items()) {
        if (props && props->contains(k)) {
          Check(child, (*props)[k], path + "." + k);
        } else if (schema.contains("additionalProperties") &&
                   schema["additionalProperties"].is_object()) {
          Check(child, schema["additionalProperties"], path + "." + k);
        }
      }
      if (!in_all_of && !schema.contains("allOf") && props) CheckUndeclared(v, schema, path);
    }
    if (v.is_array()) {
      if (schema.contains("minItems") && v.size() < schema["minItems"].get<size_t>())
        errors_.push_back(path + ": fewer than minItems");
      if (schema.contains("maxItems") && v.size() > schema["maxItems"].get<size_t>())
        errors_.push_back(path + ": more than maxItems");
      if (schema.contains("items")) {
        for (size_t i = 0; i < v.size(); ++i)
          Check(v[i], schema["items"], path + "[" + std::to_string(i) + "]");
      }
    }
  }

  void CheckUndeclared(const nlohmann::json& v, const nlohmann::json& schema,
                       const std::string& path) {
    std::set<std::string> names;
    bool open = false;
    Declared(schema, names, open);
    if (open) return;
    for (const auto& [k, _] : v.items()) {
      if (!names.count(k)) errors_.push_back(path + ": undeclared property " + k);
    }
  }

  const nlohmann::json& spec_;
  std::vector<std::string> errors_;
};

}  // namespace rolegraph::testing
