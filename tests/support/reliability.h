// Support for the [reliability] tests, which run the real factdb binary as
// separate processes so that they can be killed or run side by side, or run
// a command in-process (cli::run, the binary's whole code path) so that a
// fault-injecting VFS (support/fault_vfs.h) sits under it:
//   * a seeded generator of a corpus of small valid claim documents (every
//     claim type, evidence taken from the document's own text);
//   * starting factdb with posix_spawn, killing it, waiting for it; running
//     it in-process with the same environment;
//   * a canonical dump of a database (every table but the load log, rows
//     sorted, values quoted) and the counts that tell a load's states apart;
//   * the guard of the [unprivileged] cases (permission checks), which fail
//     when run as root instead of passing vacuously.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/run.h"
#include "support/fixtures.h"

extern char** environ;

namespace factdb::testing::reliability {

using Clock = std::chrono::steady_clock;
inline constexpr const char* kNow = "2026-11-28T12:00:00Z";

// ---------------------------------------------------------------------------
// Corpus

// Names drawn by the generator: unknown names become new entities, so a
// corpus also exercises entity creation.
inline std::string org_name(std::mt19937& rng) {
    static const char* const kStems[] = {"Axiom",  "Borealis", "Cobalt", "Dynamo", "Ember",
                                         "Fathom", "Gradient", "Helix",  "Ion",    "Juniper"};
    return std::string(kStems[rng() % 10]) + " Labs " + std::to_string(rng() % 40);
}

inline std::string person_name(std::mt19937& rng) {
    static const char* const kFirst[] = {"Alice", "Bruno", "Chloe", "Dmitri", "Elena", "Farid"};
    static const char* const kLast[] = {"Martin", "Okafor", "Tanaka", "Weber", "Silva", "Novak"};
    return std::string(kFirst[rng() % 6]) + " " + kLast[rng() % 6] + " " +
           std::to_string(rng() % 20);
}

// One valid claim: its sentence (added to the document's text) and the claim
// whose evidence is that sentence without the final period.
inline nlohmann::json make_claim(std::mt19937& rng, int kind, const std::string& id,
                                 std::string& sentence) {
    using nlohmann::json;
    const std::string a = org_name(rng);
    std::string b = org_name(rng);
    while (b == a) b = org_name(rng);
    const int n = 1 + static_cast<int>(rng() % 90);
    json c;
    switch (kind) {
        case 0:
            sentence = a + " has invested $" + std::to_string(n) + " billion in " + b;
            c = {{"type", "investment"},
                 {"investor", a},
                 {"investee", b},
                 {"amount", "$" + std::to_string(n) + " billion"},
                 {"stage", "completed"}};
            break;
        case 1:
            sentence = a + " holds " + std::to_string(n) + "% of " + b;
            c = {{"type", "stake"},
                 {"holder", a},
                 {"company", b},
                 {"share", std::to_string(n) + "%"}};
            break;
        case 2:
            sentence = a + " operates " + std::to_string(n) + " data centers in Texas";
            c = {{"type", "datacenter"},
                 {"operator", a},
                 {"location", "Texas"},
                 {"count", std::to_string(n)}};
            break;
        case 3:
            sentence = a + " spent $" + std::to_string(n) + " million on chips";
            c = {{"type", "spending"},
                 {"spender", a},
                 {"amount", "$" + std::to_string(n) + " million"},
                 {"purpose", "chips"}};
            break;
        case 4: {
            const std::string p = person_name(rng);
            sentence = p + " is the chief executive of " + a;
            c = {
                {"type", "role"}, {"person", p}, {"organization", a}, {"title", "chief executive"}};
            break;
        }
        case 5:
            sentence = a + " was founded in " + std::to_string(1990 + n % 35);
            c = {{"type", "founding"}, {"organization", a}, {"year", 1990 + n % 35}};
            break;
        case 6:
            sentence = a + " released the model Nova-" + std::to_string(n);
            c = {
                {"type", "product"}, {"organization", a}, {"product", "Nova-" + std::to_string(n)}};
            break;
        case 7:
            sentence = a + " supplies chips to " + b;
            c = {{"type", "supply"}, {"provider", a}, {"recipient", b}, {"item", "chips"}};
            break;
        case 8:
            sentence = a + " and " + b + " signed a partnership";
            c = {{"type", "partnership"}, {"parties", {a, b}}};
            break;
        default: {
            const std::string p = person_name(rng);
            const std::string said = "we will grow " + std::to_string(n) + " times";
            sentence = p + " said that " + said;
            c = {{"type", "quote"}, {"speaker", p}, {"organization", a}, {"text", said}};
            break;
        }
    }
    c["id"] = id;
    c["evidence"] = sentence;
    return c;
}

// A document of 2 to 4 claims of varied types, in English.
inline nlohmann::json make_document(std::mt19937& rng, const std::string& id) {
    nlohmann::json claims = nlohmann::json::array();
    std::string text;
    const int n = 2 + static_cast<int>(rng() % 3);
    for (int i = 0; i < n; ++i) {
        std::string sentence;
        claims.push_back(
            make_claim(rng, static_cast<int>(rng() % 10), "c" + std::to_string(i + 1), sentence));
        text += sentence + ". ";
    }
    text.pop_back();
    return {{"format", "factdb.claims/1"},
            {"document",
             {{"id", id},
              {"title", "Generated " + id},
              {"language", "en"},
              {"published", "2026-11-01"},
              {"url", nullptr},
              {"text", text}}},
            {"claims", std::move(claims)}};
}

// Writes `files` JSONL files of `docs_per_file` documents each into dir
// (names prefix-000.jsonl, ...); document ids are prefix-FILE-DOC.  The same
// seed gives the same files.  Returns the file paths in order.
inline std::vector<std::string> write_corpus(const fs::path& dir, const std::string& prefix,
                                             int files, int docs_per_file, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<std::string> paths;
    fs::create_directories(dir);
    for (int f = 0; f < files; ++f) {
        char name[32];
        std::snprintf(name, sizeof name, "%03d", f);
        const fs::path p = dir / (prefix + "-" + name + ".jsonl");
        std::ofstream out(p, std::ios::binary);
        for (int d = 0; d < docs_per_file; ++d) {
            out << make_document(rng, prefix + "-" + name + "-" + std::to_string(d)).dump() << "\n";
        }
        paths.push_back(p.string());
    }
    return paths;
}

// ---------------------------------------------------------------------------
// Processes

// A factdb process started with posix_spawn; stdout and stderr go to files in
// io_dir, stdin is /dev/null.
struct Process {
    pid_t pid = -1;
    fs::path out, err;
    Clock::time_point started;
};

// The child's environment: ours without FACTDB_DB, plus FACTDB_NOW and extra.
inline std::vector<std::string> child_environment(const std::vector<std::string>& extra) {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        const std::string s(*e);
        if (s.rfind("FACTDB_DB=", 0) == 0 || s.rfind("FACTDB_NOW=", 0) == 0) continue;
        env.push_back(s);
    }
    env.push_back(std::string("FACTDB_NOW=") + kNow);
    for (const auto& e : extra) env.push_back(e);
    return env;
}

