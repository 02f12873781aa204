// The claim-file reader (loader/claims_file.h) on its own: parse_json_object's
// exact reasons (empty, invalid UTF-8, not an object, too deep, not JSON with
// the parser's line and column), the position of a parse error computed from
// the parser's byte offset agreeing with the parser's own message on every
// input of a mutation corpus, and ClaimFileReader on .json and .jsonl files
// (BOM, CRLF, blank lines, a key given twice in one object, line numbers, a bad line not stopping the next,
// the 16 MiB limit at and past its bound, the file's name in messages, a
// folder, FIFO or device refused by its kind without being read).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include <string>
#include <vector>

#include "errors/error.h"
#include "loader/claims_file.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;
using nlohmann::json;

namespace {

const std::string kBom = "\xEF\xBB\xBF";

// parse_json_object's result: the object dumped, or the NormalizeError's what().
std::string parsed(const std::string& text) {
    try {
        return "ok " + parse_json_object(text).dump();
    } catch (const NormalizeError& e) {
        return e.what();
    }
}

// The message the claims reader gave before it located parse errors itself:
// "not valid JSON: " and nlohmann's own what() without its name
// "[json.exception.KIND.ID] ", cut at 200 bytes.  The oracle of the
// mutation test, whose inputs are ASCII.
std::string parser_message(const std::string& text) {
    try {
        const json value = json::parse(text);
        (void)value;
    } catch (const json::exception& e) {
        std::string why = e.what();
        why.erase(0, why.find("] ") + 2);
        if (why.size() > 200) why = why.substr(0, 200) + "...";  // ASCII: no boundary to find
        return "not valid JSON: " + why;
    }
    return "<parsed>";
}

// What the reader yields, one entry per next() until the end: "LINE OBJECT"
// for a document, "error: WHAT" for an InputError, then "end".
// Input bytes shown in a failure message (invalid UTF-8 replaced).
std::string printable(const std::string& text) {
    return json(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::vector<std::string> events(const fs::path& path, const std::string& name) {
    std::vector<std::string> out;
    ClaimFileReader reader(path, name);
    for (int guard = 0; guard < 50; ++guard) {
        try {
            auto doc = reader.next();
            if (!doc) {
                out.push_back("end");
                break;
            }
            CHECK(doc->file == name);
            out.push_back(std::to_string(doc->line) + " " + doc->object.dump());
        } catch (const InputError& e) {
            out.push_back(std::string("error: ") + e.what());
        }
    }
    CHECK_FALSE(reader.next().has_value());  // the end stays the end
    return out;
}

// n arrays nested inside {"a": ...}, with inner at the bottom.
std::string nested(int n, const std::string& inner = "") {
    return R"({"a":)" + std::string(static_cast<std::size_t>(n), '[') + inner +
           std::string(static_cast<std::size_t>(n), ']') + "}";
}

}  // namespace

TEST_CASE("parse_json_object gives an object or one exact reason", "[claims_file]") {
    struct Row {
        std::string text;
        std::string expected;
    };
    const std::vector<Row> rows = {
        {R"({"a": 1, "b": [true, null, "x"]})", R"(ok {"a":1,"b":[true,null,"x"]})"},
        {kBom + R"({"a": 1})", R"(ok {"a":1})"},  // the parser skips a BOM itself
        {"{}", "ok {}"},
        {"", "empty input"},
        {" \t\r\n ", "empty input"},
        {"[1, 2]", "expected a JSON object"},
        {R"("text")", "expected a JSON object"},
        {"42", "expected a JSON object"},
        {"null", "expected a JSON object"},
        {"\xFF{}", "invalid UTF-8 at byte 0"},
        {"{\"a\": \"\xC3\x28\"}", "invalid UTF-8 at byte 7"},
        {"{\"a\": \"\xED\xA0\x80\"}", "invalid UTF-8 at byte 7"},  // an encoded surrogate
        // Not JSON: the parser's description, at the line and column of the
        // last byte it read (the end of input counts as one).
        {"foo",
         "not valid JSON: parse error at line 1, column 2: syntax error while parsing "
         "value - invalid literal; last read: 'fo'"},
        {R"({"a": 1}})",
         "not valid JSON: parse error at line 1, column 9: syntax error while "
         "parsing value - unexpected '}'; expected end of input"},
        {"{\"a\": 1}\n}",
         "not valid JSON: parse error at line 2, column 1: syntax error while "
         "parsing value - unexpected '}'; expected end of input"},
        {R"({"a":)",
         "not valid JSON: parse error at line 1, column 6: syntax error while parsing "
         "value - unexpected end of input; expected '[', '{', or a literal"},
        {"{\n  \"a\": 1,\n  \"b\": tru}\n",
         "not valid JSON: parse error at line 3, column 11: syntax error while parsing value - "
         "invalid literal; last read: '\"b\": tru}'"},
        {"{\"a\": 1,\r\n \"b\" 2}",
         "not valid JSON: parse error at line 2, column 6: syntax error while parsing object "
         "separator - unexpected number literal; expected ':'"},
        {"{\n\"a\": [1,\n2,,\n3]}",
         "not valid JSON: parse error at line 3, column 3: syntax error "
         "while parsing value - unexpected ','; expected '[', '{', or "
         "a literal"},
        // A raw line break inside a string is the last byte read: column 0 of
        // the next line.
        {"{\"a\": \"x\ny\"}",
         "not valid JSON: parse error at line 2, column 0: syntax error while parsing value - "
         "invalid string: control character U+000A (LF) must be escaped to \\u000A or \\n; last "
         "read: '\"x<U+000A>'"},
        // Columns count bytes: "é" is two.
        {"{\"\xC3\xA9t\xC3\xA9\": x}",
         "not valid JSON: parse error at line 1, column 11: syntax error while parsing value - "
         "invalid literal; last read: '\"\xC3\xA9t\xC3\xA9\": x'"},
        // The BOM is read by the parser, so it counts on line 1.
        {kBom + "{x",
         "not valid JSON: parse error at line 1, column 5: syntax error while parsing "
         "object key - invalid literal; last read: '" +
             kBom + "{x'; expected string literal"},
        {R"({"a": "\ud800"})",
         "not valid JSON: parse error at line 1, column 14: syntax error while parsing value - "
         "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: "
         "'\"\\ud800\"'"},
        {R"({"a": 1E400})", "not valid JSON: number overflow parsing '1E400'"},
        {R"({"a": -1E400})", "not valid JSON: number overflow parsing '-1E400'"},
        // Depth: the object is level 0; a value deeper than 64 is refused,
        // before any syntax error after it.
        {nested(64), "ok " + nested(64)},
        {nested(63, "1"), "ok " + nested(63, "1")},
        {nested(65), "JSON nested deeper than 64 levels"},
        {nested(64, "1"), "JSON nested deeper than 64 levels"},
        {R"({"a": )" + std::string(100, '['), "JSON nested deeper than 64 levels"},
        // A key given twice in one object is refused where the second one
        // starts (nlohmann would keep the last); the same key in two
        // objects, nested or side by side, is not a duplicate.
        {R"({"a": 1, "a": 2})",
         R"(duplicate key "a" at line 1, column 10 (a JSON object may hold each key once))"},
        {"{\n  \"id\": \"d1\",\n  \"text\": \"x\",\n    \"id\": \"d2\"\n}",
         R"(duplicate key "id" at line 4, column 5 (a JSON object may hold each key once))"},
        {R"({"c": [{"e": 1, "x": {"e": 2}, "e": 3}]})",
         R"(duplicate key "e" at line 1, column 32 (a JSON object may hold each key once))"},
        {R"({"c": [{"e": 1}, {"e": 2}], "d": {"c": 1}, "e": {"e": {"e": 1}}})",
         R"(ok {"c":[{"e":1},{"e":2}],"d":{"c":1},"e":{"e":{"e":1}}})"},
        // Keys compare as decoded strings: an escape spells the same key.
        {R"({"ab": 1, "a\u0062": 2})",
         R"(duplicate key "ab" at line 1, column 11 (a JSON object may hold each key once))"},
        {R"({"a\"": 1, "x": {}, "a\"": 2})",
         R"(duplicate key "a"" at line 1, column 21 (a JSON object may hold each key once))"},
        {"{\"\xC3\xA9\": 1, \"\xC3\xA9\": 2}",
         "duplicate key \"\xC3\xA9\" at line 1, column 11 (a JSON object may hold each key once)"},
        {R"({"": 1, "": 2})",
         R"(duplicate key "" at line 1, column 9 (a JSON object may hold each key once))"},
        // Past the depth limit the depth is the error, duplicates or not.
        {R"({"a": )" + std::string(70, '[') + R"({"k": 1, "k": 2})",
         "JSON nested deeper than 64 levels"},
    };
    for (const auto& row : rows) {
        INFO(printable(row.text));
        CHECK(parsed(row.text) == row.expected);
    }
}

