// The seed article end to end: the real factdb binary loads seeds/ into a
// real SQLite file, and every fact the article states is checked through SQL
// with its amounts, qualifiers, states and modality.
#include <catch2/catch.hpp>

#include "support/fixtures.h"

using namespace factdb::testing;

namespace {

// Loads seeds/ once per test case into a fresh database.
struct SeedDb {
    TempDir dir;
    fs::path db_path = dir / "seed.sqlite";
    RunResult load =
        run_factdb({"--db", db_path.string(), "load", (source_dir() / "seeds").string()});
};

}  // namespace

TEST_CASE("seeds load with the expected report", "[e2e][seeds]") {
    SeedDb s;
    INFO(s.load.err);
    REQUIRE(s.load.exit_code == 0);
    CHECK(s.load.err.empty());
    CHECK(s.load.out.rfind(
              "loaded 1 document from 2 files (run 1): 1 new, 0 replaced, 0 unchanged\n"
              "facts: 19 added, 0 removed, 0 unchanged (19 new to the database, 0 deleted)\n"
              "entities: 14 from gazetteers, 0 new\n",
              0) == 0);
}

TEST_CASE("seed investments: considered (reported), 8 bn completed, Google more than 3 bn",
          "[e2e][seeds]") {
    SeedDb s;
    REQUIRE(s.load.exit_code == 0);
    SQLite::Database db(s.db_path.string());
    CHECK(
        sql_rows(
            db,
            "SELECT investor, investee, amount_low, amount_high, amount_qualifier, currency, stage,"
            " modality FROM investments_v ORDER BY investor, stage, amount_low") ==
        "Amazon|Anthropic|8000000000|8000000000|exact|USD|completed|asserted\n"
        "Amazon|Anthropic|||undisclosed||considered|reported\n"
        "Google|Anthropic|3000000000||more_than|USD|completed|asserted\n");
    CHECK(sql_rows(db,
                   "SELECT e.modality_cue, e.modality_source FROM evidence e WHERE e.claim_id = "
                   "'new-investment'") == "il a été rapporté|sentence\n");
}

TEST_CASE("seed stakes: shareholder (asserted), principal shareholder (expected)", "[e2e][seeds]") {
    SeedDb s;
    REQUIRE(s.load.exit_code == 0);
    SQLite::Database db(s.db_path.string());
    CHECK(sql_rows(
              db,
              "SELECT holder, company, relation, share_low, share_high, share_qualifier, modality"
              " FROM stakes_v ORDER BY relation") ==
          "Amazon|Anthropic|principal_shareholder|||undisclosed|expected\n"
          "Amazon|Anthropic|shareholder|||undisclosed|asserted\n");
    CHECK(sql_text(db,
                   "SELECT modality_cue FROM evidence WHERE claim_id = 'principal-shareholder'") ==
          "on s'attend");
}

TEST_CASE("seed data centres: Indiana 30 (was 16, doubling) for at least 11 bn, MS, NC, PA planned",
          "[e2e][seeds]") {
    SeedDb s;
    REQUIRE(s.load.exit_code == 0);
    SQLite::Database db(s.db_path.string());
    CHECK(sql_rows(db,
                   "SELECT place_code, operator, count_low, count_high, count_qualifier, "
                   "previous_count_low,"
                   " previous_count_qualifier, growth_ratio, investment_low, investment_high,"
                   " investment_qualifier, currency, modality FROM datacenters_v"
                   " WHERE place_code IS NOT NULL ORDER BY place_code") ==
          "US-IN|Amazon|30|30|exact|16|exact|2.0|11000000000||at_least|USD|asserted\n"
          "US-MS|Amazon|||undisclosed||undisclosed||||undisclosed||planned\n"
          "US-NC|Amazon|||undisclosed||undisclosed||||undisclosed||planned\n"
          "US-PA|Amazon|||undisclosed||undisclosed||||undisclosed||planned\n");
    CHECK(sql_rows(db,
                   "SELECT operator, beneficiary, description, modality FROM datacenters_v WHERE "
                   "place_code IS NULL") ==
          "Amazon|Anthropic|le plus grand centre de données du monde|conditional\n");
    CHECK(
        sql_rows(db, "SELECT position, purpose FROM datacenter_purposes ORDER BY position") ==
        "1|fournir à Anthropic la puissance de calcul nécessaire pour soutenir ses opérations\n"
        "2|commercialiser sa technologie par le biais des services de cloud computing d'Amazon\n");
}

