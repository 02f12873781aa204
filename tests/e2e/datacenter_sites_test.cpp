// Data-centre sites end to end (issue 13): the real factdb binary loads an
// English and a French claims file whose datacenter claims use site,
// locality ("City, State", county and parish forms, French "paroisse de",
// "comté de ... au Texas"), capacity (MW, GW, "plus de 300 mégawatts",
// "un gigawatt", "between 1 and 2 GW") and status (given, and inferred from
// the verb: operates, are building, cancelled, runs, construit, construira),
// and the exact rows of the named queries datacenters and
// datacenters_by_state are checked, with what the load reports.
#include <catch2/catch.hpp>

#include "support/fixtures.h"

using namespace factdb::testing;

namespace {

const char* const kEnglish = R"json({"format": "factdb.claims/1",
 "document": {"id": "sites-en", "title": "AI data centres", "language": "en", "published": "2026-03-01", "url": null,
  "text": "xAI operates Colossus, a 150 MW supercomputer in Memphis, Tennessee. OpenAI and Oracle are building Stargate Abilene in Abilene, Texas, a campus of between 1 and 2 GW. Meta will build Hyperion, a 5 gigawatt data center in Richland Parish, Louisiana. Microsoft cancelled a 300 MW project in Mount Pleasant. Google runs about 30 data centres in the United States."},
 "claims": [
  {"id": "colossus", "type": "datacenter", "evidence": "xAI operates Colossus, a 150 MW supercomputer in Memphis, Tennessee",
   "operator": "xAI", "site": "Colossus", "locality": "Memphis, Tennessee", "capacity": "150 MW"},
  {"id": "abilene", "type": "datacenter", "evidence": "OpenAI and Oracle are building Stargate Abilene in Abilene, Texas, a campus of between 1 and 2 GW",
   "operator": "Oracle", "site": "Stargate Abilene", "location": "Abilene, Texas", "capacity": "between 1 and 2 GW"},
  {"id": "hyperion", "type": "datacenter", "evidence": "Meta will build Hyperion, a 5 gigawatt data center in Richland Parish, Louisiana",
   "operator": "Meta", "site": "Hyperion", "locality": "Richland Parish, Louisiana", "capacity": "5 gigawatt", "status": "planned"},
  {"id": "mount-pleasant", "type": "datacenter", "evidence": "Microsoft cancelled a 300 MW project in Mount Pleasant",
   "operator": "Microsoft", "locality": "Mount Pleasant", "capacity": "300 MW"},
  {"id": "google-us", "type": "datacenter", "evidence": "Google runs about 30 data centres in the United States",
   "operator": "Google", "location": "the United States", "count": "about 30"}
 ]})json";

const char* const kFrench = R"json({"format": "factdb.claims/1",
 "document": {"id": "sites-fr", "title": "Centres de données", "language": "fr", "published": "2026-03-02", "url": null,
  "text": "Meta construit un centre de données de plus de 300 mégawatts dans la paroisse de Richland, en Louisiane. Amazon construira un campus d'un gigawatt dans le comté de Shackelford au Texas. Mistral exploite un site de 40 MW à Paris, en France."},
 "claims": [
  {"id": "richland", "type": "datacenter", "evidence": "Meta construit un centre de données de plus de 300 mégawatts dans la paroisse de Richland, en Louisiane",
   "operator": "Meta", "locality": "la paroisse de Richland, en Louisiane", "capacity": "plus de 300 mégawatts"},
  {"id": "shackelford", "type": "datacenter", "evidence": "Amazon construira un campus d'un gigawatt dans le comté de Shackelford au Texas",
   "operator": "Amazon", "locality": "le comté de Shackelford au Texas", "capacity": "un gigawatt"},
  {"id": "paris", "type": "datacenter", "evidence": "Mistral exploite un site de 40 MW à Paris, en France",
   "operator": "Mistral", "site": "Mistral Compute", "locality": "à Paris, en France", "capacity": "40 MW", "status": "en service"}
 ]})json";

