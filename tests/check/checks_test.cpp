// The consistency rules (check/): for each rule, a small fact set loaded
// in-process that breaks it and one that does not, with the exact violation
// rows; the seed database's exact check result; and `factdb check` exit codes.
// Checks run on the guarded read-only connection, as the CLI runs them, so
// the rules' SQL is also proven to pass the read-only authorizer.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "check/checks.h"
#include "db/database.h"
#include "lang/money.h"
#include "loader/loader.h"
#include "query/readonly.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;
using nlohmann::json;

namespace {

json doc(const std::string& id, const std::string& text, json claims) {
    return {{"format", "factdb.claims/1"},
            {"document",
             {{"id", id},
              {"title", "Test " + id},
              {"language", "en"},
              {"published", nullptr},
              {"url", nullptr},
              {"text", text}}},
            {"claims", std::move(claims)}};
}

json investment(const std::string& id, const std::string& evidence, const std::string& investor,
                const std::string& investee, const std::string& amount,
                const std::string& stage = "completed") {
    return {{"id", id},
            {"type", "investment"},
            {"evidence", evidence},
            {"investor", investor},
            {"investee", investee},
            {"amount", amount},
            {"stage", stage}};
}

json stake(const std::string& id, const std::string& evidence, const std::string& holder,
           const std::string& share) {
    return {{"id", id},         {"type", "stake"},        {"evidence", evidence},
            {"holder", holder}, {"company", "Anthropic"}, {"share", share}};
}

json datacenter(const std::string& id, const std::string& evidence, const std::string& count) {
    return {{"id", id},
            {"type", "datacenter"},
            {"evidence", evidence},
            {"operator", "Nvidia"},
            {"location", "Texas"},
            {"count", count},
            {"previous_count", "16"},
            {"growth", "doubling"}};
}

json funding_round(const std::string& id, const std::string& evidence, const std::string& round,
                   const std::string& amount, const std::string& valuation,
                   const std::string& basis) {
    json c = {{"id", id},           {"type", "funding_round"}, {"evidence", evidence},
              {"company", "Mistral AI"}, {"round", round},     {"amount", amount}};
    if (!valuation.empty()) c["valuation"] = valuation;
    if (!basis.empty()) c["valuation_basis"] = basis;
    return c;
}

// Loads the documents (and an optional gazetteer) into a fresh database and
// returns every violation as "severity|rule|message|facts|quotes".
struct Checked {
    TempDir dir;
    fs::path db_path = dir / "t.sqlite";
    std::vector<std::string> rows;

    // tamper: SQL run on the loaded database before the checks, to break
    // what only an edit made outside factdb can break.
    explicit Checked(const std::vector<json>& docs, const std::string& gazetteer = {},
                     const std::string& tamper = {}, const check::CheckOptions& checks = {}) {
        LoadOptions options;
        int n = 0;
        for (const auto& d : docs)
            options.paths.push_back(
                dir.write("d" + std::to_string(++n) + ".json", d.dump()).string());
        if (!gazetteer.empty())
            options.paths.push_back(dir.write("entities.json", gazetteer).string());
        options.now = "2026-11-28T12:00:00Z";
        {
            SQLite::Database db = db::open(db_path.string(), db::Mode::read_write);
            const LoadReport r = load(db, options);
            std::string errors;
            for (const auto& e : r.errors) errors += std::string(e.what()) + "\n";
            INFO(errors);
            REQUIRE(r.committed);
            if (!tamper.empty()) db.exec(tamper);
        }
        query::ReadOnlyDatabase ro(db_path.string(), {});
        const query::Table t = check::to_table(check::run_checks(ro, "check", checks));
        for (const auto& row : t.rows) {
            std::string line;
            for (std::size_t i = 0; i < row.size(); ++i)
                line += (i ? "|" : "") + query::to_text(row[i]);
            rows.push_back(line);
        }
    }
};

json acquisition(const std::string& id, const std::string& evidence, const std::string& amount,
                 const std::string& status = "completed") {
    return {{"id", id},         {"type", "acquisition"}, {"evidence", evidence},
            {"acquirer", "Nvidia"}, {"target", "Run:ai"}, {"amount", amount},
            {"status", status}};
}

using Rows = std::vector<std::string>;
using Docs = std::vector<json>;

}  // namespace

TEST_CASE("the rule table lists each rule once with its severity", "[check]") {
    std::string listed;
    for (const auto& r : check::rules())
        listed += std::string(r.name) + ":" + std::string(check::to_string(r.severity)) + "\n";
    CHECK(listed ==
          "stated_growth:warning\nconflicting_amounts:warning\ninvestment_over_total:error\n"
          "stakes_over_100:error\nround_valuation_below_amount:error\n"
          "post_money_below_pre_money:error\nentity_without_facts:info\nhedged_in_totals:warning\n"
          "derived_columns:error\nimplausible_amount:error\nparent_cycle:error\n"
          "modality_cue_outside_evidence:info\nlow_confidence_draft:warning\n"
          "conflicting_acquisition_prices:error\n");
    for (const auto& r : check::rules()) CHECK_FALSE(r.description.empty());
}

TEST_CASE("stated_growth: a stated doubling that does not give the count", "[check]") {
    const std::string text = "Nvidia will build 30 data centers in Texas, doubling the 16 planned.";
    Checked c(Docs{
        doc("a", text,
            {datacenter("dc", "Nvidia will build 30 data centers in Texas, doubling the 16 planned",
                        "30 data centers")})});
    CHECK(c.rows ==
          Rows{"warning|stated_growth|Nvidia in Texas: 30 data centres stated as 2 x 16 = "
               "32|1|Nvidia will build 30 data centers in Texas, doubling the 16 planned"});
}

TEST_CASE("stated_growth: a doubling that holds is no violation", "[check]") {
    const std::string text = "Nvidia will build 32 data centers in Texas, doubling the 16 planned.";
    Checked c(Docs{
        doc("a", text,
            {datacenter("dc", "Nvidia will build 32 data centers in Texas, doubling the 16 planned",
                        "32 data centers")})});
    CHECK(c.rows.empty());
}

