// The one error model of factdb's libraries.
//
// Every error a library throws on purpose is a factdb::Error: a kind, which
// decides the CLI's exit code (cli/exit_codes.cpp holds the one table), and
// a message that is already the one line a user reads.  Errors about input
// carry where the input was: file, line, claim id and field.  The subclasses
// below exist only so that a catch site can say which family it handles;
// none adds state beyond what Error holds.
//
// Database failures are db::Error (db/error.h): db/ depends on nothing of
// factdb's, so it has its own small type, translated from SQLiteCpp's at the
// db/ boundary.
//
// Message shape of a located error (InputError::what()):
//     FILE[:LINE]: claim ID: FIELD: REASON (TEXT)
// where each part is left out when it does not apply, and REASON and TEXT
// are cut and escaped so that one message is one bounded line.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace factdb {

enum class ErrorKind {
    usage,     // a malformed command line
    input,     // a claim file, gazetteer or value that cannot be read or normalised
    query,     // a query refused or failed: unknown name, bad value, guard, limit
    spec,      // a report spec or report parameter that is wrong
    storage,   // a file that cannot be read or written (the database's own: db::Error)
    internal,  // a broken invariant of factdb itself
};

std::string_view to_string(ErrorKind kind);  // "usage", "input", ...

struct Location {
    std::string file;   // path as given on the command line
    long line = 0;      // 1-based line of a .jsonl file; 0 when not meaningful
    std::string claim;  // claim id; empty for document-level problems
    std::string field;  // JSON field, e.g. "amount" or "document.language"
};

class Error : public std::runtime_error {
  public:
    // An error whose message is complete as given.
    Error(ErrorKind kind, const std::string& message);
    // A located error: what() is the message shape above; reason() and
    // text() keep the parts uncut.
    Error(ErrorKind kind, Location where, std::string reason, std::string text = {});

    ErrorKind kind() const { return kind_; }
    const Location& where() const { return where_; }
    // The message without its location (for a located error, the reason as
    // given; otherwise what()).
    const std::string& reason() const { return reason_; }
    const std::string& text() const { return text_; }

  private:
    ErrorKind kind_;
    Location where_;
    std::string reason_;
    std::string text_;
};

// A value that cannot be normalised.  what() is the reason only, e.g.
// "unrecognised currency 'florins'": a normaliser knows only the value it
// was given; the loader rethrows it as an InputError with the location.
class NormalizeError : public Error {
  public:
    explicit NormalizeError(const std::string& reason) : Error(ErrorKind::input, reason) {}
};

// Input that cannot be loaded, with where it is.
class InputError : public Error {
  public:
    InputError(Location where, std::string reason, std::string text = {})
        : Error(ErrorKind::input, std::move(where), std::move(reason), std::move(text)) {}
};

// A file factdb could not read or write (exit code 3).
class StorageError : public Error {
  public:
    explicit StorageError(const std::string& message) : Error(ErrorKind::storage, message) {}
};

// A refused or failed query (exit code 2).
class QueryError : public Error {
  public:
    explicit QueryError(const std::string& message) : Error(ErrorKind::query, message) {}
};

// A bad report spec or report parameter (exit code 2).
class SpecError : public Error {
  public:
    explicit SpecError(const std::string& message) : Error(ErrorKind::spec, message) {}
};

// A malformed command line (exit code 2; the CLI adds a pointer to --help).
class UsageError : public Error {
  public:
    explicit UsageError(const std::string& message) : Error(ErrorKind::usage, message) {}
};

// Text made safe for a one-line message: cut at max bytes (on a code point
// boundary, marked "..."), control characters written as JSON escapes, so
// that input can neither grow a message without bound nor send escape
// sequences to a terminal.
std::string excerpt(std::string_view text, std::size_t max = 120);

}  // namespace factdb
