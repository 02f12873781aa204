// A read-only connection for ad-hoc SQL, named queries, the checks, search
// and reports, closed by construction rather than by trust:
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
// The connection, the authorizer and the progress handler are private: a
// caller gets statements only from prepare() and runs them only under a
// deadline (run(), run_with_deadline()), so no caller can step around a
// guard or install its own.
// Every refusal is a QueryError that says what was refused and why; every
// other SQLite failure leaves as a db::Error naming the path (busy, full,
// storage: db::translate), never as an SQLite::Exception.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "query/named_query.h"

namespace factdb::query {

struct GuardOptions {
    double timeout_seconds = 10;
};

class ReadOnlyDatabase {
  public:
    // Throws db::Error when the file cannot be opened or is not a current
    // factdb database.
    ReadOnlyDatabase(const std::string& path, GuardOptions options);
    ~ReadOnlyDatabase();
    ReadOnlyDatabase(const ReadOnlyDatabase&) = delete;
    ReadOnlyDatabase& operator=(const ReadOnlyDatabase&) = delete;

    // The path as given, which names the database in error messages.
    const std::string& path() const { return path_; }

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

    // Runs work under ONE deadline, the timeout from now, for all of it:
    // every statement work steps on this connection, through run() or
    // directly (executeStep), is stopped once the deadline has passed, and
    // the stop is thrown as QueryError("WHAT stopped after N s (the
    // --timeout limit)").  Any other SQLite failure inside work is thrown
    // as db::translate's db::Error.  Nested inside another
    // run_with_deadline (run() is one, named "query"), the outer deadline
    // and WHAT hold.
    void run_with_deadline(std::string_view what, const std::function<void()>& work);

  private:
    // The SQLite callbacks; self is this connection.
    static int authorizer(void* self, int action, const char* a, const char* b, const char*,
                          const char*);
    static int progress(void* self);

    int authorize(int action, const char* a, const char* b);
    bool past_deadline() const;
    [[noreturn]] void fail_prepare();

    std::string path_;
    SQLite::Database db_;
    GuardOptions options_;
    std::string refusal_;  // why the authorizer last said no
    // Set while run_with_deadline runs; the progress handler stops a
    // statement only then.
    std::optional<std::chrono::steady_clock::time_point> deadline_;
};

}  // namespace factdb::query
