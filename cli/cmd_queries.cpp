// factdb queries / factdb query NAME: list and run the named queries.
#include <ostream>

#include "cli/command.h"
#include "cli/query_options.h"
#include "query/named_query.h"
#include "query/readonly.h"

namespace factdb::cli {

int run_queries(Context& ctx) {
    QueryOptions o = take_query_options(ctx.args, false);
    reject_unknown_options(ctx.args);
    if (!ctx.args.empty()) throw UsageError{"queries takes no arguments"};
    query::Table t;
    t.columns = {"name", "title", "parameters"};
    for (const auto& q : query::named_queries()) {
        std::string params;
        for (const auto& p : q.params) {
            params += (params.empty() ? "" : ", ") + p.name + " " +
                      std::string(query::to_string(p.type)) +
                      (p.required        ? " (required)"
                       : p.default_value ? " = " + *p.default_value
                                         : " = NULL");
        }
        t.rows.push_back({q.name, q.title, params});
    }
    query::write(ctx.out, t, o.format);
    return kOk;
}

int run_query(Context& ctx) {
    QueryOptions o = take_query_options(ctx.args, true, true);
    const FactFilter filter = take_fact_filter(ctx.args);
    reject_unknown_options(ctx.args);
    if (ctx.args.size() != 1) throw UsageError{"query takes one query NAME (list them with 'factdb queries')"};
    const query::NamedQuery* q = query::find_named_query(ctx.args[0]);
    if (!q) throw QueryError("unknown query '" + ctx.args[0] + "' (see 'factdb queries')");
    apply_fact_filter(filter, *q, o.params);
    query::ReadOnlyDatabase db(ctx.db_path, o.guard);
    // Written as the rows are stepped, within the limits (as factdb sql).
    query::FormatWriter out(ctx.out, o.format, o.format_options());
    db.run_named(*q, o.params, out, o.max_rows);
    return kOk;
}

}  // namespace factdb::cli
