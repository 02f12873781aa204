// The whole command line as one function, so that the binary's main() is a
// single call and tests can run a command in-process (for example on a
// fault-injecting SQLite VFS) through exactly the code the binary runs.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace factdb::cli {

// Runs `factdb ARGS...` (args without the program name), printing to out
// and err; returns the exit code.  Never throws: every error becomes its
// one-line message on err and its exit code (cli/exit_codes.h).
int run(std::vector<std::string> args, std::ostream& out, std::ostream& err);

}  // namespace factdb::cli
