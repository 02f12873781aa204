// query::schema_docs, what `factdb schema` prints: on a database at the
// current schema, exactly the tables and views of sqlite_schema (SQLite's
// own and the FTS5 shadow tables left out), tables first, each by name,
// every one with its description and its columns in table order.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "db/database.h"
#include "query/readonly.h"
#include "query/schema_docs.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;

namespace {

// A fresh database at the current schema, built in-process.
fs::path migrated(const TempDir& dir) {
    const fs::path path = dir / "schema.sqlite";
    SQLite::Database db = db::open(path.string(), db::Mode::read_write);
    db::migrate(db);
    return path;
}

std::string row_text(const std::vector<SqlValue>& row) {
    std::string out;
    for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "|" : "") + query::to_text(row[i]);
    return out;
}

}  // namespace

TEST_CASE("schema_docs lists every table and view with its description and columns",
          "[query][schema]") {
    TempDir dir;
    const fs::path path = migrated(dir);
    query::ReadOnlyDatabase ro(path.string(), {});
    const query::Table t = query::schema_docs(ro);

    CHECK(t.columns == std::vector<std::string>{"name", "type", "description", "columns"});

    // The oracle: sqlite_schema read on a plain connection, filtered here.
    std::vector<std::string> expected;
    {
        SQLite::Database raw(path.string());
        // FTS5's shadow tables: V_data, V_idx, V_content, V_docsize, V_config.
        std::set<std::string> shadow;
        SQLite::Statement virtuals(
            raw, "SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%'");
        while (virtuals.executeStep())
            for (const char* suffix : {"_data", "_idx", "_content", "_docsize", "_config"})
                shadow.insert(virtuals.getColumn(0).getString() + suffix);
        SQLite::Statement st(raw,
                             "SELECT type || '|' || name FROM sqlite_schema WHERE type IN "
                             "('table', 'view') ORDER BY type, name");
        while (st.executeStep()) {
            const std::string entry = st.getColumn(0).getString();
            const std::string name = entry.substr(entry.find('|') + 1);
            if (name.rfind("sqlite", 0) == 0 || shadow.count(name) > 0) continue;
            expected.push_back(entry);
        }
    }
    std::vector<std::string> listed;
    for (const auto& row : t.rows)
        listed.push_back(query::to_text(row[1]) + "|" + query::to_text(row[0]));
    CHECK(listed == expected);
    CHECK(std::find(listed.begin(), listed.end(), "table|documents_fts") != listed.end());
    CHECK(std::find(listed.begin(), listed.end(), "view|investments_v") != listed.end());

    // Every one is described (schema_docs has a row for each).
    for (const auto& row : t.rows) {
        INFO(row_text(row));
        CHECK_FALSE(query::to_text(row[2]).empty());
        CHECK_FALSE(query::to_text(row[3]).empty());
    }

    const auto find = [&](const std::string& name) -> std::string {
        for (const auto& row : t.rows)
            if (query::to_text(row[0]) == name) return row_text(row);
        return "<missing>";
    };
    CHECK(find("documents") ==
          "documents|table|the articles: id, title, language, date, URL, full NFC text and "
          "fingerprints|id, title, language, published, url, text, text_sha256, input_sha256, "
          "source_file, first_loaded_at, loaded_at");
    CHECK(find("schema_docs") == "schema_docs|table|this list|name, description");
    CHECK(find("documents_fts_data") == "<missing>");
}
