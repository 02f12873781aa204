// Concurrency, with real processes: readers (`factdb sql`, `factdb query`)
// running while loads commit see the state before or after each load, never
// a mix; two loads at once either run one after the other or one fails with
// a clear "database is busy" line (exit 3) after the busy timeout; nothing is
// ever corrupted (integrity_check) and the final content is that of one or
// two complete loads.
#include <atomic>
#include <catch2/catch.hpp>
#include <iostream>
#include <set>
#include <thread>

#include "db/database.h"
#include "support/reliability.h"

using namespace factdb::testing;
using namespace factdb::testing::reliability;

namespace {

std::vector<std::string> load_args(const fs::path& db, const std::vector<std::string>& files) {
    std::vector<std::string> args = {"--db", db.string(), "load"};
    args.insert(args.end(), files.begin(), files.end());
    return args;
}

// Counts in ONE statement, so the reader sees one snapshot.
const char* const kCountsSql =
    "SELECT (SELECT count(*) FROM documents) || '|' || (SELECT count(*) FROM facts) || '|' || "
    "(SELECT count(*) FROM evidence) AS counts";

struct ReaderLog {
    std::vector<std::string> seen;    // "documents|facts|evidence" per run
    std::vector<std::string> failed;  // "exit N: stderr" of runs that failed
};

// Runs `factdb sql` (and, in odd readers, `factdb query investments` too) in
// a loop until stop, then once more.  Catch2 assertions are not thread-safe:
// results are logged and checked by the main thread.
void reader_loop(int id, const fs::path& db, const fs::path& io, const std::atomic<bool>& stop,
                 ReaderLog& log) {
    const std::string head = "counts\r\n", tail = "\r\n";
    for (;;) {
        const bool last = stop.load();
        const std::string tag = "reader" + std::to_string(id);
        RunResult r =
            run_process({"--db", db.string(), "sql", "--format", "csv", kCountsSql}, io, tag);
        if (r.exit_code != 0 || r.err != "" || r.out.rfind(head, 0) != 0 ||
            r.out.size() < head.size() + tail.size() ||
            r.out.compare(r.out.size() - tail.size(), tail.size(), tail) != 0) {
            log.failed.push_back("exit " + std::to_string(r.exit_code) + ": " + r.out + r.err);
        } else {
            log.seen.push_back(r.out.substr(head.size(), r.out.size() - head.size() - tail.size()));
        }
        if (id % 2 == 1) {
            RunResult q = run_process(
                {"--db", db.string(), "query", "investments", "--format", "csv"}, io, tag + "q");
            if (q.exit_code != 0)
                log.failed.push_back("query exit " + std::to_string(q.exit_code) + ": " + q.err);
        }
        if (last) break;
    }
}

std::string busy_message(const fs::path& db) {
    return "factdb: " + db.string() +
           ": database is busy: another process kept it locked for more than 5 s (a load in "
           "progress?); nothing was changed, try again\n";
}

// A lock SQLite fails at once (busy.h): two loads racing for one file can
// meet one, and then no wait is claimed.
std::string busy_at_once_message(const fs::path& db) {
    return "factdb: " + db.string() +
           ": database is busy: another process holds a lock on it that cannot be waited for (a "
           "load starting or recovering?); nothing was changed, try again\n";
}

bool is_busy_message(const fs::path& db, const std::string& err) {
    return err == busy_message(db) || err == busy_at_once_message(db);
}

}  // namespace

