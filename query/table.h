// A query result held in memory: column names and rows of SQL values.
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <string>
#include <vector>

#include "db/value.h"

namespace factdb::query {

struct Table {
    std::vector<std::string> columns;
    std::vector<std::vector<SqlValue>> rows;
};

// Steps a prepared (and bound) statement to the end, collecting every row.
// With max_rows > 0, a result longer than that is a QueryError.
Table collect(SQLite::Statement& statement, std::size_t max_rows = 0);

// The value as text the way the sqlite3 shell shows it: integers in full
// (8000000000, never 8e+09), reals with up to 15 significant digits, NULL as "".
std::string to_text(const SqlValue& value);

}  // namespace factdb::query
