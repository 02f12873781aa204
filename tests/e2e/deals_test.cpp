// Acquisitions and compute deals end to end (issue 13): the real factdb
// binary loads an English and a French claims file with acquisition claims
// (seller, price, a stake, status given and inferred from the verb: agreed
// to buy, a finalisé le rachat, a annoncé, blocked by regulators; completed_on)
// and compute_deal claims (chip, quantity "100,000 Nvidia H100 chips" and
// "jusqu'à un million", value, duration "five-year" / "sur six ans", power),
// and the exact rows of the named queries acquisitions, compute_deals,
// entity and stakeholders are checked, with the check rule on two
// completed prices.
#include <catch2/catch.hpp>

#include "support/fixtures.h"

using namespace factdb::testing;

namespace {

const char* const kEnglish = R"json({"format": "factdb.claims/1",
 "document": {"id": "deals-en", "title": "AI deals", "language": "en", "published": "2026-03-01", "url": null,
  "text": "CoreWeave agreed to buy Core Scientific for about $9 billion. Nvidia's purchase of Arm was blocked by regulators. SoftBank bought a 40% stake in Graphcore from Sequoia for $500 million. Amazon will provide OpenAI with 100,000 Nvidia H100 chips in a five-year deal worth $38 billion. Microsoft did not complete its purchase of Inflection."},
 "claims": [
  {"id": "coreweave", "type": "acquisition", "evidence": "CoreWeave agreed to buy Core Scientific for about $9 billion",
   "acquirer": "CoreWeave", "target": "Core Scientific", "amount": "about $9 billion"},
  {"id": "arm", "type": "acquisition", "evidence": "Nvidia's purchase of Arm was blocked by regulators",
   "acquirer": "Nvidia", "target": "Arm"},
  {"id": "graphcore", "type": "acquisition", "evidence": "SoftBank bought a 40% stake in Graphcore from Sequoia for $500 million",
   "acquirer": "SoftBank", "target": "Graphcore", "seller": "Sequoia", "share": "40%", "amount": "$500 million"},
  {"id": "aws-openai", "type": "compute_deal", "evidence": "Amazon will provide OpenAI with 100,000 Nvidia H100 chips in a five-year deal worth $38 billion",
   "provider": "Amazon", "recipient": "OpenAI", "item": "chips", "chip": "H100", "quantity": "100,000 Nvidia H100 chips",
   "value": "$38 billion", "duration": "five-year"},
  {"id": "inflection", "type": "acquisition", "evidence": "Microsoft did not complete its purchase of Inflection",
   "acquirer": "Microsoft", "target": "Inflection", "status": "completed"}
 ]})json";

const char* const kFrench = R"json({"format": "factdb.claims/1",
 "document": {"id": "deals-fr", "title": "Rachats et contrats", "language": "fr", "published": "2026-03-02", "url": null,
  "text": "Nvidia a finalisé le rachat de Run:ai pour 700 millions de dollars le 30 décembre 2024. Nvidia a annoncé l'acquisition d'Arm. Anthropic utilisera jusqu'à un million de puces TPU de Google sur six ans, soit plus d'un gigawatt de capacité."},
 "claims": [
  {"id": "runai", "type": "acquisition", "evidence": "Nvidia a finalisé le rachat de Run:ai pour 700 millions de dollars",
   "acquirer": "Nvidia", "target": "Run:ai", "amount": "700 millions de dollars", "completed_on": "2024-12-30"},
  {"id": "arm-fr", "type": "acquisition", "evidence": "Nvidia a annoncé l'acquisition d'Arm",
   "acquirer": "Nvidia", "target": "Arm"},
  {"id": "tpu", "type": "compute_deal", "evidence": "Anthropic utilisera jusqu'à un million de puces TPU de Google sur six ans, soit plus d'un gigawatt de capacité",
   "provider": "Google", "recipient": "Anthropic", "item": "puces", "chip": "TPU", "quantity": "jusqu'à un million",
   "duration": "sur six ans", "power": "plus d'un gigawatt"}
 ]})json";

