// factdb sql: one read-only statement, from the command line or stdin.  The
// rows are written as they are stepped (query::FormatWriter), within
// --max-rows, --max-bytes and --timeout.
#include <iostream>
#include <iterator>

#include "cli/command.h"
#include "cli/query_options.h"
#include "query/adhoc.h"
#include "query/readonly.h"

namespace factdb::cli {

int run_sql(Context& ctx) {
    QueryOptions o = take_query_options(ctx.args, true, true);
    reject_unknown_options(ctx.args);
    if (ctx.args.size() != 1)
        throw UsageError{"sql takes one SQL statement (or - to read it from stdin)"};
    std::string sql = ctx.args[0];
    if (sql == "-")
        sql.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    query::ReadOnlyDatabase db(ctx.db_path, o.guard);
    query::FormatWriter out(ctx.out, o.format, o.format_options());
    query::run_adhoc(db, sql, o.params, out, o.max_rows);
    return kOk;
}

}  // namespace factdb::cli
