// A read-only connection for ad-hoc SQL and named queries, closed by
// construction rather than by trust:
//   * the file is opened SQLITE_OPEN_READONLY;
//   * an authorizer allows reading (SELECT, reads, recursive CTEs, an
//     allow-list of functions and of introspection PRAGMAs) and nothing else;
//   * SQLITE_DBCONFIG_DEFENSIVE on, trusted_schema off, extension loading
//     off, SQLITE_LIMIT_ATTACHED 0 (no ATTACH, no VACUUM INTO);
//   * exactly one statement: text after the first statement is an error
//     (SQLite::Statement would silently ignore it);
//   * a statement must be read-only (sqlite3_stmt_readonly);
//   * a progress handler stops a statement running longer than the timeout,
//     and a heap limit stops one that would exhaust memory.
// Every refusal is a QueryError that says what was refused and why.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <chrono>
#include <memory>
#include <string>

#include "query/named_query.h"

namespace factdb::query {

struct GuardOptions {
    double timeout_seconds = 10;
};

class ReadOnlyDatabase {
  public:
    // Throws StorageError when the file cannot be opened or is not a current
    // factdb database.
    ReadOnlyDatabase(const std::string& path, GuardOptions options);
    ~ReadOnlyDatabase();
    ReadOnlyDatabase(const ReadOnlyDatabase&) = delete;
    ReadOnlyDatabase& operator=(const ReadOnlyDatabase&) = delete;

    SQLite::Database& db() { return db_; }

    // Prepares sql, which must be exactly one read-only statement.
    std::unique_ptr<SQLite::Statement> prepare(const std::string& sql);

    // Runs a prepared statement to the end under the time limit.  Throws
    // QueryError when it is stopped, with max_rows > 0 when it returns more
    // rows than that.
    Table run(SQLite::Statement& statement, std::size_t max_rows = 0);

    // Runs a named query (values as for run_named_query) under the guards.
    Table run_named(const NamedQuery& query,
                    const std::map<std::string, std::optional<std::string>>& values,
                    std::size_t max_rows = 0);

    // Used by the SQLite callbacks.
    int authorize(int action, const char* a, const char* b);
    bool past_deadline() const;

  private:
    [[noreturn]] void fail_prepare(const std::string& sql);

    SQLite::Database db_;
    GuardOptions options_;
    std::string refusal_;  // why the authorizer last said no
    std::chrono::steady_clock::time_point deadline_;
    bool running_ = false;
};

}  // namespace factdb::query
