// The guarded read-only connection (see readonly.h).
//
// The authorizer is the gate that matters; the read-only open, DEFENSIVE and
// the attach limit are there so that a hole in one layer is not a hole in
// all.  The allow-lists are tables, so what is allowed is one read away.
#include "query/readonly.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "db/database.h"
#include "db/error.h"
#include "errors/error.h"

namespace factdb::query {
namespace {

// Functions an ad-hoc query may call: SQLite's core scalar, aggregate, date,
// JSON and window functions, FTS5's auxiliaries and factdb's none.  Left out
// on purpose: load_extension, readfile/writefile/edit (shell), fts3_tokenizer,
// zeroblob and randomblob (memory), sqlite_compileoption_* and the like.
constexpr std::string_view kFunctions[] = {
    // The JSON operators are functions to the authorizer (SQLite 3.38+):
    // allowed like json_extract, which they are.
    "->",
    "->>",
    "abs",
    "avg",
    "bm25",
    "changes",
    "char",
    "coalesce",
    "count",
    "cume_dist",
    "date",
    "datetime",
    "dense_rank",
    "first_value",
    "format",
    "glob",
    "group_concat",
    "hex",
    "highlight",
    "ifnull",
    "iif",
    "instr",
    "json",
    "json_array",
    "json_array_length",
    "json_each",
    "json_extract",
    "json_group_array",
    "json_group_object",
    "json_insert",
    "json_object",
    "json_patch",
    "json_quote",
    "json_remove",
    "json_replace",
    "json_set",
    "json_tree",
    "json_type",
    "json_valid",
    "julianday",
    "lag",
    "last_value",
    "lead",
    "length",
    "like",
    "likelihood",
    "likely",
    "lower",
    "ltrim",
    "match",
    "max",
    "min",
    "nth_value",
    "ntile",
    "nullif",
    "percent_rank",
    "printf",
    "quote",
    "random",
    "rank",
    "replace",
    "round",
    "row_number",
    "rtrim",
    "sign",
    "snippet",
    "soundex",
    "sqlite_version",
    "strftime",
    "substr",
    "substring",
    "sum",
    "time",
    "total",
    "total_changes",
    "trim",
    "typeof",
    "unicode",
    "unixepoch",
    "unlikely",
    "upper",
};

// PRAGMAs that only describe the schema.
constexpr std::string_view kPragmas[] = {
    "table_info",    "table_xinfo", "table_list",       "index_list",
    "index_info",    "index_xinfo", "foreign_key_list", "collation_list",
    "function_list", "pragma_list", "data_version",
};

struct ActionName {
    int action;
    std::string_view what;
};
constexpr ActionName kActions[] = {
    {SQLITE_CREATE_TABLE, "CREATE TABLE"},
    {SQLITE_CREATE_TEMP_TABLE, "CREATE TEMP TABLE"},
    {SQLITE_CREATE_INDEX, "CREATE INDEX"},
    {SQLITE_CREATE_TEMP_INDEX, "CREATE TEMP INDEX"},
    {SQLITE_CREATE_VIEW, "CREATE VIEW"},
    {SQLITE_CREATE_TEMP_VIEW, "CREATE TEMP VIEW"},
    {SQLITE_CREATE_TRIGGER, "CREATE TRIGGER"},
    {SQLITE_CREATE_TEMP_TRIGGER, "CREATE TEMP TRIGGER"},
    {SQLITE_CREATE_VTABLE, "CREATE VIRTUAL TABLE"},
    {SQLITE_DROP_TABLE, "DROP TABLE"},
    {SQLITE_DROP_TEMP_TABLE, "DROP TABLE"},
    {SQLITE_DROP_INDEX, "DROP INDEX"},
    {SQLITE_DROP_TEMP_INDEX, "DROP INDEX"},
    {SQLITE_DROP_VIEW, "DROP VIEW"},
    {SQLITE_DROP_TEMP_VIEW, "DROP VIEW"},
    {SQLITE_DROP_TRIGGER, "DROP TRIGGER"},
    {SQLITE_DROP_TEMP_TRIGGER, "DROP TRIGGER"},
    {SQLITE_DROP_VTABLE, "DROP VIRTUAL TABLE"},
    {SQLITE_ALTER_TABLE, "ALTER TABLE"},
    {SQLITE_REINDEX, "REINDEX"},
    {SQLITE_ANALYZE, "ANALYZE"},
    {SQLITE_ATTACH, "ATTACH"},
    {SQLITE_DETACH, "DETACH"},
    {SQLITE_TRANSACTION, "a transaction statement"},
    {SQLITE_SAVEPOINT, "SAVEPOINT"},
};

template <std::size_t N>
bool listed(const std::string_view (&list)[N], const char* name) {
    if (!name) return false;
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return std::find(std::begin(list), std::end(list), lower) != std::end(list);
}

// True when the rest of the SQL is only white space, ';' and comments.
bool only_trivia(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ';') {
            ++i;
        } else if (s.compare(i, 2, "--") == 0) {
            const std::size_t end = s.find('\n', i);
            i = end == std::string_view::npos ? s.size() : end + 1;
        } else if (s.compare(i, 2, "/*") == 0) {
            const std::size_t end = s.find("*/", i + 2);
            i = end == std::string_view::npos ? s.size() : end + 2;
        } else {
            return false;
        }
    }
    return true;
}