TEST_CASE("a long parser message is cut at 200 bytes on a character boundary", "[claims_file]") {
    // The unterminated string is the token "last read": the reason keeps its
    // first 200 bytes.  "é" (2 bytes) straddles byte 200, so the cut falls
    // before it.
    const std::string head =
        "parse error at line 1, column 317: syntax error while parsing value - "
        "invalid string: missing closing quote; last read: '\"";
    REQUIRE(head.size() == 122);
    const std::string body = std::string(77, 'x') + "\xC3\xA9" + std::string(230, 'y');
    const std::string text = R"({"a": ")" + body;
    REQUIRE(text.size() == 316);
    CHECK(parsed(text) == "not valid JSON: " + head + std::string(77, 'x') + "...");

    const std::string ascii = R"({"a": ")" + std::string(309, 'z');
    CHECK(parsed(ascii) ==
          "not valid JSON: parse error at line 1, column 317: syntax error while "
          "parsing value - invalid string: missing closing quote; last read: '\"" +
              std::string(78, 'z') + "...");
}

TEST_CASE("a parse error's line and column, from the parser's byte offset, are the parser's own",
          "[claims_file]") {
    // Every input below is refused by the parser; the reason must be the
    // parser's message, position included.  Explicit rows first: errors
    // after a line break, at the end of input, after a number (the lexer
    // reads one byte past a number and puts it back), in later lines.
    std::vector<std::string> inputs = {
        "{\"a\" 1\n}",          "{\"a\": 1 2\n}",       "{\"a\": 1 2\r\n}",   "{\"a\": 1 2}",
        "{\"a\": [1\n2]}",      "{\"a\": [1,\n2\n3]}",  "{\"a\": -0.5e3\n:}", "{1\n:2}",
        "{\"a\": 01\n}",        "{\"a\": 1.\n}",        "{\"a\": 1e\n}",      "{\"a\": -\n}",
        "{\"a\": [1\n",         "{\"a\": tru\n}",       "{\"a\": f8\n}",      "{\"a\": true8\n}",
        "{\"a\": \"\\udc00\n",  "{\"a\": \"\\u12\n\"}", "\n\n{\n\"a\"\n}",    "{\n\"a\":\n",
        "{\"a\": 1}\n\n{\"b\"", "{\"a\" 12345\n\n}",
    };
    // Then every truncation of a multi-line claim file, and every one-byte
    // insertion, replacement and deletion (ASCII only, so that the UTF-8
    // check never decides first).
    const std::string base =
        "{\"format\": \"factdb.claims/1\",\n"
        " \"document\": {\"id\": \"d-1\", \"title\": \"T\\\"q\\u00e9\", \"n\": -12.5e3,\n"
        "  \"list\": [1, 2,\n"
        "   30], \"yes\": true, \"no\": false, \"none\": null},\n"
        " \"claims\": [{\"occurrence\": 2\n"
        " }]}\n";
    REQUIRE(parsed(base).rfind("ok ", 0) == 0);
    const std::string bytes = "\"{}[],:0 -.e\n\\tx";
    for (std::size_t i = 1; i < base.size(); ++i) inputs.push_back(base.substr(0, i));
    for (std::size_t i = 0; i <= base.size(); ++i) {
        if (i < base.size()) inputs.push_back(std::string(base).erase(i, 1));
        for (char c : bytes) {
            inputs.push_back(std::string(base).insert(i, 1, c));
            if (i < base.size() && base[i] != c)
                inputs.push_back(std::string(base).replace(i, 1, 1, c));
        }
    }
    std::size_t compared = 0;
    std::vector<std::string> mismatches;
    for (const auto& text : inputs) {
        const std::string expected = parser_message(text);
        if (expected == "<parsed>") continue;
        ++compared;
        const std::string got = parsed(text);
        if (got != expected)
            mismatches.push_back(json(text).dump() + "\n  got  " + got + "\n  want " + expected);
    }
    CHECK(mismatches == std::vector<std::string>{});
    // Every explicit row is refused, and most mutations are.
    CHECK(compared >= 22 + base.size());
}

