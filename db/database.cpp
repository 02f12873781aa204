// Connection settings and schema migrations (see database.h).
//
// A file is factdb's when it carries kApplicationId, or is factdb's from
// before the mark; open() and migrate() refuse another application's file
// before writing anything to it (owner_of).
//
// Migrations are the embedded schema/*.sql files; a file's version is its
// four-digit prefix, and versions must increase by one with no gaps, which is
// checked here rather than trusted, so a misnamed file fails loudly.
#include "db/database.h"

#include <sys/stat.h>

#include <cerrno>

#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <charconv>
#include <cstdio>
#include <stdexcept>

#include "db/busy.h"
#include "db/embedded.h"
#include "db/error.h"

namespace factdb::db {
namespace {

int version_of(std::string_view file_name) {
    int version = 0;
    auto [end, ec] = std::from_chars(file_name.data(), file_name.data() + 4, version);
    if (ec != std::errc() || end != file_name.data() + 4 || file_name.size() < 5 ||
        file_name[4] != '_') {
        throw Error(Failure::storage, "schema file name must start with NNNN_: " + std::string(file_name));
    }
    return version;
}

// Foreign keys off for the guard's lifetime, back on after (the
// connection always runs with them on: see open()).
class ForeignKeysOff {
  public:
    explicit ForeignKeysOff(SQLite::Database& db) : db_(db) {
        db_.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff() {
        try {
            db_.exec("PRAGMA foreign_keys = ON");
        } catch (const SQLite::Exception&) {
            // A destructor must not throw; this PRAGMA cannot fail on an
            // open connection outside a transaction, which is where the
            // guard ends (after the migration's commit or rollback).
        }
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

  private:
    SQLite::Database& db_;
};

int application_id(SQLite::Database& db) {
    return db.execAndGet("PRAGMA application_id").getInt();
}

// An application id as SQLite's magic.txt writes them: 0x66616374.
std::string hex_id(int id) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%08x", static_cast<unsigned>(id));
    return hex;
}

// What a file is to factdb, read before anything is written to it.
enum class Owner {
    empty,    // no table: a new file, or one made empty by another program
    factdb,   // marked with kApplicationId, or factdb's from before the mark
    foreign,  // tables, no application id, no factdb schema
};

// Throws, before anything is written, for a file another application has
// marked as its own: not even --adopt takes it.  A factdb database from
// before the mark has user_version > 0 and 0001's documents and facts.
Owner owner_of(SQLite::Database& db) {
    const int id = application_id(db);
    if (id == kApplicationId) return Owner::factdb;
    if (id != 0) {
        throw Error(Failure::storage,
                    db.getFilename() + ": belongs to another application (PRAGMA application_id " +
                        hex_id(id) + ", factdb's is " + hex_id(kApplicationId) +
                        "); factdb will not add its schema to it");
    }
    SQLite::Statement tables(db,
                             "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    int count = 0;
    bool documents = false, facts = false;
    while (tables.executeStep()) {
        const std::string name = tables.getColumn(0).getString();
        ++count;
        documents = documents || name == "documents";
        facts = facts || name == "facts";
    }
    if (count == 0) return Owner::empty;
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version > 0 && documents && facts) return Owner::factdb;
    return Owner::foreign;
}

// The owner, refusing a foreign file unless it is adopted.
Owner require_not_foreign(SQLite::Database& db, Foreign foreign) {
    const Owner owner = owner_of(db);
    if (owner != Owner::foreign || foreign == Foreign::adopt) return owner;
    SQLite::Statement tables(db,
                             "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    std::string listed;
    int count = 0;
    while (tables.executeStep()) {
        if (++count <= 3) listed += (count > 1 ? ", " : "") + tables.getColumn(0).getString();
    }
    if (count > 3) listed += ", ...";
    throw Error(Failure::storage,
                db.getFilename() + ": not a factdb database: it holds " + std::to_string(count) +
                    " table(s) (" + listed +
                    ") but no factdb schema; factdb adds its schema only to an empty file or "
                    "its own (give --adopt to add it to this file anyway)");
}

}  // namespace

SQLite::Database open(const std::string& path, Mode mode, Foreign foreign) {
    // A reader never creates the file; its absence is the commonest mistake
    // (a wrong --db, a command run before the first load), told as such
    // rather than as SQLite's "unable to open database file".
    if (mode == Mode::read_only) {
        struct stat st{};
        if (::lstat(path.c_str(), &st) != 0 && errno == ENOENT)
            throw Error(Failure::missing, "no database at " + path);
    }
    try {
        const int flags = mode == Mode::read_only ? SQLite::OPEN_READONLY
                                                  : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        // NOMUTEX: a connection is only ever used by the thread that opened
        // it, so SQLite's per-connection mutex is pure overhead (a few % of
        // a load, taken on every step).
        SQLite::Database db(path, flags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX);
        // Waits up to kBusyTimeoutMs for another connection's lock, and
        // remembers whether a wait ran out, for the busy message (busy.h).
        wait_when_busy(db.getHandle());
        db.exec("PRAGMA foreign_keys = ON");
        if (mode == Mode::read_write) {
            // Before the switch to WAL, which writes the file's header:
            // another application's file is left exactly as it was.
            require_not_foreign(db, foreign);
            // WAL lets readers run while a load commits; NORMAL is durable at
            // every checkpoint and never corrupts on a crash in WAL mode.
            db.exec("PRAGMA journal_mode = WAL");
            db.exec("PRAGMA synchronous = NORMAL");
            // A load is one transaction with a savepoint per document: the
            // savepoint's sub-journal and the statement journals otherwise
            // spill to temporary files (pwrite on every document; see
            // docs/PERFORMANCE.md).  In memory they cost only what one
            // document touches.
            db.exec("PRAGMA temp_store = MEMORY");
        }
        // 64 MiB of page cache (default 2 MiB), bounded whatever the database
        // size.  Writers: the fact_key and subject_key indexes are SHA-256
        // hex, inserted in random order, so a small cache turns most index
        // inserts into page misses once the database outgrows it.  Readers:
        // whole-database queries revisit the same index and table pages per
        // row (one evidence lookup per fact), which a 2 MiB cache re-reads
        // from the OS on every run (a third of their time in pread at 1M
        // claims).  Readers keep temp_store at its default: a large sort
        // then spills to a temporary file rather than into the read-only
        // guard's heap limit (query/readonly.cpp).
        db.exec("PRAGMA cache_size = -65536");
        return db;
    } catch (const SQLite::Exception& e) {
        // Another process's lock (two loads creating one file at once: the
        // switch to WAL does not wait for the busy timeout) is "busy", which
        // the CLI reports as such, not a file that cannot be opened.
        const int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) throw translate(e, path);
        throw Error(Failure::storage, path + ": cannot open database: " + e.what());
    }
}

void map_for_reading(SQLite::Database& db) {
    // A PRAGMA takes no bound parameters; the size is a constant.
    db.exec("PRAGMA mmap_size = 2147483648");
}

int schema_version(SQLite::Database& db) {
    return translating(db.getFilename(),
                       [&] { return db.execAndGet("PRAGMA user_version").getInt(); });
}

int latest_schema_version() {
    const auto& files = embedded_migrations();
    return files.empty() ? 0 : version_of(files.back().name);
}

namespace {

int migrate_untranslated(SQLite::Database& db, Foreign foreign) {
    // An adopted file's user_version is its application's, not a factdb
    // version: factdb's schema starts there from 0 (and takes user_version).
    const int current =
        require_not_foreign(db, foreign) == Owner::foreign ? 0 : schema_version(db);
    const int latest = latest_schema_version();
    if (current > latest) {
        throw Error(Failure::storage, db.getFilename() + ": database schema version " +
                           std::to_string(current) + " is newer than this factdb supports (" +
                           std::to_string(latest) + "); upgrade factdb");
    }
    if (current == latest && application_id(db) == kApplicationId) return 0;
    if (!sqlite3_get_autocommit(db.getHandle())) {
        // PRAGMA foreign_keys is a no-op inside a transaction, and a
        // migration that rebuilds a table (0007) would then cascade-delete
        // every row that references it.
        throw Error(Failure::internal, "db::migrate called inside a transaction");
    }
    // Migrations run with foreign keys off, as SQLite's table-rebuild
    // procedure requires (https://sqlite.org/lang_altertable.html), and are
    // checked before the commit instead; the guard turns them back on
    // whatever happens.
    ForeignKeysOff fk_off(db);
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Re-read under the write lock: another process may have migrated meanwhile.
    const int locked_current =
        require_not_foreign(db, foreign) == Owner::foreign ? 0 : schema_version(db);
    int applied = 0;
    int expected = 1;
    for (const auto& file : embedded_migrations()) {
        const int version = version_of(file.name);
        if (version != expected) {
            throw Error(Failure::storage, "schema migrations are not numbered 0001, 0002, ... (found " +
                               std::string(file.name) + ")");
        }
        ++expected;
        if (version <= locked_current) continue;
        try {
            db.exec(std::string(file.text));
        } catch (const SQLite::Exception& e) {
            throw Error(Failure::storage, std::string(file.name) + ": " + e.what());
        }
        // PRAGMA takes no bound parameters; version is an integer we computed.
        db.exec("PRAGMA user_version = " + std::to_string(version));
        ++applied;
    }
    // A PRAGMA takes no bound parameters; the id is our constant.  Written
    // in the migrations' transaction: a file is marked as factdb's exactly
    // when its schema is.
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    SQLite::Statement violations(db, "PRAGMA foreign_key_check");
    if (violations.executeStep()) {
        throw Error(Failure::storage, db.getFilename() + ": schema migration found a row of " +
                           violations.getColumn(0).getString() + " without its parent in " +
                           violations.getColumn(2).getString() + "; nothing was changed");
    }
    tx.commit();
    return applied;
}

}  // namespace

int migrate(SQLite::Database& db, Foreign foreign) {
    return translating(db.getFilename(), [&] { return migrate_untranslated(db, foreign); });
}

void require_current_schema(SQLite::Database& db, const std::string& path) {
    const int current = schema_version(db);
    const int latest = latest_schema_version();
    if (const int id = translating(path, [&] { return application_id(db); });
        id != 0 && id != kApplicationId) {
        throw Error(Failure::storage, path +
                                          ": not a factdb database: it belongs to another "
                                          "application (PRAGMA application_id " +
                                          hex_id(id) + ")");
    }
    if (current == 0) throw Error(Failure::storage, path + ": not a factdb database (run 'factdb init')");
    if (current > latest) {
        throw Error(Failure::storage, path + ": database schema version " + std::to_string(current) +
                           " is newer than this factdb supports (" + std::to_string(latest) +
                           "); upgrade factdb");
    }
    if (current < latest) {
        throw Error(Failure::storage, path + ": database schema version " + std::to_string(current) +
                           " is older than this factdb's (" + std::to_string(latest) +
                           "); run 'factdb init' to upgrade it");
    }
}

}  // namespace factdb::db
