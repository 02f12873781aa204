// A full disk during `factdb load`, with a real file system that fills up: a
// tmpfs mounted for the test (needs root or CAP_SYS_ADMIN; skipped with a
// warning otherwise), filled with a filler file so that only a little space
// is left.  The load must fail with one clear line naming the database (exit
// 3) whether the disk fills while the load spills pages mid-way or only at
// commit, with or without --keep-going, and leave the database file
// byte-for-byte as it was.  Once space is freed the same load succeeds.
#include <sqlite3.h>
#include <sys/statvfs.h>

#include <catch2/catch.hpp>

#include "db/database.h"
#include "loader/loader.h"
#include "support/reliability.h"

using namespace factdb::testing;
using namespace factdb::testing::reliability;

namespace {

std::uintmax_t free_bytes(const fs::path& dir) {
    struct statvfs s {};
    if (::statvfs(dir.c_str(), &s) != 0) throw std::runtime_error("statvfs failed");
    return static_cast<std::uintmax_t>(s.f_bavail) * s.f_frsize;
}

// Writes a file of zeros that leaves about `leave` bytes free in dir.
void fill_leaving(const fs::path& filler, std::uintmax_t leave) {
    const std::uintmax_t avail = free_bytes(filler.parent_path());
    REQUIRE(avail > leave);
    std::ofstream out(filler, std::ios::binary);
    const std::string block(4096, '\0');
    for (std::uintmax_t n = 0; n + leave < avail; n += block.size()) out << block;
    out.close();
    REQUIRE(out.good());
}

std::vector<std::string> load_args(const fs::path& db, const std::vector<std::string>& files,
                                   bool keep_going) {
    std::vector<std::string> args = {"--db", db.string(), "load"};
    if (keep_going) args.push_back("--keep-going");
    args.insert(args.end(), files.begin(), files.end());
    return args;
}

}  // namespace

TEST_CASE("a load on a full disk fails with one clear line and changes nothing",
          "[reliability][full_disk]") {
    TempDir dir;
    SmallFilesystem small(dir / "small", 16u << 20);
    if (!small.mounted()) {
        WARN("skipped: cannot mount a tmpfs (" << small.error()
                                               << "); run the tests as root to cover a full disk");
        return;
    }
    // factdb's page cache holds either corpus whole, so the disk fills when
    // the commit writes the WAL (the next test case fills it mid-load).
    const auto big = write_corpus(dir / "corpus", "full", 4, 175, 99u);
    const std::vector<std::string> small_corpus = {big[0]};

    const fs::path base = seed_database(dir, kNow);
    const fs::path ref = dir / "reference.sqlite";
    copy_database(base, ref);
    const RunResult full = run_process(load_args(ref, big, false), dir.path(), "reference");
    REQUIRE(full.exit_code == 0);
    const std::string after_dump = canonical_dump(ref);

    const fs::path db = small.path() / "db.sqlite";
    copy_database(base, db);
    const std::string before = file_sha256(db);
    fill_leaving(small.path() / "filler", 256u << 10);

    for (const bool keep_going : {false, true}) {
        for (const auto* files : {&big, &small_corpus}) {
            INFO((files == &big ? "big corpus" : "small corpus")
                 << (keep_going ? ", --keep-going" : ""));
            const RunResult r = run_process(load_args(db, *files, keep_going), dir.path(), "full");
            CHECK(r.err ==
                  "factdb: " + db.string() + ": database or disk is full; nothing was changed\n");
            CHECK(r.out == "");
            CHECK(r.exit_code == 3);
            CHECK(file_sha256(db) == before);
            CHECK_FALSE(fs::exists(db.string() + "-wal"));
        }
    }
    CHECK(integrity(db) == "ok|0");
    CHECK(file_sha256(db) == before);

    // Space freed: the same load completes with the same content as on a
    // disk that never filled.
    fs::remove(small.path() / "filler");
    const RunResult again = run_process(load_args(db, big, false), dir.path(), "again");
    CHECK(again.err == "");
    CHECK(again.exit_code == 0);
    CHECK(integrity(db) == "ok|0");
    CHECK(canonical_dump(db) == after_dump);
}

// In process, with a page cache of a few pages, so that the load spills pages
// to the WAL while writing documents and the disk fills mid-load, inside a
// document's savepoint.  That failure must end the load (SQLite may already
// have rolled back the whole transaction): before the fix the loader
// reported it as a bad document and went on, exit 2 without --keep-going,
// and with it "partial success" (exit 1) when nothing had been written.
TEST_CASE("a disk that fills mid-load ends the load instead of skipping a document",
          "[reliability][full_disk]") {
    TempDir dir;
    SmallFilesystem small(dir / "small", 16u << 20);
    if (!small.mounted()) {
        WARN("skipped: cannot mount a tmpfs (" << small.error() << ")");
        return;
    }
    const auto files = write_corpus(dir / "corpus", "spill", 2, 150, 7u);
    const fs::path db_path = small.path() / "db.sqlite";
    copy_database(seed_database(dir, kNow), db_path);
    const std::string before = file_sha256(db_path);
    fill_leaving(small.path() / "filler", 256u << 10);

    for (const bool keep_going : {false, true}) {
        INFO((keep_going ? "--keep-going" : "without --keep-going"));
        int code = 0;
        {
            SQLite::Database db = factdb::db::open(db_path.string(), factdb::db::Mode::read_write);
            db.exec("PRAGMA cache_size = 10");
            factdb::LoadOptions options;
            options.paths = files;
            options.keep_going = keep_going;
            options.now = kNow;
            try {
                (void)factdb::load(db, options);
            } catch (const SQLite::Exception& e) {
                code = e.getErrorCode();
            }
        }
        CHECK(code == SQLITE_FULL);
        CHECK(file_sha256(db_path) == before);
    }
    CHECK(integrity(db_path) == "ok|0");
}
