// Test support: temporary folders, files, running the real factdb binary,
// and reading a database with SQL.  Header-only so each test file stays
// self-contained.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "loader/sha256.h"
#include "support/build_paths.h"

namespace factdb::testing {

namespace fs = std::filesystem;

// A fresh folder under the system temp dir, removed with everything in it.
class TempDir {
  public:
    TempDir() {
        std::random_device rd;
        path_ = fs::temp_directory_path() /
                ("factdb-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& name) const { return path_ / name; }

    fs::path write(const std::string& name, const std::string& content) const {
        const fs::path p = path_ / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p;
    }

  private:
    fs::path path_;
};

inline std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string file_sha256(const fs::path& p) {
    return sha256_hex(read_file(p));
}

inline fs::path source_dir() {
    return factdb_source_dir();
}

// Quotes one argument for /bin/sh.
inline std::string sh_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs the real factdb binary with args (each quoted), capturing its output.
// env holds NAME=VALUE settings for the child only.
inline RunResult run_factdb(const std::vector<std::string>& args,
                            const std::string& stdin_text = {},
                            const std::vector<std::string>& env = {}) {
    TempDir io;
    std::string cmd = "env -u FACTDB_DB";
    for (const auto& e : env) cmd += " " + sh_quote(e);
    cmd += " " + sh_quote(factdb_binary());
    for (const auto& a : args) cmd += " " + sh_quote(a);
    const fs::path in = io.write("stdin", stdin_text);
    cmd += " <" + sh_quote(in.string()) + " >" + sh_quote((io / "stdout").string()) + " 2>" +
           sh_quote((io / "stderr").string());
    const int status = std::system(cmd.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_file(io / "stdout");
    r.err = read_file(io / "stderr");
    return r;
}

// Loads seeds/ into dir/seed.sqlite with the real binary (at a fixed
// FACTDB_NOW) and returns the database path; fails the test on any problem.
inline fs::path seed_database(const TempDir& dir, const std::string& now = "2026-11-28T12:00:00Z") {
    const fs::path db = dir / "seed.sqlite";
    const RunResult r = run_factdb({"--db", db.string(), "load", (source_dir() / "seeds").string()},
                                   "", {"FACTDB_NOW=" + now});
    if (r.exit_code != 0) throw std::runtime_error("loading seeds failed: " + r.err);
    return db;
}

// One value of a one-row, one-column query, as text ("" for NULL).
inline std::string sql_text(SQLite::Database& db, const std::string& sql) {
    SQLite::Statement st(db, sql);
    if (!st.executeStep()) return "<no row>";
    return st.getColumn(0).isNull() ? "" : st.getColumn(0).getString();
}

inline long long sql_int(SQLite::Database& db, const std::string& sql) {
    return db.execAndGet(sql).getInt64();
}

// Every row of a query, columns joined by '|', rows by '\n' (like sqlite3 -list).
inline std::string sql_rows(SQLite::Database& db, const std::string& sql) {
    SQLite::Statement st(db, sql);
    std::string out;
    while (st.executeStep()) {
        for (int i = 0; i < st.getColumnCount(); ++i) {
            if (i) out += "|";
            out += st.getColumn(i).isNull() ? "" : st.getColumn(i).getString();
        }
        out += "\n";
    }
    return out;
}

// Ids of the facts whose stored derived columns disagree with their
// evidence or keys (modality: the most certain evidence; documents;
// first_evidence_id: the smallest evidence id; fact_hash and subject_hash:
// their key's first 16 hex digits), one per line; "" when all agree.  An
// oracle written apart from the loader's and check's own SQL.
inline std::string derived_column_errors(SQLite::Database& db) {
    return sql_rows(
        db,
        "SELECT f.id FROM facts f"
        " WHERE f.documents IS NOT (SELECT count(DISTINCT e.document_id) FROM evidence e"
        "                           WHERE e.fact_id = f.id)"
        "    OR f.first_evidence_id IS NOT (SELECT min(e.id) FROM evidence e"
        "                                   WHERE e.fact_id = f.id)"
        "    OR f.modality IS NOT (SELECT e.modality FROM evidence e"
        "                          JOIN modalities m ON m.name = e.modality"
        "                          WHERE e.fact_id = f.id ORDER BY m.certainty LIMIT 1)"
        "    OR printf('%016x', f.fact_hash) <> substr(f.fact_key, 1, 16)"
        "    OR printf('%016x', f.subject_hash) <> substr(f.subject_key, 1, 16)"
        " ORDER BY f.id");
}

// A database where Acme has made two completed, asserted investments of
// JPY in Anthropic whose amounts are first and second (SQL integers, in
// yen: JPY has no minor unit, so the minor columns hold the same), as a
// factdb from before the plausibility bounds could store them (issue 11,
// defect 6: 5000000000000000000 and 4500000000000000000 overflowed every
// total).  Loaded as ¥5 billion and ¥4.5 billion with the real binary,
// then edited, since today's loader refuses such amounts.
inline fs::path huge_amounts_database(const TempDir& dir, long long first, long long second) {
    const fs::path db = dir / "huge.sqlite";
    const fs::path claims = dir.write(
        "huge.json",
        R"({"format": "factdb.claims/1",
            "document": {"id": "huge", "title": "Huge", "language": "en", "published": null,
                         "url": null,
                         "text": "Acme invested ¥5 billion in Anthropic. Acme invested ¥4.5 billion in Anthropic."},
            "claims": [
              {"id": "c1", "type": "investment", "evidence": "Acme invested ¥5 billion in Anthropic",
               "investor": "Acme", "investee": "Anthropic", "amount": "¥5 billion", "stage": "completed"},
              {"id": "c2", "type": "investment", "evidence": "Acme invested ¥4.5 billion in Anthropic",
               "investor": "Acme", "investee": "Anthropic", "amount": "¥4.5 billion", "stage": "completed"}]})");
    const RunResult r = run_factdb({"--db", db.string(), "load", claims.string()}, "",
                                   {"FACTDB_NOW=2026-11-28T12:00:00Z"});
    if (r.exit_code != 0) throw std::runtime_error("loading huge.json failed: " + r.err);
    SQLite::Database w(db.string(), SQLite::OPEN_READWRITE);
    SQLite::Statement edit(w,
                           "UPDATE investments SET amount_low = ?1, amount_high = ?1,"
                           " amount_low_minor = ?1, amount_high_minor = ?1 WHERE amount_low = ?2");
    for (const auto& [to, from] : {std::pair{first, 5000000000LL}, std::pair{second, 4500000000LL}}) {
        edit.bind(1, static_cast<int64_t>(to));
        edit.bind(2, static_cast<int64_t>(from));
        if (edit.exec() != 1) throw std::runtime_error("huge_amounts_database: no row edited");
        edit.reset();
    }
    return db;
}

}  // namespace factdb::testing
