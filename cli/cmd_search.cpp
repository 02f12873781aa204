// factdb search: full-text search of the documents and evidence quotes
// (search/), on the read-only connection.  The terms are plain words, never
// FTS5 syntax (see search/search.h).
#include <charconv>
#include <ostream>

#include "cli/command.h"
#include "cli/query_options.h"
#include "query/readonly.h"
#include "search/search.h"

namespace factdb::cli {

int run_search(Context& ctx) {
    QueryOptions o = take_query_options(ctx.args, false, true);
    std::size_t limit = 20;
    if (const std::string l = take_option(ctx.args, "--limit"); !l.empty()) {
        std::size_t n = 0;
        const auto [end, ec] = std::from_chars(l.data(), l.data() + l.size(), n);
        if (ec != std::errc() || end != l.data() + l.size()) {
            throw UsageError{"--limit takes a whole number (0 = no limit), not '" + l + "'"};
        }
        limit = n;
    }
    reject_unknown_options(ctx.args);
    if (!o.params.empty()) throw UsageError{"search takes no -p parameters"};
    // Everything left is the search text; "--" lets it start with '-'.
    std::string terms;
    for (const auto& a : ctx.args) {
        if (a == "--") continue;
        terms += (terms.empty() ? "" : " ") + a;
    }
    if (terms.empty()) throw UsageError{"search takes the words to search for"};
    query::ReadOnlyDatabase db(ctx.db_path, o.guard);
    query::FormatWriter out(ctx.out, o.format, o.format_options());
    search::search(db, terms, limit, out);
    return kOk;
}

}  // namespace factdb::cli
