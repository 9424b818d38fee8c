// `rolegraph probe URL`: GET an http:// URL, exit 0 on 2xx. The service's
// own readiness check for places without curl: the systemd unit waits on
// /readyz with it, the container's HEALTHCHECK calls it, the install test uses it.
#include <httplib.h>

#include <chrono>
#include <iostream>
#include <string>
#include <thread>

#include "cli_commands.h"
#include "cli_common.h"

namespace rolegraph::cli {
namespace {

struct Target {
  std::string host_port;  // what httplib::Client takes: "host:port"
  std::string path;
};

// Only plain http: probes run on the machine or pod next to the service.
Result<Target> ParseUrl(const std::string& url) {
  constexpr std::string_view kScheme = "http://";
  if (url.rfind(kScheme, 0) != 0)
    return Status::InvalidArgument("URL must start with http:// (got '" + url + "')");
  const std::string rest = url.substr(kScheme.size());
  const size_t slash = rest.find('/');
  Target t{rest.substr(0, slash), slash == std::string::npos ? "/" : rest.substr(slash)};
  if (t.host_port.empty()) return Status::InvalidArgument("URL has no host: '" + url + "'");
  return t;
}

}  // namespace

int RunProbe(const Args& args) {
  ArgParser parser("probe [--wait SECONDS] [--timeout SECONDS] URL",
                   "GET URL (http://HOST:PORT/PATH); exit 0 when it answers 2xx, else 1 with\n"
                   "the status or error on stderr. --wait retries every 0.2 s for up to that\n"
                   "many seconds (a service still starting answers /readyz 503).");
  parser.Option("wait", "SECONDS", "keep trying this long", "0")
      .Option("timeout", "SECONDS", "per-request connect/read timeout", "5")
      .Positionals(1, 1, "URL");
  if (auto exit = ParseArgs(parser, args)) return *exit;
  auto wait = parser.GetInt("wait", 0, 86400);
  if (!wait.ok()) return UsageError(wait.status().message());
  auto timeout = parser.GetInt("timeout", 1, 600);
  if (!timeout.ok()) return UsageError(timeout.status().message());
  auto target = ParseUrl(parser.positional()[0]);
  if (!target.ok()) return UsageError(target.status().message());

  httplib::Client client("http://" + target->host_port);
  client.set_connection_timeout(std::chrono::seconds(*timeout));
  client.set_read_timeout(std::chrono::seconds(*timeout));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(*wait);
  std::string last;
  while (true) {
    auto res = client.Get(target->path);
    if (res && res->status >= 200 && res->status < 300) return kExitOk;
    last = res ? "HTTP " + std::to_string(res->status) + ": " + res->body
               : "no answer (" + httplib::to_string(res.error()) + ")";
    if (std::chrono::steady_clock::now() >= deadline) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  while (!last.empty() && (last.back() == '\n' || last.back() == '\r')) last.pop_back();
  return Failure(parser.positional()[0] + ": " + last);
}

}  // namespace rolegraph::cli
