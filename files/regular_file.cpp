// Reading only regular files, within a byte budget (see regular_file.h).
#include "files/regular_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace factdb {

std::string_view file_kind(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISLNK(mode)) return "a symbolic link";
    return "not a regular file";
}

std::string not_regular_reason(mode_t mode) {
    const std::string_view kind = file_kind(mode);
    if (kind == "not a regular file") return "not a regular file; only regular files are read";
    return "is " + std::string(kind) + ", not a regular file; only regular files are read";
}

std::string not_regular_reason(std::filesystem::file_type type) {
    using T = std::filesystem::file_type;
    switch (type) {
        case T::directory:
            return not_regular_reason(S_IFDIR);
        case T::fifo:
            return not_regular_reason(S_IFIFO);
        case T::character:
            return not_regular_reason(S_IFCHR);
        case T::block:
            return not_regular_reason(S_IFBLK);
        case T::socket:
            return not_regular_reason(S_IFSOCK);
        case T::symlink:
            return not_regular_reason(S_IFLNK);
        default:
            return not_regular_reason(mode_t{0});
    }
}

RegularFile::RegularFile(const std::filesystem::path& path, Follow follow) {
    struct stat st {};
    // Before opening: a device or FIFO is refused without being touched.
    const int rc = follow == Follow::links ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
    if (rc != 0) {
        problem_ = "cannot open file";
        return;
    }
    if (!S_ISREG(st.st_mode)) {
        problem_ = not_regular_reason(st.st_mode);
        refused_kind_ = true;
        return;
    }
    int flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
    if (follow == Follow::no_link_last) flags |= O_NOFOLLOW;
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0) {
        // ELOOP under O_NOFOLLOW: the last component became a symbolic link
        // after the lstat.
        if (errno == ELOOP && follow == Follow::no_link_last) {
            problem_ = not_regular_reason(S_IFLNK);
            refused_kind_ = true;
        } else {
            problem_ = "cannot open file";
        }
        return;
    }
    // What was opened is what counts: the path may name another file by now.
    if (::fstat(fd, &st) != 0) {
        problem_ = "cannot open file";
        ::close(fd);
        return;
    }
    if (!S_ISREG(st.st_mode)) {
        problem_ = not_regular_reason(st.st_mode);
        refused_kind_ = true;
        ::close(fd);
        return;
    }
    // Regular files ignore O_NONBLOCK; it is cleared all the same, so that a
    // read never returns EAGAIN for a reason nobody foresaw.
    (void)::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    fd_ = fd;
    size_hint_ = static_cast<std::size_t>(st.st_size);
}

RegularFile::~RegularFile() {
    if (fd_ >= 0) ::close(fd_);
}

long RegularFile::read(char* buf, std::size_t n) {
    if (fd_ < 0) return -1;
    for (;;) {
        const ssize_t got = ::read(fd_, buf, n);
        if (got >= 0) return static_cast<long>(got);
        if (errno != EINTR) return -1;
    }
}

RegularFile::ReadAll RegularFile::read_all(std::string& out, std::size_t limit) {
    const std::size_t start = out.size();
    char buf[1 << 16];
    for (;;) {
        // Never ask for more than one byte past the limit: that byte is
        // enough to know the file is too large.
        const std::size_t have = out.size() - start;
        const std::size_t want = std::min(sizeof buf, limit + 1 - have);
        const long got = read(buf, want);
        if (got < 0) return ReadAll::failed;
        if (got == 0) return ReadAll::ok;
        out.append(buf, static_cast<std::size_t>(got));
        if (out.size() - start > limit) {
            out.resize(start);
            out.shrink_to_fit();
            return ReadAll::too_large;
        }
    }
}

RegularFileBuf::int_type RegularFileBuf::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (failed_) return traits_type::eof();
    const long got = file_.read(buf_, sizeof buf_);
    if (got <= 0) {
        failed_ = got < 0;
        return traits_type::eof();
    }
    setg(buf_, buf_, buf_ + got);
    return traits_type::to_int_type(*gptr());
}

}  // namespace factdb
