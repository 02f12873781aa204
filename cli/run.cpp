// factdb's command line as a function (run.h): global options, dispatch to
// a command, and the translation of exceptions into one-line messages and
// exit codes (0 ok, 1 partial, 2 bad input or usage, 3 database or I/O).
#include <cstdlib>
#include <iostream>

#include "cli/command.h"
#include "cli/exit_codes.h"
#include "cli/run.h"

namespace {

using factdb::cli::commands;

void print_main_help(std::ostream& out) {
    out << "factdb " FACTDB_VERSION
           " - a fact database of AI-industry news, with an SQL interface\n"
           "\n"
           "Usage: factdb [--db PATH] COMMAND [ARGS...]\n"
           "       factdb COMMAND --help\n"
           "\n"
           "Commands:\n";
    for (const auto& c : commands()) {
        std::string name(c.name);
        name.resize(10, ' ');
        out << "  " << name << c.summary << "\n";
    }
    out << "\n"
           "Options:\n"
           "  --db PATH   the database file (default: $FACTDB_DB, else ./factdb.sqlite)\n"
           "  --help      this text\n"
           "  --version   the version\n"
           "\n"
           "Output formats (query, sql, search, schema, check, queries):\n"
           "  table, csv, tsv, json, jsonl (or nl), markdown (or md), chosen with\n"
           "  --format F, -f F or a shortcut (--csv, --json, --nl, --md...); the default\n"
           "  is table on a terminal, json otherwise. summary: table, markdown or json.\n"
           "  report writes md, html or json (its --format).\n"
           "\n"
           "Exit codes: 0 ok, 1 partial success or check failures, 2 bad input or usage,\n"
           "3 database or I/O error.\n";
}

}  // namespace

namespace factdb::cli {

int run(std::vector<std::string> args, std::ostream& out, std::ostream& err) {
    std::string db_path;
    std::string command;  // once known: usage errors point to its --help
    if (const char* env = std::getenv("FACTDB_DB"); env && *env) db_path = env;
    try {
        // Global options may come before the command (and --db after it too).
        std::string from_flag = factdb::cli::take_option(args, "--db");
        if (!from_flag.empty()) db_path = from_flag;
        if (db_path.empty()) db_path = "factdb.sqlite";
        if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
            if (args.size() > 1 && args[0] == "help") {
                args = {args[1], "--help"};
            } else {
                print_main_help(out);
                return args.empty() ? factdb::cli::kBadInput : factdb::cli::kOk;
            }
        }
        if (args[0] == "--version") {
            out << "factdb " FACTDB_VERSION "\n";
            return factdb::cli::kOk;
        }
        const std::string name = args[0];
        args.erase(args.begin());
        for (const auto& c : commands()) {
            if (c.name != name) continue;
            command = name;
            if (factdb::cli::take_flag(args, "--help") || factdb::cli::take_flag(args, "-h")) {
                out << c.help;
                return factdb::cli::kOk;
            }
            factdb::cli::Context ctx{db_path, args, out, err};
            return c.run(ctx);
        }
        throw factdb::UsageError{"unknown command '" + name + "'"};
    } catch (...) {
        const auto failure = factdb::cli::describe_current_exception(command);
        err << "factdb: " << failure.message << "\n";
        return failure.exit_code;
    }
}

}  // namespace factdb::cli
