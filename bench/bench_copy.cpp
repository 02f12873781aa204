// The limit copy and the CSV export (see bench_copy.h).
//
// The copy loop is deliberately the least SQLite can be asked to do: one
// prepared INSERT per table, values bound with SQLITE_STATIC from memory,
// sqlite3_step, sqlite3_reset, nothing else, and the full-text indexes built
// once at the end.  It runs on a connection made by
// db::open and a schema made by db::migrate, so pragmas, indexes and the FTS
// triggers are exactly the loader's.
#include "bench/bench_copy.h"

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <variant>
#include <vector>

#include "bench/bench_process.h"
#include "db/database.h"

namespace factdb::bench {
namespace {

using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

void check(int rc, sqlite3* db, const std::string& what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(what + ": " + sqlite3_errmsg(db));
}

std::vector<std::string> columns_of(SQLite::Database& db, const std::string& table) {
    std::vector<std::string> out;
    SQLite::Statement st(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    st.bind(1, table);
    while (st.executeStep()) out.push_back(st.getColumn(0).getString());
    return out;
}

// All rows of a table in storage order (rowid, or primary key for WITHOUT
// ROWID tables), so ids and FTS rowids come out as in the source.
std::vector<std::vector<Value>> read_rows(SQLite::Database& db, const std::string& table,
                                          std::size_t columns) {
    std::vector<std::vector<Value>> rows;
    sqlite3* h = db.getHandle();
    sqlite3_stmt* s = nullptr;
    const std::string sql = "SELECT * FROM " + table;
    check(sqlite3_prepare_v2(h, sql.c_str(), -1, &s, nullptr), h, sql);
    while (sqlite3_step(s) == SQLITE_ROW) {
        std::vector<Value> row(columns);
        for (std::size_t c = 0; c < columns; ++c) {
            const int i = static_cast<int>(c);
            switch (sqlite3_column_type(s, i)) {
                case SQLITE_INTEGER:
                    row[c] = static_cast<std::int64_t>(sqlite3_column_int64(s, i));
                    break;
                case SQLITE_FLOAT:
                    row[c] = sqlite3_column_double(s, i);
                    break;
                case SQLITE_NULL:
                    break;
                default:
                    row[c] = std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                                         static_cast<std::size_t>(sqlite3_column_bytes(s, i)));
            }
        }
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(s);
    return rows;
}

std::string csv_field(const Value& v) {
    if (std::holds_alternative<std::monostate>(v)) return "\\N";
    if (auto i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (auto d = std::get_if<double>(&v)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", *d);
        return buf;
    }
    const std::string& s = std::get<std::string>(v);
    if (s.find_first_of(",\"\r\n") == std::string::npos && !s.empty()) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace

const std::vector<std::string>& loaded_tables() {
    static const std::vector<std::string> tables = {
        "entities",      "entity_aliases", "documents", "facts",       "evidence",
        "fact_entities", "investments",    "stakes",    "datacenters", "datacenter_purposes",
        "spending",      "roles",          "foundings", "products",    "supplies",
        "partnerships",  "quotes",         "acquisitions", "compute_deals", "loads"};
    return tables;
}

CopyResult copy_with_prepared_inserts(const std::string& source, const std::string& target) {
    std::filesystem::remove(target);
    SQLite::Database src = db::open(source, db::Mode::read_only);
    SQLite::Database dst = db::open(target, db::Mode::read_write);
    db::migrate(dst);
    sqlite3* h = dst.getHandle();
    CopyResult result;
    double start = now_seconds();
    check(sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), h, "begin");
    // As the loader does (loader/search_index.h): the FTS triggers off while
    // rows go in, the two full-text indexes built in one pass at the end.
    // Row-by-row triggers would flush an FTS5 segment per evidence row and
    // make this yardstick slower than the cheapest way to the same file.
    check(sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr), h, "triggers off");
    result.seconds += now_seconds() - start;
    for (const auto& table : loaded_tables()) {
        const std::vector<std::string> columns = columns_of(src, table);
        const auto rows = read_rows(src, table, columns.size());  // not timed
        std::string sql = "INSERT INTO " + table + " VALUES (";
        for (std::size_t c = 0; c < columns.size(); ++c) sql += c ? ", ?" : "?";
        sql += ")";
        start = now_seconds();
        sqlite3_stmt* st = nullptr;
        check(sqlite3_prepare_v3(h, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr), h,
              sql);
        for (const auto& row : rows) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                const int i = static_cast<int>(c) + 1;
                if (auto v = std::get_if<std::int64_t>(&row[c]))
                    sqlite3_bind_int64(st, i, *v);
                else if (auto d = std::get_if<double>(&row[c]))
                    sqlite3_bind_double(st, i, *d);
                else if (auto s = std::get_if<std::string>(&row[c]))
                    sqlite3_bind_text(st, i, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
                else
                    sqlite3_bind_null(st, i);
            }
            check(sqlite3_step(st), h, "insert into " + table);
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        result.seconds += now_seconds() - start;
        result.rows += static_cast<long>(rows.size());
    }
    start = now_seconds();
    for (const char* rebuild : {"INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')",
                                "INSERT INTO evidence_fts (evidence_fts) VALUES ('rebuild')"})
        check(sqlite3_exec(h, rebuild, nullptr, nullptr, nullptr), h, rebuild);
    check(sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr), h, "commit");
    check(sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr), h, "triggers on");
    result.seconds += now_seconds() - start;
    return result;
}

std::string export_csv(const std::string& source, const std::string& dir,
                       const std::string& target) {
    namespace fs = std::filesystem;
    fs::create_directories(dir);
    fs::remove(target);
    {
        SQLite::Database dst = db::open(target, db::Mode::read_write);
        db::migrate(dst);
    }
    SQLite::Database src = db::open(source, db::Mode::read_only);
    const std::string script_path = (fs::path(dir) / "import.sql").string();
    std::ofstream script(script_path);
    // The loader's connection settings (db::open), then one transaction.
    script << "PRAGMA foreign_keys = ON;\nPRAGMA journal_mode = WAL;\n"
              "PRAGMA synchronous = NORMAL;\nPRAGMA temp_store = MEMORY;\n"
              "PRAGMA cache_size = -65536;\nBEGIN IMMEDIATE;\n";
    for (const auto& table : loaded_tables()) {
        const std::vector<std::string> columns = columns_of(src, table);
        const std::string file = (fs::path(dir) / (table + ".csv")).string();
        std::ofstream out(file, std::ios::binary);
        for (std::size_t c = 0; c < columns.size(); ++c) out << (c ? "," : "") << columns[c];
        out << "\n";
        for (const auto& row : read_rows(src, table, columns.size())) {
            for (std::size_t c = 0; c < row.size(); ++c) out << (c ? "," : "") << csv_field(row[c]);
            out << "\n";
        }
        if (!out) throw std::runtime_error("cannot write " + file);
        script << ".import --csv --schema temp " << file << " stage_" << table << "\n";
        script << "INSERT INTO main." << table << " SELECT ";
        for (std::size_t c = 0; c < columns.size(); ++c)
            script << (c ? ", " : "") << "nullif(\"" << columns[c] << "\", '\\N')";
        script << " FROM temp.stage_" << table << ";\nDROP TABLE temp.stage_" << table << ";\n";
    }
    script << "COMMIT;\n";
    return script_path;
}

}  // namespace factdb::bench