TEST_CASE("stated_growth: an approximate count is allowed 10 %", "[check]") {
    const std::string text = "Nvidia will build about 30 data centers, doubling the 16 planned.";
    json close =
        datacenter("dc", "Nvidia will build about 30 data centers, doubling the 16 planned",
                   "about 30 data centers");
    close.erase("location");
    Checked ok(Docs{doc("a", text, {close})});
    CHECK(ok.rows.empty());

    const std::string far_text =
        "Nvidia will build about 25 data centers, doubling the 16 planned.";
    json far = datacenter("dc", "Nvidia will build about 25 data centers, doubling the 16 planned",
                          "about 25 data centers");
    far.erase("location");
    Checked bad(Docs{doc("a", far_text, {far})});
    CHECK(bad.rows ==
          Rows{"warning|stated_growth|Nvidia: about 25 data centres stated as 2 x 16 = "
               "32|1|Nvidia will build about 25 data centers, doubling the 16 planned"});
}

TEST_CASE("conflicting_amounts: two documents, disjoint amounts for one investment", "[check]") {
    Checked c(Docs{doc("doc-a", "Microsoft has invested $10 billion in OpenAI.",
                       {investment("i", "Microsoft has invested $10 billion in OpenAI", "Microsoft",
                                   "OpenAI", "$10 billion")}),
                   doc("doc-b", "Microsoft has invested $13 billion in OpenAI.",
                       {investment("i", "Microsoft has invested $13 billion in OpenAI", "Microsoft",
                                   "OpenAI", "$13 billion")})});
    CHECK(c.rows ==
          Rows{"warning|conflicting_amounts|Microsoft in OpenAI (completed): 10000000000 USD "
               "(doc-a) vs 13000000000 USD (doc-b)|1, 2|Microsoft has invested $10 billion in "
               "OpenAI | Microsoft has invested $13 billion in OpenAI"});
}

TEST_CASE("conflicting_amounts: compatible ranges, or one document, are no violation", "[check]") {
    // "more than $9 billion" and "$10 billion" can both be true.
    Checked compatible(
        Docs{doc("doc-a", "Microsoft has invested $10 billion in OpenAI.",
                 {investment("i", "Microsoft has invested $10 billion in OpenAI", "Microsoft",
                             "OpenAI", "$10 billion")}),
             doc("doc-b", "Microsoft has invested more than $9 billion in OpenAI.",
                 {investment("i", "Microsoft has invested more than $9 billion in OpenAI",
                             "Microsoft", "OpenAI", "more than $9 billion")})});
    CHECK(compatible.rows.empty());
    // Different stages are different investments.
    Checked stages(Docs{doc("doc-a", "Microsoft has invested $10 billion in OpenAI.",
                            {investment("i", "Microsoft has invested $10 billion in OpenAI",
                                        "Microsoft", "OpenAI", "$10 billion")}),
                        doc("doc-b", "Microsoft is considering $13 billion for OpenAI.",
                            {investment("i", "Microsoft is considering $13 billion for OpenAI",
                                        "Microsoft", "OpenAI", "$13 billion", "considered")})});
    CHECK(stages.rows.empty());
}

TEST_CASE("investment_over_total: one completed investment above a stated cap", "[check]") {
    const std::string text =
        "Microsoft has invested $10 billion in OpenAI. In all, Microsoft has invested at most "
        "$5 billion in OpenAI.";
    Checked c(Docs{doc("a", text,
                       {investment("big", "Microsoft has invested $10 billion in OpenAI",
                                   "Microsoft", "OpenAI", "$10 billion"),
                        investment("cap", "Microsoft has invested at most $5 billion in OpenAI",
                                   "Microsoft", "OpenAI", "at most $5 billion")})});
    CHECK(c.rows ==
          Rows{"error|investment_over_total|Microsoft in OpenAI: 10000000000 USD invested (fact "
               "1) but at most 5000000000 USD in total (fact 2)|1, 2|Microsoft has invested $10 "
               "billion in OpenAI | Microsoft has invested at most $5 billion in OpenAI"});
}

TEST_CASE("investment_over_total: investments within the cap are no violation", "[check]") {
    const std::string text =
        "Microsoft has invested $10 billion in OpenAI. In all, Microsoft has invested at most "
        "$15 billion in OpenAI. Microsoft has invested about $20 billion in OpenAI.";
    Checked c(Docs{doc("a", text,
                       {investment("big", "Microsoft has invested $10 billion in OpenAI",
                                   "Microsoft", "OpenAI", "$10 billion"),
                        investment("cap", "Microsoft has invested at most $15 billion in OpenAI",
                                   "Microsoft", "OpenAI", "at most $15 billion"),
                        // "about" is no firm lower bound: not compared with the cap.
                        investment("about", "Microsoft has invested about $20 billion in OpenAI",
                                   "Microsoft", "OpenAI", "about $20 billion")})});
    CHECK(c.rows.empty());
}

TEST_CASE("stakes_over_100: holders' lowest shares summed over 100 %", "[check]") {
    const std::string text = "Amazon holds 60% of Anthropic. Google holds 50% of Anthropic.";
    Checked c(Docs{doc("a", text,
                       {stake("amzn", "Amazon holds 60% of Anthropic", "Amazon", "60%"),
                        stake("goog", "Google holds 50% of Anthropic", "Google", "50%")})});
    CHECK(c.rows ==
          Rows{"error|stakes_over_100|Anthropic: stakes add up to at least 110 % (Amazon 60 %, "
               "Google 50 %)|1, 2|Amazon holds 60% of Anthropic | Google holds 50% of Anthropic"});
}

TEST_CASE("stakes_over_100: one holder counted once, shares up to 100 % pass", "[check]") {
    // Amazon's two facts describe one holding: 60 counts once (60 + 40 = 100).
    const std::string text =
        "Amazon holds 60% of Anthropic. Amazon holds at least 55% of Anthropic. Google holds 40% "
        "of Anthropic.";
    Checked c(Docs{
        doc("a", text,
            {stake("amzn", "Amazon holds 60% of Anthropic", "Amazon", "60%"),
             stake("amzn2", "Amazon holds at least 55% of Anthropic", "Amazon", "at least 55%"),
             stake("goog", "Google holds 40% of Anthropic", "Google", "40%")})});
    CHECK(c.rows.empty());
}

