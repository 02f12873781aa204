// Issue 13, people and organisations in time, end to end: the real factdb
// binary loads an English and a French claim file using role tense (given
// and inferred), start years, a named partnership and spending periods, and
// the exact rows of `people`, `entity` (the venture, its members and its
// chairman) and the spending periods are checked, with the load's warnings
// for the periods it cannot read.
#include <catch2/catch.hpp>

#include "support/fixtures.h"

using namespace factdb::testing;

namespace {

const char* const kEnglish = R"json({
 "format": "factdb.claims/1",
 "document": {
  "id": "stargate-en",
  "title": "Stargate",
  "language": "en",
  "published": "2025-06-01",
  "text": "SoftBank chief executive Masayoshi Son will be chairman of Stargate. OpenAI, SoftBank and Oracle formed Stargate, a joint venture to build AI data centres. Former OpenAI chief scientist Ilya Sutskever founded a new company. Sarah Friar has been chief financial officer of OpenAI since 2024. Microsoft is spending $80 billion on data centres in fiscal 2025. Meta is spending $600 billion over four years. Amazon is spending $100 billion annually."
 },
 "claims": [
  {
   "id": "son-ceo",
   "type": "role",
   "evidence": "SoftBank chief executive Masayoshi Son will be chairman of Stargate",
   "person": "Masayoshi Son",
   "organization": "SoftBank",
   "title": "chief executive"
  },
  {
   "id": "stargate",
   "type": "partnership",
   "evidence": "OpenAI, SoftBank and Oracle formed Stargate, a joint venture to build AI data centres",
   "parties": [
    "OpenAI",
    "SoftBank",
    "Oracle"
   ],
   "name": "Stargate",
   "purpose": "build AI data centres"
  },
  {
   "id": "son-chair",
   "type": "role",
   "evidence": "SoftBank chief executive Masayoshi Son will be chairman of Stargate",
   "person": "Masayoshi Son",
   "organization": "Stargate",
   "title": "chairman"
  },
  {
   "id": "sutskever",
   "type": "role",
   "evidence": "Former OpenAI chief scientist Ilya Sutskever founded a new company",
   "person": "Ilya Sutskever",
   "organization": "OpenAI",
   "title": "chief scientist"
  },
  {
   "id": "friar",
   "type": "role",
   "evidence": "Sarah Friar has been chief financial officer of OpenAI since 2024",
   "person": "Sarah Friar",
   "organization": "OpenAI",
   "title": "chief financial officer",
   "start_year": "since 2024"
  },
  {
   "id": "msft",
   "type": "spending",
   "evidence": "Microsoft is spending $80 billion on data centres in fiscal 2025",
   "spender": "Microsoft",
   "amount": "$80 billion",
   "purpose": "data centres",
   "period": "fiscal 2025"
  },
  {
   "id": "meta",
   "type": "spending",
   "evidence": "Meta is spending $600 billion over four years",
   "spender": "Meta",
   "amount": "$600 billion",
   "period": "over four years"
  },
  {
   "id": "amazon",
   "type": "spending",
   "evidence": "Amazon is spending $100 billion annually",
   "spender": "Amazon",
   "amount": "$100 billion",
   "period": "annually"
  }
 ]
})json";

const char* const kFrench = R"json({
 "format": "factdb.claims/1",
 "document": {
  "id": "campus-fr",
  "title": "Campus IA",
  "language": "fr",
  "published": "2025-09-15",
  "text": "Eric Schmidt, ancien directeur général de Google, deviendra président de Relativity Space. Mistral AI, Nvidia et MGX s'associent au sein du Campus IA pour construire un centre de données. Anne Martin sera la future présidente du Campus IA. Arthur Mensch est directeur général de Mistral AI depuis 2023. Mistral AI dépense 2 milliards d'euros sur quatre ans. Iliad dépense 3 milliards d'euros d'ici 2027. Orange dépense 1 milliard d'euros chaque année."
 },
 "claims": [
  {
   "id": "schmidt-google",
   "type": "role",
   "evidence": "Eric Schmidt, ancien directeur général de Google, deviendra président de Relativity Space",
   "person": "Eric Schmidt",
   "organization": "Google",
   "title": "directeur général"
  },
  {
   "id": "schmidt-relativity",
   "type": "role",
   "evidence": "Eric Schmidt, ancien directeur général de Google, deviendra président de Relativity Space",
   "person": "Eric Schmidt",
   "organization": "Relativity Space",
   "title": "président"
  },
  {
   "id": "campus",
   "type": "partnership",
   "evidence": "Mistral AI, Nvidia et MGX s'associent au sein du Campus IA pour construire un centre de données",
   "parties": [
    "Mistral AI",
    "Nvidia",
    "MGX"
   ],
   "name": "Campus IA",
   "purpose": "construire un centre de données"
  },
  {
   "id": "martin",
   "type": "role",
   "evidence": "Anne Martin sera la future présidente du Campus IA",
   "person": "Anne Martin",
   "organization": "campus ia",
   "title": "présidente"
  },
  {
   "id": "mensch",
   "type": "role",
   "evidence": "Arthur Mensch est directeur général de Mistral AI depuis 2023",
   "person": "Arthur Mensch",
   "organization": "Mistral AI",
   "title": "directeur général",
   "start_year": "depuis 2023"
  },
  {
   "id": "mistral",
   "type": "spending",
   "evidence": "Mistral AI dépense 2 milliards d'euros sur quatre ans",
   "spender": "Mistral AI",
   "amount": "2 milliards d'euros",
   "period": "sur quatre ans"
  },
  {
   "id": "iliad",
   "type": "spending",
   "evidence": "Iliad dépense 3 milliards d'euros d'ici 2027",
   "spender": "Iliad",
   "amount": "3 milliards d'euros",
   "period": "d'ici 2027"
  },
  {
   "id": "orange",
   "type": "spending",
   "evidence": "Orange dépense 1 milliard d'euros chaque année",
   "spender": "Orange",
   "amount": "1 milliard d'euros",
   "period": "chaque année"
  }
 ]
})json";

