// `factdb report --out FILE` never leaves a half-written report: killed with
// SIGKILL at seeded random moments over its measured duration (real
// processes), failing because a write fails part-way (as on a full disk),
// because the folder may not be written, or because the database is missing,
// FILE is always either the previous report or the complete new one, and no
// temporary file is left next to it.
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>

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

// While it exists, no file this process writes may grow past `bytes`
// (RLIMIT_FSIZE, which binds root too): a write that would stops short,
// and the next fails with EFBIG.  SIGXFSZ, which would kill the process,
// is ignored meanwhile.  Only while no other thread runs.
class FileSizeLimit {
  public:
    explicit FileSizeLimit(rlim_t bytes) {
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved_) == 0);
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        REQUIRE(::sigaction(SIGXFSZ, &ignore, &saved_action_) == 0);
        rlimit lower = saved_;
        lower.rlim_cur = bytes;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &lower) == 0);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &saved_);
        ::sigaction(SIGXFSZ, &saved_action_, nullptr);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

  private:
    rlimit saved_{};
    struct sigaction saved_action_ {};
};

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

    SECTION("a write fails part-way, as on a full disk") {
        // How the failure is made, for any user and deterministically: the
        // report is written by report/atomic_file.cpp with plain write(2),
        // so the fault VFS does not reach it, and /dev/full cannot stand in
        // for FILE (the data goes to a temporary file in FILE's folder that
        // is then renamed over FILE: /dev is not writable by users, and root
        // would replace the device node).  RLIMIT_FSIZE does what a full disk
        // does to write(2), for root too: the write stops short at the limit
        // and the next one fails; the error is EFBIG ("File too large")
        // instead of ENOSPC, which atomic_file handles the same way (every
        // errno of write is "cannot write").  The report must be larger than
        // the limit; the limit larger than what else the command writes (the
        // reader's 32 KiB -shm file).
        REQUIRE(run_process({"--db", db.string(), "load",
                             write_corpus(dir / "corpus", "rep", 1, 300, 5u)[0]},
                            dir.path(), "load")
                    .exit_code == 0);
        const fs::path out = dir / "out" / "report.md";
        fs::create_directories(out.parent_path());
        const RunResult complete = run_in_process(report_args(db, out));
        REQUIRE(complete.exit_code == 0);
        constexpr rlim_t kLimit = 64 << 10;
        REQUIRE(fs::file_size(out) > 2 * kLimit);

        std::ofstream(out, std::ios::binary) << kPrevious;
        RunResult r;
        {
            FileSizeLimit limit(kLimit);
            r = run_in_process(report_args(db, out));
        }
        CHECK(r.exit_code == 3);
        CHECK(r.out == "");
        CHECK(r.err == "factdb: " + out.string() + ": cannot write: File too large\n");
        CHECK(read_file(out) == kPrevious);
        CHECK(others(out.parent_path(), "report.md") == std::vector<std::string>{});
    }
}

// A folder the user may not write: only meaningful for a user other than
// root (see require_unprivileged), so it runs as nobody in the ctest
// unprivileged_permission_cases.  Self-contained: its database is created
// by `factdb init` and its spec written here, nothing read from the tree.
TEST_CASE("a report into a folder the user may not write fails and leaves the previous file",
          "[.][unprivileged]") {
    require_unprivileged();
    TempDir dir;
    const fs::path db = dir / "db.sqlite";
    REQUIRE(run_in_process({"--db", db.string(), "init"}).exit_code == 0);
    const fs::path spec = dir.write(
        "spec.json", R"({"title": "T", "sections": [{"title": "People", "query": "people"}]})");
    const fs::path folder = dir / "ro";
    fs::create_directories(folder);
    const fs::path out = folder / "report.md";
    std::ofstream(out, std::ios::binary) << kPrevious;
    REQUIRE(::chmod(folder.c_str(), 0555) == 0);
    const RunResult r =
        run_in_process({"--db", db.string(), "report", spec.string(), "--out", out.string()});
    REQUIRE(::chmod(folder.c_str(), 0755) == 0);
    CHECK(r.exit_code == 3);
    CHECK(r.out == "");
    CHECK(r.err == "factdb: " + out.string() + ": cannot create a temporary file in " +
                       folder.string() + ": Permission denied\n");
    CHECK(read_file(out) == kPrevious);
    CHECK(others(folder, "report.md") == std::vector<std::string>{});
}