TEST_CASE("round_valuation_below_amount: a post-money valuation below the amount raised",
          "[check][funding_round]") {
    const std::string text =
        "Mistral AI raised $600 million in a Series B at a post-money valuation of $500 million. "
        "Mistral AI raised about 2 billion euros in a Series C, valued at less than 1.7 billion "
        "euros post-money.";
    Checked c(Docs{doc(
        "a", text,
        {funding_round("b", "Mistral AI raised $600 million in a Series B at a post-money "
                            "valuation of $500 million",
                       "Series B", "$600 million", "$500 million", "post-money"),
         funding_round("c", "Mistral AI raised about 2 billion euros in a Series C, valued at "
                            "less than 1.7 billion euros post-money",
                       "Series C", "about 2 billion euros", "less than 1.7 billion euros",
                       "post-money")})});
    CHECK(c.rows ==
          Rows{"error|round_valuation_below_amount|Mistral AI (series_b): post-money valuation "
               "of 500000000 USD is below the 600000000 USD it raised|1|Mistral AI raised $600 "
               "million in a Series B at a post-money valuation of $500 million",
               "error|round_valuation_below_amount|Mistral AI (series_c): post-money valuation "
               "of less than 1700000000 EUR is below the about 2000000000 EUR it raised|2|"
               "Mistral AI raised about 2 billion euros in a Series C, valued at less than 1.7 "
               "billion euros post-money"});
}

TEST_CASE("round_valuation_below_amount: pre-money, equal, open, other currency, no violation",
          "[check][funding_round]") {
    const std::string text =
        "Mistral AI raised $600 million in a Series B at a pre-money valuation of $500 million. "
        "Mistral AI raised $600 million in a Series C at a post-money valuation of $600 million. "
        "Mistral AI raised $600 million in a Series D at a post-money valuation of at least $100 "
        "million. Mistral AI raised $600 million in a Series E at a post-money valuation of 500 "
        "million euros. Mistral AI raised about $600 million in a Series F at a post-money "
        "valuation of $560 million.";
    Checked c(Docs{doc(
        "a", text,
        {funding_round("b", "Mistral AI raised $600 million in a Series B at a pre-money "
                            "valuation of $500 million",
                       "Series B", "$600 million", "$500 million", "pre-money"),
         funding_round("c", "Mistral AI raised $600 million in a Series C at a post-money "
                            "valuation of $600 million",
                       "Series C", "$600 million", "$600 million", "post-money"),
         funding_round("d", "Mistral AI raised $600 million in a Series D at a post-money "
                            "valuation of at least $100 million",
                       "Series D", "$600 million", "at least $100 million", "post-money"),
         funding_round("e", "Mistral AI raised $600 million in a Series E at a post-money "
                            "valuation of 500 million euros",
                       "Series E", "$600 million", "500 million euros", "post-money"),
         // about $600 million is at least $540 million: $560 million may be true.
         funding_round("f", "Mistral AI raised about $600 million in a Series F at a post-money "
                            "valuation of $560 million",
                       "Series F", "about $600 million", "$560 million", "post-money")})});
    CHECK(c.rows.empty());
}

TEST_CASE("post_money_below_pre_money: one round's post-money below its pre-money",
          "[check][funding_round]") {
    const std::string a =
        "Mistral AI raised $600 million in a Series B at a pre-money valuation of $5 billion.";
    const std::string b =
        "Mistral AI raised $600 million in a Series B at a post-money valuation of $4 billion.";
    Checked c(Docs{doc("doc-a", a,
                       {funding_round("pre", a.substr(0, a.size() - 1), "Series B",
                                      "$600 million", "$5 billion", "pre-money")}),
                   doc("doc-b", b,
                       {funding_round("post", b.substr(0, b.size() - 1), "Series B",
                                      "$600 million", "$4 billion", "post-money")})});
    CHECK(c.rows ==
          Rows{"error|post_money_below_pre_money|Mistral AI (series_b): post-money valuation of "
               "4000000000 USD (fact 2) is below the pre-money valuation of 5000000000 USD (fact "
               "1)|1, 2|" +
               a.substr(0, a.size() - 1) + " | " + b.substr(0, b.size() - 1)});
}

TEST_CASE("post_money_below_pre_money: post above pre, other rounds, unspecified rounds pass",
          "[check][funding_round]") {
    const std::string text =
        "Mistral AI raised $600 million in a Series B at a pre-money valuation of $5 billion. "
        "Mistral AI raised $600 million in a Series B at a post-money valuation of $5.6 billion. "
        "Mistral AI raised $600 million in a Series C at a post-money valuation of $4 billion. "
        "Mistral AI raised $600 million at a pre-money valuation of $9 billion. "
        "Mistral AI raised $600 million at a post-money valuation of $3 billion. "
        "Mistral AI raised $600 million in a Series B at a post-money valuation of about $4.6 "
        "billion.";
    Checked c(Docs{doc(
        "a", text,
        {funding_round("pre", "Mistral AI raised $600 million in a Series B at a pre-money "
                              "valuation of $5 billion",
                       "Series B", "$600 million", "$5 billion", "pre-money"),
         funding_round("post", "Mistral AI raised $600 million in a Series B at a post-money "
                               "valuation of $5.6 billion",
                       "Series B", "$600 million", "$5.6 billion", "post-money"),
         // Another round: not compared.
         funding_round("c", "Mistral AI raised $600 million in a Series C at a post-money "
                            "valuation of $4 billion",
                       "Series C", "$600 million", "$4 billion", "post-money"),
         // Unspecified rounds may be two rounds: not compared.
         funding_round("u1", "Mistral AI raised $600 million at a pre-money valuation of $9 "
                             "billion",
                       "unspecified", "$600 million", "$9 billion", "pre-money"),
         funding_round("u2", "Mistral AI raised $600 million at a post-money valuation of $3 "
                             "billion",
                       "unspecified", "$600 million", "$3 billion", "post-money"),
         // about $4.6 billion reaches $5.06 billion: may be true.
         funding_round("about", "Mistral AI raised $600 million in a Series B at a post-money "
                                "valuation of about $4.6 billion",
                       "Series B", "$600 million", "about $4.6 billion", "post-money")})});
    CHECK(c.rows.empty());
}

