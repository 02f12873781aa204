// Writing a file so that readers only ever see the old content or the
// complete new content: the bytes go to a temporary file in the same
// directory (same file system, so rename is atomic) — anonymous (O_TMPFILE)
// while it is written, so even a killed process leaves nothing — which is
// fsync'ed and renamed over the target; the directory is fsync'ed so the
// rename survives a crash.  On any failure the temporary file is removed
// and the target is untouched.  A cron job reading the report never sees
// half of it.
#pragma once

#include <string>
#include <string_view>

namespace factdb::report {

// Throws StorageError (errors/error.h) naming the path on failure.  A new
// file gets mode 0666 minus the umask; an existing file keeps its mode.
// Only a regular file (or a symbolic link, which the rename replaces) is
// replaced: a folder, FIFO, device or socket at path is refused, checked
// before the temporary file is made and again just before the rename.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace factdb::report
