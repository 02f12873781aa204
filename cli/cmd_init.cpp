// factdb init: create or upgrade the schema.
#include <ostream>

#include "cli/command.h"
#include "db/database.h"
#include "loader/search_stems.h"

namespace factdb::cli {

int run_init(Context& ctx) {
    const bool adopt = take_flag(ctx.args, "--adopt");
    reject_unknown_options(ctx.args);
    if (!ctx.args.empty()) throw UsageError{"init takes no arguments"};
    const db::Foreign foreign = adopt ? db::Foreign::adopt : db::Foreign::refuse;
    SQLite::Database db = db::open(ctx.db_path, db::Mode::read_write, foreign);
    const int before = db::schema_version(db);
    const int applied = db::migrate(db, foreign);
    if (applied == 0) {
        ctx.out << ctx.db_path << ": schema is up to date (version " << before << ")\n";
    } else {
        ctx.out << ctx.db_path << ": applied " << applied << " migration(s), schema version "
                << before << " -> " << db::schema_version(db) << "\n";
    }
    // The search forms no migration can compute (schema/0020_search_stems.sql).
    const StemsBuilt built = build_pending_search_stems(db);
    if (built.documents > 0 || built.quotes > 0)
        ctx.out << ctx.db_path << ": built the stemmed search index of " << built.documents
                << " document(s) and " << built.quotes << " quote(s)\n";
    return kOk;
}

}  // namespace factdb::cli
