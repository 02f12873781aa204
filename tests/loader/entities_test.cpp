// Entity gazetteers and resolution: aliases in any case and accents, parents,
// discovered entities taken over by a later gazetteer, conflicting spellings
// refused, and a warning when a name stands for an entity of another kind.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "db/database.h"
#include "loader/loader.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;
using nlohmann::json;

namespace {

LoadReport load_paths(const fs::path& db_path, std::vector<std::string> paths) {
    SQLite::Database db = db::open(db_path.string(), db::Mode::read_write);
    LoadOptions options;
    options.paths = std::move(paths);
    options.now = "2026-11-28T12:00:00Z";
    return load(db, options);
}

const json kGazetteer = {{"format", "factdb.entities/1"},
                         {"entities",
                          {{{"name", "Amazon"}, {"kind", "organization"}, {"wikidata", "Q3884"}},
                           {{"name", "Amazon Web Services"},
                            {"kind", "organization"},
                            {"parent", "Amazon"},
                            {"aliases", {"AWS"}}},
                           {{"name", "Société Générale"},
                            {"kind", "organization"},
                            {"aliases", {{{"alias", "SocGen"}, {"language", "fr"}}}}}}}};

json doc(const std::string& text, json claims) {
    return {{"format", "factdb.claims/1"},
            {"document", {{"id", "d1"}, {"title", "T"}, {"language", "fr"}, {"text", text}}},
            {"claims", std::move(claims)}};
}

}  // namespace

TEST_CASE("names resolve through aliases whatever their case and accents", "[gazetteer]") {
    TempDir dir;
    dir.write("entities.json", kGazetteer.dump());
    const std::string text = "aws a investi 2 milliards d'euros dans SOCIETE GENERALE.";
    dir.write("d1.json", doc(text, {{{"id", "c1"},
                                     {"type", "investment"},
                                     {"evidence", text},
                                     {"investor", "aws"},
                                     {"investee", "SOCIETE GENERALE"},
                                     {"amount", "2 milliards d'euros"},
                                     {"stage", "investi"}}})
                             .dump());
    const LoadReport r = load_paths(dir / "t.sqlite", {dir.path().string()});
    REQUIRE(r.errors.empty());
    CHECK(r.gazetteer_entities == 3);
    CHECK(r.new_entities.empty());
    SQLite::Database db((dir / "t.sqlite").string());
    CHECK(sql_rows(db, "SELECT investor, investee, amount_low, currency FROM investments_v") ==
          "Amazon Web Services|Société Générale|2000000000|EUR\n");
    CHECK(sql_rows(db,
                   "SELECT c.name, p.name FROM entities c JOIN entities p ON p.id = c.parent_id") ==
          "Amazon Web Services|Amazon\n");
    CHECK(sql_rows(db, "SELECT alias, language FROM entity_aliases WHERE alias_key = 'socgen'") ==
          "SocGen|fr\n");
}

TEST_CASE("a gazetteer takes over an entity discovered earlier", "[gazetteer]") {
    TempDir dir;
    const std::string text = "Amazon a investi 8 milliards de dollars.";
    dir.write("d1.json", doc(text, {{{"id", "c1"},
                                     {"type", "investment"},
                                     {"evidence", text},
                                     {"investor", "Amazon"},
                                     {"investee", "Anthropic"},
                                     {"amount", "8 milliards de dollars"},
                                     {"stage", "investi"}}})
                             .dump());
    REQUIRE(load_paths(dir / "t.sqlite", {(dir / "d1.json").string()}).committed);
    const auto g = dir.write("entities.json", kGazetteer.dump());
    REQUIRE(load_paths(dir / "t.sqlite", {g.string()}).committed);
    SQLite::Database db((dir / "t.sqlite").string());
    CHECK(sql_rows(db, "SELECT name, origin, wikidata FROM entities WHERE name_key = 'amazon'") ==
          "Amazon|gazetteer|Q3884\n");
    CHECK(sql_int(db, "SELECT count(*) FROM entities WHERE name_key = 'amazon'") == 1);
}

