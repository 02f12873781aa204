// Where the test binary finds the real factdb binary and the source tree.
//
// The two paths are compiled into build_paths.cpp alone (CMake passes them
// as definitions to that one file), so every other test file is identical
// across checkouts and build folders, and ccache reuses it between worktrees.
#pragma once

namespace factdb::testing {

// The factdb binary built beside this test binary; never null.
const char* factdb_binary();

// The root of the source tree (seeds/, schema/, tests/ ...); never null.
const char* factdb_source_dir();

}  // namespace factdb::testing
