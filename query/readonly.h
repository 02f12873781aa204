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
//     a heap limit stops one that would exhaust memory, and
//     SQLITE_LIMIT_LENGTH (kMaxValueBytes) refuses any one value, string or
//     row larger than 64 MiB (|| and replace fail with SQLITE_TOOBIG;
//     printf('%.*c', 1e8, 'x') gives NULL: SQLite 3.40's printf drops it);
//   * a result goes to its RowSink as it is stepped (run()), so rows are not
//     held outside SQLite's heap limit, and the sink's work (formatting,
//     writing) runs under the same deadline: the sink's progress callback
//     is the deadline check.
// The connection, the authorizer and the progress handler are private: a
// caller gets statements only from prepare() and runs them only under a
// deadline (run(), run_with_deadline()), so no caller can step around a
// guard or install its own.  A statement stepped outside any deadline is
// interrupted when it starts (the trace callback) and at every progress
// callback, so a statement prepare() returned cannot run unguarded.
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
#include <vector>
#include <string_view>

#include "query/named_query.h"
#include "query/table.h"

namespace factdb::query {

// The largest string, BLOB or row a read may make or return (SQLite's
// SQLITE_LIMIT_LENGTH on the connection): above the 16 MiB a document may
// be, even after NFC, and far below the 1 GiB heap limit.
inline constexpr int kMaxValueBytes = 64 << 20;

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

    // Prepares sql, which must be exactly one read-only statement.  When
    // parameters is given, it receives the statement's parameters in index
    // order (index i + 1): ":name", "@name", "$name", "?NNN" as written, ""
    // for a bare "?" (SQLite numbers it one past the largest before it).
    std::unique_ptr<SQLite::Statement> prepare(const std::string& sql,
                                               std::vector<std::string>* parameters = nullptr);

    // Runs a prepared statement to the end under the time limit, handing
    // each row to sink as it is stepped (query::stream) and setting the
    // sink's progress to the deadline check, so that the sink's own work is
    // stopped by the deadline too.  Throws QueryError when it is stopped,
    // with max_rows > 0 when it returns more rows than that, when a value
    // is larger than kMaxValueBytes, and what the sink throws (the output
    // limit).
    void run(SQLite::Statement& statement, RowSink& sink, std::size_t max_rows = 0);
    // The same, collected into a Table.
    Table run(SQLite::Statement& statement, std::size_t max_rows = 0);

    // Runs a named query (values as for run_named_query) under the guards.
    void run_named(const NamedQuery& query,
                   const std::map<std::string, std::optional<std::string>>& values, RowSink& sink,
                   std::size_t max_rows = 0);
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

    // Inside run_with_deadline, stops its work (with its timeout QueryError)
    // once the deadline has passed; for work between statement steps, which
    // the progress handler does not see.  Outside, does nothing.
    void check_deadline() const;

  private:
    // The SQLite callbacks; self is this connection.
    static int authorizer(void* self, int action, const char* a, const char* b, const char*,
                          const char*);
    static int progress(void* self);
    static int trace(unsigned type, void* self, void* statement, void* sql);

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
    // Set while prepare() runs: SQLite may step statements of its own then
    // (reading a changed schema), which no deadline covers and none needs.
    bool preparing_ = false;
};

}  // namespace factdb::query
