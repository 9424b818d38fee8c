// Where an installed (or built) RoleGraph finds the files it reads at run
// time: language packs, the prebuilt lexicon, the glossary, the web page.
// Nothing here is a path compiled in: the binary looks next to itself, so a
// tree installed under any prefix (or copied elsewhere) still works, and the
// build tree mirrors the installed layout (<build>/share/rolegraph).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rolegraph::ingest {

// The folders searched for `share/rolegraph`, in order:
//   1. $ROLEGRAPH_SHARE_DIR when set (the folder itself, not its parent);
//   2. <dir of the executable>/../share/rolegraph (PREFIX/bin -> PREFIX/share,
//      <build>/server -> <build>/share), then one level higher
//      (<build>/tests/fuzz -> <build>/share);
//   3. the FHS places /usr/local/share/rolegraph and /usr/share/rolegraph.
std::vector<std::string> ShareDirCandidates();

// The first candidate holding `name` (a file or folder under
// share/rolegraph, e.g. "lexicon.bin" or "lang"), or "" when none does.
std::string FindSharedFile(std::string_view name);

// The absolute path of the running executable ("" when unknown).
std::string ExecutablePath();

}  // namespace rolegraph::ingest
