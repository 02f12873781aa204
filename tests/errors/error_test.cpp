// Tests of errors/error: the kinds, the shape of a located message (each
// part present only when it applies), and the excerpting that keeps one
// message one bounded, escaped line.
#include <catch2/catch.hpp>

#include <string>

#include "errors/error.h"

using namespace factdb;

TEST_CASE("a located error's message names file, line, claim and field", "[errors]") {
    struct Case {
        Location where;
        std::string reason, text, what;
    };
    const Case cases[] = {
        {{"a.json", 0, "", ""}, "not valid JSON", "", "a.json: not valid JSON"},
        {{"a.jsonl", 3, "", ""}, "empty input", "", "a.jsonl:3: empty input"},
        {{"a.json", 0, "c1", ""}, "duplicate claim id", "", "a.json: claim c1: duplicate claim id"},
        {{"a.json", 0, "c1", "amount"}, "unrecognised currency", "8 florins",
         "a.json: claim c1: amount: unrecognised currency (8 florins)"},
        {{"a.json", 2, "", "document.id"}, "must be a string", "",
         "a.json:2: document.id: must be a string"},
    };
    for (const auto& c : cases) {
        const InputError e(c.where, c.reason, c.text);
        CHECK(std::string(e.what()) == c.what);
        CHECK(e.kind() == ErrorKind::input);
        CHECK(e.reason() == c.reason);
        CHECK(e.text() == c.text);
        CHECK(e.where().claim == c.where.claim);
    }
}

TEST_CASE("each family of error carries its kind", "[errors]") {
    CHECK(NormalizeError("r").kind() == ErrorKind::input);
    CHECK(std::string(NormalizeError("r").what()) == "r");
    CHECK(StorageError("s").kind() == ErrorKind::storage);
    CHECK(QueryError("q").kind() == ErrorKind::query);
    CHECK(SpecError("p").kind() == ErrorKind::spec);
    CHECK(UsageError("u").kind() == ErrorKind::usage);
    CHECK(Error(ErrorKind::internal, "i").kind() == ErrorKind::internal);
    CHECK(to_string(ErrorKind::usage) == "usage");
    CHECK(to_string(ErrorKind::input) == "input");
    CHECK(to_string(ErrorKind::query) == "query");
    CHECK(to_string(ErrorKind::spec) == "spec");
    CHECK(to_string(ErrorKind::storage) == "storage");
    CHECK(to_string(ErrorKind::internal) == "internal");
}

TEST_CASE("excerpt cuts on a code point and escapes control characters", "[errors]") {
    CHECK(excerpt("short") == "short");
    CHECK(excerpt(std::string(130, 'x')) == std::string(120, 'x') + "...");
    // A cut that would split "é" (2 bytes) backs off to the boundary.
    CHECK(excerpt(std::string(119, 'x') + "\u00E9y") == std::string(119, 'x') + "...");
    CHECK(excerpt("a\nb\tc\x1b[31m\x7f") == "a\\nb\\tc\\u001b[31m\\u007f");
    // The reason of a located message is cut at 240 bytes, the text at 120.
    const InputError e({"f", 0, "", ""}, std::string(300, 'r'), std::string(200, 't'));
    CHECK(std::string(e.what()) ==
          "f: " + std::string(240, 'r') + "... (" + std::string(120, 't') + "...)");
    CHECK(e.reason().size() == 300);  // the parts stay whole
}