TEST_CASE("readers running while loads commit see whole loads only", "[reliability][concurrency]") {
    TempDir dir;
    const fs::path base = seed_database(dir, kNow);
    const auto files = write_corpus(dir / "corpus", "conc", 8, 40, 31u);

    // The valid states: before any load, and after each of the 8 loads.
    const fs::path ref = dir / "reference.sqlite";
    copy_database(base, ref);
    std::vector<std::string> states = {state_counts(ref)};
    for (const auto& f : files) {
        REQUIRE(run_process(load_args(ref, {f}), dir.path(), "ref").exit_code == 0);
        states.push_back(state_counts(ref));
    }
    const std::set<std::string> valid(states.begin(), states.end());
    REQUIRE(valid.size() == states.size());

    const fs::path db = dir / "db.sqlite";
    copy_database(base, db);
    std::atomic<bool> stop{false};
    ReaderLog logs[2];
    std::thread readers[2];
    for (int i = 0; i < 2; ++i) {
        readers[i] =
            std::thread(reader_loop, i, db, dir.path(), std::cref(stop), std::ref(logs[i]));
    }
    std::vector<int> codes;
    for (const auto& f : files) {
        codes.push_back(run_process(load_args(db, {f}), dir.path(), "load").exit_code);
    }
    stop = true;
    for (auto& t : readers) t.join();

    CHECK(codes == std::vector<int>(files.size(), 0));
    std::set<std::string> distinct;
    std::size_t runs = 0;
    for (const auto& log : logs) {
        CHECK(log.failed == std::vector<std::string>{});
        for (const auto& s : log.seen) {
            INFO("a reader saw " << s);
            CHECK(valid.count(s) == 1);
            distinct.insert(s);
        }
        runs += log.seen.size();
        REQUIRE_FALSE(log.seen.empty());
        CHECK(log.seen.front() == states.front());
        CHECK(log.seen.back() == states.back());
    }
    std::cerr << "[reliability] concurrency: " << runs << " reader runs saw " << distinct.size()
              << " of the " << states.size() << " valid states\n";
    CHECK(integrity(db) == "ok|0");
    CHECK(canonical_dump(db) == canonical_dump(ref));
}

// Two disjoint corpora (A and B, 200 documents each) and a seeded base.
struct TwoLoads {
    TempDir dir;
    fs::path base = seed_database(dir, kNow);
    std::vector<std::string> a = write_corpus(dir / "corpus", "a", 2, 100, 41u);
    std::vector<std::string> b = write_corpus(dir / "corpus", "b", 2, 100, 42u);

    // The content after the given loads, one after the other, from base.
    std::string reference(const std::string& name,
                          const std::vector<std::vector<std::string>>& loads) {
        const fs::path p = dir / (name + ".sqlite");
        copy_database(base, p);
        for (const auto& l : loads) {
            if (run_process(load_args(p, l), dir.path(), "ref").exit_code != 0)
                throw std::runtime_error("reference load failed");
        }
        return canonical_dump(p);
    }
};

TEST_CASE("two loads at once run one after the other, or one is refused as busy",
          "[reliability][concurrency]") {
    TwoLoads t;
    const std::string only_a = t.reference("a", {t.a});
    const std::string only_b = t.reference("b", {t.b});
    const std::string a_then_b = t.reference("ab", {t.a, t.b});
    const std::string b_then_a = t.reference("ba", {t.b, t.a});

    int both = 0;
    for (int round = 0; round < 3; ++round) {
        INFO("round " << round);
        const fs::path db = t.dir / "db.sqlite";
        copy_database(t.base, db);
        Process pa = spawn_factdb(load_args(db, t.a), t.dir.path(), "a");
        Process pb = spawn_factdb(load_args(db, t.b), t.dir.path(), "b");
        const int ca = exit_code(wait_process(pa));
        const int cb = exit_code(wait_process(pb));
        const std::string ea = read_file(pa.err), eb = read_file(pb.err);
        CHECK(integrity(db) == "ok|0");
        const std::string dump = canonical_dump(db);
        if (ca == 0 && cb == 0) {
            ++both;
            CHECK(ea == "");
            CHECK(eb == "");
            CHECK((dump == a_then_b || dump == b_then_a));
        } else if (ca == 0) {
            CHECK(cb == 3);
            CHECK(is_busy_message(db, eb));
            CHECK(dump == only_a);
        } else {
            CHECK(ca == 3);
            CHECK(is_busy_message(db, ea));
            CHECK(cb == 0);
            CHECK(dump == only_b);
        }
    }
    std::cerr << "[reliability] concurrency: two loads at once: " << both
              << " of 3 rounds ran both, one after the other\n";
}