TEST_CASE("the reader yields each document of a .json or .jsonl file with its line",
          "[claims_file]") {
    struct Row {
        std::string name;
        std::string content;
        std::vector<std::string> expected;
    };
    const std::vector<Row> rows = {
        {"one.json", "{\"a\": 1}", {R"(0 {"a":1})", "end"}},
        {"bom.json", kBom + "{\"a\": 1}\n", {R"(0 {"a":1})", "end"}},
        {"crlf.json", "{\r\n  \"a\": 1,\r\n  \"b\": [2]\r\n}\r\n", {R"(0 {"a":1,"b":[2]})", "end"}},
        {"empty.json", "", {"error: empty.json: empty input", "end"}},
        {"bom-only.json", kBom, {"error: bom-only.json: empty input", "end"}},
        {"blank.json", " \n\t\r\n", {"error: blank.json: empty input", "end"}},
        {"array.json", "[{\"a\": 1}]", {"error: array.json: expected a JSON object", "end"}},
        {"broken.json",
         "{\n  \"a\": 1,\n  \"b\": tru}\n",
         {"error: broken.json: not valid JSON: parse error at line 3, column 11: syntax error "
          "while parsing value - invalid literal; last read: '\"b\": tru}'",
          "end"}},
        // The BOM is gone before the parser sees the text: columns of line 1
        // count from the character after it.
        {"bom-broken.json",
         kBom + "{x}",
         {"error: bom-broken.json: not valid JSON: parse error at line 1, column 2: syntax error "
          "while parsing object key - invalid literal; last read: '{x'; expected string literal",
          "end"}},
        {"utf8.json",
         "{\"a\": \"\xC3\x28\"}",
         {"error: utf8.json: invalid UTF-8 at byte 7", "end"}},
        {"deep.json", nested(65), {"error: deep.json: JSON nested deeper than 64 levels", "end"}},
        // JSONL: blank lines (spaces, tabs, a lone CR) are skipped but
        // counted; CRLF endings; no newline at the end.
        {"docs.jsonl",
         "{\"n\": 1}\n\n  \t\n{\"n\": 2}\r\n\r\n{\"n\": 3}",
         {R"(1 {"n":1})", R"(4 {"n":2})", R"(6 {"n":3})", "end"}},
        {"bom.jsonl", kBom + "{\"n\": 1}\n{\"n\": 2}\n", {R"(1 {"n":1})", R"(2 {"n":2})", "end"}},
        {"bom-blank.jsonl", kBom + "\n{\"n\": 2}\n", {R"(2 {"n":2})", "end"}},
        // A bad line is an error of its own; the reader goes on.
        {"bad.jsonl",
         "{\"n\": 1}\nnot json\n[3]\n\n{\"n\": 5}\n{\"s\": \"\xFF\"}\n{\"a\": 1E400}\n" +
             nested(65) + "\n{\"n\": 9}\n",
         {R"(1 {"n":1})",
          "error: bad.jsonl:2: not valid JSON: parse error at line 1, column 2: syntax error "
          "while parsing value - invalid literal; last read: 'no'",
          "error: bad.jsonl:3: expected a JSON object", R"(5 {"n":5})",
          "error: bad.jsonl:6: invalid UTF-8 at byte 7",
          "error: bad.jsonl:7: not valid JSON: number overflow parsing '1E400'",
          "error: bad.jsonl:8: JSON nested deeper than 64 levels", R"(9 {"n":9})", "end"}},
        // The parser sees one line: its position is always on line 1.
        {"cut.jsonl",
         "{\"n\": 1}\n{\"format\": \"factdb.claims/1\", \"document\": {\"id\":\n",
         {R"(1 {"n":1})",
          "error: cut.jsonl:2: not valid JSON: parse error at line 1, column 49: syntax error "
          "while parsing value - unexpected end of input; expected '[', '{', or a literal",
          "end"}},
        // A duplicate key is the line's error; the next line still loads.
        {"dup.jsonl",
         "{\"n\": 1}\n{\"n\": 2, \"n\": 3}\n{\"n\": 4}\n",
         {R"(1 {"n":1})",
          "error: dup.jsonl:2: duplicate key \"n\" at line 1, column 10 (a JSON object may hold "
          "each key once)",
          R"(3 {"n":4})", "end"}},
        {"blank.jsonl", "\n \r\n\t\n", {"error: blank.jsonl: empty input", "end"}},
        {"empty.jsonl", "", {"error: empty.jsonl: empty input", "end"}},
        // A file whose only line is bad is not "empty input" as well.
        {"only-bad.jsonl",
         "{\n",
         {"error: only-bad.jsonl:1: not valid JSON: parse error at line 1, column 2: syntax "
          "error while parsing object key - unexpected end of input; expected string literal",
          "end"}},
    };
    TempDir dir;
    for (const auto& row : rows) {
        INFO(row.name);
        const fs::path path = dir.write(row.name, row.content);
        CHECK(events(path, row.name) == row.expected);
    }
}

