// Funding rounds and valuations end to end (issue 13): the real factdb
// binary loads English and French claim files with funding rounds (lead
// investors, participants, a stated valuation and its basis, a generic
// "tour de table") and valuations (market cap with its own as_of, undated
// ones that take their document's published date), and the exact rows of
// funding_rounds, valuations, stakeholders, entity and conflicts are
// checked: two undated valuations of documents published on different days
// are two subjects, two of one day a conflict.
#include <catch2/catch.hpp>

#include "support/fixtures.h"

using namespace factdb::testing;

namespace {

const char* const kEnglish = R"json({"format": "factdb.claims/1",
 "document": {"id": "rounds-en", "title": "Rounds", "language": "en", "published": "2025-03-04", "url": null,
  "text": "Anthropic raised $3.5 billion in a Series E led by Lightspeed Venture Partners, with Salesforce Ventures and Menlo Ventures, at a post-money valuation of $61.5 billion. Nvidia's market value is more than $3.5 trillion. OpenAI is valued at $300 billion."},
 "claims": [
  {"id": "anthropic-e", "type": "funding_round",
   "evidence": "Anthropic raised $3.5 billion in a Series E led by Lightspeed Venture Partners, with Salesforce Ventures and Menlo Ventures, at a post-money valuation of $61.5 billion",
   "company": "Anthropic", "round": "Series E", "amount": "$3.5 billion",
   "lead": ["Lightspeed Venture Partners"], "participants": ["Salesforce Ventures", "Menlo Ventures"],
   "valuation": "$61.5 billion", "valuation_basis": "post-money"},
  {"id": "nvidia-cap", "type": "valuation", "evidence": "Nvidia's market value is more than $3.5 trillion",
   "company": "Nvidia", "amount": "more than $3.5 trillion", "basis": "market value", "as_of": "2024-06-18"},
  {"id": "openai-300", "type": "valuation", "evidence": "OpenAI is valued at $300 billion",
   "company": "OpenAI", "amount": "$300 billion"}
 ]})json";

const char* const kFrench = R"json({"format": "factdb.claims/1",
 "document": {"id": "levee-fr", "title": "Levées", "language": "fr", "published": "2024-06-11", "url": null,
  "text": "Mistral AI a levé 600 millions d'euros lors d'une série B menée par General Catalyst, avec Nvidia et Lightspeed Venture Partners, pour une valorisation de 5,8 milliards d'euros après l'augmentation de capital. Mistral AI était valorisée 5,2 milliards d'euros avant l'augmentation de capital. Anthropic a bouclé un tour de table de 450 millions de dollars."},
 "claims": [
  {"id": "mistral-b", "type": "funding_round",
   "evidence": "Mistral AI a levé 600 millions d'euros lors d'une série B menée par General Catalyst, avec Nvidia et Lightspeed Venture Partners, pour une valorisation de 5,8 milliards d'euros après l'augmentation de capital",
   "company": "Mistral AI", "round": "série B", "amount": "600 millions d'euros",
   "lead": ["General Catalyst"], "participants": ["Nvidia", "Lightspeed Venture Partners"],
   "valuation": "5,8 milliards d'euros", "valuation_basis": "après l'augmentation de capital"},
  {"id": "mistral-pre", "type": "valuation",
   "evidence": "Mistral AI était valorisée 5,2 milliards d'euros avant l'augmentation de capital",
   "company": "Mistral AI", "amount": "5,2 milliards d'euros", "basis": "avant l'augmentation de capital"},
  {"id": "anthropic-tour", "type": "funding_round",
   "evidence": "Anthropic a bouclé un tour de table de 450 millions de dollars",
   "company": "Anthropic", "round": "tour de table", "amount": "450 millions de dollars"}
 ]})json";

// OpenAI again without as_of: on a later day (another valuation, not a
// conflict), and on the first document's day with another amount (a
// conflict).
const char* const kLater = R"json({"format": "factdb.claims/1",
 "document": {"id": "later-en", "title": "Later", "language": "en", "published": "2025-09-01", "url": null,
  "text": "OpenAI is valued at $500 billion."},
 "claims": [
  {"id": "openai-500", "type": "valuation", "evidence": "OpenAI is valued at $500 billion",
   "company": "OpenAI", "amount": "$500 billion"}
 ]})json";

const char* const kSameDay = R"json({"format": "factdb.claims/1",
 "document": {"id": "same-day-en", "title": "Same day", "language": "en", "published": "2025-03-04", "url": null,
  "text": "OpenAI is valued at $260 billion."},
 "claims": [
  {"id": "openai-260", "type": "valuation", "evidence": "OpenAI is valued at $260 billion",
   "company": "OpenAI", "amount": "$260 billion"}
 ]})json";

