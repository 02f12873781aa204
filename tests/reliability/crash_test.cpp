// Crash safety of `factdb load`, with real processes: a load of a generated
// corpus is killed with SIGKILL at seeded random moments spread over its
// measured duration.  After each kill the database must pass integrity_check,
// hold exactly the state before the load or the complete state after it (never
// part of it), and re-running the same load must give the same content as an
// uninterrupted run.
#include <catch2/catch.hpp>
#include <iostream>
#include <thread>

#include "support/reliability.h"

using namespace factdb::testing;
using namespace factdb::testing::reliability;

namespace {

// 4 files of 125 documents (2-4 claims each): one load takes about 0.5-1 s
// on the reference machine (2 cores); see docs/RELIABILITY.md.
constexpr int kFiles = 4;
constexpr int kDocsPerFile = 125;
constexpr int kTrials = 24;

std::vector<std::string> load_args(const fs::path& db, const std::vector<std::string>& files) {
    std::vector<std::string> args = {"--db", db.string(), "load"};
    args.insert(args.end(), files.begin(), files.end());
    return args;
}

long long count_new_loads(const fs::path& db_path) {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READONLY);
    return sql_int(db, "SELECT count(*) FROM loads WHERE status = 'new'");
}

}  // namespace

TEST_CASE("a load killed with SIGKILL at any moment leaves all of it or none of it",
          "[reliability][crash]") {
    TempDir dir;
    const fs::path base = seed_database(dir, kNow);
    const auto files = write_corpus(dir / "corpus", "crash", kFiles, kDocsPerFile, 20261128u);
    const std::string before_counts = state_counts(base);
    const std::string before_dump = canonical_dump(base);
    const long long before_new = count_new_loads(base);

    // Uninterrupted runs: the reference content, and the load's duration
    // (the shorter of two runs, so that a moment of contention on a busy
    // machine does not push most kills past the end of the load).
    const fs::path ref = dir / "reference.sqlite";
    double duration = 1e9;
    RunResult full;
    for (int run = 0; run < 2; ++run) {
        copy_database(base, ref);
        const auto t0 = Clock::now();
        full = run_process(load_args(ref, files), dir.path(), "reference");
        duration = std::min(duration, std::chrono::duration<double>(Clock::now() - t0).count());
    }
    REQUIRE(full.err == "");
    REQUIRE(full.exit_code == 0);
    REQUIRE(integrity(ref) == "ok|0");
    const std::string after_counts = state_counts(ref);
    const std::string after_dump = canonical_dump(ref);
    REQUIRE(after_counts != before_counts);
    REQUIRE(count_new_loads(ref) == before_new + kFiles * kDocsPerFile);
    std::cerr << "[reliability] crash: one load of " << kFiles * kDocsPerFile << " documents takes "
              << duration << " s; before " << before_counts << ", after " << after_counts << "\n";

    // Delays stratified over the duration: trial i is killed in the i-th
    // slice, at a seeded random point in it.
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> within(0.0, 1.0);
    int killed = 0, killed_before = 0, killed_after = 0, finished = 0;
    for (int trial = 0; trial < kTrials; ++trial) {
        const double delay = duration * (trial + within(rng)) / kTrials;
        INFO("trial " << trial << ", kill after " << delay << " s");
        const fs::path db = dir / "trial.sqlite";
        copy_database(base, db);

        Process p = spawn_factdb(load_args(db, files), dir.path(), "trial");
        std::this_thread::sleep_until(p.started + std::chrono::duration<double>(delay));
        ::kill(p.pid, SIGKILL);
        const int code = exit_code(wait_process(p));
        REQUIRE((code == -SIGKILL || code == 0));
        if (code == 0) ++finished;

        // A reader (read-only connection, as `factdb sql`) sees one of the
        // two states; then the database passes integrity_check.
        const RunResult seen = run_process(
            {"--db", db.string(), "sql", "--format", "csv",
             "SELECT (SELECT count(*) FROM documents) || '|' || (SELECT count(*) FROM facts) || "
             "'|' || (SELECT count(*) FROM evidence) AS counts"},
            dir.path(), "reader");
        REQUIRE(seen.exit_code == 0);
        REQUIRE(seen.err == "");
        const std::string counts = state_counts(db);
        CHECK(seen.out == "counts\r\n" + counts + "\r\n");
        CHECK(integrity(db) == "ok|0");
        if (code != 0) {
            ++killed;
            REQUIRE((counts == before_counts || counts == after_counts));
            if (counts == before_counts) {
                ++killed_before;
                CHECK(canonical_dump(db) == before_dump);
            } else {
                ++killed_after;
                CHECK(canonical_dump(db) == after_dump);
            }
        } else {
            CHECK(counts == after_counts);
        }

        // The same load again completes and gives the uninterrupted result.
        const RunResult again = run_process(load_args(db, files), dir.path(), "again");
        CHECK(again.err == "");
        CHECK(again.exit_code == 0);
        CHECK(canonical_dump(db) == after_dump);
        CHECK(count_new_loads(db) == before_new + kFiles * kDocsPerFile);
        CHECK(integrity(db) == "ok|0");
    }
    std::cerr << "[reliability] crash: " << kTrials << " trials: " << killed << " killed ("
              << killed_before << " left the state before, " << killed_after
              << " the state after), " << finished << " finished before the kill\n";
    CHECK(killed >= kTrials / 2);
    CHECK(killed_before >= kTrials / 3);
}
