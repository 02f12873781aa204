// What `factdb schema` prints: every table and view of the database with its
// one-line description (the schema_docs table) and its columns, so a new
// user can write SQL without reading the code.
#pragma once

#include "query/readonly.h"
#include "query/table.h"

namespace factdb::query {

// One row per table and view, ordered by type ("table" before "view"), then
// name; columns name, type, description ("" when schema_docs has none) and
// columns (the column names, ", "-separated, in table order).  SQLite's own
// tables (sqlite_*) and the FTS5 shadow tables (*_fts_*) are left out.
// Read through db's prepared statement and guards.
Table schema_docs(ReadOnlyDatabase& db);

}  // namespace factdb::query