TEST_CASE("entity_without_facts: gazetteer entities no fact names", "[check]") {
    const std::string gazetteer =
        R"({"format": "factdb.entities/1", "entities": [
              {"name": "Microsoft", "kind": "organization"},
              {"name": "Nvidia", "kind": "organization"},
              {"name": "Jensen Huang", "kind": "person"}]})";
    Checked c(Docs{doc("a", "Microsoft has invested $10 billion in OpenAI.",
                       {investment("i", "Microsoft has invested $10 billion in OpenAI", "Microsoft",
                                   "OpenAI", "$10 billion")})},
              gazetteer);
    CHECK(
        c.rows ==
        Rows{"info|entity_without_facts|Jensen Huang (person, gazetteer) takes part in no fact||",
             "info|entity_without_facts|Nvidia (organization, gazetteer) takes part in no fact||"});
}

TEST_CASE("entity_without_facts: every entity in a fact is no violation", "[check]") {
    const std::string gazetteer =
        R"({"format": "factdb.entities/1", "entities": [{"name": "Microsoft", "kind": "organization"}]})";
    Checked c(Docs{doc("a", "Microsoft has invested $10 billion in OpenAI.",
                       {investment("i", "Microsoft has invested $10 billion in OpenAI", "Microsoft",
                                   "OpenAI", "$10 billion")})},
              gazetteer);
    CHECK(c.rows.empty());
}

TEST_CASE("hedged_in_totals: a reported completed investment with an amount", "[check]") {
    json reported = investment("i", "Microsoft has invested $10 billion in OpenAI", "Microsoft",
                               "OpenAI", "$10 billion");
    reported["modality"] = "reported";
    Checked c(Docs{doc("a", "According to Reuters, Microsoft has invested $10 billion in OpenAI.",
                       {reported})});
    CHECK(c.rows ==
          Rows{"warning|hedged_in_totals|Microsoft in OpenAI: 10000000000 USD completed is at "
               "best reported, yet counted in stakeholders.invested_low_total|1|Microsoft has "
               "invested $10 billion in OpenAI"});
}

TEST_CASE("hedged_in_totals: asserted by one document is enough, hedged plans are not totals",
          "[check]") {
    json reported = investment("i", "Microsoft has invested $10 billion in OpenAI", "Microsoft",
                               "OpenAI", "$10 billion");
    reported["modality"] = "reported";
    json planned = investment("p", "Microsoft may invest $2 billion in OpenAI", "Microsoft",
                              "OpenAI", "$2 billion", "considered");
    Checked c(
        Docs{doc("a",
                 "According to Reuters, Microsoft has invested $10 billion in OpenAI. Microsoft "
                 "may invest $2 billion in OpenAI.",
                 {reported, planned}),
             doc("b", "Microsoft has invested $10 billion in OpenAI.",
                 {investment("i", "Microsoft has invested $10 billion in OpenAI", "Microsoft",
                             "OpenAI", "$10 billion")})});
    CHECK(c.rows.empty());
}

TEST_CASE("derived_columns: stored documents or first evidence edited out of step", "[check]") {
    const auto two_docs = [] {
        return Docs{doc("doc-a", "Microsoft has invested $10 billion in OpenAI.",
                        {investment("i", "Microsoft has invested $10 billion in OpenAI",
                                    "Microsoft", "OpenAI", "$10 billion")}),
                    doc("doc-b", "Microsoft invested $10 billion in OpenAI.",
                        {investment("i", "Microsoft invested $10 billion in OpenAI", "Microsoft",
                                    "OpenAI", "$10 billion")})};
    };
    // As loaded: one fact, two documents, first evidence row 1.
    Checked ok(two_docs(), {}, "");
    CHECK(ok.rows.empty());

    Checked edited(two_docs(), {},
                   "UPDATE facts SET documents = 1, first_evidence_id = 2 WHERE id = 1");
    CHECK(edited.rows == Rows{"error|derived_columns|fact 1 stores 1 document(s), first "
                              "evidence 2; its evidence rows give 2, 1|1|Microsoft has "
                              "invested $10 billion in OpenAI"});
}

TEST_CASE("the seed database gives exactly the stated_growth warning, five idle entities "
          "and five facts hedged by a cue outside their quote",
          "[check]") {
    TempDir dir;
    const fs::path db_path = dir / "seed.sqlite";
    {
        SQLite::Database db = db::open(db_path.string(), db::Mode::read_write);
        LoadOptions options;
        options.paths = {(source_dir() / "seeds").string()};
        options.now = "2026-11-28T12:00:00Z";
        REQUIRE(load(db, options).committed);
    }
    query::ReadOnlyDatabase ro(db_path.string(), {});
    const auto violations = check::run_checks(ro);
    std::vector<std::string> rows;
    for (const auto& v : violations)
        rows.push_back(std::string(check::to_string(v.severity)) + "|" + v.rule + "|" + v.message);
    CHECK(
        rows ==
        Rows{"warning|stated_growth|Amazon in Indiana: 30 data centres stated as 2 x 16 = 32",
             "info|entity_without_facts|Alphabet (organization, gazetteer) takes part in no fact",
             "info|entity_without_facts|Amazon Web Services (organization, gazetteer) takes part "
             "in no fact",
             "info|entity_without_facts|Meta Platforms (organization, gazetteer) takes part in no "
             "fact",
             "info|entity_without_facts|Microsoft (organization, gazetteer) takes part in no fact",
             "info|entity_without_facts|Nvidia (organization, gazetteer) takes part in no fact",
             // Cases 1, 3 and 7 of docs/NORMALISATION.md 9.4: a frame and two
             // clause cues outside the quote.
             "info|modality_cue_outside_evidence|fact 1 (claim new-investment of "
             "000_d58c891cf63c8762) is reported by the cue 'il a été rapporté' at characters "
             "148-165, outside its evidence at characters 203-327: check that the cue governs "
             "the claim, or give the claim its modality",
             "info|modality_cue_outside_evidence|fact 4 (claim principal-shareholder of "
             "000_d58c891cf63c8762) is expected by the cue 'on s'attend' at characters 726-737, "
             "outside its evidence at characters 749-843: check that the cue governs the claim, "
             "or give the claim its modality",
             "info|modality_cue_outside_evidence|fact 17 (claim mississippi of "
             "000_d58c891cf63c8762) is planned by the cue 'sont également prévus' at characters "
             "3218-3239, outside its evidence at characters 3269-3283: check that the cue "
             "governs the claim, or give the claim its modality",
             "info|modality_cue_outside_evidence|fact 18 (claim north-carolina of "
             "000_d58c891cf63c8762) is planned by the cue 'sont également prévus' at characters "
             "3218-3239, outside its evidence at characters 3285-3304: check that the cue "
             "governs the claim, or give the claim its modality",
             "info|modality_cue_outside_evidence|fact 19 (claim pennsylvania of "
             "000_d58c891cf63c8762) is planned by the cue 'sont également prévus' at characters "
             "3218-3239, outside its evidence at characters 3308-3323: check that the cue "
             "governs the claim, or give the claim its modality"});
    REQUIRE(!violations.empty());
    CHECK(
        violations[0].quotes ==
        std::vector<std::string>{
            "Amazon a déjà investi au moins 11 milliards de dollars pour construire 30 centres de "
            "données en Indiana, doublant ainsi la taille initiale prévue de 16 centres"});
    SQLite::Database db(db_path.string());
    CHECK(violations[0].facts ==
          std::vector<std::int64_t>{
              sql_int(db, "SELECT fact_id FROM evidence WHERE claim_id = 'indiana'")});
}