struct Loaded {
    TempDir dir;
    fs::path db = dir / "t.sqlite";
    RunResult load;
    Loaded() {
        dir.write("in/1-rounds-en.claims.json", kEnglish);
        dir.write("in/2-levee-fr.claims.json", kFrench);
        dir.write("in/3-later-en.claims.json", kLater);
        dir.write("in/4-same-day-en.claims.json", kSameDay);
        load = run_factdb({"--db", db.string(), "load", (dir / "in").string()});
    }
    std::string query(const std::vector<std::string>& args) const {
        std::vector<std::string> all{"--db", db.string()};
        all.insert(all.end(), args.begin(), args.end());
        const RunResult r = run_factdb(all);
        INFO(r.err);
        CHECK(r.exit_code == 0);
        // CSV rows end in CRLF (RFC 4180): compared as lines.
        std::string out;
        for (char c : r.out) {
            if (c != '\r') out += c;
        }
        return out;
    }
};

const std::string kQuoteE =
    "\"Anthropic raised $3.5 billion in a Series E led by Lightspeed Venture Partners, with "
    "Salesforce Ventures and Menlo Ventures, at a post-money valuation of $61.5 billion\"";
const std::string kQuoteB =
    "\"Mistral AI a levé 600 millions d'euros lors d'une série B menée par General Catalyst, "
    "avec Nvidia et Lightspeed Venture Partners, pour une valorisation de 5,8 milliards d'euros "
    "après l'augmentation de capital\"";

}  // namespace

