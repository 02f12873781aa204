// Atomic file replacement (see atomic_file.h).
//
// POSIX calls rather than std::ofstream because the guarantees need fsync
// on the file before the rename and on the directory after it, and exact
// error reporting (errno) for each step.
//
// The data is written to an anonymous O_TMPFILE file in the target's
// directory: it has no name while it is being written and synced, so a
// process killed (SIGKILL, OOM, power loss) during that time leaves nothing
// behind.  Only once it is complete is it linked under a unique hidden name
// (".NAME.tmp-XXXXXX") and renamed over the target, two system calls apart.
// File systems without O_TMPFILE get a mkstemp file of the same name,
// removed on every failure we can catch.
#include "report/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>
#include <vector>

#include "errors/error.h"

namespace factdb::report {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int err) {
    throw StorageError(path + ": " + what + ": " + std::strerror(err));
}

// Closes the descriptor and removes the named temporary file (if any)
// unless released: every early exit, exceptions included, cleans up.
class TempFile {
  public:
    ~TempFile() {
        if (fd >= 0) ::close(fd);
        if (!name.empty()) ::unlink(name.c_str());
    }
    int fd = -1;
    std::string name;  // empty while anonymous
};

// Only a regular file is ever replaced: a device node, FIFO or socket
// renamed over would be destroyed (report/output_path.h refuses them
// earlier, with the command's words; this is the library's own guard).
void refuse_unless_regular(const std::string& path, mode_t mode) {
    if (S_ISREG(mode)) return;
    const char* kind = S_ISFIFO(mode)   ? "a FIFO"
                       : S_ISCHR(mode)  ? "a character device"
                       : S_ISBLK(mode)  ? "a block device"
                       : S_ISSOCK(mode) ? "a socket"
                                        : "something else";
    throw StorageError(path + ": cannot write the report: is " + kind +
                       ", not a regular file; write the report to a regular file");
}

mode_t new_file_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

std::string random_suffix() {
    static constexpr char kChars[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::random_device rd;
    std::string s;
    for (int i = 0; i < 6; ++i) s += kChars[rd() % (sizeof kChars - 1)];
    return s;
}

void write_all(const std::string& path, int fd, std::string_view content) {
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(path, "cannot write", errno);
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::string name = target.filename().string();
    if (name.empty() || name == "." || name == "..") fail(path, "cannot write the report", EISDIR);

    struct stat existing {};
    mode_t mode = new_file_mode();
    if (::stat(path.c_str(), &existing) == 0) {
        if (S_ISDIR(existing.st_mode)) fail(path, "cannot write the report", EISDIR);
        refuse_unless_regular(path, existing.st_mode);
        mode = existing.st_mode & 07777;
    }
    const std::string prefix = (dir / ("." + name + ".tmp-")).string();

    TempFile tmp;
    tmp.fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    const bool anonymous = tmp.fd >= 0;
    if (!anonymous) {
        if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
            fail(path, "cannot create a temporary file in " + dir.string(), errno);
        std::string pattern = prefix + "XXXXXX";
        std::vector<char> buf(pattern.begin(), pattern.end());
        buf.push_back('\0');
        tmp.fd = ::mkstemp(buf.data());
        if (tmp.fd < 0) fail(path, "cannot create a temporary file in " + dir.string(), errno);
        tmp.name = buf.data();
    }

    write_all(path, tmp.fd, content);
    if (::fchmod(tmp.fd, mode) != 0) fail(path, "cannot set the mode", errno);
    if (::fsync(tmp.fd) != 0) fail(path, "cannot sync", errno);

    // The entry the rename will replace, once more: a FIFO or device node
    // made there meanwhile is not replaced either (a symbolic link is: the
    // rename replaces the link, never what it points at).  Before linkat,
    // so that linkat and rename stay two consecutive system calls.
    if (struct stat now{}; ::lstat(path.c_str(), &now) == 0 && !S_ISLNK(now.st_mode)) {
        if (S_ISDIR(now.st_mode)) fail(path, "cannot write the report", EISDIR);
        refuse_unless_regular(path, now.st_mode);
    }
    if (anonymous) {
        // Give the complete file a name; retry on the (unlikely) name clash.
        const std::string proc = "/proc/self/fd/" + std::to_string(tmp.fd);
        for (int attempt = 0;; ++attempt) {
            const std::string candidate = prefix + random_suffix();
            if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, candidate.c_str(), AT_SYMLINK_FOLLOW) ==
                0) {
                tmp.name = candidate;
                break;
            }
            if (errno != EEXIST || attempt == 100)
                fail(path, "cannot name the temporary file", errno);
        }
    }
    // Rename straight after linkat (the descriptor is closed afterwards): a
    // kill between the two leaves a complete hidden file, so that window is
    // kept to two consecutive system calls.  The data is already fsync'ed,
    // so close cannot report a write error any more.
    if (::rename(tmp.name.c_str(), path.c_str()) != 0)
        fail(path, "cannot rename into place", errno);
    tmp.name.clear();
    ::close(tmp.fd);
    tmp.fd = -1;

    // The rename is durable only once the directory entry is on disk.  A
    // failure here is not reported: the file is complete and in place.
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        (void)::fsync(dfd);
        ::close(dfd);
    }
}

}  // namespace factdb::report
