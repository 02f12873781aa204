// The read path behind `factdb summary`: named queries run one after the
// other, with their parameters' defaults, on one plain read-only connection.
// No guards (no authorizer, no timeout): the queries are factdb's own,
// compiled in, and trusted like the summary that names them; anything a
// user writes goes through ReadOnlyDatabase instead.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "query/named_query.h"
#include "query/table.h"

namespace factdb::query {

// Opens the database at path read-only (it must be at the current schema)
// and runs the named queries in order, handing each result to show before
// the next runs, so a caller can print as it goes.  Throws factdb::Error of
// kind internal, before opening anything, when a name is not a compiled-in
// query (the names are the caller's code, not input); db::Error naming path
// when the database fails.
void summarize(const std::string& path, const std::vector<std::string_view>& names,
               const std::function<void(const NamedQuery& query, const Table& result)>& show);

}  // namespace factdb::query
