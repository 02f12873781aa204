// parse_datacenter_status and infer_datacenter_status
// (lang/datacenter_status.h): the closed vocabulary of the claim field, and
// the status an evidence's verb shows, table driven in both languages: which
// cue decides (leftmost, longest, neutral rows), the exact words returned and
// their bytes, and texts that show no status.  These rows are the
// development set of the cue table (datacenter_status.cpp).
#include "lang/datacenter_status.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "lang/tokens.h"
#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct WordCase {
    factdb::Language language;
    std::string text;
    const char* code;
};

const std::vector<WordCase> kWords{
    {en, "planned", "planned"},
    {en, "Planned", "planned"},
    {en, "proposed", "planned"},
    {en, "under construction", "under_construction"},
    {en, "under_construction", "under_construction"},
    {en, "being built", "under_construction"},
    {en, "operating", "operating"},
    {en, "operational", "operating"},
    {en, "in service", "operating"},
    {en, "expanded", "expanded"},
    {en, "expansion", "expanded"},
    {en, "cancelled", "cancelled"},
    {en, "canceled", "cancelled"},
    {en, "scrapped", "cancelled"},
    {fr, "prévu", "planned"},
    {fr, "en projet", "planned"},
    {fr, "en construction", "under_construction"},
    {fr, "en cours de construction", "under_construction"},
    {fr, "en service", "operating"},
    {fr, "opérationnel", "operating"},
    {fr, "Opérationnelle", "operating"},
    {fr, "agrandi", "expanded"},
    {fr, "extension", "expanded"},
    {fr, "abandonné", "cancelled"},
    {fr, "annulée", "cancelled"},
    {fr, "operating", "operating"},  // the codes in either language
};

const std::string kAdvice =
    "; give planned, under_construction, operating, expanded or cancelled, or a French or "
    "English word for one (docs/NORMALISATION.md 5.10), or leave \"status\" out to infer it "
    "from the evidence";

struct WordError {
    factdb::Language language;
    std::string text;
    std::string error;
};

const std::vector<WordError> kWordErrors{
    {en, "", "empty text"},
    {en, "rumoured", "unrecognised status 'rumoured'" + kAdvice},
    {en, "en construction", "unrecognised status 'en construction'" + kAdvice},
    {fr, "under construction", "unrecognised status 'under construction'" + kAdvice},
    {fr, "en service depuis 2020", "unrecognised status 'en service depuis 2020'" + kAdvice},
    {en, "unspecified", "unrecognised status 'unspecified'" + kAdvice},
};

struct CueCase {
    factdb::Language language;
    std::string text;
    const char* status;  // nullptr: no cue
    std::string cue;
};

