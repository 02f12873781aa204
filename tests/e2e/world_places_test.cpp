// World places end to end (issue 13): the real factdb binary loads English
// and French datacenter claims placed in ISO 3166 subdivisions and
// countries beyond the US ("en Essonne", "in County Dublin", "in Bavaria",
// "en Bavière", "in Karnataka", "in Ireland", "30 data centres in France"),
// and the exact rows of the named query datacenters are checked: each fact
// with its country and subdivision, the location text as written.
#include <catch2/catch.hpp>

#include "support/fixtures.h"

using namespace factdb::testing;

namespace {

const char* const kEnglish = R"json({"format": "factdb.claims/1",
 "document": {"id": "world-en", "title": "Data centres abroad", "language": "en", "published": "2026-03-01", "url": null,
  "text": "Equinix operates a data centre in County Dublin. Microsoft is building a campus in Bavaria. Google runs a site in Karnataka. Amazon runs 30 data centres in France. Meta operates 2 data centres in Ireland."},
 "claims": [
  {"id": "dublin", "type": "datacenter", "evidence": "Equinix operates a data centre in County Dublin",
   "operator": "Equinix", "location": "in County Dublin"},
  {"id": "bavaria", "type": "datacenter", "evidence": "Microsoft is building a campus in Bavaria",
   "operator": "Microsoft", "location": "in Bavaria"},
  {"id": "karnataka", "type": "datacenter", "evidence": "Google runs a site in Karnataka",
   "operator": "Google", "location": "in Karnataka"},
  {"id": "france", "type": "datacenter", "evidence": "Amazon runs 30 data centres in France",
   "operator": "Amazon", "location": "in France", "count": "30"},
  {"id": "ireland", "type": "datacenter", "evidence": "Meta operates 2 data centres in Ireland",
   "operator": "Meta", "location": "in Ireland", "count": "2"}
 ]})json";

const char* const kFrench = R"json({"format": "factdb.claims/1",
 "document": {"id": "world-fr", "title": "Centres de données", "language": "fr", "published": "2026-03-02", "url": null,
  "text": "Data4 exploite un centre de données en Essonne. SAP construit un site en Bavière."},
 "claims": [
  {"id": "essonne", "type": "datacenter", "evidence": "Data4 exploite un centre de données en Essonne",
   "operator": "Data4", "location": "en Essonne"},
  {"id": "baviere", "type": "datacenter", "evidence": "SAP construit un site en Bavière",
   "operator": "SAP", "location": "en Bavière"}
 ]})json";

struct WorldDb {
    TempDir dir;
    fs::path db_path = dir / "world.sqlite";
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

TEST_CASE("world places: data centres in FR-91, IE-D, DE-BY, IN-KA and country-level facts",
          "[e2e][datacenters][world]") {
    WorldDb s;
    INFO(s.load.err);
    REQUIRE(s.load.exit_code == 0);
    CHECK(s.load.out.find("facts: 7 added, 0 removed, 0 unchanged") != std::string::npos);
    CHECK(s.load.out.find("warnings: 0") != std::string::npos);
    // By country, then state, locality, site, operator: a subdivision's row
    // keeps the location text as written; a country-level fact ("30 data
    // centres in France") shows with its country and no subdivision.
    CHECK(s.query("datacenters") ==
        "country,state,location,locality,site,operator,datacenter_count,count_qualifier,capacity_mw_low,capacity_mw_high,capacity_qualifier,investment_low,investment_high,investment_qualifier,currency,status,modality,documents,quote,subdivision\r\n"
        "DE,,in Bavaria,,,Microsoft,,undisclosed,,,undisclosed,,,undisclosed,,under_construction,asserted,1,Microsoft is building a campus in Bavaria,DE-BY\r\n"
        "DE,,en Bavière,,,SAP,,undisclosed,,,undisclosed,,,undisclosed,,under_construction,asserted,1,SAP construit un site en Bavière,DE-BY\r\n"
        "FR,,in France,,,Amazon,30,exact,,,undisclosed,,,undisclosed,,operating,asserted,1,Amazon runs 30 data centres in France,\r\n"
        "FR,,en Essonne,,,Data4,,undisclosed,,,undisclosed,,,undisclosed,,operating,asserted,1,Data4 exploite un centre de données en Essonne,FR-91\r\n"
        "IE,,in County Dublin,,,Equinix,,undisclosed,,,undisclosed,,,undisclosed,,operating,asserted,1,Equinix operates a data centre in County Dublin,IE-D\r\n"
        "IE,,in Ireland,,,Meta,2,exact,,,undisclosed,,,undisclosed,,operating,asserted,1,Meta operates 2 data centres in Ireland,\r\n"
        "IN,,in Karnataka,,,Google,,undisclosed,,,undisclosed,,,undisclosed,,operating,asserted,1,Google runs a site in Karnataka,IN-KA\r\n");
    // No US state among them: datacenters_by_state has only its header.
    CHECK(s.query("datacenters_by_state") ==
        "state_code,state_name,operator,datacenter_count,count_qualifier,previous_count,investment_low,investment_high,investment_qualifier,currency,modality,quote,capacity_mw_low,capacity_mw_high,capacity_qualifier,site,locality\r\n");
}

TEST_CASE("world places: a shared name warns with its candidates, and the code chooses",
          "[e2e][places][world]") {
    TempDir dir;
    const fs::path db = dir / "l.sqlite";
    const fs::path claims = dir.write("lim.claims.json", R"json({"format": "factdb.claims/1",
 "document": {"id": "l", "title": "L", "language": "en", "published": null, "url": null,
  "text": "Acme builds 2 data centers in Limburg. Beta builds 3 data centers in NL-LI."},
 "claims": [
  {"id": "a", "type": "datacenter", "evidence": "Acme builds 2 data centers in Limburg",
   "operator": "Acme", "location": "Limburg", "count": "2"},
  {"id": "b", "type": "datacenter", "evidence": "Beta builds 3 data centers in NL-LI",
   "operator": "Beta", "location": "NL-LI", "count": "3"}]})json");
    const RunResult load = run_factdb({"--db", db.string(), "load", claims.string()});
    INFO(load.err);
    REQUIRE(load.exit_code == 0);
    CHECK(load.out.find("warnings: 1\n  " + claims.string() +
                        ": claim a: location: ambiguous place, stored as written without a place "
                        "code: it names BE-VLI (Limburg, Belgium), NL-LI (Limburg, Netherlands); "
                        "write its ISO 3166-2 code (\"BE-VLI\" or \"NL-LI\") to choose (Limburg)\n") !=
          std::string::npos);
    const RunResult q = run_factdb({"--db", db.string(), "sql",
                                    "SELECT operator, place_code FROM datacenters_v ORDER BY 1",
                                    "--format", "csv"});
    INFO(q.err);
    CHECK(q.out == "operator,place_code\r\nAcme,\r\nBeta,NL-LI\r\n");
}
