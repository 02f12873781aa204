// factdb schema: prints every table and view with its one-line description
// and its columns (query::schema_docs reads them), so a new user can write
// SQL without reading the code.
#include <algorithm>
#include <ostream>

#include "cli/command.h"
#include "cli/query_options.h"
#include "query/readonly.h"
#include "query/schema_docs.h"

namespace factdb::cli {

int run_schema(Context& ctx) {
    QueryOptions o = take_query_options(ctx.args, false);
    reject_unknown_options(ctx.args);
    if (!ctx.args.empty()) throw UsageError{"schema takes no arguments"};
    query::ReadOnlyDatabase db(ctx.db_path, o.guard);
    const query::Table t = query::schema_docs(db);
    if (o.format_given) {
        query::write(ctx.out, t, o.format);
        return kOk;
    }
    // name (type): description, then the columns indented below.
    for (const auto& row : t.rows) {
        ctx.out << query::to_text(row[0]) << " (" << query::to_text(row[1])
                << "): " << query::to_text(row[2]) << "\n    " << query::to_text(row[3]) << "\n";
    }
    return kOk;
}

}  // namespace factdb::cli