TEST_CASE("factdb check: exit codes follow --fail-on", "[check][e2e]") {
    TempDir dir;
    const std::string db = (dir / "seed.sqlite").string();
    REQUIRE(run_factdb({"--db", db, "load", (source_dir() / "seeds").string()}).exit_code == 0);

    const RunResult by_default = run_factdb({"--db", db, "check", "--format", "csv"});
    CHECK(by_default.exit_code == 0);
    CHECK(by_default.err == "0 errors, 1 warning, 10 info\n");
    CHECK(by_default.out.rfind(
              "severity,rule,message,facts,quotes\r\n"
              "warning,stated_growth,Amazon in Indiana: 30 data centres stated as 2 x 16 = 32,",
              0) == 0);
    CHECK(run_factdb({"--db", db, "check", "--fail-on", "warning"}).exit_code == 1);
    CHECK(run_factdb({"--db", db, "check", "--fail-on=info"}).exit_code == 1);
    CHECK(run_factdb({"--db", db, "check", "--fail-on", "error"}).exit_code == 0);

    const RunResult bad_level = run_factdb({"--db", db, "check", "--fail-on", "fatal"});
    CHECK(bad_level.exit_code == 2);
    CHECK(bad_level.err ==
          "factdb: --fail-on takes error, warning or info, not 'fatal' (see 'factdb check --help')\n");
    CHECK(run_factdb({"--db", db, "check", "extra"}).exit_code == 2);
    CHECK(run_factdb({"--db", (dir / "missing" / "x.sqlite").string(), "check"}).exit_code == 3);
    CHECK(run_factdb({"check", "--help"})
              .out.rfind(
                  "Usage: factdb [--db PATH] check [--fail-on error|warning|info] "
                  "[--draft-threshold X]\n",
                  0) == 0);
}

TEST_CASE("the checks share one deadline, past it the run stops with the --timeout message",
          "[check]") {
    TempDir dir;
    const std::string db = seed_database(dir).string();
    {
        // SQLite calls the progress handler every 1000 instructions of a
        // statement, which no rule reaches on the seeds: 2000 entities in no
        // fact take entity_without_facts well past it.
        SQLite::Database rw(db, SQLite::OPEN_READWRITE);
        rw.exec(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
            "INSERT INTO entities (kind, name, name_key, origin) "
            "SELECT 'organization', 'Idle ' || i, 'idle ' || i, 'gazetteer' FROM n");
    }
    // 0.1 ms: the deadline has passed by the first progress callback.
    query::ReadOnlyDatabase ro(db, query::GuardOptions{0.0001});
    const auto stopped = [&](std::string_view run_name) -> std::string {
        try {
            (void)check::run_checks(ro, run_name);
        } catch (const QueryError& e) {
            return e.what();
        }
        return "not stopped";
    };
    CHECK(stopped("check") == "check stopped after 0.0001 s (the --timeout limit)");
    CHECK(stopped("checks") == "checks stopped after 0.0001 s (the --timeout limit)");

    // With time enough, the same rules give the seed's eleven violations and
    // one per idle entity.
    query::ReadOnlyDatabase roomy(db, query::GuardOptions{30});
    CHECK(check::run_checks(roomy).size() == 11 + 2000);

    const RunResult cli = run_factdb({"--db", db, "check", "--timeout", "0.0001"});
    CHECK(cli.exit_code == 2);
    CHECK(cli.err == "factdb: check stopped after 0.0001 s (the --timeout limit)\n");
    CHECK(cli.out.empty());
}

TEST_CASE("at_or_above orders error, warning, info", "[check]") {
    using check::Severity;
    const Severity all[] = {Severity::error, Severity::warning, Severity::info};
    std::string table;
    for (const Severity s : all) {
        for (const Severity level : all) table += check::at_or_above(s, level) ? "1" : "0";
        table += " ";
    }
    // rows: error, warning, info; columns: the level.
    CHECK(table == "111 011 001 ");
}

TEST_CASE("parent_cycle: a chain of parents edited into a cycle", "[check]") {
    const std::string gazetteer =
        R"({"format": "factdb.entities/1", "entities": [
              {"name": "Alpha", "kind": "organization"},
              {"name": "Beta", "kind": "organization", "parent": "Alpha"},
              {"name": "Gamma", "kind": "organization", "parent": "Beta"},
              {"name": "Delta", "kind": "organization", "parent": "Gamma"}]})";
    const Docs docs{doc("a", "Alpha has invested $10 billion in Beta.",
                        {investment("i", "Alpha has invested $10 billion in Beta", "Alpha", "Beta",
                                    "$10 billion")})};
    // The loader refuses a cycle, so only an edit outside factdb makes one:
    // Alpha's parent becomes Gamma (Alpha -> Gamma -> Beta -> Alpha);
    // Delta hangs off the cycle without being on it.
    Checked c(docs, gazetteer,
              "UPDATE entities SET parent_id = (SELECT id FROM entities WHERE name = 'Gamma')"
              " WHERE name = 'Alpha'");
    Rows cycles;
    for (const auto& r : c.rows)
        if (r.find("|parent_cycle|") != std::string::npos) cycles.push_back(r);
    CHECK(cycles == Rows{"error|parent_cycle|Alpha -> Gamma -> Beta -> Alpha is a cycle of parents||",
                         "error|parent_cycle|Beta -> Alpha -> Gamma -> Beta is a cycle of parents||",
                         "error|parent_cycle|Gamma -> Beta -> Alpha -> Gamma is a cycle of parents||"});
}