struct SitesDb {
    TempDir dir;
    fs::path db_path = dir / "sites.sqlite";
    fs::path claims = [this] {
        dir.write("claims/en.claims.json", kEnglish);
        dir.write("claims/fr.claims.json", kFrench);
        return dir / "claims";
    }();
    RunResult load = run_factdb({"--db", db_path.string(), "load", claims.string()}, "",
                                {"FACTDB_NOW=2026-11-28T12:00:00Z"});

    // CSV rows end in CRLF (RFC 4180).
    std::string query(const std::string& name) const {
        const RunResult r = run_factdb({"--db", db_path.string(), "query", name, "--format", "csv"});
        INFO(r.err);
        CHECK(r.exit_code == 0);
        return r.out;
    }
};

}  // namespace

TEST_CASE("data-centre sites load, with one warning for a locality without a state",
          "[e2e][datacenters]") {
    SitesDb s;
    INFO(s.load.err);
    REQUIRE(s.load.exit_code == 0);
    CHECK(s.load.out.find("facts: 8 added, 0 removed, 0 unchanged") != std::string::npos);
    CHECK(s.load.out.find(
              "warnings: 1\n"
              "  " + (s.claims / "en.claims.json").string() +
              ": claim mount-pleasant: locality: names no state: factdb has no gazetteer of "
              "cities, counties or parishes, so the locality is kept as text without a place "
              "code; write it 'City, State' ('Abilene, Texas', 'la paroisse de Richland, en "
              "Louisiane') or give \"location\" (Mount Pleasant)\n") != std::string::npos);
    // Loading again changes nothing: the new fields are part of stable keys.
    const RunResult again = run_factdb({"--db", s.db_path.string(), "load", s.claims.string()},
                                       "", {"FACTDB_NOW=2026-11-29T12:00:00Z"});
    CHECK(again.out.find("facts: 0 added, 0 removed, 8 unchanged") != std::string::npos);
}

TEST_CASE("query datacenters lists every site with country, state, locality, capacity, status",
          "[e2e][datacenters]") {
    SitesDb s;
    INFO(s.load.err);
    REQUIRE(s.load.exit_code == 0);
    CHECK(s.query("datacenters") ==
        "country,state,location,locality,site,operator,datacenter_count,count_qualifier,capacity_mw_low,capacity_mw_high,capacity_qualifier,investment_low,investment_high,investment_qualifier,currency,status,modality,documents,quote,subdivision\r\n"
        "FR,,,Paris,Mistral Compute,Mistral,,undisclosed,40.0,40.0,exact,,,undisclosed,,operating,asserted,1,\"Mistral exploite un site de 40 MW à Paris, en France\",FR-75\r\n"
        "US,,the United States,,,Google,30,approximately,,,undisclosed,,,undisclosed,,operating,asserted,1,Google runs about 30 data centres in the United States,\r\n"
        "US,US-LA,,Richland Parish,Hyperion,Meta,,undisclosed,5000.0,5000.0,exact,,,undisclosed,,planned,planned,1,\"Meta will build Hyperion, a 5 gigawatt data center in Richland Parish, Louisiana\",\r\n"
        "US,US-LA,,la paroisse de Richland,,Meta,,undisclosed,300.0,,more_than,,,undisclosed,,under_construction,asserted,1,\"Meta construit un centre de données de plus de 300 mégawatts dans la paroisse de Richland, en Louisiane\",\r\n"
        "US,US-TN,,Memphis,Colossus,xAI,,undisclosed,150.0,150.0,exact,,,undisclosed,,operating,asserted,1,\"xAI operates Colossus, a 150 MW supercomputer in Memphis, Tennessee\",\r\n"
        "US,US-TX,\"Abilene, Texas\",Abilene,Stargate Abilene,Oracle,,undisclosed,1000.0,2000.0,between,,,undisclosed,,under_construction,asserted,1,\"OpenAI and Oracle are building Stargate Abilene in Abilene, Texas, a campus of between 1 and 2 GW\",\r\n"
        "US,US-TX,,le comté de Shackelford,,Amazon,,undisclosed,1000.0,1000.0,exact,,,undisclosed,,planned,planned,1,Amazon construira un campus d'un gigawatt dans le comté de Shackelford au Texas,\r\n"
        ",,,Mount Pleasant,,Microsoft,,undisclosed,300.0,300.0,exact,,,undisclosed,,cancelled,asserted,1,Microsoft cancelled a 300 MW project in Mount Pleasant,\r\n");
}

