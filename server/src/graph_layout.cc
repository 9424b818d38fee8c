#include "graph_layout.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <vector>

extern char** environ;

namespace rolegraph::server {
namespace {

// How each relation predicate shapes the chart. Predicates are the fact
// vocabulary (docs/predicates.md), not words of a language.
enum class EdgeRole {
  kUp,       // subject sits below the object (reports_to)
  kDown,     // subject sits above the object (supervises a role)
  kLateral,  // drawn, but does not rank anyone
};

struct EdgeStyle {
  const char* predicate;
  EdgeRole role;
  const char* attributes;  // extra DOT edge attributes
};

constexpr EdgeStyle kEdgeStyles[] = {
    {"reports_to", EdgeRole::kUp, "color=\"#1f4e79\", penwidth=1.6"},
    {"deputises", EdgeRole::kUp, "color=\"#6a3d9a\", style=dashed"},
    {"supervises", EdgeRole::kDown, "color=\"#1f4e79\""},
    {"leads", EdgeRole::kDown, "color=\"#1f4e79\""},
    {"manages", EdgeRole::kDown, "color=\"#1f4e79\""},
    {"held_by", EdgeRole::kLateral, "color=\"#8c6d1f\", style=dashed"},
};
// Lateral relations (collaborates_with, coordinates_with, similar_to) go
// both ways: no arrowhead.
constexpr const char* kLateralAttributes =
    "color=\"#2e7d32\", style=dotted, penwidth=1.3, dir=none";

const EdgeStyle* StyleOf(const std::string& predicate) {
  for (const auto& s : kEdgeStyles) {
    if (predicate == s.predicate) return &s;
  }
  return nullptr;
}

// A DOT double-quoted string: quotes and backslashes escaped, newlines
// flattened, and '<' '>' '&' left for dot to escape in the SVG.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n' || c == '\r' || c == '\0') {
      out += ' ';
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

std::string UrlEscape(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// Class and id values in the SVG: [A-Za-z0-9_-] only, so CSS selectors and
// the browser test can name them.
std::string Token(std::string_view s) {
  std::string out;
  for (unsigned char c : s)
    out += std::isalnum(c) || c == '-' || c == '_' ? static_cast<char>(c) : '_';
  return out;
}

std::string Replace(std::string text, std::string_view from, std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

void SetNonBlocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

// Blocks SIGPIPE on this thread while writing to a child that may exit
// early; a SIGPIPE raised meanwhile is consumed, never delivered.
class SigPipeGuard {
 public:
  SigPipeGuard() {
    sigemptyset(&pipe_);
    sigaddset(&pipe_, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_, &old_);
  }
  ~SigPipeGuard() {
    timespec zero{0, 0};
    while (sigtimedwait(&pipe_, nullptr, &zero) > 0) {
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }

 private:
  sigset_t pipe_, old_;
};

// The widest level of the hierarchy: each role's level is the longest chain
// of superiors above it (kUp and kDown edges), as dot ranks them.
size_t WidestLevel(const RoleGraphData& graph) {
  std::map<std::string, std::vector<std::string>> superiors;
  std::set<std::string> roles;
  for (const auto& e : graph.edges) {
    const EdgeStyle* style = StyleOf(e.fact.predicate);
    if (!style || style->role == EdgeRole::kLateral || e.fact.role_id == e.fact.object_role_id)
      continue;
    const bool up = style->role == EdgeRole::kUp;
    const std::string& below = up ? e.fact.role_id : e.fact.object_role_id;
    const std::string& above = up ? e.fact.object_role_id : e.fact.role_id;
    superiors[below].push_back(above);
    roles.insert(below);
    roles.insert(above);
  }
  std::map<std::string, int> level;
  std::set<std::string> visiting;  // cycles (A reports to B reports to A) stop here
  std::function<int(const std::string&)> depth = [&](const std::string& id) -> int {
    if (auto it = level.find(id); it != level.end()) return it->second;
    if (!visiting.insert(id).second) return 0;
    int d = 0;
    for (const auto& up : superiors[id]) d = std::max(d, depth(up) + 1);
    visiting.erase(id);
    return level[id] = d;
  };
  std::map<int, size_t> width;
  size_t widest = 0;
  for (const auto& id : roles) widest = std::max(widest, ++width[depth(id)]);
  return widest;
}

}  // namespace

std::string RenderOrgChartDot(const RoleGraphData& graph, const OrgChartOptions& options) {
  std::set<std::string> connected;
  for (const auto& e : graph.edges) {
    connected.insert(e.fact.role_id);
    connected.insert(e.fact.object_role_id);
  }
  const bool left_to_right =
      WidestLevel(graph) > static_cast<size_t>(std::max(1, options.max_level_width_top_down));
  std::string out =
      std::string("digraph orgchart {\n") + "  graph [rankdir=" + (left_to_right ? "LR" : "TB") +
      ", nodesep=0.25, ranksep=0.5, newrank=true, splines=true, "
      "fontname=\"DejaVu Sans\", bgcolor=\"transparent\"];\n"
      "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f7fb\", color=\"#1f4e79\", "
      "fontname=\"DejaVu Sans\", fontsize=11, margin=\"0.12,0.05\"];\n"
      "  edge [fontname=\"DejaVu Sans\", fontsize=8, arrowsize=0.7];\n";
  std::set<std::string> seen;
  for (const auto& node : graph.nodes) {
    if (options.drop_isolated && !connected.count(node.id)) continue;
    if (!seen.insert(node.id).second) continue;
    const std::string url = Replace(options.node_url, "{id}", UrlEscape(node.id));
    out += "  " + Quote(node.id) + " [label=" + Quote(node.name.empty() ? node.id : node.name) +
           ", id=" + Quote("node-" + Token(node.id)) + ", class=" + Quote(Token(node.kind)) +
           ", URL=" + Quote(url) + ", tooltip=" + Quote(node.name.empty() ? node.id : node.name);
    if (node.kind == "org_unit") out += ", shape=ellipse, fillcolor=\"#fdf6e3\"";
    out += "];\n";
  }
  // Nodes named only by an edge (defensive: Graph() lists them already).
  for (const auto& id : connected) {
    if (seen.insert(id).second)
      out += "  " + Quote(id) + " [id=" + Quote("node-" + Token(id)) + "];\n";
  }
  std::set<std::tuple<std::string, std::string, std::string>> drawn;
  for (const auto& e : graph.edges) {
    const std::string& from = e.fact.role_id;
    const std::string& to = e.fact.object_role_id;
    if (from == to || !drawn.insert({from, to, e.fact.predicate}).second) continue;
    const EdgeStyle* style = StyleOf(e.fact.predicate);
    const EdgeRole role = style ? style->role : EdgeRole::kLateral;
    const std::string common = "class=" + Quote("edge-" + Token(e.fact.predicate)) +
                               ", tooltip=" + Quote(e.fact.predicate + ": " + e.citation.text) +
                               ", " + (style ? style->attributes : kLateralAttributes);
    if (role == EdgeRole::kUp) {
      // Drawn from the superior down, so dot ranks the superior above; the
      // arrowhead still points at the superior.
      out += "  " + Quote(to) + " -> " + Quote(from) + " [dir=back, " + common + "];\n";
    } else if (role == EdgeRole::kDown) {
      out += "  " + Quote(from) + " -> " + Quote(to) + " [" + common + "];\n";
    } else {
      out += "  " + Quote(from) + " -> " + Quote(to) + " [constraint=false, " + common + "];\n";
    }
  }
  out += "}\n";
  return out;
}

Result<std::string> LayoutSvg(const std::string& dot_text, const OrgChartOptions& options) {
  int in[2], out[2];
  if (pipe2(in, O_CLOEXEC) != 0) return Status::Unavailable("cannot create a pipe for dot");
  if (pipe2(out, O_CLOEXEC) != 0) {
    close(in[0]);
    close(in[1]);
    return Status::Unavailable("cannot create a pipe for dot");
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  // The server's sockets and database files are none of dot's business (a
  // listening socket held by a child would outlive a stop).
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);
  std::string program = options.dot_program;
  std::string format = "-Tsvg";
  char* argv[] = {program.data(), format.data(), nullptr};
  pid_t pid = -1;
  const int spawned = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  close(in[0]);
  close(out[1]);
  if (spawned != 0) {
    close(in[1]);
    close(out[0]);
    return Status::Unavailable("cannot run Graphviz " + options.dot_program +
                               " (install graphviz): " + std::strerror(spawned));
  }
  SigPipeGuard guard;
  SetNonBlocking(in[1]);
  SetNonBlocking(out[0]);
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(options.timeout_ms);
  std::string svg;
  size_t written = 0;
  int to_child = in[1], from_child = out[0];
  std::string failure;
  char buffer[65536];
  while (from_child >= 0) {
    if (to_child >= 0 && written == dot_text.size()) {
      close(to_child);
      to_child = -1;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                          deadline - std::chrono::steady_clock::now())
                          .count();
    if (left <= 0) {
      failure = "Graphviz dot took longer than " + std::to_string(options.timeout_ms) + " ms";
      break;
    }
    pollfd fds[2] = {{from_child, POLLIN, 0}, {to_child, POLLOUT, 0}};
    const int ready = poll(fds, to_child >= 0 ? 2 : 1, static_cast<int>(left));
    if (ready < 0 && errno != EINTR) {
      failure = "poll failed while running dot";
      break;
    }
    if (to_child >= 0 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t n = write(to_child, dot_text.data() + written, dot_text.size() - written);
      if (n > 0) {
        written += static_cast<size_t>(n);
      } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
        written = dot_text.size();  // dot stopped reading; its exit status tells why
      }
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      const ssize_t n = read(from_child, buffer, sizeof buffer);
      if (n > 0) {
        svg.append(buffer, static_cast<size_t>(n));
        if (svg.size() > options.max_output_bytes) {
          failure =
              "Graphviz dot wrote more than " + std::to_string(options.max_output_bytes) + " bytes";
          break;
        }
      } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        close(from_child);
        from_child = -1;
      }
    }
  }
  if (to_child >= 0) close(to_child);
  if (from_child >= 0) close(from_child);
  if (!failure.empty()) kill(pid, SIGKILL);
  int wstatus = 0;
  while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  if (!failure.empty()) return Status::Unavailable(failure);
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
    return Status::Unavailable("Graphviz dot failed (" +
                               (WIFEXITED(wstatus) ? "exit " + std::to_string(WEXITSTATUS(wstatus))
                                                   : std::string("killed")) +
                               ")");
  }
  return svg;
}

}  // namespace rolegraph::server
