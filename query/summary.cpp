// The summary's queries (see summary.h).
//
// Every name is resolved before the database is opened, so a summary that
// names a query factdb does not have fails at once and whole, never after
// printing half of its sections.  Each query is read through a prepared
// statement (run_named_query) and every SQLite failure leaves as the
// db::Error of db::translate, in the words every other command uses.
#include "query/summary.h"

#include "db/database.h"
#include "db/error.h"
#include "errors/error.h"

namespace factdb::query {

void summarize(const std::string& path, const std::vector<std::string_view>& names,
               const std::function<void(const NamedQuery& query, const Table& result)>& show) {
    std::vector<const NamedQuery*> queries;
    for (const std::string_view name : names) {
        const NamedQuery* q = find_named_query(name);
        if (!q) {
            throw Error(ErrorKind::internal,
                        "no named query '" + std::string(name) + "' is compiled into factdb");
        }
        queries.push_back(q);
    }
    SQLite::Database db = db::open(path, db::Mode::read_only);
    db::translating(path, [&] {
        db::require_current_schema(db, path);
        for (const NamedQuery* q : queries) show(*q, run_named_query(db, *q, {}));
    });
}

}  // namespace factdb::query