struct DealsDb {
    TempDir dir;
    fs::path db_path = dir / "deals.sqlite";
    fs::path claims = [this] {
        dir.write("claims/en.claims.json", kEnglish);
        dir.write("claims/fr.claims.json", kFrench);
        return dir / "claims";
    }();
    RunResult load = run_factdb({"--db", db_path.string(), "load", claims.string()}, "",
                                {"FACTDB_NOW=2026-11-28T12:00:00Z"});

    // CSV rows end in CRLF (RFC 4180).
    std::string query(const std::vector<std::string>& args) const {
        std::vector<std::string> all{"--db", db_path.string(), "query"};
        all.insert(all.end(), args.begin(), args.end());
        all.insert(all.end(), {"--format", "csv"});
        const RunResult r = run_factdb(all);
        INFO(r.err);
        CHECK(r.exit_code == 0);
        return r.out;
    }
};

}  // namespace

TEST_CASE("acquisitions and compute deals load in both languages, without warnings",
          "[e2e][deals]") {
    DealsDb s;
    INFO(s.load.err);
    REQUIRE(s.load.exit_code == 0);
    CHECK(s.load.out.find("facts: 8 added, 0 removed, 0 unchanged") != std::string::npos);
    CHECK(s.load.out.find("warnings: 0\n") != std::string::npos);
    const RunResult again = run_factdb({"--db", s.db_path.string(), "load", s.claims.string()});
    CHECK(again.out.find("facts: 0 added, 0 removed, 8 unchanged") != std::string::npos);
}

TEST_CASE("the acquisitions query gives each acquisition's exact row", "[e2e][deals]") {
    DealsDb s;
    REQUIRE(s.load.exit_code == 0);
    CHECK(s.query({"acquisitions"}) ==
          "acquirer,target,seller,amount_low,amount_high,amount_qualifier,currency,share_low,share_high,status,completed_on,modality,documents,quote\r\n"
          "Nvidia,Arm,,,,undisclosed,,100.0,100.0,blocked,,asserted,1,Nvidia's purchase of Arm was blocked by regulators\r\n"
          "Nvidia,Arm,,,,undisclosed,,100.0,100.0,announced,,asserted,1,Nvidia a annoncé l'acquisition d'Arm\r\n"
          "CoreWeave,Core Scientific,,9000000000,9000000000,approximately,USD,100.0,100.0,agreed,,asserted,1,CoreWeave agreed to buy Core Scientific for about $9 billion\r\n"
          "SoftBank,Graphcore,Sequoia,500000000,500000000,exact,USD,40.0,40.0,completed,,asserted,1,SoftBank bought a 40% stake in Graphcore from Sequoia for $500 million\r\n"
          "Microsoft,Inflection,,,,undisclosed,,100.0,100.0,completed,,negated,1,Microsoft did not complete its purchase of Inflection\r\n"
          "Nvidia,Run:ai,,700000000,700000000,exact,USD,100.0,100.0,completed,2024-12-30,asserted,1,Nvidia a finalisé le rachat de Run:ai pour 700 millions de dollars\r\n");
    CHECK(s.query({"acquisitions", "-p", "acquirer", "NVIDIA"}) ==
          "acquirer,target,seller,amount_low,amount_high,amount_qualifier,currency,share_low,share_high,status,completed_on,modality,documents,quote\r\n"
          "Nvidia,Arm,,,,undisclosed,,100.0,100.0,blocked,,asserted,1,Nvidia's purchase of Arm was blocked by regulators\r\n"
          "Nvidia,Arm,,,,undisclosed,,100.0,100.0,announced,,asserted,1,Nvidia a annoncé l'acquisition d'Arm\r\n"
          "Nvidia,Run:ai,,700000000,700000000,exact,USD,100.0,100.0,completed,2024-12-30,asserted,1,Nvidia a finalisé le rachat de Run:ai pour 700 millions de dollars\r\n");
    CHECK(s.query({"acquisitions", "-p", "target", "arm"}) ==
          "acquirer,target,seller,amount_low,amount_high,amount_qualifier,currency,share_low,share_high,status,completed_on,modality,documents,quote\r\n"
          "Nvidia,Arm,,,,undisclosed,,100.0,100.0,blocked,,asserted,1,Nvidia's purchase of Arm was blocked by regulators\r\n"
          "Nvidia,Arm,,,,undisclosed,,100.0,100.0,announced,,asserted,1,Nvidia a annoncé l'acquisition d'Arm\r\n");
    CHECK(s.query({"acquisitions", "-p", "acquirer", "Nvidia", "-p", "target", "Run:ai"}) ==
          "acquirer,target,seller,amount_low,amount_high,amount_qualifier,currency,share_low,share_high,status,completed_on,modality,documents,quote\r\n"
          "Nvidia,Run:ai,,700000000,700000000,exact,USD,100.0,100.0,completed,2024-12-30,asserted,1,Nvidia a finalisé le rachat de Run:ai pour 700 millions de dollars\r\n");
    CHECK(s.query({"acquisitions", "-p", "acquirer", "Nobody"}) ==
          "acquirer,target,seller,amount_low,amount_high,amount_qualifier,currency,share_low,share_high,status,completed_on,modality,documents,quote\r\n");
}

