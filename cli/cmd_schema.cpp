// factdb schema: every table and view with its one-line description and its
// columns, so a new user can write SQL without reading the code.
#include <ostream>

#include "cli/command.h"
#include "cli/query_options.h"
#include "query/readonly.h"

namespace factdb::cli {

int run_schema(Context& ctx) {
    const bool explicit_format =
        std::find(ctx.args.begin(), ctx.args.end(), "--format") != ctx.args.end() ||
        std::any_of(ctx.args.begin(), ctx.args.end(),
                    [](const std::string& a) { return a.rfind("--format=", 0) == 0; });
    QueryOptions o = take_query_options(ctx.args, false);
    reject_unknown_options(ctx.args);
    if (!ctx.args.empty()) throw UsageError{"schema takes no arguments"};
    query::ReadOnlyDatabase db(ctx.db_path, o.guard);
    std::unique_ptr<SQLite::Statement> st = db.prepare(
        "SELECT m.name, m.type, coalesce(d.description, ''),"
        " (SELECT group_concat(name, ', ') FROM pragma_table_info(m.name)) AS columns"
        " FROM sqlite_schema m LEFT JOIN schema_docs d ON d.name = m.name"
        " WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%'"
        " AND m.name NOT LIKE '%\\_fts\\_%' ESCAPE '\\'"
        " ORDER BY m.type, m.name");
    const query::Table t = db.run(*st);
    if (explicit_format) {
        query::Table named = t;
        named.columns = {"name", "type", "description", "columns"};
        query::write(ctx.out, named, o.format);
        return kOk;
    }
    for (const auto& row : t.rows) {
        ctx.out << query::to_text(row[0]) << " (" << query::to_text(row[1])
                << "): " << query::to_text(row[2]) << "\n    " << query::to_text(row[3]) << "\n";
    }
    return kOk;
}

}  // namespace factdb::cli
