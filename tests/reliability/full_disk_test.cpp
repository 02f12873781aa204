// A full disk (and a failing fsync) during `factdb load`, for any user: the
// load runs in-process through cli::run, the binary's whole code path, on a
// fault-injecting VFS (support/fault_vfs.h) that makes the Nth write or sync
// of the database's files fail, as a disk that fills up at that moment
// would.  The VFS also refuses factdb's 64 MiB page cache, leaving SQLite's
// default 2000 KiB, so that the load spills pages to the WAL while it is
// still writing documents: the faults then fall mid-load, inside a
// document, as well as during the commit.
//
// How: a clean run of the load counts and records every write and sync and
// where the COMMIT begins and ends (run twice: the records must be equal,
// or no N would mean the same thing twice).  Then the same load is run on
// the same database with a fault at chosen N: the first, middle and last
// write before the COMMIT (spills), during it (the last is the commit
// frame), and after it (the checkpoint), once with the fault alone and once
// with every later write failing too (the disk stays full; after the commit
// one of the two: alone, but the last with every later one).  Each faulty
// run's record must equal the clean run's up to the fault, so the fault is
// known to have hit that very write.  Every fault before the commit is done
// must give exactly the one-line message, exit 3, nothing on stdout, the
// database file byte-for-byte as it was (and its canonical dump), no -wal
// file left; a fault after it cannot undo a committed load: exit 0, the
// clean run's output and content.  Then the load with no fault succeeds on
// that same file with the content of a load that never failed.
//
// Before the fix that the second case guards, a disk that filled mid-load
// inside a --keep-going document's savepoint was reported as a bad document
// (exit 2, or exit 1 "partial success" with nothing written).
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <iostream>

#include "support/fault_vfs.h"
#include "support/reliability.h"

using namespace factdb::testing;
using namespace factdb::testing::reliability;

