// Errors of the database layer.  db/ depends on nothing of factdb's, so it
// has this one small type of its own; SQLiteCpp's exceptions are translated
// into it here, at the db/ boundary, so that no caller parses SQLite's text
// or codes and the CLI maps a failure to its exit code from one table.
#pragma once

#include <SQLiteCpp/Exception.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace factdb::db {

enum class Failure {
    missing,  // no file at the path a read-only connection was asked to open
    storage,  // the file cannot be opened, is not factdb's, has another schema, or SQLite failed
    busy,     // another connection holds a lock: past the busy timeout, or one not waited for
    full,     // the database or the disk is full
    internal, // a broken precondition of db/ itself (a caller's bug)
};

class Error : public std::runtime_error {
  public:
    Error(Failure failure, const std::string& message)
        : std::runtime_error(message), failure_(failure) {}
    Failure failure() const { return failure_; }

  private:
    Failure failure_;
};

// The db::Error an SQLite failure on the database at path becomes, with its
// one-line message ("PATH: database is busy: ...", "PATH: database or disk
// is full; nothing was changed", "PATH: database error: ...").  Every write
// factdb makes is one transaction, so by the time this reaches a user the
// write has been rolled back: the messages say so.
Error translate(const SQLite::Exception& e, std::string_view path);

// Runs f, translating an SQLite failure on the database at path.
template <class F>
decltype(auto) translating(std::string_view path, F&& f) {
    try {
        return std::forward<F>(f)();
    } catch (const SQLite::Exception& e) {
        throw translate(e, path);
    }
}

}  // namespace factdb::db
