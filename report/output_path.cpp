// Refusing output paths that would destroy a file (see output_path.h).
//
// stat(), not lstat(): what a symbolic link points at is what the user
// named, and a link to the database or to /dev/null is as much a mistake as
// the file itself (the rename would replace the link, but the user meant
// the target).  A path stat() cannot look at for another reason than "not
// found" (a loop, a folder that may not be searched) is left to the write,
// which reports it with its own words (exit 3).
#include "report/output_path.h"

#include <sys/stat.h>

#include <array>
#include <filesystem>
#include <optional>
#include <string_view>
#include <system_error>

#include "errors/error.h"
#include "files/regular_file.h"

namespace factdb::report {
namespace {

namespace fs = std::filesystem;

std::optional<struct stat> stat_of(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return st;
}

bool same_file(const struct stat& a, const struct stat& b) {
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// The path with every existing symbolic link and "." / ".." resolved, for
// comparing names of files that do not exist yet.
fs::path resolved(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(path, ec);
    if (ec) p = fs::absolute(path, ec).lexically_normal();
    return p;
}

struct DatabaseFile {
    std::string_view suffix;
    std::string_view what;  // "" for the database itself
};

constexpr std::array<DatabaseFile, 4> kDatabaseFiles = {{
    {"", ""},
    {"-wal", "the database's write-ahead log"},
    {"-shm", "the database's shared-memory index"},
    {"-journal", "the database's rollback journal"},
}};

}  // namespace

void check_output_path(const std::string& out, const std::string& db_path) {
    const std::optional<struct stat> target = stat_of(out);
    if (!db_path.empty() && db_path != ":memory:") {
        const fs::path out_name = resolved(out);
        for (const DatabaseFile& f : kDatabaseFiles) {
            const std::string file = db_path + std::string(f.suffix);
            const std::optional<struct stat> st = stat_of(file);
            // By identity when both exist (a hard link has another name); by
            // name otherwise (a -wal that SQLite will create on the next open).
            const bool same =
                (target && st && same_file(*target, *st)) || out_name == resolved(file);
            if (!same) continue;
            const std::string which =
                f.what.empty() ? "the database " + file : file + ", " + std::string(f.what);
            throw UsageError("--out " + out + ": that is " + which +
                             ", which the report would replace; write the report to another file");
        }
    }
    if (target && !S_ISREG(target->st_mode)) {
        throw UsageError("--out " + out + ": is " + std::string(file_kind(target->st_mode)) +
                         ", not a regular file; write the report to a regular file");
    }
}

}  // namespace factdb::report