const std::vector<CueCase> kCues{
    // English: under construction
    {en, "xAI is building a supercomputer in Memphis", "under_construction", "is building"},
    {en, "Meta is also building a campus in Louisiana", "under_construction", "is also building"},
    {en, "The Abilene campus is under construction", "under_construction", "under construction"},
    {en, "A 1 GW site is being built in Texas", "under_construction", "being built"},
    {en, "OpenAI broke ground in Abilene", "under_construction", "broke ground"},
    {en, "Construction began last year", "under_construction", "Construction began"},
    // English: planned
    {en, "Meta will build a 2 GW data center", "planned", "will build"},
    {en, "Amazon will also build two sites", "planned", "will also build"},
    {en, "Google plans a campus in Ohio", "planned", "plans a"},
    {en, "Google plans to build in Ohio", "planned", "plans to"},
    {en, "Microsoft is planning a site", "planned", "is planning"},
    {en, "The site will be built by 2027", "planned", "will be built"},
    {en, "A proposed 5 GW campus in Wyoming", "planned", "proposed"},
    // English: operating
    {en, "xAI operates Colossus in Memphis", "operating", "operates"},
    {en, "Microsoft opened a data centre in Wisconsin", "operating", "opened"},
    {en, "The cluster went live in July", "operating", "went live"},
    {en, "The site has been in operation since 2020", "operating", "in operation"},
    {en, "Oracle runs a campus in Abilene", "operating", "runs"},
    // English: expanded
    {en, "xAI plans to expand Colossus", "planned", "plans to"},  // leftmost decides
    {en, "xAI will expand Colossus to 1 GW", "expanded", "expand"},
    {en, "The expansion adds 150 MW", "expanded", "expansion"},
    // English: cancelled
    {en, "Microsoft cancelled a site in Ohio", "cancelled", "cancelled"},
    {en, "The project was scrapped in March", "cancelled", "scrapped"},
    {en, "Plans were shelved last year", "cancelled", "shelved"},
    // English: neutral and none
    {en, "Google has built a campus in Iowa", nullptr, ""},
    {en, "Amazon announced a data centre in Indiana", nullptr, ""},
    {en, "The building houses 100,000 GPUs", nullptr, ""},
    // French: under construction
    {fr, "Meta construit un centre de données en Louisiane", "under_construction", "construit"},
    {fr, "Le campus est en construction", "under_construction", "en construction"},
    {fr, "Le site est en cours de construction", "under_construction", "en cours de construction"},
    {fr, "Amazon est en train de construire un campus", "under_construction",
     "est en train de construire"},
    // French: planned
    {fr, "Meta construira un centre de 2 gigawatts", "planned", "construira"},
    {fr, "Amazon prévoit un campus dans l'Ohio", "planned", "prévoit"},
    {fr, "Google va construire deux sites", "planned", "va construire"},
    {fr, "Le centre sera construit d'ici 2027", "planned", "sera construit"},
    // French: operating
    {fr, "Le centre est en service depuis 2021", "operating", "est en service"},
    {fr, "Microsoft a ouvert un centre au Wisconsin", "operating", "a ouvert"},
    {fr, "Microsoft a déjà ouvert un centre", "operating", "a déjà ouvert"},
    {fr, "xAI exploite Colossus à Memphis", "operating", "exploite"},
    {fr, "Le site a été mis en service en 2020", "operating", "mis en service"},
    // French: expanded
    {fr, "xAI veut agrandir Colossus", "expanded", "agrandir"},
    {fr, "L'extension ajoutera 150 MW", "expanded", "extension"},
    // French: cancelled
    {fr, "Le projet a été abandonné", "cancelled", "abandonné"},
    {fr, "Microsoft a abandonné le site", "cancelled", "a abandonné"},
    {fr, "Le campus a été annulé", "cancelled", "annulé"},
    // French: neutral and none
    {fr, "Google a construit un campus en Iowa", nullptr, ""},
    {fr, "Le centre a été construit en 2019", nullptr, ""},
    {fr, "Amazon a annoncé un centre en Indiana", nullptr, ""},
    // a cue of the other language is no cue
    {fr, "xAI is building Colossus", nullptr, ""},
    {en, "Meta construit un centre", nullptr, ""},
};

}  // namespace

TEST_CASE("parse_datacenter_status reads the status words of both languages",
          "[normalize][status]") {
    for (const auto& c : kWords) {
        INFO(c.text);
        CHECK(parse_datacenter_status(c.text, c.language) == c.code);
    }
    for (const auto& c : kWordErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_datacenter_status(c.text, c.language); }) == c.error);
    }
}

TEST_CASE("infer_datacenter_status finds the first cue of the evidence", "[normalize][status]") {
    for (const auto& c : kCues) {
        INFO(c.text);
        const auto found = infer_datacenter_status(c.text, c.language);
        if (!c.status) {
            CHECK_FALSE(found.has_value());
            continue;
        }
        REQUIRE(found.has_value());
        CHECK(found->status == c.status);
        CHECK(found->cue == c.cue);
        CHECK(c.text.substr(found->begin, found->end - found->begin) == c.cue);
    }
}

TEST_CASE("every status cue row is found alone and shows a known status",
          "[normalize][status]") {
    const std::set<std::string> codes{"planned", "under_construction", "operating", "expanded",
                                      "cancelled", ""};
    CHECK(datacenter_status_codes() ==
          "planned, under_construction, operating, expanded, cancelled");
    for (const auto& row : status_cue_rows()) {
        const std::string text = [&] {
            std::string t(row.pattern);
            const auto star = t.find('*');
            if (star != std::string::npos) t.replace(star, 1, "déjà");
            return t;
        }();
        INFO(text);
        CHECK(codes.count(std::string(row.status)) == 1);
        const factdb::Language language = (row.langs & kFr) ? fr : en;
        const auto found = infer_datacenter_status(text, language);
        if (row.status.empty()) {
            CHECK_FALSE(found.has_value());
        } else {
            REQUIRE(found.has_value());
            CHECK(found->status == row.status);
            CHECK(found->cue == text);
        }
    }
}