TEST_CASE("the same load twice at once gives the content of one load",
          "[reliability][concurrency]") {
    TwoLoads t;
    const std::string only_a = t.reference("a", {t.a});
    const fs::path db = t.dir / "same.sqlite";
    copy_database(t.base, db);
    Process p1 = spawn_factdb(load_args(db, t.a), t.dir.path(), "same1");
    Process p2 = spawn_factdb(load_args(db, t.a), t.dir.path(), "same2");
    CHECK(exit_code(wait_process(p1)) == 0);
    CHECK(exit_code(wait_process(p2)) == 0);
    CHECK(read_file(p1.err) == "");
    CHECK(read_file(p2.err) == "");
    CHECK(integrity(db) == "ok|0");
    CHECK(canonical_dump(db) == only_a);
}

TEST_CASE("two loads at once into a database that does not exist yet",
          "[reliability][concurrency]") {
    TwoLoads t;
    const fs::path db = t.dir / "new.sqlite";
    Process pa = spawn_factdb(load_args(db, t.a), t.dir.path(), "newa");
    Process pb = spawn_factdb(load_args(db, t.b), t.dir.path(), "newb");
    const int ca = exit_code(wait_process(pa));
    const int cb = exit_code(wait_process(pb));
    const std::string ea = read_file(pa.err), eb = read_file(pb.err);
    INFO("a: " << ea << "b: " << eb);
    CHECK(((ca == 0 && cb == 0) || (ca == 0 && cb == 3) || (ca == 3 && cb == 0)));
    if (ca == 3) CHECK(is_busy_message(db, ea));
    if (cb == 3) CHECK(is_busy_message(db, eb));
    CHECK(integrity(db) == "ok|0");
    SQLite::Database check(db.string(), SQLite::OPEN_READONLY);
    CHECK(sql_int(check, "SELECT count(*) FROM documents") ==
          (ca == 0 ? 200 : 0) + (cb == 0 ? 200 : 0));
}

TEST_CASE("a lock held while factdb opens the file is reported as busy, not as unopenable",
          "[reliability][concurrency]") {
    // Another program holds an exclusive lock on a rollback-journal file:
    // opening it (the switch to WAL) cannot proceed.  That is the busy line
    // and exit 3, as for a lock met later, not "cannot open database".
    TempDir dir;
    const fs::path db = dir / "held.sqlite";
    SQLite::Database holder(db.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    holder.exec("PRAGMA journal_mode = DELETE");
    holder.exec("CREATE TABLE other (x)");
    holder.exec("BEGIN EXCLUSIVE");
    holder.exec("INSERT INTO other VALUES (1)");
    const RunResult r = run_process({"--db", db.string(), "init"}, dir.path(), "held");
    holder.exec("ROLLBACK");
    CHECK(r.exit_code == 3);
    CHECK(r.err == busy_message(db));
}

TEST_CASE("a load waits 5 s for a held write lock, then fails with one clear line",
          "[reliability][concurrency]") {
    TwoLoads t;
    const fs::path db = t.dir / "locked.sqlite";
    copy_database(t.base, db);
    const std::string before = canonical_dump(db);
    double waited = 0;
    RunResult r;
    {
        SQLite::Database holder(db.string(), SQLite::OPEN_READWRITE);
        holder.exec("BEGIN IMMEDIATE");
        const auto t0 = Clock::now();
        r = run_process(load_args(db, t.a), t.dir.path(), "locked");
        waited = std::chrono::duration<double>(Clock::now() - t0).count();
        holder.exec("ROLLBACK");
    }
    CHECK(r.exit_code == 3);
    CHECK(r.err == busy_message(db));
    CHECK(r.out == "");
    CHECK(waited >= factdb::db::kBusyTimeoutMs / 1000.0 - 0.1);
    CHECK(waited < 30);
    CHECK(integrity(db) == "ok|0");
    CHECK(canonical_dump(db) == before);
}