TEST_CASE("parent_cycle: chains that end are no violation", "[check]") {
    const std::string gazetteer =
        R"({"format": "factdb.entities/1", "entities": [
              {"name": "Alpha", "kind": "organization"},
              {"name": "Beta", "kind": "organization", "parent": "Alpha"},
              {"name": "Gamma", "kind": "organization", "parent": "Beta"}]})";
    Checked c(Docs{doc("a", "Alpha has invested $10 billion in Gamma.",
                       {investment("i", "Alpha has invested $10 billion in Gamma", "Alpha", "Gamma",
                                   "$10 billion")})},
              gazetteer);
    for (const auto& r : c.rows) CHECK(r.find("|parent_cycle|") == std::string::npos);
}

namespace {

// One investment, one spending range and one data centre investment, all in
// USD and far within the bounds as loaded.
Docs money_docs() {
    const std::string text =
        "Microsoft has invested $10 billion in OpenAI. Acme spends between $1 billion and $2 "
        "billion on chips. Nvidia will invest $3 billion in data centers in Texas.";
    return Docs{doc("a", text,
                    {investment("i", "Microsoft has invested $10 billion in OpenAI", "Microsoft",
                                "OpenAI", "$10 billion"),
                     {{"id", "s"},
                      {"type", "spending"},
                      {"evidence", "Acme spends between $1 billion and $2 billion on chips"},
                      {"spender", "Acme"},
                      {"amount", "between $1 billion and $2 billion"},
                      {"purpose", "chips"}},
                     {{"id", "d"},
                      {"type", "datacenter"},
                      {"evidence", "Nvidia will invest $3 billion in data centers in Texas"},
                      {"operator", "Nvidia"},
                      {"location", "Texas"},
                      {"investment", "$3 billion"}}})};
}

}  // namespace

TEST_CASE("implausible_amount: amounts beyond their currency's bound, not at it",
          "[check][totals]") {
    // Issue 11, defect 6: a database from before the bounds may hold them.
    // 10^15 USD is the bound itself: the loader stores it, check accepts it.
    Checked at_bound(money_docs(), {},
                     "UPDATE investments SET amount_low = 1000000000000000,"
                     " amount_high = 1000000000000000, amount_low_minor = 100000000000000000,"
                     " amount_high_minor = 100000000000000000;"
                     "UPDATE spending SET amount_high = 1000000000000000,"
                     " amount_high_minor = 100000000000000000;");
    CHECK(at_bound.rows.empty());

    // Compared in minor units: one cent above the bound is beyond it, and a
    // fractional end (whole columns NULL) is still seen and shown exactly.
    Checked c(money_docs(), {},
              "UPDATE investments SET amount_low = 50000000000000000,"
              " amount_high = 50000000000000000, amount_low_minor = 5000000000000000000,"
              " amount_high_minor = 5000000000000000000;"
              "UPDATE spending SET amount_high = NULL, amount_high_minor = 2000000000000000001;"
              "UPDATE datacenters SET investment_low = NULL, investment_high = NULL,"
              " investment_low_minor = 100000000000000001,"
              " investment_high_minor = 100000000000000001;");
    CHECK(c.rows ==
          Rows{"error|implausible_amount|fact 1: investment of 50000000000000000 USD is beyond "
               "the plausible maximum of 1000000000000000 USD|1|Microsoft has invested $10 "
               "billion in OpenAI",
               "error|implausible_amount|fact 2: spending of 1000000000 to 20000000000000000.01 "
               "USD is beyond the plausible maximum of 1000000000000000 USD|2|Acme spends "
               "between $1 billion and $2 billion on chips",
               "error|implausible_amount|fact 3: data centre investment of 1000000000000000.01 "
               "USD is beyond the plausible maximum of 1000000000000000 USD|3|Nvidia will invest "
               "$3 billion in data centers in Texas"});
}

TEST_CASE("implausible_amount: a round's amount and valuation and a valuation, each in its currency",
          "[check][totals][funding_round]") {
    const std::string text =
        "Mistral AI raised 600 million euros in a Series B at a post-money valuation of $6 "
        "billion. Nvidia's market value is more than $3.5 trillion.";
    const json docs = doc(
        "a", text,
        {funding_round("b", "Mistral AI raised 600 million euros in a Series B at a post-money "
                            "valuation of $6 billion",
                       "Series B", "600 million euros", "$6 billion", "post-money"),
         {{"id", "v"},
          {"type", "valuation"},
          {"evidence", "Nvidia's market value is more than $3.5 trillion"},
          {"company", "Nvidia"},
          {"amount", "more than $3.5 trillion"},
          {"basis", "market value"}}});
    // At the bounds (10^15 EUR, 10^15 USD): no violation.
    Checked at_bound(Docs{docs}, {},
                     "UPDATE funding_rounds SET amount_low = 1000000000000000,"
                     " amount_high = 1000000000000000, amount_low_minor = 100000000000000000,"
                     " amount_high_minor = 100000000000000000;");
    CHECK(at_bound.rows.empty());
    // A cent beyond: the round's amount (EUR) and valuation (USD) are two
    // rows of one fact, by what they are; the valuation's open-ended low.
    Checked c(Docs{docs}, {},
              "UPDATE funding_rounds SET amount_low = NULL, amount_high = NULL,"
              " amount_low_minor = 100000000000000001, amount_high_minor = 100000000000000001,"
              " valuation_low = 2000000000000000, valuation_high = 2000000000000000,"
              " valuation_low_minor = 200000000000000000,"
              " valuation_high_minor = 200000000000000000;"
              "UPDATE valuations SET amount_low = 5000000000000000,"
              " amount_low_minor = 500000000000000000;");
    CHECK(c.rows ==
          Rows{"error|implausible_amount|fact 1: funding round amount of 1000000000000000.01 EUR "
               "is beyond the plausible maximum of 1000000000000000 EUR|1|Mistral AI raised 600 "
               "million euros in a Series B at a post-money valuation of $6 billion",
               "error|implausible_amount|fact 1: funding round valuation of 2000000000000000 USD "
               "is beyond the plausible maximum of 1000000000000000 USD|1|Mistral AI raised 600 "
               "million euros in a Series B at a post-money valuation of $6 billion",
               "error|implausible_amount|fact 2: valuation of 5000000000000000 USD is beyond the "
               "plausible maximum of 1000000000000000 USD|2|Nvidia's market value is more than "
               "$3.5 trillion"});
}

