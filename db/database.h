// Opening a factdb database and bringing its schema up to date.
//
// Every connection the program makes goes through open(): it sets the
// connection-level settings the schema relies on (foreign_keys=ON, a busy
// handler that waits kBusyTimeoutMs and measures the wait (busy.h), WAL for
// writers).  The schema version is PRAGMA user_version: the
// number NNNN of the last schema/NNNN_*.sql migration applied.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

namespace factdb::db {

enum class Mode { read_write, read_only };

// How long a connection waits for another process's lock (a load holds the
// write lock for its whole transaction) before failing with SQLITE_BUSY.
inline constexpr int kBusyTimeoutMs = 5000;

// Opens (read_write: creating if missing) the database at path.  Throws
// db::Error naming the path when it cannot be opened.  Migrations must
// run outside a transaction (see migrate()).
SQLite::Database open(const std::string& path, Mode mode);

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
// foreign keys off and checked before the commit; returns how many were
// applied (0 when up to date).  Throws db::Error when the database was
// written by a newer factdb (user_version > latest) or a foreign key does not
// hold afterwards, db::Error (internal) when called inside a transaction.
int migrate(SQLite::Database& db);

// Throws db::Error unless the database is exactly at the latest version
// (for read-only commands, which must not migrate).
void require_current_schema(SQLite::Database& db, const std::string& path);

}  // namespace factdb::db