namespace {

std::vector<std::string> load_args(const fs::path& db, const std::vector<std::string>& files,
                                   bool keep_going) {
    std::vector<std::string> args = {"--db", db.string(), "load"};
    if (keep_going) args.push_back("--keep-going");
    args.insert(args.end(), files.begin(), files.end());
    return args;
}

struct Run {
    RunResult result;
    std::vector<VfsEvent> events;
    std::int64_t failures = 0;
    std::int64_t refused_cache_sizes = 0;
};

// The load on the fault VFS, factdb's cache size refused.
Run load_on_fault_vfs(FaultPlan plan, const fs::path& db, const std::vector<std::string>& files,
                      bool keep_going) {
    plan.default_cache = true;
    FaultVfs vfs(plan);
    Run run;
    run.result = run_in_process(load_args(db, files, keep_going));
    run.events = vfs.events();
    run.failures = vfs.failures();
    run.refused_cache_sizes = vfs.refused_cache_sizes();
    return run;
}

// The numbers of a clean run's writes (or syncs) by when they happened.
struct Phases {
    std::vector<std::int64_t> before_commit;  // spilled while the load runs statements
    std::vector<std::int64_t> at_commit;      // between the COMMIT's start and its end
    std::vector<std::int64_t> after_commit;   // the checkpoint (at commit and at close)
    int commits = 0;
};

Phases phases(const std::vector<VfsEvent>& events, VfsEvent::Kind kind) {
    Phases p;
    int phase = 0;
    for (const auto& e : events) {
        if (e.kind == VfsEvent::Kind::commit_begin) {
            ++p.commits;
            phase = 1;
        } else if (e.kind == VfsEvent::Kind::committed) {
            phase = 2;
        } else if (e.kind == kind) {
            (phase == 0   ? p.before_commit
             : phase == 1 ? p.at_commit
                          : p.after_commit)
                .push_back(e.number);
        }
    }
    return p;
}

// First, middle and last of a phase's calls.
std::vector<std::int64_t> spread(const std::vector<std::int64_t>& calls) {
    std::vector<std::int64_t> out;
    for (const std::size_t i : {std::size_t{0}, calls.size() / 2, calls.size() - 1}) {
        if (i < calls.size() && (out.empty() || out.back() != calls[i])) out.push_back(calls[i]);
    }
    return out;
}

// The faulty run's events up to its first failure equal the clean run's up
// to the same point (the failure aside): it failed the very call planned.
bool same_up_to_the_fault(const std::vector<VfsEvent>& faulty, const std::vector<VfsEvent>& clean) {
    for (std::size_t i = 0; i < faulty.size(); ++i) {
        if (i >= clean.size()) return false;
        VfsEvent e = faulty[i];
        const bool failed = e.failed;
        e.failed = false;
        if (!(e == clean[i])) return false;
        if (failed) return true;
    }
    return false;  // no failure at all
}

// The whole sweep for one kind of fault (writes failing with SQLITE_FULL, or
// syncs with SQLITE_IOERR_FSYNC), with or without --keep-going.
void sweep(FaultOp op, int code, const std::string& message, bool keep_going) {
    TempDir dir;
    // 2 files of 300 documents (2-4 claims each): several MB of pages, so
    // that a 2000 KiB cache spills hundreds of them before the commit.
    const auto files = write_corpus(dir / "corpus", "full", 2, 300, 99u);
    const fs::path base = seed_database(dir, kNow);
    const std::string before_dump = canonical_dump(base);

    // The content of a load that never failed, on the real VFS.
    const fs::path reference = dir / "reference.sqlite";
    copy_database(base, reference);
    const RunResult ok = run_in_process(load_args(reference, files, keep_going));
    REQUIRE(ok.err == "");
    REQUIRE(ok.exit_code == 0);
    const std::string after_dump = canonical_dump(reference);
    REQUIRE(after_dump != before_dump);

    // The clean run on the fault VFS, twice: same output, same content, and
    // the same calls in the same order.
    const fs::path db = dir / "db.sqlite";
    std::vector<VfsEvent> clean;
    for (int i = 0; i < 2; ++i) {
        copy_database(base, db);
        const Run run = load_on_fault_vfs({}, db, files, keep_going);
        REQUIRE(run.result.err == "");
        REQUIRE(run.result.exit_code == 0);
        REQUIRE(run.result.out == ok.out);
        REQUIRE(run.refused_cache_sizes > 0);
        CHECK(canonical_dump(db) == after_dump);
        if (i == 0) clean = run.events;
        REQUIRE(run.events == clean);
    }
    const VfsEvent::Kind kind = op == FaultOp::write ? VfsEvent::Kind::write : VfsEvent::Kind::sync;
    const Phases p = phases(clean, kind);
    REQUIRE(p.commits == 1);  // the load's one transaction
    // Without these the sweep would not test what it says.
    if (op == FaultOp::write) {
        INFO("a clean load's writes: " << p.before_commit.size() << " before the commit, "
                                       << p.at_commit.size() << " in it, " << p.after_commit.size()
                                       << " after it");
        REQUIRE(p.before_commit.size() > 10);  // pages spilled mid-load
        REQUIRE(!p.at_commit.empty());
        REQUIRE(!p.after_commit.empty());
    } else {
        REQUIRE(!(p.before_commit.empty() && p.at_commit.empty()));
        REQUIRE(!p.after_commit.empty());
    }
    std::cerr << "[reliability] full disk: a load makes " << p.before_commit.size() << "+"
              << p.at_commit.size() << "+" << p.after_commit.size() << " "
              << (op == FaultOp::write ? "writes" : "syncs") << " (before, in, after the commit)\n";

    struct Point {
        std::int64_t at;
        bool committed;  // the fault comes after the commit is done
    };
    std::vector<Point> points;
    for (const auto n : spread(p.before_commit)) points.push_back({n, false});
    for (const auto n : spread(p.at_commit)) points.push_back({n, false});
    for (const auto n : spread(p.after_commit)) points.push_back({n, true});

    // The faults before the commit all hit the same file, which must come
    // out of each as it went in; those after it, a fresh copy each.
    copy_database(base, db);
    const std::string before = file_sha256(db);
    const fs::path committed = dir / "committed.sqlite";
    for (const Point& point : points) {
        for (const bool and_after : {false, true}) {
            // After the commit one variant per point is enough (time under
            // the sanitizers): alone, but the last with every later one.
            if (point.committed && and_after != (point.at == p.after_commit.back())) continue;
            INFO((op == FaultOp::write ? "write #" : "sync #")
                 << point.at << (and_after ? " and every later one" : " alone") << " fails"
                 << (point.committed ? ", after the commit" : "")
                 << (keep_going ? ", --keep-going" : ""));
            const fs::path& target = point.committed ? committed : db;
            if (point.committed) copy_database(base, committed);
            const Run run =
                load_on_fault_vfs({op, point.at, and_after, code}, target, files, keep_going);
            CHECK(run.failures >= 1);
            CHECK(same_up_to_the_fault(run.events, clean));
            if (!point.committed) {
                CHECK(run.result.err == "factdb: " + db.string() + ": " + message + "\n");
                CHECK(run.result.out == "");
                CHECK(run.result.exit_code == 3);
                CHECK(file_sha256(db) == before);
                CHECK_FALSE(fs::exists(db.string() + "-wal"));
                // The dump is taken on a copy: a reader leaves -wal and -shm
                // files behind, and the next run must find the file as is.
                const fs::path copy = dir / "copy.sqlite";
                copy_database(db, copy);
                CHECK(canonical_dump(copy) == before_dump);
                // After a failure, the next point starts from the same state
                // again, so that each point's report stands alone.
                if (file_sha256(db) != before) copy_database(base, db);
            } else {
                // Committed before the fault: the checkpoint failing leaves
                // the commit in the WAL, where the next connection finds it.
                CHECK(run.result.err == "");
                CHECK(run.result.out == ok.out);
                CHECK(run.result.exit_code == 0);
                CHECK(integrity(committed) == "ok|0");
                CHECK(canonical_dump(committed) == after_dump);
            }
        }
    }

    // Space freed: the same load on the file the faulty runs left.
    const Run again = load_on_fault_vfs({}, db, files, keep_going);
    CHECK(again.result.err == "");
    CHECK(again.result.out == ok.out);
    CHECK(again.result.exit_code == 0);
    CHECK(integrity(db) == "ok|0");
    CHECK(canonical_dump(db) == after_dump);
}

}  // namespace

TEST_CASE("a full disk at any write of a load fails it with one line and changes nothing",
          "[reliability][full_disk]") {
    sweep(FaultOp::write, SQLITE_FULL, "database or disk is full; nothing was changed", false);
}

TEST_CASE("a full disk during a --keep-going load ends the whole load",
          "[reliability][full_disk]") {
    sweep(FaultOp::write, SQLITE_FULL, "database or disk is full; nothing was changed", true);
}

TEST_CASE("an fsync error during a load fails it as a full disk does: one line and nothing changed",
          "[reliability][full_disk]") {
    for (const bool keep_going : {false, true}) {
        INFO((keep_going ? "--keep-going" : "without --keep-going"));
        sweep(FaultOp::sync, SQLITE_IOERR_FSYNC, "database error: disk I/O error", keep_going);
    }
}
