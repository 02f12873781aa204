// factdb summary: prints the main named queries as aligned tables, for a
// person at a terminal (make run prints it after loading the seeds).  Which
// queries, in which order, is this file's choice; query::summarize runs them.
#include <ostream>

#include "cli/command.h"
#include "query/format.h"
#include "query/summary.h"

namespace factdb::cli {

int run_summary(Context& ctx) {
    reject_unknown_options(ctx.args);
    if (!ctx.args.empty()) throw UsageError{"summary takes no arguments"};
    const std::vector<std::string_view> sections = {"investments", "stakeholders",
                                                    "datacenters_by_state", "people"};
    const query::FormatOptions options{60};
    bool first = true;
    query::summarize(ctx.db_path, sections, [&](const query::NamedQuery& q, const query::Table& t) {
        if (!first) ctx.out << "\n";
        first = false;
        ctx.out << "## " << q.title << " (" << t.rows.size() << ")\n\n";
        query::write(ctx.out, t, query::Format::table, options);
    });
    return kOk;
}

}  // namespace factdb::cli