TEST_CASE("query datacenters_by_state keeps its columns and adds capacity, site, locality",
          "[e2e][datacenters]") {
    SitesDb s;
    INFO(s.load.err);
    REQUIRE(s.load.exit_code == 0);
    CHECK(s.query("datacenters_by_state") ==
        "state_code,state_name,operator,datacenter_count,count_qualifier,previous_count,investment_low,investment_high,investment_qualifier,currency,modality,quote,capacity_mw_low,capacity_mw_high,capacity_qualifier,site,locality\r\n"
        "US-LA,Louisiana,Meta,,undisclosed,,,,undisclosed,,planned,\"Meta will build Hyperion, a 5 gigawatt data center in Richland Parish, Louisiana\",5000.0,5000.0,exact,Hyperion,Richland Parish\r\n"
        "US-LA,Louisiana,Meta,,undisclosed,,,,undisclosed,,asserted,\"Meta construit un centre de données de plus de 300 mégawatts dans la paroisse de Richland, en Louisiane\",300.0,,more_than,,la paroisse de Richland\r\n"
        "US-TN,Tennessee,xAI,,undisclosed,,,,undisclosed,,asserted,\"xAI operates Colossus, a 150 MW supercomputer in Memphis, Tennessee\",150.0,150.0,exact,Colossus,Memphis\r\n"
        "US-TX,Texas,Amazon,,undisclosed,,,,undisclosed,,planned,Amazon construira un campus d'un gigawatt dans le comté de Shackelford au Texas,1000.0,1000.0,exact,,le comté de Shackelford\r\n"
        "US-TX,Texas,Oracle,,undisclosed,,,,undisclosed,,asserted,\"OpenAI and Oracle are building Stargate Abilene in Abilene, Texas, a campus of between 1 and 2 GW\",1000.0,2000.0,between,Stargate Abilene,Abilene\r\n");
}

TEST_CASE("inferred statuses keep their cue, given ones have none", "[e2e][datacenters]") {
    SitesDb s;
    REQUIRE(s.load.exit_code == 0);
    SQLite::Database db(s.db_path.string());
    CHECK(sql_rows(db,
                   "SELECT e.claim_id, d.status, coalesce(d.status_cue, 'NULL'),"
                   " coalesce(d.locality_text, 'NULL'), coalesce(d.capacity_text, 'NULL')"
                   " FROM datacenters d JOIN evidence e ON e.fact_id = d.fact_id"
                   " ORDER BY e.claim_id") ==
          "abilene|under_construction|are building|NULL|between 1 and 2 GW\n"
          "colossus|operating|operates|Memphis, Tennessee|150 MW\n"
          "google-us|operating|runs|NULL|NULL\n"
          "hyperion|planned|NULL|Richland Parish, Louisiana|5 gigawatt\n"
          "mount-pleasant|cancelled|cancelled|Mount Pleasant|300 MW\n"
          "paris|operating|NULL|à Paris, en France|40 MW\n"
          "richland|under_construction|construit|la paroisse de Richland, en Louisiane|plus de "
          "300 mégawatts\n"
          "shackelford|planned|construira|le comté de Shackelford au Texas|un gigawatt\n");
}
