// The build's two paths, compiled here and nowhere else (see build_paths.h).
#include "support/build_paths.h"

namespace factdb::testing {

const char* factdb_binary() { return FACTDB_BINARY; }
const char* factdb_source_dir() { return FACTDB_SOURCE_DIR; }

}  // namespace factdb::testing