constexpr sqlite3_int64 kHeapLimit = 1024LL * 1024 * 1024;  // 1 GiB for one query

// Thrown by check_deadline, turned into the timeout QueryError by the
// outermost run_with_deadline, which alone knows the name to report.
struct DeadlinePassed {};

bool busy(int code) {
    return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

// "WHAT stopped after 0.5 s (the --timeout limit)": the seconds as the user
// gave them (%g), not as rounded to the deadline's milliseconds.
QueryError timeout_error(std::string_view what, double seconds) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", seconds);
    return QueryError(std::string(what) + " stopped after " + buf + " s (the --timeout limit)");
}

}  // namespace

ReadOnlyDatabase::ReadOnlyDatabase(const std::string& path, GuardOptions options)
    : path_(path), db_(db::open(path, db::Mode::read_only)), options_(options) {
    // Reading the schema version can find the file locked: that is busy,
    // in the words of every other command.
    db::translating(path_, [this] {
        db::require_current_schema(db_, path_);
        db::map_for_reading(db_);
    });
    sqlite3* h = db_.getHandle();
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, 1000000);
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_hard_heap_limit64(kHeapLimit);
    sqlite3_set_authorizer(h, authorizer, this);
    sqlite3_progress_handler(h, 1000, progress, this);
    sqlite3_trace_v2(h, SQLITE_TRACE_STMT, trace, this);
}

ReadOnlyDatabase::~ReadOnlyDatabase() {
    sqlite3_trace_v2(db_.getHandle(), 0, nullptr, nullptr);
    sqlite3_progress_handler(db_.getHandle(), 0, nullptr, nullptr);
    sqlite3_set_authorizer(db_.getHandle(), nullptr, nullptr);
}

int ReadOnlyDatabase::authorizer(void* self, int action, const char* a, const char* b, const char*,
                                 const char*) {
    return static_cast<ReadOnlyDatabase*>(self)->authorize(action, a, b);
}

int ReadOnlyDatabase::progress(void* self) {
    // No deadline: a statement stepped outside run_with_deadline, which is
    // stopped rather than left to run without a limit.
    // Preparing may read a changed schema with statements of SQLite's own:
    // those are not stopped.
    const auto* db = static_cast<ReadOnlyDatabase*>(self);
    if (db->preparing_) return 0;
    return !db->deadline_ || db->past_deadline() ? 1 : 0;
}

int ReadOnlyDatabase::trace(unsigned type, void* self, void*, void*) {
    // A statement starting outside run_with_deadline is interrupted before
    // its first row, however few instructions it needs (the progress
    // handler sees only every 1000th).
    auto* db = static_cast<ReadOnlyDatabase*>(self);
    if (type == SQLITE_TRACE_STMT && !db->deadline_ && !db->preparing_)
        sqlite3_interrupt(db->db_.getHandle());
    return 0;
}

