// Every output format on one small table with the awkward values: NULL,
// a large integer, a real, commas, quotes, tabs, line breaks, pipes and
// accented text; then the writer's limits (rows written as they come, the
// byte limit met exactly, progress every 64 KiB) and its escaping of
// control and bidirectional characters, invalid UTF-8 and HTML in Markdown.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "errors/error.h"
#include "query/format.h"

using namespace factdb;
using namespace factdb::query;

namespace {

Table sample() {
    Table t;
    t.columns = {"name", "amount", "share", "note"};
    t.rows.push_back(
        {std::string("Société, \"Générale\""), std::int64_t{8000000000}, 49.5, std::monostate{}});
    t.rows.push_back({std::string("Amazon"), std::monostate{}, 2.0, std::string("a\tb\nc|d\\e")});
    return t;
}

std::string render(Format f, FormatOptions o = {}) {
    std::ostringstream out;
    write(out, sample(), f, o);
    return out.str();
}

}  // namespace

TEST_CASE("format names parse and list", "[format]") {
    for (const char* name : {"table", "csv", "tsv", "json", "jsonl", "markdown"})
        CHECK(parse_format(name).has_value());
    CHECK(parse_format("md") == Format::markdown);
    CHECK(parse_format("nl") == Format::jsonl);
    CHECK_FALSE(parse_format("xml").has_value());
    CHECK_FALSE(parse_format("MD").has_value());
    CHECK(format_names() == "table, csv, tsv, json, jsonl (or nl), markdown (or md)");
}

TEST_CASE("table aligns by characters and right-aligns numbers", "[format]") {
    CHECK(render(Format::table) ==
          "name                 amount      share  note\n"
          "-------------------  ----------  -----  ---------\n"
          "Société, \"Générale\"  8000000000   49.5  \n"
          "Amazon                             2.0  a b c|d\\e\n");
}

TEST_CASE("csv is RFC 4180", "[format]") {
    CHECK(render(Format::csv) ==
          "name,amount,share,note\r\n"
          "\"Société, \"\"Générale\"\"\",8000000000,49.5,\r\n"
          "Amazon,,2.0,\"a\tb\nc|d\\e\"\r\n");
}

TEST_CASE("tsv escapes tabs, line breaks and backslashes", "[format]") {
    CHECK(render(Format::tsv) ==
          "name\tamount\tshare\tnote\n"
          "Société, \"Générale\"\t8000000000\t49.5\t\n"
          "Amazon\t\t2.0\ta\\tb\\nc|d\\\\e\n");
}

TEST_CASE("json keeps numbers as numbers and NULL as null", "[format]") {
    CHECK(render(Format::json) ==
          "[\n"
          " {\"name\":\"Société, "
          "\\\"Générale\\\"\",\"amount\":8000000000,\"share\":49.5,\"note\":null},\n"
          " {\"name\":\"Amazon\",\"amount\":null,\"share\":2.0,\"note\":\"a\\tb\\nc|d\\\\e\"}\n"
          "]\n");
    CHECK(render(Format::jsonl) ==
          "{\"name\":\"Société, "
          "\\\"Générale\\\"\",\"amount\":8000000000,\"share\":49.5,\"note\":null}\n"
          "{\"name\":\"Amazon\",\"amount\":null,\"share\":2.0,\"note\":\"a\\tb\\nc|d\\\\e\"}\n");
    std::ostringstream empty;
    write(empty, Table{{"a"}, {}}, Format::json);
    CHECK(empty.str() == "[]\n");
}

TEST_CASE("markdown escapes pipes and folds line breaks", "[format]") {
    CHECK(render(Format::markdown) ==
          "| name | amount | share | note |\n"
          "| --- | --- | --- | --- |\n"
          "| Société, \"Générale\" | 8000000000 | 49.5 |  |\n"
          "| Amazon |  | 2.0 | a\tb c\\|d\\e |\n");
}

