// Options shared by the commands that read the database: -p NAME VALUE,
// --format, --timeout, --max-rows, --max-bytes.  Each is parsed in one place, so the
// commands (query, sql, search, check, schema, report) accept and refuse
// them with the same words.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "query/format.h"
#include "query/named_query.h"
#include "query/readonly.h"

namespace factdb::cli {

struct QueryOptions {
    std::map<std::string, std::optional<std::string>> params;
    query::Format format = query::Format::table;
    bool format_given = false;  // by --format, -f or a shortcut
    query::GuardOptions guard;
    std::size_t max_rows = 0;
    std::size_t max_bytes = 0;

    // How the result is written: format's options with max_bytes.
    query::FormatOptions format_options() const {
        query::FormatOptions f;
        f.max_bytes = max_bytes;
        return f;
    }
};

// The --max-rows and --max-bytes defaults: a result longer or larger is
// refused unless the user raises the limit (0 = none).
inline constexpr std::size_t kDefaultMaxRows = 100000;
inline constexpr std::size_t kDefaultMaxBytes = std::size_t{128} << 20;

// Takes the output format out of args: --format F or -f F, or one of the
// shortcuts --table, --csv, --tsv, --json, --jsonl (--nl), --markdown
// (--md), as in sqlite-utils.  dflt when none is given.  Throws UsageError
// for an unknown name or for two choices ("--csv and --json both choose the
// output format").
query::Format take_format(std::vector<std::string>& args, query::Format dflt);
// The same, nullopt when no format is given.
std::optional<query::Format> take_format_choice(std::vector<std::string>& args);

// The default format: table when stdout is a terminal, json otherwise.
query::Format default_format();

// Takes the shared options out of args.  The default format is
// default_format().  A -p NAME may be written :NAME.
// --max-rows only with_max_rows, --max-bytes only with_max_bytes (the
// commands that stream a result of the user's choosing).  Throws UsageError.
QueryOptions take_query_options(std::vector<std::string>& args, bool with_max_rows,
                                bool with_max_bytes = false);

// Takes every "-p NAME VALUE" / "--param NAME VALUE" (before a "--") out of
// args, in order, NAME exactly as given.  Throws UsageError when one lacks
// its NAME or VALUE.
std::vector<std::pair<std::string, std::string>> take_params(std::vector<std::string>& args);

// Takes "--timeout SECONDS" out of args: the default guard without it.
// Throws UsageError unless SECONDS is a number in (0, 86400].
query::GuardOptions take_guard_options(std::vector<std::string>& args);

// --min-confidence X and --curated-only (query, report): the fact filters
// of the named queries (query::kMinConfidenceParam, kCuratedOnlyParam).
struct FactFilter {
    std::optional<std::string> min_confidence;  // checked: a number from 0 to 1
    bool curated_only = false;
};

// Takes them out of args.  Throws UsageError for a value that is not a
// number from 0 to 1.
FactFilter take_fact_filter(std::vector<std::string>& args);

// Binds the filter into a named query's parameter values.  Throws
// UsageError when -p gave the same parameter too, QueryError when the query
// does not declare it.
void apply_fact_filter(const FactFilter& filter, const query::NamedQuery& query,
                       std::map<std::string, std::optional<std::string>>& params);

extern const char* const kFactFilterHelp;

// Help text lines for the shared options, and for --max-rows and --max-bytes.
extern const char* const kQueryOptionsHelp;
extern const char* const kMaxRowsHelp;
extern const char* const kMaxBytesHelp;

}  // namespace factdb::cli