struct Loaded {
    TempDir dir;
    fs::path db = dir / "t.sqlite";
    RunResult load;
    Loaded() {
        dir.write("in/stargate-en.claims.json", kEnglish);
        dir.write("in/campus-fr.claims.json", kFrench);
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

}  // namespace

TEST_CASE("roles in time, named partnerships and spending periods load in both languages",
          "[e2e][roles_in_time]") {
    Loaded s;
    INFO(s.load.err);
    REQUIRE(s.load.exit_code == 0);
    CHECK(s.load.out.find("facts: 16 added, 0 removed, 0 unchanged") != std::string::npos);
    // The two periods in no form: kept, NULL years, a warning each.
    CHECK(s.load.out.find("warnings: 2\n") != std::string::npos);
    CHECK(s.load.out.find("claim orange: period: is no form read as years") != std::string::npos);
    CHECK(s.load.out.find("claim amazon: period: is no form read as years") != std::string::npos);

    // The CEO role is current, the chairmanship of the same sentence
    // incoming; former and incoming in French; start years from "since" and
    // "depuis"; as_of is each document's published date.
    CHECK(s.query({"query", "people", "--format", "csv"}) ==
          "person,title,organization,tense,start_year,as_of,modality,quote\n"
          "Anne Martin,présidente,Campus IA,incoming,,2025-09-15,planned,Anne Martin sera la "
          "future présidente du Campus IA\n"
          "Eric Schmidt,directeur général,Google,former,,2025-09-15,planned,\"Eric Schmidt, "
          "ancien directeur général de Google, deviendra président de Relativity Space\"\n"
          "Arthur Mensch,directeur général,Mistral AI,current,2023,2025-09-15,asserted,Arthur "
          "Mensch est directeur général de Mistral AI depuis 2023\n"
          "Ilya Sutskever,chief scientist,OpenAI,former,,2025-06-01,asserted,Former OpenAI chief "
          "scientist Ilya Sutskever founded a new company\n"
          "Sarah Friar,chief financial officer,OpenAI,current,2024,2025-06-01,asserted,Sarah "
          "Friar has been chief financial officer of OpenAI since 2024\n"
          "Eric Schmidt,président,Relativity Space,incoming,,2025-09-15,planned,\"Eric Schmidt, "
          "ancien directeur général de Google, deviendra président de Relativity Space\"\n"
          "Masayoshi Son,chief executive,SoftBank,current,,2025-06-01,planned,SoftBank chief "
          "executive Masayoshi Son will be chairman of Stargate\n"
          "Masayoshi Son,chairman,Stargate,incoming,,2025-06-01,planned,SoftBank chief executive "
          "Masayoshi Son will be chairman of Stargate\n");
    CHECK(s.query({"sql", "--format", "csv",
                   "SELECT p.name, r.title, r.tense, coalesce(r.tense_cue, '-') AS cue FROM roles r"
                   " JOIN entities p ON p.id = r.person_id ORDER BY r.fact_id"}) ==
          "name,title,tense,cue\n"
          "Eric Schmidt,directeur général,former,ancien directeur général\n"
          "Eric Schmidt,président,incoming,deviendra président\n"
          "Anne Martin,présidente,incoming,sera la future présidente\n"
          "Arthur Mensch,directeur général,current,-\n"
          "Masayoshi Son,chief executive,current,-\n"
          "Masayoshi Son,chairman,incoming,will be chairman\n"
          "Ilya Sutskever,chief scientist,former,Former OpenAI chief scientist\n"
          "Sarah Friar,chief financial officer,current,-\n");

    // The venture is an entity: its partners show as members, its chairman
    // through the role; the name resolves through its aliases like any name.
    const std::string quote_en =
        "\"OpenAI, SoftBank and Oracle formed Stargate, a joint venture to build AI data "
        "centres\"";
    CHECK(s.query({"query", "entity", "-p", "name", "STARGATE", "--format", "csv"}) ==
          "fact_id,type,role,summary,modality,document,documents,quote\n"
          "10,partnership,member,OpenAI: partner in Stargate,asserted,stargate-en,1," + quote_en +
              "\n"
              "10,partnership,member,Oracle: partner in Stargate,asserted,stargate-en,1," +
              quote_en +
              "\n"
              "10,partnership,member,SoftBank: partner in Stargate,asserted,stargate-en,1," +
              quote_en +
              "\n"
              "10,partnership,venture,\"Stargate: partnership of OpenAI, SoftBank and Oracle: "
              "build AI data centres\",asserted,stargate-en,1," +
              quote_en +
              "\n"
              "11,role,organization,Masayoshi Son: chairman at Stargate (incoming),planned,"
              "stargate-en,1,SoftBank chief executive Masayoshi Son will be chairman of "
              "Stargate\n");
    const std::string quote_fr =
        "\"Mistral AI, Nvidia et MGX s'associent au sein du Campus IA pour construire un centre "
        "de données\"";
    CHECK(s.query({"query", "entity", "-p", "name", "Campus IA", "--format", "csv"}) ==
          "fact_id,type,role,summary,modality,document,documents,quote\n"
          "3,partnership,member,MGX: partner in Campus IA,asserted,campus-fr,1," + quote_fr +
              "\n"
              "3,partnership,member,Mistral AI: partner in Campus IA,asserted,campus-fr,1," +
              quote_fr +
              "\n"
              "3,partnership,member,Nvidia: partner in Campus IA,asserted,campus-fr,1," +
              quote_fr +
              "\n"
              "3,partnership,venture,\"Campus IA: partnership of Mistral AI, Nvidia and MGX: "
              "construire un centre de données\",asserted,campus-fr,1," +
              quote_fr +
              "\n"
              "4,role,organization,Anne Martin: présidente at Campus IA (incoming),planned,"
              "campus-fr,1,Anne Martin sera la future présidente du Campus IA\n");
    CHECK(s.query({"sql", "--format", "csv",
                   "SELECT kind, name FROM entities WHERE name IN ('Stargate', 'Campus IA')"
                   " ORDER BY name"}) == "kind,name\nproject,Campus IA\nproject,Stargate\n");
    CHECK(s.query({"sql", "--format", "csv",
                   "SELECT fact_id, parties, purpose, name FROM partnerships_v ORDER BY fact_id"}) ==
          "fact_id,parties,purpose,name\n"
          "3,\"Mistral AI, Nvidia, MGX\",construire un centre de données,Campus IA\n"
          "10,\"OpenAI, SoftBank, Oracle\",build AI data centres,Stargate\n");

    // Periods: fiscal year, a span by a year, spans over N years from the
    // published year (2025), and two periods in no form kept with NULL years.
    CHECK(s.query({"sql", "--format", "csv",
                   "SELECT e.name, s.amount_low, s.currency, s.period, s.period_start,"
                   " s.period_end FROM spending s JOIN entities e ON e.id = s.spender_id"
                   " ORDER BY e.name"}) ==
          "name,amount_low,currency,period,period_start,period_end\n"
          "Amazon,100000000000,USD,annually,,\n"
          "Iliad,3000000000,EUR,d'ici 2027,2025,2027\n"
          "Meta,600000000000,USD,over four years,2025,2028\n"
          "Microsoft,80000000000,USD,fiscal 2025,2025,2025\n"
          "Mistral AI,2000000000,EUR,sur quatre ans,2025,2028\n"
          "Orange,1000000000,EUR,chaque année,,\n");

    // --strict: the unreadable periods are errors, and nothing is loaded.
    TempDir strict;
    const RunResult refused = run_factdb({"--db", (strict / "s.sqlite").string(), "load",
                                          "--strict", (s.dir / "in").string()});
    CHECK(refused.exit_code != 0);
    CHECK(refused.err.find("claim orange: period: is no form read as years (a year, a fiscal "
                           "year, a span or a number of years), so its years are NULL; the text "
                           "is kept (docs/NORMALISATION.md 5.12) (chaque année)") !=
          std::string::npos);
}
