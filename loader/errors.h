// Errors raised while reading and normalising input.
//
// A normaliser knows only the value it was given, so it throws NormalizeError
// with the reason alone; the loader knows where that value came from and
// rethrows it as InputError carrying the location.  InputError::what() is the
// one-line message users see:
//     FILE[:LINE]: claim ID: FIELD: REASON (TEXT)
// where each part is left out when it does not apply.
#pragma once

#include <stdexcept>
#include <string>

namespace factdb {

// A value that cannot be normalised.  what() is the reason only, e.g.
// "unrecognised currency 'florins'".
class NormalizeError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct Location {
    std::string file;   // path as given on the command line
    long line = 0;      // 1-based line of a .jsonl file; 0 when not meaningful
    std::string claim;  // claim id; empty for document-level problems
    std::string field;  // JSON field, e.g. "amount" or "document.language"
};

class InputError : public std::runtime_error {
  public:
    InputError(Location where, std::string reason, std::string text = {});

    const Location& where() const { return where_; }
    const std::string& reason() const { return reason_; }
    const std::string& text() const { return text_; }

  private:
    Location where_;
    std::string reason_;
    std::string text_;
};

// A database or file-system failure (exit code 3 in the CLI).
class StorageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace factdb
