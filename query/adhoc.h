// One ad-hoc read-only statement (factdb sql) with its :name parameters.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "query/readonly.h"
#include "query/table.h"

namespace factdb::query {

// Prepares sql on db (its guards refuse anything but one read), binds each
// of params typed as the sqlite3 shell's .parameter set does (an integer or
// a real when the value reads as one, text otherwise; an absent value is
// the empty text), and runs it under db's guards, handing the rows to sink
// as they are stepped (ReadOnlyDatabase::run).  A params key NAME binds
// :NAME (or @NAME, $NAME); a key of digits N binds the N-th parameter,
// which must be positional ("?" or "?N").  Throws QueryError for a
// parameter the SQL does not have, and for one of the SQL's parameters left
// without a value (never bound as NULL).
void run_adhoc(ReadOnlyDatabase& db, const std::string& sql,
               const std::map<std::string, std::optional<std::string>>& params, RowSink& sink,
               std::size_t max_rows);
// The same, collected into a Table.
Table run_adhoc(ReadOnlyDatabase& db, const std::string& sql,
                const std::map<std::string, std::optional<std::string>>& params,
                std::size_t max_rows);

}  // namespace factdb::query