TEST_CASE("the reader names the file as given and resolves text_file from its folder",
          "[claims_file]") {
    TempDir dir;
    const fs::path path = dir.write("sub/folder/a.jsonl", "{\"n\": 1}\nnope\n");
    ClaimFileReader reader(path, "shown/a.jsonl");
    auto first = reader.next();
    REQUIRE(first.has_value());
    CHECK(first->file == "shown/a.jsonl");
    CHECK(first->line == 1);
    CHECK(first->base_dir == dir / "sub/folder");
    CHECK(first->object == json{{"n", 1}});
    CHECK_THROWS_WITH(reader.next(),
                      "shown/a.jsonl:2: not valid JSON: parse error at line 1, column 2: syntax "
                      "error while parsing value - invalid literal; last read: 'no'");
    CHECK_FALSE(reader.next().has_value());

    // A file that cannot be opened fails at construction; so does anything
    // but a regular file, refused by its kind before it is opened (a folder
    // used to open and fail at the first read).
    CHECK_THROWS_AS(ClaimFileReader(dir / "missing.json", "missing.json"), InputError);
    CHECK_THROWS_WITH(ClaimFileReader(dir / "missing.json", "missing.json"),
                      "missing.json: cannot open file");
    fs::create_directories(dir / "folder.json");
    CHECK_THROWS_MATCHES(
        ClaimFileReader(dir / "folder.json", "folder.json"), InputError,
        Catch::Matchers::Message(
            "folder.json: is a folder, not a regular file; only regular files are read"));
    fs::create_directories(dir / "folder.jsonl");
    CHECK_THROWS_WITH(
        ClaimFileReader(dir / "folder.jsonl", "folder.jsonl"),
        "folder.jsonl: is a folder, not a regular file; only regular files are read");
}

