// Parsing of the shared query options (see query_options.h).
#include "cli/query_options.h"

#include <unistd.h>

#include <cstdlib>

#include "cli/command.h"

namespace factdb::cli {

const char* const kQueryOptionsHelp =
    "  -p, --param NAME VALUE  bind VALUE to :NAME (repeatable)\n"
    "  --format F              table, csv, tsv, json, jsonl, markdown\n"
    "                          (default: table on a terminal, json otherwise)\n"
    "  --timeout SECONDS       stop a query running longer (default 10)\n";

QueryOptions take_query_options(std::vector<std::string>& args, bool with_max_rows) {
    QueryOptions o;
    o.format = ::isatty(STDOUT_FILENO) ? query::Format::table : query::Format::json;
    for (auto it = args.begin(); it != args.end();) {
        if (*it == "--") break;
        if (*it == "-p" || *it == "--param") {
            if (std::distance(it, args.end()) < 3) throw UsageError{*it + " needs NAME and VALUE"};
            std::string name = *(it + 1);
            if (!name.empty() && name[0] == ':') name.erase(0, 1);
            o.params[name] = *(it + 2);
            it = args.erase(it, it + 3);
        } else {
            ++it;
        }
    }
    if (const std::string f = take_option(args, "--format"); !f.empty()) {
        const auto parsed = query::parse_format(f);
        if (!parsed)
            throw UsageError{"unknown format '" + f +
                             "' (formats: " + std::string(query::format_names()) + ")"};
        o.format = *parsed;
    }
    if (const std::string t = take_option(args, "--timeout"); !t.empty()) {
        char* end = nullptr;
        const double seconds = std::strtod(t.c_str(), &end);
        if (end != t.c_str() + t.size() || !(seconds > 0) || seconds > 86400) {
            throw UsageError{"--timeout takes a number of seconds greater than 0, not '" + t + "'"};
        }
        o.guard.timeout_seconds = seconds;
    }
    if (with_max_rows) {
        o.max_rows = 100000;
        if (const std::string m = take_option(args, "--max-rows"); !m.empty()) {
            char* end = nullptr;
            const long long n = std::strtoll(m.c_str(), &end, 10);
            if (end != m.c_str() + m.size() || n < 0) {
                throw UsageError{"--max-rows takes a whole number (0 = no limit), not '" + m + "'"};
            }
            o.max_rows = static_cast<std::size_t>(n);
        }
    }
    return o;
}

}  // namespace factdb::cli
