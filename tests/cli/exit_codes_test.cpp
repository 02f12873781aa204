// Tests of cli/exit_codes: the one table from error kinds and database
// failures to exit codes and the line a user reads.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include "cli/exit_codes.h"
#include "db/error.h"
#include "errors/error.h"

using namespace factdb;

namespace {

template <class E>
cli::Failure describe(const E& e) {
    try {
        throw e;
    } catch (...) {
        return cli::describe_current_exception();
    }
}

}  // namespace

TEST_CASE("every error kind has its exit code and message", "[cli]") {
    struct Case {
        cli::Failure got;
        int exit_code;
        std::string message;
    };
    const Case cases[] = {
        {describe(UsageError("load needs at least one FILE or DIR")), 2,
         "load needs at least one FILE or DIR (see 'factdb --help')"},
        {describe(InputError({"a.json", 0, "c1", "amount"}, "no currency in amount", "8")), 2,
         "a.json: claim c1: amount: no currency in amount (8)"},
        {describe(NormalizeError("invalid UTF-8")), 2, "invalid UTF-8"},
        {describe(QueryError("unknown query 'x'")), 2, "unknown query 'x'"},
        {describe(SpecError("r.json: sections: must be an array")), 2,
         "r.json: sections: must be an array"},
        {describe(StorageError("out.md: cannot write")), 3, "out.md: cannot write"},
        {describe(Error(ErrorKind::internal, "broken")), 3, "internal error: broken"},
        {describe(db::Error(db::Failure::busy, "x: database is busy")), 3, "x: database is busy"},
        {describe(db::Error(db::Failure::full, "x: full")), 3, "x: full"},
        {describe(db::Error(db::Failure::storage, "x: database error: e")), 3,
         "x: database error: e"},
        {describe(db::Error(db::Failure::internal, "db::migrate called inside a transaction")), 3,
         "internal error: db::migrate called inside a transaction"},
        {describe(std::logic_error("oops")), 3, "internal error: oops"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.message);
        CHECK(c.got.exit_code == c.exit_code);
        CHECK(c.got.message == c.message);
    }
}
