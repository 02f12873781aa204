// The tables and views with their descriptions (see schema_docs.h).
//
// One prepared read-only SELECT on the guarded connection: the catalogue
// (sqlite_schema), the descriptions (schema_docs) and each table's columns
// (the table-valued pragma_table_info, on the connection's PRAGMA
// allow-list) are read in one snapshot.  The SQL holds no value.  FTS5's
// shadow tables (V_data, V_idx, V_content, V_docsize, V_config of each
// virtual table V) are SQLite's, not ours, and are left out.
#include "query/schema_docs.h"

#include <memory>

#include "db/error.h"

namespace factdb::query {
namespace {

constexpr const char* kSchemaSql = R"sql(
SELECT m.name AS name,
       m.type AS type,
       coalesce(d.description, '') AS description,
       (SELECT group_concat(name, ', ') FROM pragma_table_info(m.name)) AS columns
FROM sqlite_schema m
LEFT JOIN schema_docs d ON d.name = m.name
WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%'
  AND NOT EXISTS (SELECT 1 FROM sqlite_schema v
                  WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%'
                    AND m.name IN (v.name || '_data', v.name || '_idx', v.name || '_content',
                                   v.name || '_docsize', v.name || '_config'))
ORDER BY m.type, m.name
)sql";

}  // namespace

Table schema_docs(ReadOnlyDatabase& db) {
    return db::translating(db.path(), [&db] {
        const std::unique_ptr<SQLite::Statement> st = db.prepare(kSchemaSql);
        return db.run(*st);
    });
}

}  // namespace factdb::query
