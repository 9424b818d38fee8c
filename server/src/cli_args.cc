#include "cli_args.h"

#include <charconv>

namespace rolegraph::cli {

ArgParser::ArgParser(std::string synopsis, std::string description)
    : synopsis_(std::move(synopsis)), description_(std::move(description)) {}

ArgParser& ArgParser::Flag(const std::string& name, const std::string& help) {
  specs_.push_back(Spec{name, "", help, "", false});
  return *this;
}

ArgParser& ArgParser::Option(const std::string& name, const std::string& value_name,
                             const std::string& help, const std::string& default_value) {
  specs_.push_back(Spec{name, value_name, help, default_value, true});
  return *this;
}

ArgParser& ArgParser::Positionals(int min, int max, const std::string& what) {
  min_positional_ = min;
  max_positional_ = max;
  positional_what_ = what;
  return *this;
}

const ArgParser::Spec* ArgParser::Find(const std::string& name) const {
  for (const auto& spec : specs_) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

Status ArgParser::Parse(const std::vector<std::string>& args) {
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (options_done || arg.size() < 2 || arg[0] != '-' || arg == "-") {
      positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    if (arg == "--help" || arg == "-h") {
      help_ = true;
      return Status::Ok();
    }
    if (arg.rfind("--", 0) != 0) return Status::InvalidArgument("unknown option '" + arg + "'");
    const size_t eq = arg.find('=');
    const std::string name = arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
    const Spec* spec = Find(name);
    if (spec == nullptr) return Status::InvalidArgument("unknown option '--" + name + "'");
    if (!spec->takes_value) {
      if (eq != std::string::npos)
        return Status::InvalidArgument("option '--" + name + "' takes no value");
      values_[name] = "true";
    } else if (eq != std::string::npos) {
      values_[name] = arg.substr(eq + 1);
      all_values_[name].push_back(values_[name]);
    } else if (i + 1 < args.size()) {
      values_[name] = args[++i];
      all_values_[name].push_back(values_[name]);
    } else {
      return Status::InvalidArgument("option '--" + name + "' needs a value (" + spec->value_name +
                                     ")");
    }
  }
  const int n = static_cast<int>(positional_.size());
  if (n < min_positional_) return Status::InvalidArgument("missing " + positional_what_);
  if (max_positional_ >= 0 && n > max_positional_) {
    return Status::InvalidArgument("unexpected argument '" + positional_[max_positional_] + "'");
  }
  return Status::Ok();
}

bool ArgParser::Has(const std::string& name) const { return values_.count(name) > 0; }

std::string ArgParser::Get(const std::string& name) const {
  if (auto it = values_.find(name); it != values_.end()) return it->second;
  const Spec* spec = Find(name);
  return spec ? spec->default_value : "";
}

std::vector<std::string> ArgParser::GetAll(const std::string& name) const {
  auto it = all_values_.find(name);
  return it == all_values_.end() ? std::vector<std::string>{} : it->second;
}

Result<long long> ArgParser::GetInt(const std::string& name, long long min, long long max) const {
  const std::string s = Get(name);
  long long v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || v < min || v > max) {
    return Status::InvalidArgument("--" + name + " must be an integer in " + std::to_string(min) +
                                   ".." + std::to_string(max) + ", got '" + s + "'");
  }
  return v;
}

std::string ArgParser::Usage() const {
  std::string out = "usage: rolegraph " + synopsis_ + "\n\n" + description_ + "\n";
  if (!specs_.empty()) out += "\noptions:\n";
  for (const auto& spec : specs_) {
    std::string left = "  --" + spec.name + (spec.takes_value ? " " + spec.value_name : "");
    if (left.size() < 24)
      left.resize(24, ' ');
    else
      left += "\n" + std::string(24, ' ');
    out += left + spec.help;
    if (!spec.default_value.empty()) out += " (default: " + spec.default_value + ")";
    out += "\n";
  }
  out += "  --help                show this help\n";
  return out;
}

}  // namespace rolegraph::cli
