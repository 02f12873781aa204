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

std::vector<std::pair<std::string, std::string>> take_params(std::vector<std::string>& args) {
    std::vector<std::pair<std::string, std::string>> params;
    for (auto it = args.begin(); it != args.end();) {
        if (*it == "--") break;
        if (*it == "-p" || *it == "--param") {
            if (std::distance(it, args.end()) < 3) throw UsageError{*it + " needs NAME and VALUE"};
            params.emplace_back(*(it + 1), *(it + 2));
            it = args.erase(it, it + 3);
        } else {
            ++it;
        }
    }
    return params;
}

query::GuardOptions take_guard_options(std::vector<std::string>& args) {
    query::GuardOptions guard;
    if (const std::string t = take_option(args, "--timeout"); !t.empty()) {
        char* end = nullptr;
        const double seconds = std::strtod(t.c_str(), &end);
        if (end != t.c_str() + t.size() || !(seconds > 0) || seconds > 86400) {
            throw UsageError{"--timeout takes a number of seconds greater than 0, not '" + t + "'"};
        }
        guard.timeout_seconds = seconds;
    }
    return guard;
}

QueryOptions take_query_options(std::vector<std::string>& args, bool with_max_rows) {
    QueryOptions o;
    o.format = ::isatty(STDOUT_FILENO) ? query::Format::table : query::Format::json;
    // A later -p for the same NAME wins.
    for (auto& [name, value] : take_params(args)) {
        if (!name.empty() && name[0] == ':') name.erase(0, 1);
        o.params[name] = std::move(value);
    }
    if (const std::string f = take_option(args, "--format"); !f.empty()) {
        const auto parsed = query::parse_format(f);
        if (!parsed)
            throw UsageError{"unknown format '" + f +
                             "' (formats: " + std::string(query::format_names()) + ")"};
        o.format = *parsed;
    }
    o.guard = take_guard_options(args);
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
