// The CLI's commands: each is a name, a one-line summary, its --help text and
// a function from arguments to an exit code.  The CLI only parses and prints;
// the work is done by the library.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "cli/exit_codes.h"
#include "errors/error.h"

namespace factdb::cli {

// Exit codes: the enum Exit of cli/exit_codes.h (README "Exit codes").

// A malformed command line is a factdb::UsageError (errors/error.h); main
// prints it with a pointer to --help and exits 2.
using factdb::UsageError;

struct Context {
    std::string db_path;            // --db, else $FACTDB_DB, else ./factdb.sqlite
    std::vector<std::string> args;  // after the command name
    std::ostream& out;
    std::ostream& err;
};

struct Command {
    std::string_view name;
    std::string_view summary;
    std::string help;  // full --help text
    std::function<int(Context&)> run;
};

const std::vector<Command>& commands();

// Simple option scanning shared by the commands: returns true and removes
// the flag when present.
bool take_flag(std::vector<std::string>& args, std::string_view flag);
// Removes "--name VALUE" (or "--name=VALUE") and returns VALUE; "" when absent.
std::string take_option(std::vector<std::string>& args, std::string_view name);
// Throws UsageError for any remaining argument starting with '-'.
void reject_unknown_options(const std::vector<std::string>& args);

// Individual commands (one file each).
int run_init(Context& ctx);
int run_load(Context& ctx);
int run_summary(Context& ctx);
int run_queries(Context& ctx);
int run_query(Context& ctx);
int run_sql(Context& ctx);
int run_schema(Context& ctx);
int run_check(Context& ctx);
int run_search(Context& ctx);
int run_report(Context& ctx);
int run_draft(Context& ctx);

}  // namespace factdb::cli
