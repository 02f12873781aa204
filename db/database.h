// Opening a factdb database and bringing its schema up to date.
//
// Every connection the program makes goes through open(): it sets the
// connection-level settings the schema relies on (foreign_keys=ON, a busy
// handler that waits kBusyTimeoutMs and measures the wait (busy.h), WAL for
// writers).  The schema version is PRAGMA user_version: the
// number NNNN of the last schema/NNNN_*.sql migration applied; PRAGMA
// application_id marks the file as factdb's (kApplicationId).
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

namespace factdb::db {

enum class Mode { read_write, read_only };

// PRAGMA application_id of every factdb database: "fact" in ASCII, so
// that `file` and other programs can tell a factdb file from another
// application's SQLite file (docs/SCHEMA.md; not in SQLite's registry of
// magic numbers, magic.txt, which lists no clash).
inline constexpr int kApplicationId = 0x66616374;

// What migrate() does with a file that is neither empty nor factdb's: one
// with tables but no factdb schema, and no application id.
enum class Foreign {
    refuse,  // the default: factdb will not add its schema to another application's file
    adopt,   // `--adopt`: add it anyway, and mark the file as factdb's
};

// How long a connection waits for another process's lock (a load holds the
// write lock for its whole transaction) before failing with SQLITE_BUSY.
inline constexpr int kBusyTimeoutMs = 5000;

// Opens (read_write: creating if missing) the database at path.  Throws
// db::Error naming the path when it cannot be opened, and, for read_write,
// when it is another application's file (as migrate() refuses it: checked
// here before the switch to WAL writes the file's header).  Migrations must
// run outside a transaction (see migrate()).
SQLite::Database open(const std::string& path, Mode mode, Foreign foreign = Foreign::refuse);

// Maps the database file into memory for this connection's reads (PRAGMA
// mmap_size, up to 2 GiB or SQLite's compile-time maximum if lower).  For
// the query surface: whole-database queries then read pages in place
// instead of a pread and a copy each (a third of their time at a million
// claims).  Not for the loader, whose peak RSS would then grow with the
// file's size (mapped pages count as resident).
void map_for_reading(SQLite::Database& db);

// user_version of the open database.
int schema_version(SQLite::Database& db);

// The version this binary's migrations bring a database to.
int latest_schema_version();

// Applies the pending migrations in order, all in one transaction, with
// foreign keys off and checked before the commit, and marks the file with
// kApplicationId; returns how many were applied (0 when up to date).  A
// factdb database from before the mark (user_version > 0 and factdb's
// documents and facts tables, no application id) is marked on the way.
// Throws db::Error, before writing anything, when the file carries another
// application's id, or holds tables but no factdb schema (unless foreign is
// adopt); when the database was written by a newer factdb (user_version >
// latest) or a foreign key does not hold afterwards; db::Error (internal)
// when called inside a transaction.
int migrate(SQLite::Database& db, Foreign foreign = Foreign::refuse);

// Throws db::Error unless the database is exactly at the latest version
// and carries factdb's application id or none (for read-only commands,
// which must not migrate, nor stamp).
void require_current_schema(SQLite::Database& db, const std::string& path);

}  // namespace factdb::db
