// factdb init: create or upgrade the schema.
#include <ostream>

#include "cli/command.h"
#include "db/database.h"

namespace factdb::cli {

int run_init(Context& ctx) {
    reject_unknown_options(ctx.args);
    if (!ctx.args.empty()) throw UsageError{"init takes no arguments"};
    SQLite::Database db = db::open(ctx.db_path, db::Mode::read_write);
    const int before = db::schema_version(db);
    const int applied = db::migrate(db);
    if (applied == 0) {
        ctx.out << ctx.db_path << ": schema is up to date (version " << before << ")\n";
    } else {
        ctx.out << ctx.db_path << ": applied " << applied << " migration(s), schema version "
                << before << " -> " << db::schema_version(db) << "\n";
    }
    return kOk;
}

}  // namespace factdb::cli