TEST_CASE("funding rounds and valuations in English and French through the real binary",
          "[e2e][funding_round]") {
    Loaded s;
    INFO(s.load.err);
    REQUIRE(s.load.exit_code == 0);
    CHECK(s.load.out.find("facts: 8 added, 0 removed, 0 unchanged") != std::string::npos);
    CHECK(s.load.out.find("warnings: 0\n") != std::string::npos);

    // Investors alphabetical; a round's as_of is its document's date; the
    // generic "tour de table" is unspecified, with nothing undisclosed
    // invented.
    CHECK(s.query({"query", "funding_rounds", "--format", "csv"}) ==
          "company,round,amount_low,amount_high,amount_qualifier,currency,lead_investors,"
          "participants,valuation_low,valuation_high,valuation_qualifier,valuation_currency,"
          "valuation_basis,as_of,modality,documents,quote\n"
          "Anthropic,unspecified,450000000,450000000,exact,USD,,,,,undisclosed,,unspecified,"
          "2024-06-11,asserted,1,Anthropic a bouclé un tour de table de 450 millions de dollars\n"
          "Anthropic,series_e,3500000000,3500000000,exact,USD,Lightspeed Venture Partners,"
          "\"Menlo Ventures, Salesforce Ventures\",61500000000,61500000000,exact,USD,post_money,"
          "2025-03-04,asserted,1," + kQuoteE + "\n"
          "Mistral AI,series_b,600000000,600000000,exact,EUR,General Catalyst,"
          "\"Lightspeed Venture Partners, Nvidia\",5800000000,5800000000,exact,EUR,post_money,"
          "2024-06-11,asserted,1," + kQuoteB + "\n");
    // The parameter matches any alias, case and accents ignored.
    CHECK(s.query({"query", "funding_rounds", "-p", "company", "MISTRAL ai", "--format", "csv"}) ==
          "company,round,amount_low,amount_high,amount_qualifier,currency,lead_investors,"
          "participants,valuation_low,valuation_high,valuation_qualifier,valuation_currency,"
          "valuation_basis,as_of,modality,documents,quote\n"
          "Mistral AI,series_b,600000000,600000000,exact,EUR,General Catalyst,"
          "\"Lightspeed Venture Partners, Nvidia\",5800000000,5800000000,exact,EUR,post_money,"
          "2024-06-11,asserted,1," + kQuoteB + "\n");
    CHECK(s.query({"query", "funding_rounds", "-p", "company", "Nobody", "--format", "csv"}) ==
          "company,round,amount_low,amount_high,amount_qualifier,currency,lead_investors,"
          "participants,valuation_low,valuation_high,valuation_qualifier,valuation_currency,"
          "valuation_basis,as_of,modality,documents,quote\n");

    // The valuation history: the round's stated valuation is in it, the
    // market cap keeps its own date, undated ones take their document's.
    const std::string header =
        "company,as_of,as_of_source,amount_low,amount_high,amount_qualifier,currency,basis,"
        "source,round,modality,documents,quote\n";
    CHECK(s.query({"query", "valuations", "-p", "company", "Mistral AI", "--format", "csv"}) ==
          header +
              "Mistral AI,2024-06-11,document,5800000000,5800000000,exact,EUR,post_money,"
              "funding_round,series_b,asserted,1," + kQuoteB + "\n"
              "Mistral AI,2024-06-11,document,5200000000,5200000000,exact,EUR,pre_money,"
              "valuation,,asserted,1,\"Mistral AI était valorisée 5,2 milliards d'euros avant "
              "l'augmentation de capital\"\n");
    CHECK(s.query({"query", "valuations", "--format", "csv"}) ==
          header +
              "Anthropic,2025-03-04,document,61500000000,61500000000,exact,USD,post_money,"
              "funding_round,series_e,asserted,1," + kQuoteE + "\n"
              "Mistral AI,2024-06-11,document,5800000000,5800000000,exact,EUR,post_money,"
              "funding_round,series_b,asserted,1," + kQuoteB + "\n"
              "Mistral AI,2024-06-11,document,5200000000,5200000000,exact,EUR,pre_money,"
              "valuation,,asserted,1,\"Mistral AI était valorisée 5,2 milliards d'euros avant "
              "l'augmentation de capital\"\n"
              "Nvidia,2024-06-18,fact,3500000000000,,more_than,USD,market_cap,valuation,,"
              "asserted,1,Nvidia's market value is more than $3.5 trillion\n"
              "OpenAI,2025-03-04,document,300000000000,300000000000,exact,USD,unspecified,"
              "valuation,,asserted,1,OpenAI is valued at $300 billion\n"
              "OpenAI,2025-03-04,document,260000000000,260000000000,exact,USD,unspecified,"
              "valuation,,asserted,1,OpenAI is valued at $260 billion\n"
              "OpenAI,2025-09-01,document,500000000000,500000000000,exact,USD,unspecified,"
              "valuation,,asserted,1,OpenAI is valued at $500 billion\n");

    // Only the two undated OpenAI valuations of one day conflict.
    CHECK(s.query({"query", "conflicts", "--format", "csv"}) ==
          "type,fact_a,summary_a,modality_a,documents_a,quote_a,fact_b,summary_b,modality_b,"
          "documents_b,quote_b\n"
          "valuation,3,OpenAI valued at 300000000000 USD,asserted,1,OpenAI is valued at $300 "
          "billion,8,OpenAI valued at 260000000000 USD,asserted,1,OpenAI is valued at $260 "
          "billion\n");

    // A round's investors take part in the company.
    CHECK(s.query({"query", "stakeholders", "-p", "company", "Mistral AI", "--format", "csv"}) ==
          "stakeholder,relation,share_low,share_high,invested_low_total,currency,modality,quote\n"
          "General Catalyst,lead_investor,,,,,asserted," + kQuoteB + "\n"
          "Lightspeed Venture Partners,participant,,,,,asserted," + kQuoteB + "\n"
          "Nvidia,participant,,,,,asserted," + kQuoteB + "\n");
    CHECK(s.query({"query", "stakeholders", "-p", "company", "Anthropic", "--format", "csv"}) ==
          "stakeholder,relation,share_low,share_high,invested_low_total,currency,modality,quote\n"
          "Lightspeed Venture Partners,lead_investor,,,,,asserted," + kQuoteE + "\n"
          "Menlo Ventures,participant,,,,,asserted," + kQuoteE + "\n"
          "Salesforce Ventures,participant,,,,,asserted," + kQuoteE + "\n");

    // entity: the investor sees each round it took part in, by its role;
    // the company sees its rounds, their investors and its valuations.
    CHECK(s.query({"query", "entity", "-p", "name", "lightspeed venture partners", "--format",
                   "csv"}) ==
          "fact_id,type,role,summary,modality,document,documents,quote\n"
          "1,funding_round,lead_investor,\"Anthropic raises 3500000000 USD (series_e) led by "
          "Lightspeed Venture Partners with Salesforce Ventures and Menlo Ventures, valued at "
          "61500000000 USD post_money\",asserted,rounds-en,1," + kQuoteE + "\n"
          "4,funding_round,participant,\"Mistral AI raises 600000000 EUR (series_b) led by "
          "General Catalyst with Nvidia and Lightspeed Venture Partners, valued at 5800000000 EUR "
          "post_money\",asserted,levee-fr,1," + kQuoteB + "\n");
    CHECK(s.query({"query", "entity", "-p", "name", "Mistral AI", "--format", "csv"}) ==
          "fact_id,type,role,summary,modality,document,documents,quote\n"
          "4,funding_round,company,\"Mistral AI raises 600000000 EUR (series_b) led by General "
          "Catalyst with Nvidia and Lightspeed Venture Partners, valued at 5800000000 EUR "
          "post_money\",asserted,levee-fr,1," + kQuoteB + "\n"
          "4,funding_round,round_investor,General Catalyst: lead investor in Mistral AI "
          "(series_b),asserted,levee-fr,1," + kQuoteB + "\n"
          "4,funding_round,round_investor,Lightspeed Venture Partners: participant in Mistral "
          "AI (series_b),asserted,levee-fr,1," + kQuoteB + "\n"
          "4,funding_round,round_investor,Nvidia: participant in Mistral AI (series_b),asserted,"
          "levee-fr,1," + kQuoteB + "\n"
          "5,valuation,company,Mistral AI valued at 5200000000 EUR pre_money,asserted,levee-fr,"
          "1,\"Mistral AI était valorisée 5,2 milliards d'euros avant l'augmentation de capital\"\n");

    // The views say the same, with exact decimals and the date's source.
    CHECK(s.query({"sql", "--format", "csv",
                   "SELECT fact_id, company, round, amount_low_exact, lead_investors,"
                   " participants, valuation_high_exact, valuation_basis, as_of, as_of_source"
                   " FROM funding_rounds_v ORDER BY fact_id"}) ==
          "fact_id,company,round,amount_low_exact,lead_investors,participants,"
          "valuation_high_exact,valuation_basis,as_of,as_of_source\n"
          "1,Anthropic,series_e,3500000000,Lightspeed Venture Partners,\"Menlo Ventures, "
          "Salesforce Ventures\",61500000000,post_money,2025-03-04,document\n"
          "4,Mistral AI,series_b,600000000,General Catalyst,\"Lightspeed Venture Partners, "
          "Nvidia\",5800000000,post_money,2024-06-11,document\n"
          "6,Anthropic,unspecified,450000000,,,,unspecified,2024-06-11,document\n");
    CHECK(s.query({"sql", "--format", "csv",
                   "SELECT fact_id, source, company, amount_low_exact, basis, round, as_of,"
                   " as_of_source FROM valuations_v ORDER BY fact_id"}) ==
          "fact_id,source,company,amount_low_exact,basis,round,as_of,as_of_source\n"
          "1,funding_round,Anthropic,61500000000,post_money,series_e,2025-03-04,document\n"
          "2,valuation,Nvidia,3500000000000,market_cap,,2024-06-18,fact\n"
          "3,valuation,OpenAI,300000000000,unspecified,,2025-03-04,document\n"
          "4,funding_round,Mistral AI,5800000000,post_money,series_b,2024-06-11,document\n"
          "5,valuation,Mistral AI,5200000000,pre_money,,2024-06-11,document\n"
          "7,valuation,OpenAI,500000000000,unspecified,,2025-09-01,document\n"
          "8,valuation,OpenAI,260000000000,unspecified,,2025-03-04,document\n");
    // The stored as_of stays NULL: the date is the document's, not stated.
    CHECK(s.query({"sql", "--format", "csv",
                   "SELECT fact_id, coalesce(as_of, 'NULL') AS as_of FROM valuations"
                   " ORDER BY fact_id"}) == "fact_id,as_of\n2,2024-06-18\n3,NULL\n5,NULL\n7,NULL\n"
                                            "8,NULL\n");
}

TEST_CASE("a funding_round's valuation_basis without a valuation is refused by the binary",
          "[e2e][funding_round]") {
    TempDir dir;
    dir.write("in/bad.claims.json",
              R"json({"format": "factdb.claims/1",
 "document": {"id": "bad", "title": "Bad", "language": "en", "published": null, "url": null,
  "text": "Anthropic raised $3.5 billion in a Series E, post-money."},
 "claims": [
  {"id": "e", "type": "funding_round", "evidence": "Anthropic raised $3.5 billion in a Series E",
   "company": "Anthropic", "round": "Series E", "amount": "$3.5 billion", "valuation_basis": "post-money"}
 ]})json");
    const fs::path db = dir / "t.sqlite";
    const RunResult r = run_factdb({"--db", db.string(), "load", (dir / "in").string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("claim e: valuation_basis: \"valuation_basis\" is the basis (pre- or "
                     "post-money) of the round's valuation, and this claim gives no "
                     "\"valuation\": add \"valuation\" or remove \"valuation_basis\"") !=
          std::string::npos);
    CHECK(r.err.find("factdb: load failed with 1 problem; the database was not changed") !=
          std::string::npos);
    // Nothing was written: not even the database file.
    CHECK_FALSE(fs::exists(db));
}
