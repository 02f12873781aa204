// A query result, held in memory (Table) or handed on row by row as it is
// stepped (RowSink), and the conversion of its values to text.
//
// Invariants: stream() hands a sink begin(columns) once, then row() for
// each row in order, then end(); a value a sink is handed is a view into
// the statement's memory, valid only until row() returns, so a sink that
// keeps it copies it (TableSink) and one that writes it needs no copy at
// all (query/format.h's FormatWriter).  The rows limit is checked before a
// row is handed on: a refused result hands on exactly max_rows rows.
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "db/value.h"

namespace factdb::query {

struct Table {
    std::vector<std::string> columns;
    std::vector<std::vector<SqlValue>> rows;
};

// One value of the row being stepped: a TEXT or BLOB is a view of SQLite's
// bytes (a BLOB's bytes as they are, as SQLiteCpp's getString gives them).
using ValueView = std::variant<std::monostate, std::int64_t, double, std::string_view>;

ValueView view_of(const SqlValue& value);
SqlValue to_value(const ValueView& value);

// Where stream() hands a result.
class RowSink {
  public:
    virtual ~RowSink() = default;
    virtual void begin(const std::vector<std::string>& columns) = 0;
    virtual void row(const std::vector<ValueView>& values) = 0;
    virtual void end() = 0;

    // Called between rows by stream() and, by a sink doing long work inside
    // one row (writing a large value), every so often during it; whoever
    // runs the statement sets it (ReadOnlyDatabase::run: its deadline), so
    // that no work on a result, not even formatting it, escapes the time
    // limit.  Empty: nothing is called.
    std::function<void()> progress;
};

// Collects the rows into table (the values copied).
class TableSink : public RowSink {
  public:
    void begin(const std::vector<std::string>& columns) override;
    void row(const std::vector<ValueView>& values) override;
    void end() override {}

    Table table;
};

// Steps a prepared (and bound) statement to the end, handing each row to
// sink as it comes.  With max_rows > 0, a result longer than that is a
// QueryError, thrown when row max_rows + 1 is stepped.
void stream(SQLite::Statement& statement, RowSink& sink, std::size_t max_rows = 0);

// stream() into a Table.
Table collect(SQLite::Statement& statement, std::size_t max_rows = 0);

// The value as text the way the sqlite3 shell shows it: integers in full
// (8000000000, never 8e+09), reals with up to 15 significant digits, NULL as "".
std::string to_text(const SqlValue& value);

}  // namespace factdb::query