TEST_CASE("gazetteer mistakes are located errors", "[gazetteer]") {
    struct Case {
        const char* name;
        json entities;
        std::string message;
    };
    const std::vector<Case> cases = {
        {"shared spelling",
         {{{"name", "Meta"}, {"kind", "organization"}},
          {{"name", "Meta Platforms"}, {"kind", "organization"}, {"aliases", {"META"}}}},
         "entity Meta Platforms.aliases: spelling already names another entity (META)"},
        {"unknown parent",
         {{{"name", "AWS"}, {"kind", "organization"}, {"parent", "Amazn"}}},
         "entity AWS.parent: unknown entity: no entity of the gazetteers or of the database has "
         "this name or alias; declare the parent as an entity too, or remove \"parent\" "
         "(Amazn)"},
        {"unknown kind",
         {{{"name", "X"}, {"kind", "company"}}},
         "entity X.kind: unknown kind (known: organization, person, product, chip, place, project): "
         "give one of them (company)"},
        {"misspelt kind",
         {{{"name", "X"}, {"kind", "Organisation"}}},
         "entity X.kind: unknown kind (nearest: 'organization') (known: organization, person, "
         "product, chip, place, project): give one of them (Organisation)"},
        {"unknown entity field",
         {{{"name", "X"}, {"kind", "person"}, {"alias", "Y"}}},
         "entities[0].alias: unknown field (nearest: 'aliases') (known: name, kind, parent, "
         "wikidata, aliases): rename the field or remove it"},
        {"bad QID",
         {{{"name", "X"}, {"kind", "organization"}, {"wikidata", "3884"}}},
         "entity X.wikidata: not a Wikidata QID (Q followed by digits) (3884)"},
        {"declared twice",
         {{{"name", "X"}, {"kind", "organization"}}, {{"name", "x"}, {"kind", "person"}}},
         "entity x: declared twice"},
        // A spelling names one entity whatever the order of the entries.
        {"name taken as an alias first",
         {{{"name", "Foo"}, {"kind", "organization"}, {"aliases", {"Bar"}}},
          {{"name", "Bar"}, {"kind", "organization"}}},
         "entity Bar: name is already an alias of entity Foo (declared at {file}: entities[0]); "
         "a spelling names one entity"},
        {"alias taken as a name first",
         {{{"name", "Bar"}, {"kind", "organization"}},
          {{"name", "Foo"}, {"kind", "organization"}, {"aliases", {"Bar"}}}},
         "entity Foo.aliases: spelling already names another entity (Bar)"},
        // A name or alias must keep a letter or digit once folded
        // (names_something): white space, punctuation or a zero-width
        // space alone would be an alias with an empty or meaningless key.
        {"name of punctuation only",
         {{{"name", "..."}, {"kind", "organization"}}},
         "entities[0].name: a name needs at least one letter or digit (...)"},
        {"alias of white space only",
         {{{"name", "Acme"}, {"kind", "organization"}, {"aliases", {"ACME", "  "}}}},
         "entity Acme.aliases: a name needs at least one letter or digit (  )"},
        {"alias object of a zero-width space",
         {{{"name", "Acme"},
           {"kind", "organization"},
           {"aliases", {{{"alias", "\xE2\x80\x8B"}, {"language", "en"}}}}}},
         "entity Acme.aliases: a name needs at least one letter or digit (\xE2\x80\x8B)"},
        {"digits are a name",
         {{{"name", "1789"}, {"kind", "organization"}, {"aliases", {"---"}}}},
         "entity 1789.aliases: a name needs at least one letter or digit (---)"},
        {"parent cycle",
         {{{"name", "A"}, {"kind", "organization"}, {"parent", "B"}},
          {{"name", "B"}, {"kind", "organization"}, {"parent", "C"}},
          {{"name", "C"}, {"kind", "organization"}, {"parent", "A"}}},
         "entity C.parent: parent chain is a cycle: C -> A -> B -> C"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name) {
            TempDir dir;
            const auto g =
                dir.write("bad.entities.json",
                          json{{"format", "factdb.entities/1"}, {"entities", c.entities}}.dump());
            const LoadReport r = load_paths(dir / "t.sqlite", {g.string()});
            CHECK_FALSE(r.committed);
            REQUIRE(r.errors.size() == 1);
            std::string expected = c.message;
            if (const auto at = expected.find("{file}"); at != std::string::npos)
                expected.replace(at, 6, g.string());
            CHECK(std::string(r.errors[0].what()) == g.string() + ": " + expected);
        }
    }
}