TEST_CASE("currency_bounds (schema/0009, 0012) holds the loader's table of bounds and minor units",
          "[check][totals]") {
    TempDir dir;
    SQLite::Database db = db::open((dir / "t.sqlite").string(), db::Mode::read_write);
    db::migrate(db);
    std::string expected;
    for (const auto& b : lang::currency_bounds())
        expected += std::string(b.code) + "|" + std::to_string(b.max_units()) + "|" +
                    std::to_string(b.minor_unit) + "|" + std::to_string(b.minor_per_unit()) + "\n";
    CHECK(sql_rows(db, "SELECT currency, max_units, minor_unit, minor_per_unit FROM"
                       " currency_bounds ORDER BY currency") == expected);
    CHECK(expected ==
          "AUD|10000000000000000|2|100\nCAD|10000000000000000|2|100\n"
          "CHF|1000000000000000|2|100\nCNY|10000000000000000|2|100\n"
          "DKK|10000000000000000|2|100\nEUR|1000000000000000|2|100\n"
          "GBP|1000000000000000|2|100\nHKD|10000000000000000|2|100\n"
          "ILS|10000000000000000|2|100\nINR|10000000000000000|2|100\n"
          "JPY|100000000000000000|0|1\nKRW|1000000000000000000|0|1\n"
          "NOK|10000000000000000|2|100\nNZD|10000000000000000|2|100\n"
          "SEK|10000000000000000|2|100\nSGD|10000000000000000|2|100\n"
          "USD|1000000000000000|2|100\n");
}

TEST_CASE("factdb summary and check on a database whose total is beyond 64 bits", "[check][e2e][totals]") {
    // Issue 11, defect 6: summary failed with "integer overflow", exit 3.
    TempDir dir;
    const fs::path db = huge_amounts_database(dir, 5000000000000000000LL, 4500000000000000000LL);
    const RunResult summary = run_factdb({"--db", db.string(), "summary"});
    CHECK(summary.err.empty());
    CHECK(summary.exit_code == 0);
    CHECK(summary.out.find("9500000000000000000") != std::string::npos);
    const RunResult totals =
        run_factdb({"--db", db.string(), "query", "investment_totals", "--format", "csv"});
    CHECK(totals.err.empty());
    CHECK(totals.exit_code == 0);
    CHECK(totals.out ==
          "investor,investee,completed_low_total,currency,facts,undisclosed,hedged\r\n"
          "Acme,Anthropic,9500000000000000000,JPY,2,0,0\r\n");
    const RunResult report = run_factdb(
        {"--db", db.string(), "report", (source_dir() / "reports" / "overview.json").string(),
         "--format", "json", "--out", (dir / "overview.json").string()},
        "", {"FACTDB_NOW=2026-11-29T00:00:00Z"});
    CHECK(report.err.empty());
    CHECK(report.exit_code == 0);
    CHECK(read_file(dir / "overview.json").find("9500000000000000000") != std::string::npos);
    const RunResult check = run_factdb({"--db", db.string(), "check", "--format", "csv"});
    CHECK(check.exit_code == 1);
    CHECK(check.out.find("implausible_amount,fact 1: investment of 5000000000000000000 JPY is "
                         "beyond the plausible maximum of 100000000000000000 JPY,1,") !=
          std::string::npos);
    CHECK(check.out.find("implausible_amount,fact 2: investment of 4500000000000000000 JPY is "
                         "beyond the plausible maximum of 100000000000000000 JPY,2,") !=
          std::string::npos);
}

namespace {

// A document whose claims' modality comes from "said it would" (characters
// 10-23 of the text): outside the evidence, partly inside it, or inside it.
json said_would(const std::string& id, const std::string& investee, const std::string& evidence,
                const std::string& amount) {
    return doc(id, "Microsoft said it would invest " + amount + " in " + investee + ".",
               {investment("i", evidence, "Microsoft", investee, amount, "committed")});
}

// `factdb load` then `factdb check --format csv` with the real binary: the
// rows of modality_cue_outside_evidence, then the counts line.
std::string cue_rows(const Docs& docs) {
    TempDir dir;
    const std::string db = (dir / "t.sqlite").string();
    std::vector<std::string> load = {"--db", db, "load"};
    int n = 0;
    for (const auto& d : docs)
        load.push_back(dir.write("d" + std::to_string(++n) + ".json", d.dump()).string());
    const RunResult loaded = run_factdb(load, "", {"FACTDB_NOW=2026-11-28T12:00:00Z"});
    INFO(loaded.err);
    REQUIRE(loaded.exit_code == 0);
    const RunResult checked = run_factdb({"--db", db, "check", "--format", "csv"});
    REQUIRE(checked.exit_code == 0);
    std::string out;
    std::size_t start = 0;
    while (start < checked.out.size()) {
        const std::size_t end = checked.out.find("\r\n", start);
        const std::string line = checked.out.substr(start, end - start);
        if (line.find(",modality_cue_outside_evidence,") != std::string::npos) out += line + "\n";
        start = end == std::string::npos ? checked.out.size() : end + 2;
    }
    return out + checked.err;
}

}  // namespace

TEST_CASE("modality_cue_outside_evidence: a cue in the sentence, outside or across the quote",
          "[check][e2e]") {
    CHECK(cue_rows(Docs{said_would("a", "OpenAI", "invest $80bn in OpenAI", "$80bn"),
                        said_would("b", "Anthropic", "it would invest $4bn in Anthropic",
                                   "$4bn")}) ==
          "info,modality_cue_outside_evidence,\"fact 1 (claim i of a) is planned by the cue "
          "'said it would' at characters 10-23, outside its evidence at characters 24-46: check "
          "that the cue governs the claim, or give the claim its modality\",1,invest $80bn in "
          "OpenAI\n"
          "info,modality_cue_outside_evidence,\"fact 2 (claim i of b) is planned by the cue "
          "'said it would' at characters 10-23, partly outside its evidence at characters "
          "15-48: check that the cue governs the claim, or give the claim its modality\",2,it "
          "would invest $4bn in Anthropic\n"
          "0 errors, 0 warnings, 2 info\n");
}

