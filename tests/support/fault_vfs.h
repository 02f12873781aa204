// Fault injection for SQLite without root: a shim VFS that wraps the default
// VFS (on Linux "unix") and makes the Nth xWrite or xSync fail, optionally
// every one after it too, with SQLITE_FULL (what the unix VFS returns on
// ENOSPC) or an SQLITE_IOERR_* code.  The same idea as SQLite's own
// src/test_vfs.c and LevelDB's fault-injection Env: the code under test runs
// unchanged, on real files, and the failure comes from below it.  The
// [full_disk] tests (tests/reliability/full_disk_test.cpp) use it to run
// `factdb load` in-process (cli::run) on a "disk" that fills at a chosen write.
//
// Invariants:
//   * while a FaultVfs exists it is SQLite's default VFS, so every connection
//     opened without naming a VFS (all of factdb's) goes through it; its
//     destructor unregisters it and makes the previous default the default
//     again.  One FaultVfs at a time; no connection opened through it may
//     outlive it (the destructor aborts the process if one does: the
//     connection would call into freed memory).
//   * counting is deterministic: every xWrite and every xSync on any file
//     opened through it (database, WAL, journals) is numbered from 1 in call
//     order, on whichever thread; factdb writes from one thread only (the
//     loader's preparing thread only reads), so the same load on the same
//     database numbers the same calls the same way.  Reads are not counted.
//   * an injected failure is returned instead of calling the real VFS: the
//     file is not touched by the failing call.
//   * events() records, in order, every write and sync (file, offset, size,
//     failed or not) and the commit boundaries, so a test can tell the writes
//     of a load's statements (pages spilled from the cache mid-load) from the
//     commit's and from the checkpoint's after it.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace factdb::testing {

enum class FaultOp { none, write, sync };

struct FaultPlan {
    FaultOp op = FaultOp::none;  // none: count and record only
    std::int64_t at = 0;         // the at-th call of op (counted from 1) fails
    bool and_after = false;      // and so does every later one (a disk that stays full)
    int code = SQLITE_FULL;      // returned by a failing call: SQLITE_FULL, SQLITE_IOERR_WRITE,
                                 // SQLITE_IOERR_FSYNC, ...
    // Refuse `PRAGMA cache_size = N` (documented VFS hook: SQLITE_FCNTL_PRAGMA
    // answered SQLITE_OK means "handled"), so every connection keeps SQLite's
    // default page cache (2000 KiB) instead of factdb's 64 MiB: a load of a
    // few thousand claims then spills dirty pages to the WAL mid-load, as it
    // would on a larger database.  Only the cache size changes: what is
    // written, and where, is factdb's.
    bool default_cache = false;
};

enum class FileKind { main_db, wal, journal, temp, other };

struct VfsEvent {
    enum class Kind {
        write,         // xWrite: file, offset, amount
        sync,          // xSync: file
        commit_begin,  // a connection starts committing a write transaction (commit hook)
        committed,     // that commit is done (SQLITE_FCNTL_COMMIT_PHASETWO)
        checkpoint     // a checkpoint starts copying the WAL into the database
    };
    Kind kind = Kind::write;
    FileKind file = FileKind::other;
    std::int64_t number = 0;  // write and sync: the call's number among its kind
    std::int64_t offset = 0;
    int amount = 0;
    bool failed = false;  // the injected error was returned
    bool operator==(const VfsEvent&) const = default;
};

std::string to_string(const VfsEvent& e);

class FaultVfs {
  public:
    static constexpr const char* kName = "factdb-fault";

    explicit FaultVfs(FaultPlan plan = {});
    ~FaultVfs();
    FaultVfs(const FaultVfs&) = delete;
    FaultVfs& operator=(const FaultVfs&) = delete;

    std::int64_t writes() const;               // xWrite calls so far, failed ones included
    std::int64_t syncs() const;                // xSync calls so far, failed ones included
    std::int64_t failures() const;             // calls that returned plan.code
    std::int64_t refused_cache_sizes() const;  // PRAGMA cache_size refused (default_cache)
    std::vector<VfsEvent> events() const;

    struct State;  // the shim's state, shared with SQLite's callbacks

  private:
    std::unique_ptr<State> state_;
};

}  // namespace factdb::testing
