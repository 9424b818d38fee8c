// The RoleGraph HTTP JSON API (cpp-httplib behind this header).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "rolegraph/index/database.h"
#include "rolegraph/index/status.h"
#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/ingester.h"
#include "rolegraph/query/engine.h"

namespace rolegraph::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 8;
  size_t max_body_bytes = 5u << 20;
};

class HttpServer {
 public:
  struct Deps {
    index::Database* db;
    const ingest::Analyzer* analyzer;
    const query::QueryEngine* engine;
  };
  static Result<std::unique_ptr<HttpServer>> Create(const Deps& deps, const ServerOptions& options);
  virtual ~HttpServer() = default;
  // Binds and serves until Stop(); returns an error when the port is taken.
  virtual Status Run() = 0;
  virtual void Stop() = 0;
  // The bound port (useful with port 0).
  virtual int port() const = 0;
};

}  // namespace rolegraph::server
