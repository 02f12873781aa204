// Parsing of the shared query options (see query_options.h).
#include "cli/query_options.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include "cli/command.h"
#include "errors/error.h"

namespace factdb::cli {

const char* const kQueryOptionsHelp =
    "  -p, --param NAME VALUE  bind VALUE to :NAME (repeatable)\n"
    "  -f, --format F          table, csv, tsv, json, jsonl (or nl), markdown (or md)\n"
    "                          (default: table on a terminal, json otherwise)\n"
    "  --table, --csv, --tsv, --json, --jsonl, --nl, --markdown, --md\n"
    "                          the same as --format F\n"
    "  --timeout SECONDS       stop a query running longer (default 10)\n";
const char* const kMaxRowsHelp =
    "  --max-rows N            refuse results longer than N rows (default 100000, 0 = no "
    "limit)\n";
const char* const kMaxBytesHelp =
    "  --max-bytes N           stop the output at N bytes and fail (default 134217728,\n"
    "                          128 MiB; 0 = no limit); rows are written as they come\n";

const char* const kFactFilterHelp =
    "  --min-confidence X      only facts of confidence X or more (0 to 1; curated\n"
    "                          facts count as 1, drafted ones their best rule's)\n"
    "  --curated-only          only facts that curated (hand-written) evidence states\n";

FactFilter take_fact_filter(std::vector<std::string>& args) {
    FactFilter f;
    const bool given = std::find(args.begin(), args.end(), "--min-confidence") != args.end() ||
                       std::any_of(args.begin(), args.end(), [](const std::string& a) {
                           return a.rfind("--min-confidence=", 0) == 0;
                       });
    if (given) {
        const std::string value = take_option(args, "--min-confidence");
        if (const std::string why = query::check_confidence_value(value); !why.empty())
            throw UsageError{"--min-confidence " + why};
        f.min_confidence = value;
    }
    f.curated_only = take_flag(args, "--curated-only");
    return f;
}

void apply_fact_filter(const FactFilter& filter, const query::NamedQuery& q,
                       std::map<std::string, std::optional<std::string>>& params) {
    const auto set = [&](std::string_view name, const std::string& option,
                         const std::string& value) {
        if (params.count(std::string(name)))
            throw UsageError{option + " and -p " + std::string(name) +
                             " both set the same parameter: give one"};
        if (!query::find_parameter(q, name))
            throw QueryError("query " + q.name + " has no parameter '" + std::string(name) +
                             "', so " + option + " cannot apply to it");
        params[std::string(name)] = value;
    };
    if (filter.min_confidence)
        set(query::kMinConfidenceParam, "--min-confidence", *filter.min_confidence);
    if (filter.curated_only) set(query::kCuratedOnlyParam, "--curated-only", "1");
}

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

namespace {

// "--NAME N": a whole number, 0 meaning no limit.
std::size_t take_count(std::vector<std::string>& args, std::string_view name, std::size_t dflt) {
    const std::string m = take_option(args, name);
    if (m.empty()) return dflt;
    char* end = nullptr;
    errno = 0;
    const unsigned long long n = std::strtoull(m.c_str(), &end, 10);
    if (end != m.c_str() + m.size() || m[0] == '-' || errno == ERANGE) {
        throw UsageError{std::string(name) + " takes a whole number (0 = no limit), not '" + m +
                         "'"};
    }
    return static_cast<std::size_t>(n);
}

}  // namespace

namespace {

// The shortcut flags, each naming a format by parse_format's name.
struct FormatFlag {
    std::string_view flag;
    std::string_view format;
};
constexpr FormatFlag kFormatFlags[] = {
    {"--table", "table"}, {"--csv", "csv"},         {"--tsv", "tsv"}, {"--json", "json"},
    {"--jsonl", "jsonl"}, {"--nl", "jsonl"},        {"--markdown", "markdown"},
    {"--md", "markdown"},
};

}  // namespace

query::Format default_format() {
    return ::isatty(STDOUT_FILENO) ? query::Format::table : query::Format::json;
}

query::Format take_format(std::vector<std::string>& args, query::Format dflt) {
    return take_format_choice(args).value_or(dflt);
}

std::optional<query::Format> take_format_choice(std::vector<std::string>& args) {
    std::vector<std::pair<std::string, std::string>> chosen;  // (as written, format name)
    for (const char* name : {"--format", "-f"}) {
        for (std::string f = take_option(args, name); !f.empty(); f = take_option(args, name))
            chosen.emplace_back(std::string(name) + " " + f, f);
    }
    for (const auto& [flag, format] : kFormatFlags)
        while (take_flag(args, flag)) chosen.emplace_back(std::string(flag), std::string(format));
    if (chosen.empty()) return std::nullopt;
    if (chosen.size() > 1)
        throw UsageError{chosen[0].first + " and " + chosen[1].first +
                         " both choose the output format: give one"};
    const auto parsed = query::parse_format(chosen[0].second);
    if (!parsed)
        throw UsageError{"unknown format '" + chosen[0].second +
                         "' (formats: " + std::string(query::format_names()) + ")"};
    return *parsed;
}

QueryOptions take_query_options(std::vector<std::string>& args, bool with_max_rows,
                                bool with_max_bytes) {
    QueryOptions o;
    // A later -p for the same NAME wins.
    for (auto& [name, value] : take_params(args)) {
        // -p :NAME is -p NAME, and -p ?2 is -p 2 (the second parameter).
        if (!name.empty() && (name[0] == ':' || name[0] == '?')) name.erase(0, 1);
        o.params[name] = std::move(value);
    }
    const auto chosen = take_format_choice(args);
    o.format = chosen.value_or(default_format());
    o.format_given = chosen.has_value();
    o.guard = take_guard_options(args);
    if (with_max_rows) o.max_rows = take_count(args, "--max-rows", kDefaultMaxRows);
    if (with_max_bytes) o.max_bytes = take_count(args, "--max-bytes", kDefaultMaxBytes);
    return o;
}

}  // namespace factdb::cli
