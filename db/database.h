// Opening a factdb database and bringing its schema up to date.
//
// Every connection the program makes goes through open(): it sets the
// connection-level settings the schema relies on (foreign_keys=ON, a busy
// timeout, WAL for writers).  The schema version is PRAGMA user_version: the
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
// StorageError naming the path when it cannot be opened.
SQLite::Database open(const std::string& path, Mode mode);

// user_version of the open database.
int schema_version(SQLite::Database& db);

// The version this binary's migrations bring a database to.
int latest_schema_version();

// Applies the pending migrations in order, all in one transaction; returns how
// many were applied (0 when up to date).  Throws StorageError when the
// database was written by a newer factdb (user_version > latest).
int migrate(SQLite::Database& db);

// Throws StorageError unless the database is exactly at the latest version
// (for read-only commands, which must not migrate).
void require_current_schema(SQLite::Database& db, const std::string& path);

}  // namespace factdb::db