TEST_CASE("modality_cue_outside_evidence: a cue inside the quote, a given modality, a fact "
          "another row states from inside",
          "[check][e2e]") {
    json given = said_would("b", "OpenAI", "invest $80bn in OpenAI", "$80bn");
    given["claims"][0]["modality"] = "planned";
    CHECK(cue_rows(Docs{said_would("a", "OpenAI", "said it would invest $80bn in OpenAI", "$80bn"),
                        given}) == "0 errors, 0 warnings, 0 info\n");
    // One fact, two documents: the first finds the cue outside its quote, the
    // second inside; the fact's modality does not rest on the outside cue.
    CHECK(cue_rows(Docs{said_would("a", "OpenAI", "invest $80bn in OpenAI", "$80bn"),
                        said_would("b", "OpenAI", "Microsoft said it would invest $80bn in OpenAI",
                                   "$80bn")}) == "0 errors, 0 warnings, 0 info\n");
    // A fact also asserted elsewhere (no cue: asserted is more certain).
    CHECK(cue_rows(Docs{said_would("a", "OpenAI", "invest $80bn in OpenAI", "$80bn"),
                        doc("c", "Microsoft committed $80bn to OpenAI.",
                            {investment("i", "Microsoft committed $80bn to OpenAI", "Microsoft",
                                        "OpenAI", "$80bn", "committed")})}) ==
          "0 errors, 0 warnings, 0 info\n");
}

TEST_CASE("modality_cue_outside_evidence reads rows loaded before migration 0011 by their source",
          "[check]") {
    // Such rows keep their cue but no range (schema/0011): modality_source
    // says the cue lay outside the quote.
    Checked c(Docs{said_would("a", "OpenAI", "invest $80bn in OpenAI", "$80bn"),
                   said_would("b", "Anthropic", "said it would invest $4bn in Anthropic", "$4bn")},
              {}, "UPDATE evidence SET cue_start_char = NULL, cue_end_char = NULL");
    CHECK(c.rows == Rows{"info|modality_cue_outside_evidence|fact 1 (claim i of a) is planned by "
                         "the cue 'said it would' (characters not recorded before migration "
                         "0011), outside its evidence at characters 24-46: check that the cue "
                         "governs the claim, or give the claim its modality|1|invest $80bn in "
                         "OpenAI"});
}

TEST_CASE("low_confidence_draft: drafted-only facts below the threshold, curated ones never",
          "[check][provenance]") {
    const std::string text =
        "Acme invested $5 billion in Anthropic. Acme put $5 billion into Anthropic. Beta invested "
        "$2 billion in Anthropic.";
    const auto drafted = [](json claim, const std::string& rule, double confidence) {
        claim["draft"] = {{"rule", rule}, {"confidence", confidence}};
        return claim;
    };
    const json acme_curated =
        investment("a1", "Acme invested $5 billion in Anthropic", "Acme", "Anthropic", "$5 billion");
    const json acme_drafted = drafted(investment("a2", "Acme put $5 billion into Anthropic", "Acme",
                                                 "Anthropic", "$5 billion"),
                                      "en.investment.put_into", 0.2);
    const json beta = drafted(investment("b1", "Beta invested $2 billion in Anthropic", "Beta",
                                         "Anthropic", "$2 billion"),
                              "en.investment.invest_in", 0.4);
    // Breaks it: Acme's fact only drafted at 0.2, Beta's at 0.4.
    CHECK(Checked(Docs{doc("d", text, {acme_drafted, beta})}).rows ==
          Rows{"warning|low_confidence_draft|investment fact 1 (Acme invests in Anthropic: "
               "5000000000 USD (completed)): drafted only, confidence 0.2 is below 0.5 (rule "
               "en.investment.put_into)|1|Acme put $5 billion into Anthropic",
               "warning|low_confidence_draft|investment fact 2 (Beta invests in Anthropic: "
               "2000000000 USD (completed)): drafted only, confidence 0.4 is below 0.5 (rule "
               "en.investment.invest_in)|2|Beta invested $2 billion in Anthropic"});
    // Does not: a curated claim of Acme's fact makes it curated; Beta at 0.4
    // is at the threshold 0.4.
    check::CheckOptions at_beta;
    at_beta.draft_threshold = 0.4;
    CHECK(Checked(Docs{doc("d", text, {acme_curated, acme_drafted, beta})}, {}, {}, at_beta).rows ==
          Rows{});
    CHECK(check::kDefaultDraftThreshold == 0.5);
}

TEST_CASE("conflicting_acquisition_prices: two completed prices that cannot both hold",
          "[check]") {
    const std::string text =
        "Nvidia completed the purchase of Run:ai for $700 million. Nvidia paid $1 billion for "
        "Run:ai.";
    Checked c(Docs{doc("a", text,
                       {acquisition("low", "Nvidia completed the purchase of Run:ai for $700 million",
                                    "$700 million"),
                        acquisition("high", "Nvidia paid $1 billion for Run:ai", "$1 billion")})});
    CHECK(c.rows == Rows{"error|conflicting_acquisition_prices|Nvidia acquiring Run:ai "
                         "(completed): 700000000 USD (a) vs 1000000000 USD (a)|1, 2|Nvidia "
                         "completed the purchase of Run:ai for $700 million | Nvidia paid $1 "
                         "billion for Run:ai"});
}

TEST_CASE("conflicting_acquisition_prices: overlapping, announced or other-currency prices pass",
          "[check]") {
    const std::string text =
        "Nvidia bought Run:ai for about $700 million. Nvidia paid $750 million for Run:ai. "
        "Nvidia offered $1 billion for Run:ai. Nvidia paid 900 million euros for Run:ai.";
    Checked c(Docs{doc(
        "a", text,
        {acquisition("about", "Nvidia bought Run:ai for about $700 million", "about $700 million"),
         acquisition("close", "Nvidia paid $750 million for Run:ai", "$750 million"),
         acquisition("offer", "Nvidia offered $1 billion for Run:ai", "$1 billion", "announced"),
         acquisition("euros", "Nvidia paid 900 million euros for Run:ai",
                     "900 million euros")})});
    CHECK(c.rows.empty());
}