TEST_CASE("a maximum cell width cuts by characters with an ellipsis", "[format]") {
    FormatOptions o;
    o.max_cell_width = 8;
    CHECK(render(Format::markdown, o).find("| Société… |") != std::string::npos);
}

namespace {

// What a FormatWriter wrote before it threw, and what it threw.
struct Bounded {
    std::string out;
    std::string error;
};

Bounded render_bounded(const Table& t, Format f, std::size_t max_bytes) {
    std::ostringstream out;
    FormatOptions o;
    o.max_bytes = max_bytes;
    Bounded b;
    try {
        write(out, t, f, o);
    } catch (const QueryError& e) {
        b.error = e.what();
    }
    b.out = out.str();
    return b;
}

constexpr Format kAll[] = {Format::table, Format::csv,   Format::tsv,
                           Format::json,  Format::jsonl, Format::markdown};

}  // namespace

TEST_CASE("every format but table writes a row as it comes, table holds them for the widths",
          "[format][limits]") {
    for (const Format f : kAll) {
        CAPTURE(static_cast<int>(f));
        std::ostringstream out;
        FormatWriter w(out, f);
        w.begin({"v"});
        // Past the writer's 64 KiB chunk: it has reached the stream before end().
        const std::string big(100000, 'x');
        w.row({std::string_view(big)});
        if (f == Format::table) {
            CHECK(out.str().empty());
        } else {
            CHECK(out.str().size() >= 65536);
            CHECK(out.str().find(std::string(65536 - 100, 'x')) != std::string::npos);
        }
        w.end();
        CHECK(out.str().size() == w.bytes_written());
        CHECK(out.str().find(big) != std::string::npos);
    }
}

TEST_CASE("max_bytes: the output stops at exactly that many bytes, with the limit named",
          "[format][limits]") {
    const std::string message =
        "the output has more than 40 bytes; narrow the query or raise --max-bytes (0 = no limit)";
    for (const Format f : kAll) {
        CAPTURE(static_cast<int>(f));
        const std::string full = render(f);
        REQUIRE(full.size() > 40);
        const Bounded b = render_bounded(sample(), f, 40);
        CHECK(b.error == message);
        // The table format holds its rows and refuses before writing any.
        CHECK(b.out == (f == Format::table ? std::string() : full.substr(0, 40)));
        // At exactly the output's size, nothing is refused.
        const Bounded exact = render_bounded(sample(), f, full.size());
        CHECK(exact.error.empty());
        CHECK(exact.out == full);
        // 0 is no limit.
        CHECK(render_bounded(sample(), f, 0).out == full);
    }
    // The table's padding counts too: a wide cell on one row pads every row.
    Table wide{{"a", "b"}, {}};
    wide.rows.push_back({std::string(30, 'w'), std::string("x")});
    for (int i = 0; i < 10; ++i) wide.rows.push_back({std::string("y"), std::string("z")});
    const Bounded b = render_bounded(wide, Format::table, 200);
    CHECK(b.error ==
          "the output has more than 200 bytes; narrow the query or raise --max-bytes (0 = no "
          "limit)");
    CHECK(b.out.size() == 200);
    CHECK(b.out == render_bounded(wide, Format::table, 0).out.substr(0, 200));
}

TEST_CASE("the writer calls progress every 64 KiB, so a deadline can stop a large value",
          "[format][limits]") {
    for (const Format f : kAll) {
        CAPTURE(static_cast<int>(f));
        std::ostringstream out;
        FormatWriter w(out, f);
        int calls = 0;
        w.progress = [&] {
            if (++calls == 3) throw QueryError("stopped");
        };
        const std::string big(1 << 20, 'x');
        w.begin({"v"});
        CHECK_THROWS_WITH(
            [&] {
                w.row({std::string_view(big)});
                w.end();
            }(),
            "stopped");
        CHECK(calls == 3);
        // Stopped after three chunks, long before the megabyte.
        if (f != Format::table) CHECK(out.str().size() <= 3 * 65536 + 64);
    }
}

