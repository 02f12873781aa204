// The one table from errors to exit codes and one-line messages.  Every
// library error is a factdb::Error (errors/error.h) or a db::Error
// (db/error.h); this file decides what each kind means for a user:
//   0 ok, 1 partial success or check failures, 2 bad input or usage,
//   3 database or I/O error.
#pragma once

#include <exception>
#include <string>
#include <string_view>

namespace factdb::cli {

enum Exit : int { kOk = 0, kPartial = 1, kBadInput = 2, kStorage = 3 };

struct Failure {
    int exit_code;
    std::string message;  // one line, without the "factdb: " prefix
};

// The exit code and message for the exception in flight (call from a catch
// block).  Anything that is neither a factdb::Error nor a db::Error is a
// bug of factdb's: "internal error: WHAT", exit 3.  A usage error points to
// the --help of command when one is given ("see 'factdb sql --help'"), else
// to factdb's.
Failure describe_current_exception(std::string_view command = {});

}  // namespace factdb::cli