inline Process spawn_factdb(const std::vector<std::string>& args, const fs::path& io_dir,
                            const std::string& tag, const std::vector<std::string>& env = {}) {
    Process p;
    p.out = io_dir / (tag + ".out");
    p.err = io_dir / (tag + ".err");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, p.out.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, p.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    std::vector<std::string> argv_s = {factdb::testing::factdb_binary()};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> env_s = child_environment(env);
    std::vector<char*> envp;
    for (auto& e : env_s) envp.push_back(e.data());
    envp.push_back(nullptr);
    p.started = Clock::now();
    const int rc = posix_spawn(&p.pid, factdb::testing::factdb_binary(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error(std::string("posix_spawn: ") + std::strerror(rc));
    return p;
}

// Waits for p; returns the raw wait status.
inline int wait_process(Process& p) {
    int status = 0;
    while (::waitpid(p.pid, &status, 0) < 0) {
        if (errno != EINTR) throw std::runtime_error("waitpid failed");
    }
    p.pid = -1;
    return status;
}

// Exit code, or -signal when killed by a signal.
inline int exit_code(int status) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return -WTERMSIG(status);
    return -1000;
}

// Runs factdb to the end; exit code and output.
inline RunResult run_process(const std::vector<std::string>& args, const fs::path& io_dir,
                             const std::string& tag, const std::vector<std::string>& env = {}) {
    Process p = spawn_factdb(args, io_dir, tag, env);
    RunResult r;
    r.exit_code = exit_code(wait_process(p));
    r.out = read_file(p.out);
    r.err = read_file(p.err);
    return r;
}

// ---------------------------------------------------------------------------
// Database state

// Every ordinary table but the load log (run numbers, one row per load
// attempt), FTS shadow tables included, as sorted lines of quoted values.
// With FACTDB_NOW fixed, two databases with the same facts, evidence,
// documents and entities in the same order have the same dump.
inline std::string canonical_dump(const fs::path& db_path) {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READONLY);
    std::vector<std::string> tables;
    {
        SQLite::Statement st(db,
                             "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%' AND name <> 'loads' AND sql NOT LIKE 'CREATE "
                             "VIRTUAL%' ORDER BY name");
        while (st.executeStep()) tables.push_back(st.getColumn(0).getString());
    }
    std::string out;
    for (const auto& t : tables) {
        std::vector<std::string> cols;
        SQLite::Statement info(db, "SELECT name FROM pragma_table_info(?)");
        info.bind(1, t);
        while (info.executeStep())
            cols.push_back("quote(\"" + info.getColumn(0).getString() + "\")");
        std::string select = "SELECT ";
        for (std::size_t i = 0; i < cols.size(); ++i) select += (i ? " || '|' || " : "") + cols[i];
        select += " FROM \"" + t + "\"";
        std::vector<std::string> rows;
        SQLite::Statement st(db, select);
        while (st.executeStep()) rows.push_back(st.getColumn(0).getString());
        std::sort(rows.begin(), rows.end());
        out += "== " + t + " (" + std::to_string(rows.size()) + " rows)\n";
        for (const auto& r : rows) out += r + "\n";
    }
    return out;
}

