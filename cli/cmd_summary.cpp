// factdb summary: the main named queries as aligned tables, for a person at
// a terminal (make run prints it after loading the seeds).
#include <ostream>

#include "cli/command.h"
#include "db/database.h"
#include "query/format.h"
#include "query/named_query.h"

namespace factdb::cli {

int run_summary(Context& ctx) {
    reject_unknown_options(ctx.args);
    if (!ctx.args.empty()) throw UsageError{"summary takes no arguments"};
    SQLite::Database db = db::open(ctx.db_path, db::Mode::read_only);
    db::require_current_schema(db, ctx.db_path);
    struct Section {
        const char* query;
        std::map<std::string, std::optional<std::string>> params;
    };
    const Section sections[] = {
        {"investments", {}},
        {"stakeholders", {}},
        {"datacenters_by_state", {}},
        {"people", {}},
    };
    const query::FormatOptions options{60};
    bool first = true;
    for (const auto& s : sections) {
        const query::NamedQuery* q = query::find_named_query(s.query);
        const query::Table t = query::run_named_query(db, *q, s.params);
        if (!first) ctx.out << "\n";
        first = false;
        ctx.out << "## " << q->title << " (" << t.rows.size() << ")\n\n";
        query::write(ctx.out, t, query::Format::table, options);
    }
    return kOk;
}

}  // namespace factdb::cli
