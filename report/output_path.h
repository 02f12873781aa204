// Which paths a read-only command may write its output to.  `factdb report
// --out FILE` replaces FILE by renaming a new file over it: given the
// database, that turned the database into Markdown (exit 0); given a device
// node, the node became a regular file.  A read-only command must never be
// a way to destroy a file, so the output path is checked before anything
// is opened or created.
//
// Invariants (check_output_path):
//   * refused: the database itself - by identity (st_dev/st_ino), so also
//     through a symbolic link or a hard link - and its SQLite companions
//     -wal, -shm, -journal, by identity when they exist and by name (the
//     resolved paths) when they do not yet;
//   * refused: an existing FIFO, character or block device, socket or
//     folder, also as the target of a symbolic link;
//   * accepted: a new name, or an existing regular file (or a symbolic link
//     to one, which the rename replaces), as before.
#pragma once

#include <string>

namespace factdb::report {

// Throws UsageError (errors/error.h, exit 2) naming out and, for the
// database's files, the database file, with what to do instead:
//   --out x.md: that is the database db.sqlite, which the report would
//   replace; write the report to another file
//   --out /dev/null: is a character device, not a regular file; write the
//   report to a regular file  db_path is
// the database the command reads (--db).
void check_output_path(const std::string& out, const std::string& db_path);

}  // namespace factdb::report
