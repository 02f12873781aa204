// Tests of loader/fact_writer: the per-document write as an RAII object.
// FactWriter::begin() returns a Document that keeps what it wrote only when
// committed; destroyed uncommitted it undoes the document (to its savepoint
// when it has one) and forgets it in the writer and the entity resolver, so
// that the next document starts as if it had never been written.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <string>
#include <vector>

#include "db/database.h"
#include "loader/claim_normalizer.h"
#include "loader/document.h"
#include "loader/entities.h"
#include "loader/fact_writer.h"
#include "loader/places_table.h"
#include "loader/search_index.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;

namespace {

// One document with two investments by a new investor ("Zeta Capital")
// into "Anthropic".
nlohmann::json document_object(const std::string& id) {
    return nlohmann::json::parse(R"({
      "format": "factdb.claims/1",
      "document": {"id": ")" + id + R"(", "title": "T", "language": "en",
                   "published": "2026-11-01", "url": null,
                   "text": "Zeta Capital has invested $2 billion in Anthropic. Zeta Capital has invested $3 billion in Mistral."},
      "claims": [
        {"id": "a", "type": "investment", "evidence": "Zeta Capital has invested $2 billion in Anthropic",
         "investor": "Zeta Capital", "investee": "Anthropic", "amount": "$2 billion", "stage": "completed"},
        {"id": "b", "type": "investment", "evidence": "Zeta Capital has invested $3 billion in Mistral",
         "investor": "Zeta Capital", "investee": "Mistral", "amount": "$3 billion", "stage": "completed"}
      ]})");
}

struct Fixture {
    TempDir dir;
    SQLite::Database db;
    ClaimNormalizer normalizer;
    std::vector<std::string> warnings;

    Fixture()
        : db(db::open((dir / "w.sqlite").string(), db::Mode::read_write)),
          normalizer(resolver()) {
        db::migrate(db);
    }

    const PlaceResolver& resolver() {
        static const PlaceResolver r(reference_places());
        return r;
    }

    struct Prepared {
        SourceDocument source;
        DocumentInput input;
        std::vector<FactDraft> drafts;
    };

    Prepared prepare(const std::string& id) {
        Prepared p;
        p.source = SourceDocument{"doc.json", 0, dir.path(), document_object(id)};
        p.input = parse_document(p.source);
        std::vector<InputError> errors;
        p.drafts = normalizer.normalize(p.input, p.source, errors);
        REQUIRE(errors.empty());
        REQUIRE(p.drafts.size() == 2);
        return p;
    }
};

// The load's side of one transaction: triggers off, a resolver, a writer.
struct Writing {
    SQLite::Transaction tx;
    TriggersOff triggers;
    EntityResolver entities;
    FactWriter writer;

    explicit Writing(Fixture& f)
        : tx(f.db),
          triggers(f.db),
          entities(f.db),
          writer(f.db, entities, "2026-11-28T12:00:00Z", f.warnings) {}
};

}  // namespace

TEST_CASE("a committed Document keeps its rows", "[loader][fact_writer]") {
    Fixture f;
    Writing w(f);
    FactWriter& writer = w.writer;
    auto p = f.prepare("d1");
    {
        FactWriter::Document doc = writer.begin(p.input, true);
        const DocumentCounts counts = doc.write(p.drafts, "doc.json", false);
        CHECK(counts.status == "new");
        CHECK(counts.facts_added == 2);
        CHECK(counts.facts_created == 2);
        doc.commit();
    }
    writer.finish();
    CHECK(sql_rows(f.db, "SELECT id FROM documents") == "d1\n");
    CHECK(sql_rows(f.db, "SELECT id, document_id FROM evidence ORDER BY id") == "1|d1\n2|d1\n");
    CHECK(sql_int(f.db, "SELECT count(*) FROM facts") == 2);
    CHECK(sql_int(f.db, "SELECT count(*) FROM entities WHERE name = 'Zeta Capital'") == 1);
    CHECK(derived_column_errors(f.db).empty());
}

TEST_CASE("an uncommitted Document with a savepoint is undone and forgotten",
          "[loader][fact_writer]") {
    Fixture f;
    Writing w(f);
    FactWriter& writer = w.writer;
    EntityResolver& entities = w.entities;
    auto undone = f.prepare("undone");
    {
        FactWriter::Document doc = writer.begin(undone.input, true);
        doc.write(undone.drafts, "doc.json", false);
        CHECK(sql_int(f.db, "SELECT count(*) FROM evidence") == 2);
        // No commit: the destructor undoes it.
    }
    CHECK(sql_int(f.db, "SELECT count(*) FROM documents") == 0);
    CHECK(sql_int(f.db, "SELECT count(*) FROM evidence") == 0);
    CHECK(sql_int(f.db, "SELECT count(*) FROM facts") == 0);
    CHECK(sql_int(f.db, "SELECT count(*) FROM entities WHERE name = 'Zeta Capital'") == 0);
    CHECK(sql_int(f.db, "SELECT count(*) FROM sqlite_master") > 0);  // the connection is usable

    // The next document is written as if the undone one never was: its
    // evidence ids start at 1 again, and the investor the undone document
    // created is created anew (the resolver forgot its cached entry, whose
    // row was rolled back).
    auto kept = f.prepare("kept");
    {
        FactWriter::Document doc = writer.begin(kept.input, true);
        const DocumentCounts counts = doc.write(kept.drafts, "doc.json", false);
        CHECK(counts.facts_created == 2);
        doc.commit();
    }
    writer.finish();
    CHECK(sql_rows(f.db, "SELECT id, document_id FROM evidence ORDER BY id") == "1|kept\n2|kept\n");
    CHECK(entities.created().size() == 3);  // Zeta Capital, Anthropic, Mistral: once each
    CHECK(sql_int(f.db, "SELECT count(*) FROM entities WHERE name = 'Zeta Capital'") == 1);
    CHECK(derived_column_errors(f.db).empty());
    // The search index holds the kept document only.
    CHECK(sql_rows(f.db, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'mistral'") ==
          "1\n");
}

TEST_CASE("an uncommitted Document without a savepoint leaves its rows to the caller's rollback",
          "[loader][fact_writer]") {
    Fixture f;
    {
        Writing w(f);
        FactWriter& writer = w.writer;
        auto p = f.prepare("d1");
        {
            FactWriter::Document doc = writer.begin(p.input, false);
            doc.write(p.drafts, "doc.json", false);
        }
        // Without a savepoint nothing is rolled back yet: the transaction
        // is the caller's to end, and here it is rolled back (no commit).
        CHECK(sql_int(f.db, "SELECT count(*) FROM evidence") == 2);
    }
    CHECK(sql_int(f.db, "SELECT count(*) FROM documents") == 0);
    CHECK(sql_int(f.db, "SELECT count(*) FROM evidence") == 0);
    CHECK(sql_int(f.db, "SELECT count(*) FROM facts") == 0);
}
