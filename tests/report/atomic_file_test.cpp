// report::write_file_atomically: the target is replaced whole or not at
// all, no temporary file survives, an existing file keeps its mode; a
// failure (a directory in the way, a folder the user may not write) throws
// StorageError naming the path and changes nothing; a FIFO or device node
// at the path is never replaced (the library's own guard, under the CLI's
// report/output_path.h).
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "errors/error.h"
#include "report/atomic_file.h"
#include "support/reliability.h"
#include "support/report_fixtures.h"

using namespace factdb::testing;
using factdb::report::write_file_atomically;

TEST_CASE("atomic write creates, replaces, keeps the mode, leaves no temp file", "[report]") {
    TempDir dir;
    const fs::path p = dir / "r.html";
    write_file_atomically(p.string(), "one");
    CHECK(read_file(p) == "one");
    REQUIRE(::chmod(p.c_str(), 0640) == 0);
    write_file_atomically(p.string(), std::string(1 << 20, 'x'));  // larger than one write()
    CHECK(read_file(p) == std::string(1 << 20, 'x'));
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0640);
    write_file_atomically(p.string(), "");
    CHECK(read_file(p).empty());
    CHECK(file_names(dir.path()) == std::vector<std::string>{"r.html"});
}

TEST_CASE("atomic write failures throw StorageError and change nothing", "[report]") {
    TempDir dir;
    const fs::path sub = dir / "sub";
    fs::create_directories(sub);
    try {
        write_file_atomically(sub.string(), "x");  // a directory is not replaced
        FAIL("no error");
    } catch (const factdb::StorageError& e) {
        CHECK(std::string(e.what()) == sub.string() + ": cannot write the report: Is a directory");
    }
    CHECK(file_names(dir.path()) == std::vector<std::string>{"sub"});
    CHECK(file_names(sub).empty());
}

TEST_CASE("atomic write never replaces a FIFO or a device node", "[report]") {
    TempDir dir;
    const fs::path pipe = dir / "pipe.md";
    REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
    try {
        write_file_atomically(pipe.string(), "x");
        FAIL("no error");
    } catch (const factdb::StorageError& e) {
        CHECK(std::string(e.what()) ==
              pipe.string() +
                  ": cannot write the report: is a FIFO, not a regular file; write the report "
                  "to a regular file");
    }
    struct stat st {};
    REQUIRE(::lstat(pipe.c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    const std::optional<fs::path> device = device_for_out(dir.path());
    if (!device) {
        WARN("root without CAP_MKNOD: no device node this test may safely write to");
        return;
    }
    CHECK_THROWS_WITH(write_file_atomically(device->string(), "x"),
                      device->string() +
                          ": cannot write the report: is a character device, not a regular "
                          "file; write the report to a regular file");
    REQUIRE(::lstat(device->c_str(), &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    // Nothing left beside them (no temporary file).
    std::vector<std::string> expected = {"pipe.md"};
    if (device->parent_path() == dir.path()) expected.insert(expected.begin(), "null-device");
    CHECK(file_names(dir.path()) == expected);
}

// A folder the user may not write.  Meaningless as root, who writes
// anywhere: it runs as nobody in the ctest unprivileged_permission_cases and
// fails when run as root (support/reliability.h, require_unprivileged).
TEST_CASE("an atomic write into a folder the user may not write throws and changes nothing",
          "[.][unprivileged]") {
    factdb::testing::reliability::require_unprivileged();
    TempDir dir;
    const fs::path ro = dir / "ro";
    fs::create_directories(ro);
    const fs::path kept = ro / "kept.md";
    std::ofstream(kept) << "kept";
    REQUIRE(::chmod(ro.c_str(), 0555) == 0);
    struct Writable {  // again, whatever happens, so that TempDir can remove it
        fs::path p;
        ~Writable() { ::chmod(p.c_str(), 0755); }
    } writable{ro};
    try {
        write_file_atomically(kept.string(), "new");
        FAIL("no error");
    } catch (const factdb::StorageError& e) {
        CHECK(std::string(e.what()) == kept.string() + ": cannot create a temporary file in " +
                                           ro.string() + ": Permission denied");
    }
    CHECK(read_file(kept) == "kept");
    CHECK(file_names(ro) == std::vector<std::string>{"kept.md"});
}
