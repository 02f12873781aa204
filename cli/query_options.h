// Options shared by the commands that print query results (query, sql, and
// later search and check): -p NAME VALUE, --format, --timeout, --max-rows.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "query/format.h"
#include "query/readonly.h"

namespace factdb::cli {

struct QueryOptions {
    std::map<std::string, std::optional<std::string>> params;
    query::Format format = query::Format::table;
    query::GuardOptions guard;
    std::size_t max_rows = 0;
};

// Takes the shared options out of args.  The default format is table when
// stdout is a terminal and json otherwise.  Throws UsageError.
QueryOptions take_query_options(std::vector<std::string>& args, bool with_max_rows);

// Help text lines for the shared options.
extern const char* const kQueryOptionsHelp;

}  // namespace factdb::cli