int ReadOnlyDatabase::authorize(int action, const char* a, const char* b) {
    // Only the first refusal is kept: a DROP TABLE is also a DELETE from
    // sqlite_schema, and the user should hear about the DROP.
    auto refuse = [this](std::string why) {
        if (refusal_.empty()) refusal_ = std::move(why);
        return SQLITE_DENY;
    };
    switch (action) {
        case SQLITE_SELECT:
        case SQLITE_READ:
        case SQLITE_RECURSIVE:
            return SQLITE_OK;
        case SQLITE_FUNCTION:
            if (listed(kFunctions, b)) return SQLITE_OK;
            refusal_ = std::string("the function ") + (b ? b : "?") +
                       "() is not allowed in read-only queries";
            return SQLITE_DENY;
        case SQLITE_PRAGMA:
            if (listed(kPragmas, a)) return SQLITE_OK;
            refusal_ =
                std::string("PRAGMA ") + (a ? a : "?") + " is not allowed: queries are read-only";
            return SQLITE_DENY;
        case SQLITE_INSERT:
        case SQLITE_UPDATE:
        case SQLITE_DELETE: {
            // CREATE and DROP reach the authorizer first as writes to the
            // schema table; name them as what they are.
            const std::string table = a ? a : "?";
            // SQLite itself asks for UPDATE on sqlite_master columns while it
            // reads the schema for a table-valued PRAGMA (pragma_table_info).
            // Allowing that request is safe: the connection is read-only,
            // DEFENSIVE forbids schema writes, and every statement must pass
            // sqlite3_stmt_readonly before it runs.
            if (action == SQLITE_UPDATE && (table == "sqlite_master" || table == "sqlite_schema")) {
                return SQLITE_OK;
            }
            if (table.rfind("sqlite_", 0) == 0) {
                return refuse(
                    "changing the schema (CREATE, DROP, ALTER) is not allowed: queries are "
                    "read-only");
            }
            const char* verb = action == SQLITE_INSERT   ? "INSERT into "
                               : action == SQLITE_UPDATE ? "UPDATE of "
                                                         : "DELETE from ";
            return refuse(verb + table + " is not allowed: queries are read-only");
        }
        default:
            break;
    }
    std::string what = "this statement";
    for (const auto& n : kActions) {
        if (n.action == action) what = std::string(n.what);
    }
    return refuse(what + " is not allowed: queries are read-only");
}

bool ReadOnlyDatabase::past_deadline() const {
    return deadline_ && std::chrono::steady_clock::now() > *deadline_;
}

void ReadOnlyDatabase::check_deadline() const {
    if (past_deadline()) throw DeadlinePassed{};
}

void ReadOnlyDatabase::fail_prepare() {
    // Preparing reads the schema, which can find the file locked too.
    if (busy(sqlite3_errcode(db_.getHandle())))
        throw db::translate(SQLite::Exception(db_.getHandle()), path_);
    const std::string sqlite_message = sqlite3_errmsg(db_.getHandle());
    // A prepare that failed after the authorizer refused something failed
    // because of that refusal (SQLite reports it as SQLITE_AUTH or, for a
    // function, as a plain SQLITE_ERROR), and refusal_ says why.
    if (!refusal_.empty()) throw QueryError(refusal_);
    throw QueryError("SQL error: " + sqlite_message);
}