// "documents|facts|evidence" of a database.
inline std::string state_counts(SQLite::Database& db) {
    return sql_text(db,
                    "SELECT (SELECT count(*) FROM documents) || '|' || (SELECT count(*) FROM "
                    "facts) || '|' || (SELECT count(*) FROM evidence)");
}

inline std::string state_counts(const fs::path& db_path) {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READONLY);
    return state_counts(db);
}

// PRAGMA integrity_check's first row ("ok" when sound) followed by the number
// of foreign-key violations, e.g. "ok|0".  Opens read-write, as the next
// factdb would, so a hot WAL left by a killed process is recovered first.
inline std::string integrity(const fs::path& db_path) {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE);
    return sql_text(db, "PRAGMA integrity_check") + "|" +
           std::to_string(sql_int(db, "SELECT count(*) FROM pragma_foreign_key_check"));
}

// Copies a database that no process has open, so that all of it is in the
// main file: a writer checkpoints and removes the WAL when its last
// connection closes (a read-only connection leaves an empty -wal and -shm).
inline void copy_database(const fs::path& from, const fs::path& to) {
    const fs::path wal = from.string() + "-wal";
    if (fs::exists(wal) && fs::file_size(wal) > 0)
        throw std::runtime_error(from.string() + " has a non-empty WAL file");
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(to.string() + suffix);
    fs::copy_file(from, to);
}

// ---------------------------------------------------------------------------
// In-process runs

// Sets (or, with nullptr, unsets) an environment variable for the guard's
// lifetime, then restores it.  Only while no other thread runs: setenv is
// not thread-safe.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~ScopedEnv() {
        if (old_)
            ::setenv(name_.c_str(), old_->c_str(), 1);
        else
            ::unsetenv(name_.c_str());
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

  private:
    std::string name_;
    std::optional<std::string> old_;
};

// Runs `factdb ARGS` in this process through cli::run, exactly the code the
// binary runs, with the environment spawn_factdb gives a child (FACTDB_NOW
// fixed, FACTDB_DB unset).  A FaultVfs alive around the call is the VFS of
// every connection the command opens.
inline RunResult run_in_process(const std::vector<std::string>& args) {
    ScopedEnv now("FACTDB_NOW", kNow);
    ScopedEnv db("FACTDB_DB", nullptr);
    std::ostringstream out, err;
    RunResult r;
    r.exit_code = factdb::cli::run(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

// ---------------------------------------------------------------------------
// Unprivileged cases

// Permission checks (a file or folder the user may not read or write) mean
// nothing to root, who may do anything: such a case is tagged
// [.][unprivileged] (hidden, and left out of the ordinary ctest run) and runs
// in the ctest `unprivileged_permission_cases`, as user nobody when ctest
// runs as root (tests/reliability/run_unprivileged.sh).  Run as root anyway,
// it fails here rather than pass without checking anything.  Such a case
// must not read the source or build tree (the script runs a copy of the
// binary, so the clone may be where nobody cannot reach): only its own
// temporary folder under $TMPDIR.
inline void require_unprivileged() {
    if (::geteuid() == 0) {
        FAIL(
            "this permission case runs as root, for whom every file is readable and "
            "writable, so it would check nothing: run it through ctest "
            "(unprivileged_permission_cases runs it as user nobody) or as a non-root user");
    }
}

}  // namespace factdb::testing::reliability
