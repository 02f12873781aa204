// factdb sql: one read-only statement, from the command line or stdin, with
// its parameters from -p NAME VALUE and, for ? and ?NNN, from the values
// after the statement.  The
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
    if (ctx.args.empty())
        throw UsageError{"sql takes one SQL statement (or - to read it from stdin)"};
    // Values after the statement bind its positional parameters in order
    // (sqlite-utils' habit): factdb sql "SELECT * FROM facts WHERE id = ?" 12.
    for (std::size_t i = 1; i < ctx.args.size(); ++i) {
        const std::string n = std::to_string(i);
        if (o.params.count(n))
            throw UsageError{"parameter " + n + " is given twice: by -p " + n +
                             " and as value " + n + " after the SQL"};
        o.params[n] = ctx.args[i];
    }
    std::string sql = ctx.args[0];
    if (sql == "-")
        sql.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    query::ReadOnlyDatabase db(ctx.db_path, o.guard);
    query::FormatWriter out(ctx.out, o.format, o.format_options());
    query::run_adhoc(db, sql, o.params, out, o.max_rows);
    return kOk;
}

}  // namespace factdb::cli