TEST_CASE("text formats show control and bidirectional characters, json escapes them",
          "[format][escaping]") {
    // NUL, ESC (a terminal colour), U+202E RIGHT-TO-LEFT OVERRIDE, U+2066
    // LEFT-TO-RIGHT ISOLATE, U+200F, U+0085 (C1: NEL), DEL, U+0090 (C1).
    const std::string hostile =
        std::string("a\0b", 3) + "\x1b[31m\u202Eevil\u2066x\u200F\u0085y\x7f\u0090";
    Table t{{std::string("n\0", 2)}, {}};
    t.rows.push_back({hostile});
    CHECK(render_bounded(t, Format::tsv, 0).out ==
          "n^@\na^@b^[[31m\\u202Eevil\\u2066x\\u200F\\u0085y^?\\u0090\n");
    CHECK(render_bounded(t, Format::csv, 0).out ==
          "n^@\r\na^@b^[[31m\\u202Eevil\\u2066x\\u200F\\u0085y^?\\u0090\r\n");
    // table: U+0085 is a line break, shown as a space like the others.
    CHECK(render_bounded(t, Format::table, 0).out ==
          "n^@\n"
          "-------------------------------------------\n"
          "a^@b^[[31m\\u202Eevil\\u2066x\\u200F y^?\\u0090\n");
    CHECK(render_bounded(t, Format::markdown, 0).out ==
          "| n^@ |\n| --- |\n| a^@b^[[31m\\u202Eevil\\u2066x\\u200F y^?\\u0090 |\n");
    CHECK(render_bounded(t, Format::jsonl, 0).out ==
          "{\"n\\u0000\":\"a\\u0000b\\u001b[31m\\u202eevil\\u2066x\\u200f\\u0085y\\u007f\\u0090\"}"
          "\n");
    // A reader of the JSON gets the very characters back.
    const auto parsed = nlohmann::json::parse(render_bounded(t, Format::jsonl, 0).out);
    CHECK(parsed.at(std::string("n\0", 2)).get<std::string>() == hostile);
}

TEST_CASE("json replaces bytes that are not UTF-8 as nlohmann does, a repeated name keeps one key",
          "[format][escaping]") {
    for (const std::string& bad :
         {std::string("\xff"), std::string("a\xe2\x82"), std::string("\xe2\x82z"),
          std::string("\xc0\xaf"), std::string("\xed\xa0\x80"), std::string("\xf4\x90\x80\x80"),
          std::string("ok \xf0\x9f\x98\x80 \xc3")}) {
        CAPTURE(bad);
        Table t{{"v"}, {}};
        t.rows.push_back({bad});
        const std::string expected =
            "{\"v\":" +
            nlohmann::json(bad).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
            "}\n";
        CHECK(render_bounded(t, Format::jsonl, 0).out == expected);
    }
    Table twice{{"a", "b", "a"}, {}};
    twice.rows.push_back({std::int64_t{1}, std::int64_t{2}, std::int64_t{3}});
    CHECK(render_bounded(twice, Format::jsonl, 0).out == "{\"a\":3,\"b\":2}\n");
}

TEST_CASE("markdown escapes HTML and links so a renderer shows names, never runs them",
          "[format][escaping]") {
    Table t{{"name"}, {}};
    t.rows.push_back({std::string("<script>alert(1)</script> & [x](javascript:alert(1)) | y")});
    CHECK(render_bounded(t, Format::markdown, 0).out ==
          "| name |\n| --- |\n"
          "| &lt;script&gt;alert(1)&lt;/script&gt; &amp; [x]\\(javascript:alert(1)) \\| y |\n");
    CHECK(markdown_text("a\nb <b>\u202E") == "a b &lt;b&gt;\\u202E");
}
