// `factdb report --out FILE` never leaves a half-written report, with real
// processes: killed with SIGKILL at seeded random moments over its measured
// duration, failing on a full disk (tmpfs; skipped without the right to
// mount) or on a missing database, FILE is always either the previous report
// or the complete new one, and no temporary file is left next to it.
#include <sys/statvfs.h>
#include <algorithm>

#include <catch2/catch.hpp>
#include <iostream>
#include <thread>

#include "support/reliability.h"

using namespace factdb::testing;
using namespace factdb::testing::reliability;

namespace {

const std::string kPrevious = "# the previous report\n";

// Names in dir other than `keep`: a stray temporary file shows up here.
std::vector<std::string> others(const fs::path& dir, const std::string& keep) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().filename() != keep) out.push_back(e.path().filename().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> report_args(const fs::path& db, const fs::path& out) {
    return {"--db",  db.string(), "report", (source_dir() / "reports" / "overview.json").string(),
            "--out", out.string()};
}

}  // namespace

TEST_CASE("a report killed at any moment leaves the previous or the complete file",
          "[reliability][report-output]") {
    TempDir dir;
    const fs::path db = seed_database(dir, kNow);
    // More rows make the report's run long enough to be killed in every phase.
    REQUIRE(run_process(
                {"--db", db.string(), "load", write_corpus(dir / "corpus", "rep", 1, 300, 5u)[0]},
                dir.path(), "load")
                .exit_code == 0);

    const fs::path out_dir = dir / "out";
    fs::create_directories(out_dir);
    const fs::path out = out_dir / "report.md";
    // The kill delays spread over the report's duration: the fastest of three
    // runs, so that a run slowed by a busy machine (ctest -j) does not push
    // every kill past the end and leave the check below without kills.
    double duration = 1e9;
    for (int run = 0; run < 3; ++run) {
        const auto t0 = Clock::now();
        const RunResult ref = run_process(report_args(db, out), dir.path(), "ref");
        duration = std::min(duration, std::chrono::duration<double>(Clock::now() - t0).count());
        REQUIRE(ref.err == "");
        REQUIRE(ref.exit_code == 0);
    }
    const std::string complete = read_file(out);
    REQUIRE(complete.size() > 1000);
    std::cerr << "[reliability] report: one report (" << complete.size() << " bytes) takes "
              << duration << " s\n";

    std::mt19937 rng(11);
    std::uniform_real_distribution<double> within(0.0, 1.0);
    const int trials = 20;
    int killed = 0, left_previous = 0, left_named = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const double delay = duration * 1.1 * (trial + within(rng)) / trials;
        INFO("trial " << trial << ", kill after " << delay << " s");
        std::ofstream(out, std::ios::binary) << kPrevious;
        Process p = spawn_factdb(report_args(db, out), dir.path(), "trial");
        std::this_thread::sleep_until(p.started + std::chrono::duration<double>(delay));
        ::kill(p.pid, SIGKILL);
        const int code = exit_code(wait_process(p));
        REQUIRE((code == -SIGKILL || code == 0));
        if (code != 0) ++killed;
        const std::string now = read_file(out);
        CHECK((now == kPrevious || now == complete));
        if (now == kPrevious) ++left_previous;
        // A kill between naming the complete temporary file and renaming it
        // (two consecutive system calls; docs/RELIABILITY.md) leaves that
        // complete file beside FILE; anything else would be a bug.
        const std::vector<std::string> left = others(out_dir, "report.md");
        if (!left.empty()) {
            REQUIRE(left.size() == 1);
            CHECK(left[0].rfind(".report.md.tmp-", 0) == 0);
            CHECK(read_file(out_dir / left[0]) == complete);
            fs::remove(out_dir / left[0]);
            ++left_named;
        }
    }
    std::cerr << "[reliability] report: " << trials << " trials, " << killed << " killed, "
              << left_previous << " left the previous file, " << left_named
              << " left a complete named temporary file\n";
    CHECK(killed >= trials / 2);
}

TEST_CASE("a report that fails leaves the previous file and no temporary file",
          "[reliability][report-output]") {
    TempDir dir;
    const fs::path db = seed_database(dir, kNow);

    SECTION("the database cannot be opened") {
        const fs::path out = dir / "out" / "report.md";
        fs::create_directories(out.parent_path());
        std::ofstream(out, std::ios::binary) << kPrevious;
        const RunResult r =
            run_process(report_args(dir / "missing.sqlite", out), dir.path(), "missing");
        CHECK(r.exit_code == 3);
        CHECK(r.out == "");
        CHECK(read_file(out) == kPrevious);
        CHECK(others(out.parent_path(), "report.md") == std::vector<std::string>{});
    }

    SECTION("the disk is full") {
        SmallFilesystem small(dir / "small", 1u << 20);
        if (!small.mounted()) {
            WARN("skipped: cannot mount a tmpfs (" << small.error() << ")");
            return;
        }
        const fs::path out = small.path() / "report.md";
        std::ofstream(out, std::ios::binary) << kPrevious;
        // Fill the rest of the file system.
        {
            std::ofstream filler(small.path() / "filler", std::ios::binary);
            const std::string block(4096, '\0');
            for (int i = 0; i < 1024 && filler; ++i) filler << block;
        }
        const RunResult r = run_process(report_args(db, out), dir.path(), "full");
        CHECK(r.exit_code == 3);
        CHECK(r.out == "");
        CHECK(r.err.rfind("factdb: " + out.string() + ": ", 0) == 0);
        CHECK(r.err.find("No space left on device") != std::string::npos);
        CHECK(read_file(out) == kPrevious);
        CHECK(others(small.path(), "report.md") == std::vector<std::string>{"filler"});
    }
}