TEST_CASE("a name standing for an entity of another kind is a warning", "[gazetteer]") {
    TempDir dir;
    dir.write("entities.json", kGazetteer.dump());
    const std::string text = "Amazon dirige la SocGen.";
    const auto d = dir.write("d1.json", doc(text, {{{"id", "c1"},
                                                    {"type", "role"},
                                                    {"evidence", text},
                                                    {"person", "Amazon"},
                                                    {"organization", "SocGen"},
                                                    {"title", "dirigeant"}}})
                                            .dump());
    const LoadReport r = load_paths(dir / "t.sqlite", {dir.path().string()});
    REQUIRE(r.committed);
    CHECK(r.warnings ==
          std::vector<std::string>{
              d.string() +
              ": claim c1: person: 'Amazon' is a known organization (Amazon), not a person"});
}

// A later gazetteer cannot rename a stored entity through one of its
// aliases, change its QID, or close a parent cycle with the stored ones;
// each refusal names the conflicting declaration, and the database keeps
// what it had.
TEST_CASE("a gazetteer never renames an entity, changes its QID or closes a cycle",
          "[gazetteer]") {
    TempDir dir;
    const auto first = dir.write("entities.json", kGazetteer.dump());
    const fs::path db_path = dir / "t.sqlite";
    REQUIRE(load_paths(db_path, {first.string()}).committed);
    const auto stored = [&] {
        SQLite::Database db(db_path.string());
        return sql_rows(db,
                        "SELECT e.name, coalesce(e.wikidata, ''), coalesce(p.name, '') FROM "
                        "entities e LEFT JOIN entities p ON p.id = e.parent_id ORDER BY e.name");
    };
    const std::string before = stored();
    struct Case {
        const char* name;
        json entities;
        std::string message;
    };
    const std::vector<Case> cases = {
        {"rename through an alias",
         {{{"name", "AWS"}, {"kind", "organization"}, {"wikidata", "Q1"}}},
         "entity AWS: name is already an alias of entity Amazon Web Services (stored in the "
         "database); a spelling names one entity"},
        {"another QID",
         {{{"name", "Amazon"}, {"kind", "organization"}, {"wikidata", "Q1"}}},
         "entity Amazon.wikidata: conflicts with Q3884 (stored in the database); a gazetteer does "
         "not change an entity's QID (Q1)"},
        {"a cycle with the stored parents",
         {{{"name", "Amazon"}, {"kind", "organization"}, {"parent", "Amazon Web Services"}}},
         "entity Amazon.parent: parent chain is a cycle: Amazon -> Amazon Web Services -> Amazon"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name) {
            const auto g =
                dir.write("later.entities.json",
                          json{{"format", "factdb.entities/1"}, {"entities", c.entities}}.dump());
            const LoadReport r = load_paths(db_path, {g.string()});
            CHECK_FALSE(r.committed);
            REQUIRE(r.errors.size() == 1);
            CHECK(std::string(r.errors[0].what()) == g.string() + ": " + c.message);
            CHECK(stored() == before);
        }
    }
    // The same entity declared again without a QID keeps the stored one.
    const auto again = dir.write(
        "again.entities.json",
        json{{"format", "factdb.entities/1"},
             {"entities", {{{"name", "Amazon"}, {"kind", "organization"}}}}}
            .dump());
    REQUIRE(load_paths(db_path, {again.string()}).committed);
    CHECK(stored() == before);
}