TEST_CASE("the compute_deals query gives each deal's exact row", "[e2e][deals]") {
    DealsDb s;
    REQUIRE(s.load.exit_code == 0);
    CHECK(s.query({"compute_deals"}) ==
          "provider,recipient,item,item_text,chip,quantity_low,quantity_high,quantity_qualifier,value_low,value_high,value_qualifier,currency,duration_months,power_mw_low,power_mw_high,power_qualifier,modality,documents,quote\r\n"
          "Amazon,OpenAI,chips,chips,H100,100000,100000,exact,38000000000,38000000000,exact,USD,60,,,undisclosed,planned,1,\"Amazon will provide OpenAI with 100,000 Nvidia H100 chips in a five-year deal worth $38 billion\"\r\n"
          "Google,Anthropic,chips,puces,TPU,,1000000,at_most,,,undisclosed,,72,1000.0,,more_than,planned,1,\"Anthropic utilisera jusqu'à un million de puces TPU de Google sur six ans, soit plus d'un gigawatt de capacité\"\r\n");
    CHECK(s.query({"compute_deals", "-p", "recipient", "anthropic"}) ==
          "provider,recipient,item,item_text,chip,quantity_low,quantity_high,quantity_qualifier,value_low,value_high,value_qualifier,currency,duration_months,power_mw_low,power_mw_high,power_qualifier,modality,documents,quote\r\n"
          "Google,Anthropic,chips,puces,TPU,,1000000,at_most,,,undisclosed,,72,1000.0,,more_than,planned,1,\"Anthropic utilisera jusqu'à un million de puces TPU de Google sur six ans, soit plus d'un gigawatt de capacité\"\r\n");
    CHECK(s.query({"compute_deals", "-p", "provider", "Amazon", "-p", "recipient", "Anthropic"}) ==
          "provider,recipient,item,item_text,chip,quantity_low,quantity_high,quantity_qualifier,value_low,value_high,value_qualifier,currency,duration_months,power_mw_low,power_mw_high,power_qualifier,modality,documents,quote\r\n");
}

