// A small command-line parser for the `rolegraph` subcommands: --flag,
// --option VALUE, --option=VALUE, "--" ends options, the rest positional.
// Misuse is an InvalidArgument Status whose message is one line, printed by
// the caller as "rolegraph: error: ..." with exit code 2.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "rolegraph/index/status.h"

namespace rolegraph::cli {

class ArgParser {
 public:
  // `synopsis` follows "usage: rolegraph " (e.g. "ask [options] QUESTION...").
  ArgParser(std::string synopsis, std::string description);

  ArgParser& Flag(const std::string& name, const std::string& help);
  ArgParser& Option(const std::string& name, const std::string& value_name, const std::string& help,
                    const std::string& default_value = "");
  // Positional count limits, for the error message; max < 0: unbounded.
  ArgParser& Positionals(int min, int max, const std::string& what);

  Status Parse(const std::vector<std::string>& args);

  bool help() const { return help_; }
  bool Has(const std::string& name) const;         // given on the command line
  std::string Get(const std::string& name) const;  // value or default
  // Every value of a repeatable option, in order (empty when not given).
  std::vector<std::string> GetAll(const std::string& name) const;
  // Integer value of an option (or its default) within [min, max].
  Result<long long> GetInt(const std::string& name, long long min, long long max) const;
  const std::vector<std::string>& positional() const { return positional_; }

  std::string Usage() const;

 private:
  struct Spec {
    std::string name, value_name, help, default_value;
    bool takes_value = false;
  };
  const Spec* Find(const std::string& name) const;

  std::string synopsis_, description_;
  std::vector<Spec> specs_;
  int min_positional_ = 0, max_positional_ = -1;
  std::string positional_what_;
  bool help_ = false;
  std::map<std::string, std::string> values_;  // the last value of each option
  std::map<std::string, std::vector<std::string>> all_values_;
  std::vector<std::string> positional_;
};

}  // namespace rolegraph::cli