TEST_CASE("the reader refuses a FIFO without blocking and a device without reading it",
          "[claims_file]") {
    TempDir dir;
    // No writer: an ordinary open for reading would wait for one forever.
    REQUIRE(::mkfifo((dir / "pipe.json").c_str(), 0600) == 0);
    CHECK_THROWS_WITH(ClaimFileReader(dir / "pipe.json", "pipe.json"),
                      "pipe.json: is a FIFO, not a regular file; only regular files are read");
    // /dev/zero never ends and /dev/null is empty: neither is read at all.
    fs::create_symlink("/dev/zero", dir / "zero.jsonl");
    CHECK_THROWS_WITH(
        ClaimFileReader(dir / "zero.jsonl", "zero.jsonl"),
        "zero.jsonl: is a character device, not a regular file; only regular files are read");
    CHECK_THROWS_WITH(
        ClaimFileReader("/dev/null", "/dev/null"),
        "/dev/null: is a character device, not a regular file; only regular files are read");
}

TEST_CASE("the 16 MiB limit takes a document at the bound and refuses one byte more",
          "[claims_file]") {
    TempDir dir;
    // {"s": "xxx..."}: 9 bytes around the string.
    const auto document = [](std::size_t bytes) {
        return R"({"s": ")" + std::string(bytes - 9, 'x') + R"("})";
    };
    REQUIRE(document(kMaxDocumentBytes).size() == kMaxDocumentBytes);

    {
        ClaimFileReader at(dir.write("at.json", document(kMaxDocumentBytes)), "at.json");
        const auto doc = at.next();
        REQUIRE(doc.has_value());
        CHECK(doc->object["s"].get_ref<const std::string&>().size() == kMaxDocumentBytes - 9);
    }
    {
        ClaimFileReader over(dir.write("over.json", document(kMaxDocumentBytes + 1)), "over.json");
        CHECK_THROWS_WITH(over.next(), "over.json: document exceeds the 16 MiB size limit");
        CHECK_FALSE(over.next().has_value());
    }
    {
        // The BOM counts: it is part of the file.
        ClaimFileReader bom(dir.write("bom.json", kBom + document(kMaxDocumentBytes - 2)),
                            "bom.json");
        CHECK_THROWS_WITH(bom.next(), "bom.json: document exceeds the 16 MiB size limit");
    }
    {
        const fs::path path =
            dir.write("lines.jsonl", "{\"n\": 1}\n" + document(kMaxDocumentBytes) + "\n" +
                                         document(kMaxDocumentBytes + 1) + "\n{\"n\": 4}\n");
        ClaimFileReader lines(path, "lines.jsonl");
        auto one = lines.next();
        REQUIRE(one.has_value());
        CHECK(one->line == 1);
        auto two = lines.next();
        REQUIRE(two.has_value());
        CHECK(two->line == 2);
        CHECK(two->object["s"].get_ref<const std::string&>().size() == kMaxDocumentBytes - 9);
        CHECK_THROWS_WITH(lines.next(), "lines.jsonl:3: document exceeds the 16 MiB size limit");
        auto four = lines.next();
        REQUIRE(four.has_value());
        CHECK(four->line == 4);
        CHECK(four->object == json{{"n", 4}});
        CHECK_FALSE(lines.next().has_value());
    }
}
