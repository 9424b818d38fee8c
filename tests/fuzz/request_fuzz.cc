// libFuzzer target: request handling of POST /v1/ask and
// PUT /v1/documents/{id}, calling the handler functions in-process (no
// sockets) with an httplib::Request as the router would build it. The
// first byte picks the endpoint and Content-Type, the rest is the body.
// Every response must be JSON with a 2xx status or a 4xx error envelope.
#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "fuzz/fuzz_env.h"
#include "handlers.h"

using namespace rolegraph;

namespace {

server::HandlerContext& Context() {
  static server::HandlerContext ctx{[] {
                                      auto& stack = fuzz::FuzzStack::Get();
                                      server::HttpServer::Deps deps;
                                      deps.db = stack.db.get();
                                      deps.analyzer = stack.analyzer.get();
                                      deps.engine = stack.engine.get();
                                      deps.lexicon = stack.lexicon.get();
                                      return deps;
                                    }(),
                                    server::ServerOptions{},
                                    {}};
  return ctx;
}

void CheckResponse(const httplib::Response& res) {
  if (res.status < 200 || res.status >= 500) __builtin_trap();
  auto body = nlohmann::json::parse(res.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) __builtin_trap();
  if (res.status >= 400 && !body.contains("error")) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kTypes[] = {"application/json", "text/plain; charset=utf-8", "",
                                       "text/plain"};
  static const char* const kIds[] = {"fuzz-a", "fuzz-b", ".bad", "fuzz-c"};
  static const std::regex kDocumentPath(R"(/v1/documents/([^/]+))");
  const uint8_t selector = data[0];
  httplib::Request req;
  httplib::Response res;
  req.body.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  const char* type = kTypes[(selector >> 1) % 4];
  if (*type) req.set_header("Content-Type", type);
  if ((selector & 1) == 0) {
    req.method = "POST";
    req.path = "/v1/ask";
    server::HandleAskPost(Context(), req, res);
  } else {
    req.method = "PUT";
    req.path = std::string("/v1/documents/") + kIds[(selector >> 3) % 4];
    if ((selector & 0x20) != 0) req.params.emplace("title", req.body.substr(0, 40));
    std::regex_match(req.path, req.matches, kDocumentPath);
    server::HandleDocumentPut(Context(), req, res);
  }
  CheckResponse(res);
  return 0;
}
