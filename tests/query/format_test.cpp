// Every output format on one small table with the awkward values: NULL,
// a large integer, a real, commas, quotes, tabs, line breaks, pipes and
// accented text.
#include <catch2/catch.hpp>

#include <sstream>

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
    CHECK_FALSE(parse_format("xml").has_value());
    CHECK(format_names() == "table, csv, tsv, json, jsonl, markdown");
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
