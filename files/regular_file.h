// Opening the files a load reads - claim files, gazetteers, text_file - so
// that only a regular file is ever read, and never more of it than a limit.
//
// Why: a FIFO blocks open() until a writer comes and read() for as long as
// the writer pleases, /dev/zero never ends, and a file's size as stat()
// tells it says nothing about what a read returns a moment later (a FIFO
// has none, a file may grow).  A load holds the write lock meanwhile.
//
// Invariants:
//   * the path is stat()ed first, and anything but a regular file (after
//     following symbolic links) is refused by its kind without being opened
//     at all: opening a device can have effects of its own (a tape rewinds);
//   * the open itself cannot block: O_NONBLOCK (a FIFO swapped in after the
//     stat opens at once, with no writer), O_NOCTTY, and the descriptor is
//     fstat()ed and refused unless it is a regular file;
//   * read_all() reads through the descriptor with a budget of limit + 1
//     bytes: a file that grew after any check is still refused, and reading
//     stops there whatever the file is.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>

namespace factdb {

// "a FIFO", "a character device", "a folder", ... for a st_mode that is not
// a regular file; "not a regular file" for a kind without a name.
std::string_view file_kind(mode_t mode);

// The reason given for a file of that kind: "is a FIFO, not a regular file;
// only regular files are read".
std::string not_regular_reason(mode_t mode);
// The same for a kind as std::filesystem tells it (folder expansion).
std::string not_regular_reason(std::filesystem::file_type type);

class RegularFile {
  public:
    enum class Follow { links, no_link_last };  // no_link_last adds O_NOFOLLOW

    // Opens path for reading.  On failure the object is closed and problem()
    // says why, in the words of the messages: "cannot open file" (missing,
    // unreadable) or not_regular_reason() of the kind found.
    explicit RegularFile(const std::filesystem::path& path, Follow follow = Follow::links);
    ~RegularFile();
    RegularFile(const RegularFile&) = delete;
    RegularFile& operator=(const RegularFile&) = delete;

    bool is_open() const { return fd_ >= 0; }
    const std::string& problem() const { return problem_; }
    // True when the file was refused for its kind (not merely unreadable).
    bool refused_kind() const { return refused_kind_; }

    // Size as fstat() told it at open: a hint for a quick refusal, never the
    // limit itself (read_all enforces that).
    std::size_t size_hint() const { return size_hint_; }

    // Up to n bytes into buf; 0 at the end; -1 on a read error (EINTR is
    // retried).
    long read(char* buf, std::size_t n);

    enum class ReadAll { ok, too_large, failed };
    // Appends the rest of the file to out, reading at most limit + 1 bytes:
    // too_large when there are more than limit (out is then cleared).
    ReadAll read_all(std::string& out, std::size_t limit);

  private:
    int fd_ = -1;
    std::string problem_;
    bool refused_kind_ = false;
    std::size_t size_hint_ = 0;
};

// A read-only std::streambuf over a RegularFile, for the claim-file reader's
// line-at-a-time reading.  A read error ends the input; failed() tells it
// from the end of the file.
class RegularFileBuf : public std::streambuf {
  public:
    explicit RegularFileBuf(RegularFile& file) : file_(file) {}
    bool failed() const { return failed_; }

  protected:
    int_type underflow() override;

  private:
    RegularFile& file_;
    char buf_[1 << 16];
    bool failed_ = false;
};

}  // namespace factdb