TEST_CASE("entity and stakeholders show the parties of acquisitions", "[e2e][deals]") {
    DealsDb s;
    REQUIRE(s.load.exit_code == 0);
    CHECK(s.query({"entity", "-p", "name", "Run:ai"}) ==
          "fact_id,type,role,summary,modality,document,documents,quote\r\n"
          "6,acquisition,target,\"Nvidia acquires Run:ai: 700000000 USD (completed), completed 2024-12-30\",asserted,deals-fr,1,Nvidia a finalisé le rachat de Run:ai pour 700 millions de dollars\r\n");
    CHECK(s.query({"entity", "-p", "name", "Sequoia"}) ==
          "fact_id,type,role,summary,modality,document,documents,quote\r\n"
          "3,acquisition,seller,SoftBank acquires 40 % of Graphcore from Sequoia: 500000000 USD (completed),asserted,deals-en,1,SoftBank bought a 40% stake in Graphcore from Sequoia for $500 million\r\n");
    CHECK(s.query({"entity", "-p", "name", "H100"}) ==
          "fact_id,type,role,summary,modality,document,documents,quote\r\n"
          "4,compute_deal,chip,\"Amazon compute deal with OpenAI: chips (H100), 100000 units, 38000000000 USD, 5 years\",planned,deals-en,1,\"Amazon will provide OpenAI with 100,000 Nvidia H100 chips in a five-year deal worth $38 billion\"\r\n");
    CHECK(s.query({"stakeholders", "-p", "company", "Run:ai"}) ==
          "stakeholder,relation,share_low,share_high,invested_low_total,currency,modality,quote\r\n"
          "Nvidia,owner,100.0,100.0,,,asserted,Nvidia a finalisé le rachat de Run:ai pour 700 millions de dollars\r\n");
    CHECK(s.query({"stakeholders", "-p", "company", "Graphcore"}) ==
          "stakeholder,relation,share_low,share_high,invested_low_total,currency,modality,quote\r\n"
          "SoftBank,acquirer,40.0,40.0,,,asserted,SoftBank bought a 40% stake in Graphcore from Sequoia for $500 million\r\n");
    // Negated ("did not complete"): Inflection has no owner.
    CHECK(s.query({"stakeholders", "-p", "company", "Inflection"}) ==
          "stakeholder,relation,share_low,share_high,invested_low_total,currency,modality,"
          "quote\r\n");
    // Agreed, not completed: Core Scientific has no owner yet.
    CHECK(s.query({"stakeholders", "-p", "company", "Core Scientific"}) ==
          "stakeholder,relation,share_low,share_high,invested_low_total,currency,modality,quote\r\n");
}

// Run:ai has one completed price, Arm's announced and blocked statements
// have none, and the negated completion of Inflection states none: no rule
// fires.  A second document with another completed price for Run:ai does.
TEST_CASE("factdb check finds nothing wrong in consistent deals", "[e2e][deals]") {
    DealsDb s;
    REQUIRE(s.load.exit_code == 0);
    const RunResult r = run_factdb({"--db", s.db_path.string(), "check"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "[]\n");
    CHECK(r.err == "0 errors, 0 warnings, 0 info\n");

    s.dir.write("more/x.claims.json", R"json({"format": "factdb.claims/1",
 "document": {"id": "deals-x", "title": "Run:ai", "language": "en", "published": "2026-03-03", "url": null,
  "text": "Nvidia paid $1 billion for Run:ai."},
 "claims": [
  {"id": "runai-1bn", "type": "acquisition", "evidence": "Nvidia paid $1 billion for Run:ai",
   "acquirer": "Nvidia", "target": "Run:ai", "amount": "$1 billion", "status": "completed"}
 ]})json");
    REQUIRE(run_factdb({"--db", s.db_path.string(), "load", (s.dir / "more").string()}).exit_code ==
            0);
    const RunResult bad = run_factdb({"--db", s.db_path.string(), "check", "--format", "csv"});
    CHECK(bad.exit_code == 1);
    CHECK(bad.out ==
          "severity,rule,message,facts,quotes\r\n"
          "error,conflicting_acquisition_prices,Nvidia acquiring Run:ai (completed): 700000000 "
          "USD (deals-fr) vs 1000000000 USD (deals-x),\"6, 9\",Nvidia a finalisé le rachat de "
          "Run:ai pour 700 millions de dollars | Nvidia paid $1 billion for Run:ai\r\n");
    CHECK(bad.err == "1 error, 0 warnings, 0 info\n");
}
