// files/regular_file.h on its own: only a regular file is opened (a FIFO is
// refused at once, with no writer, where an ordinary open would wait
// forever; a device or folder by its kind), O_NOFOLLOW refuses a last
// component that is a symbolic link, and read_all's byte budget: a file at
// the limit is read whole, one byte more is refused, and so is a file that
// grew after it was opened and fstat()ed (the size stat() reports is never
// the limit).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "files/regular_file.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;

TEST_CASE("RegularFile opens regular files only, by what stat and fstat say", "[regular_file]") {
    TempDir dir;
    const fs::path text = dir.write("a.txt", "abc");
    REQUIRE(::mkfifo((dir / "pipe").c_str(), 0600) == 0);
    fs::create_directories(dir / "sub");
    fs::create_symlink("a.txt", dir / "link.txt");

    RegularFile ok(text);
    REQUIRE(ok.is_open());
    CHECK(ok.problem().empty());
    CHECK(ok.size_hint() == 3);
    std::string out;
    CHECK(ok.read_all(out, 100) == RegularFile::ReadAll::ok);
    CHECK(out == "abc");

    struct Row {
        fs::path path;
        RegularFile::Follow follow;
        std::string problem;
        bool refused_kind;
    };
    const std::string tail = ", not a regular file; only regular files are read";
    const std::vector<Row> rows = {
        {dir / "pipe", RegularFile::Follow::links, "is a FIFO" + tail, true},
        {dir / "sub", RegularFile::Follow::links, "is a folder" + tail, true},
        {"/dev/null", RegularFile::Follow::links, "is a character device" + tail, true},
        {"/dev/zero", RegularFile::Follow::links, "is a character device" + tail, true},
        {dir / "link.txt", RegularFile::Follow::no_link_last, "is a symbolic link" + tail, true},
        {dir / "missing.txt", RegularFile::Follow::links, "cannot open file", false},
    };
    for (const auto& row : rows) {
        INFO(row.path.string());
        RegularFile f(row.path, row.follow);
        CHECK_FALSE(f.is_open());
        CHECK(f.problem() == row.problem);
        CHECK(f.refused_kind() == row.refused_kind);
        std::string none;
        CHECK(f.read_all(none, 100) == RegularFile::ReadAll::failed);
    }
    // Followed, the same link is the file it names.
    RegularFile followed(dir / "link.txt");
    CHECK(followed.is_open());
}

TEST_CASE("read_all reads at most the limit and one byte, whatever the file does",
          "[regular_file]") {
    TempDir dir;
    const fs::path p = dir.write("t.txt", std::string(10, 'x'));
    {
        RegularFile at(p);
        std::string out;
        CHECK(at.read_all(out, 10) == RegularFile::ReadAll::ok);
        CHECK(out.size() == 10);
    }
    {
        RegularFile over(p);
        std::string out = "kept";
        CHECK(over.read_all(out, 9) == RegularFile::ReadAll::too_large);
        CHECK(out == "kept");  // what was read is dropped, what was there stays
    }
    // Grows after the open (and its fstat): fstat said 10 bytes, the read
    // finds 200 000, and the budget refuses it after limit + 1 bytes.
    RegularFile growing(p);
    REQUIRE(growing.is_open());
    CHECK(growing.size_hint() == 10);
    std::ofstream(p, std::ios::binary | std::ios::app) << std::string(199990, 'y');
    std::string out;
    CHECK(growing.read_all(out, 100000) == RegularFile::ReadAll::too_large);
    CHECK(out.empty());
}

TEST_CASE("RegularFileBuf streams the file and tells a read error from its end", "[regular_file]") {
    TempDir dir;
    const fs::path p = dir.write("lines.jsonl", std::string(70000, 'a') + "\nb\n");
    RegularFile f(p);
    RegularFileBuf buf(f);
    std::istream in(&buf);
    std::string first, second, third;
    CHECK(std::getline(in, first));
    CHECK(first.size() == 70000);  // across the 64 KiB buffer
    CHECK(std::getline(in, second));
    CHECK(second == "b");
    CHECK_FALSE(std::getline(in, third));
    CHECK_FALSE(buf.failed());
}