TEST_CASE("seed people, quotes, founding, product and supplies", "[e2e][seeds]") {
    SeedDb s;
    REQUIRE(s.load.exit_code == 0);
    SQLite::Database db(s.db_path.string());
    CHECK(
        sql_rows(db, "SELECT person, title, organization, modality FROM roles_v ORDER BY person") ==
        "Dan Grossman|vice-président senior de l'expansion des entreprises "
        "mondiales|Amazon|asserted\n"
        "Mike Krieger|chef des produits|Anthropic|asserted\n");
    CHECK(sql_rows(db,
                   "SELECT speaker, speaker_description, organization, text, modality FROM "
                   "quotes_v ORDER BY fact_id") ==
          "|un haut responsable|Anthropic|source de calcul et d'investissement stable|asserted\n"
          "Dan Grossman||Amazon|l'alignement des deux entités sur de nombreux objectifs clés, "
          "essentiels pour "
          "leur croissance et leur innovation futures|asserted\n");
    CHECK(sql_rows(db,
                   "SELECT organization, year, founders_count_low, founders_count_qualifier, "
                   "founders_from, modality"
                   " FROM foundings_v") == "Anthropic|2021|7|exact|OpenAI|asserted\n");
    CHECK(sql_rows(db,
                   "SELECT organization, product, description, competitor, competitor_organization "
                   "FROM products_v") == "Anthropic|Claude|produit phare|ChatGPT|OpenAI\n");
    // "Ces infrastructures apporteront la puissance de calcul": the future
    // tense is planned by its ending since issue 12 (was asserted, no cue);
    // the Indiana compute is to come, not delivered.
    CHECK(
        sql_rows(
            db,
            "SELECT provider, recipient, item, subject, modality FROM supplies_v ORDER BY item") ==
        "Amazon|Anthropic|compute||planned\n"
        "Amazon|Anthropic|technical_support|Trainium2|asserted\n");
    CHECK(sql_rows(db,
                   "SELECT modality_cue, modality_source FROM evidence "
                   "WHERE claim_id = 'indiana-compute'") == "apporteront|evidence\n");
    CHECK(sql_rows(db, "SELECT parties, modality FROM partnerships_v") ==
          "Amazon, Anthropic|asserted\n");
}

TEST_CASE("seed evidence offsets reproduce every quote", "[e2e][seeds]") {
    SeedDb s;
    REQUIRE(s.load.exit_code == 0);
    SQLite::Database db(s.db_path.string());
    CHECK(sql_int(db, "SELECT count(*) FROM evidence") == 19);
    CHECK(sql_int(db,
                  "SELECT count(*) FROM evidence e JOIN documents d ON d.id = e.document_id"
                  " WHERE substr(d.text, e.start_char + 1, e.end_char - e.start_char) = e.quote") ==
          19);
    // Each sentence is the text at its offsets, around the quote.
    CHECK(sql_int(db,
                  "SELECT count(*) FROM evidence WHERE sentence_start_char <= start_char"
                  " AND end_char <= sentence_end_char") == 19);
    CHECK(sql_int(db, "SELECT count(*) FROM evidence_v WHERE instr(sentence, quote) = 0") == 0);
    CHECK(sql_rows(db,
                   "SELECT start_char, end_char, sentence_start_char, sentence_end_char"
                   " FROM evidence WHERE claim_id = 'investment-8bn'") == "579|640|571|714\n");
}

TEST_CASE("loading the seeds again changes nothing", "[e2e][seeds]") {
    SeedDb s;
    REQUIRE(s.load.exit_code == 0);
    const RunResult again =
        run_factdb({"--db", s.db_path.string(), "load", (source_dir() / "seeds").string()});
    CHECK(again.exit_code == 0);
    CHECK(again.out.rfind(
              "loaded 1 document from 2 files (run 2): 0 new, 0 replaced, 1 unchanged\n"
              "facts: 0 added, 0 removed, 19 unchanged (0 new to the database, 0 deleted)\n",
              0) == 0);
}