std::unique_ptr<SQLite::Statement> ReadOnlyDatabase::prepare(const std::string& sql,
                                                             std::vector<std::string>* parameters) {
    refusal_.clear();
    struct Preparing {
        bool& flag;
        explicit Preparing(bool& f) : flag(f) { flag = true; }
        ~Preparing() { flag = false; }
    } preparing{preparing_};
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(db_.getHandle(), sql.c_str(), static_cast<int>(sql.size()), 0,
                                      &raw, &tail);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owned(raw, sqlite3_finalize);
    if (rc != SQLITE_OK) fail_prepare();
    if (!raw) throw QueryError("no SQL statement given");
    const std::size_t used = static_cast<std::size_t>(tail - sql.c_str());
    if (!only_trivia(std::string_view(sql).substr(used))) {
        std::string rest = sql.substr(used);
        rest.erase(0, rest.find_first_not_of(" \t\r\n;"));
        if (rest.size() > 60) rest = rest.substr(0, 60) + "...";
        throw QueryError(
            "only one statement may be run at a time; remove the text after the first statement (" +
            rest + ")");
    }
    if (!sqlite3_stmt_readonly(raw)) throw QueryError("only read-only statements may be run");
    if (parameters) {
        parameters->clear();
        const int count = sqlite3_bind_parameter_count(raw);
        for (int i = 1; i <= count; ++i) {
            const char* name = sqlite3_bind_parameter_name(raw, i);
            parameters->emplace_back(name ? name : "");
        }
    }
    owned.reset();
    try {
        return std::make_unique<SQLite::Statement>(db_, sql.substr(0, used));
    } catch (const SQLite::Exception&) {
        fail_prepare();
    }
}

void ReadOnlyDatabase::run_with_deadline(std::string_view what, const std::function<void()>& work) {
    if (deadline_) {
        // Nested: the outer deadline keeps running, and the outer call
        // reports the stop under its own name.
        work();
        return;
    }
    deadline_ = std::chrono::steady_clock::now() +
                std::chrono::milliseconds(
                    static_cast<long long>(std::llround(options_.timeout_seconds * 1000)));
    // Cleared however work ends, so that statements stepped later (or by
    // the next deadline's caller) are not stopped by this one.
    struct Clear {
        std::optional<std::chrono::steady_clock::time_point>& deadline;
        ~Clear() { deadline.reset(); }
    } clear{deadline_};
    try {
        work();
    } catch (const DeadlinePassed&) {
        throw timeout_error(what, options_.timeout_seconds);
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_INTERRUPT)
            throw timeout_error(what, options_.timeout_seconds);
        throw db::translate(e, path_);
    }
}

void ReadOnlyDatabase::run(SQLite::Statement& statement, RowSink& sink, std::size_t max_rows) {
    sink.progress = [this] { check_deadline(); };
    // A refusal can also come while stepping: a table-valued PRAGMA
    // (pragma_journal_mode) prepares its PRAGMA when first read, and the
    // authorizer refuses it then; SQLite only says "not authorized".
    refusal_.clear();
    run_with_deadline("query", [&] {
        try {
            stream(statement, sink, max_rows);
        } catch (const SQLite::Exception& e) {
            // The deadline's stop is reported by run_with_deadline (under
            // the outermost name), and another process holding the file is
            // the database's state, not a fault of the SQL: the CLI reports
            // it as busy, exit 3.
            if (e.getErrorCode() == SQLITE_INTERRUPT || busy(e.getErrorCode())) throw;
            if (!refusal_.empty()) throw QueryError(refusal_);
            if (e.getErrorCode() == SQLITE_NOMEM)
                throw QueryError("query stopped: it needs more than 1 GiB of memory");
            if (e.getErrorCode() == SQLITE_TOOBIG)
                throw QueryError("query stopped: it makes a value larger than " +
                                 std::to_string(kMaxValueBytes >> 20) +
                                 " MiB, the limit on one value");
            throw QueryError(std::string("SQL error: ") + e.what());
        }
    });
}

Table ReadOnlyDatabase::run(SQLite::Statement& statement, std::size_t max_rows) {
    TableSink sink;
    run(statement, sink, max_rows);
    return std::move(sink.table);
}

void ReadOnlyDatabase::run_named(const NamedQuery& query,
                                 const std::map<std::string, std::optional<std::string>>& values,
                                 RowSink& sink, std::size_t max_rows) {
    std::unique_ptr<SQLite::Statement> st = prepare(query.sql);
    db::translating(path_, [&] { bind_named_parameters(*st, query, values); });
    run(*st, sink, max_rows);
}

Table ReadOnlyDatabase::run_named(const NamedQuery& query,
                                  const std::map<std::string, std::optional<std::string>>& values,
                                  std::size_t max_rows) {
    TableSink sink;
    run_named(query, values, sink, max_rows);
    return std::move(sink.table);
}

}  // namespace factdb::query
