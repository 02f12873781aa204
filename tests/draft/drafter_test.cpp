// The drafter's rules, sentence by sentence, French and English: each row a
// sentence and the exact claims it drafts ("rule | evidence | fields"), or
// none.  Also: every enabled rule drafts a claim the loader's fact model
// takes; a rules file's errors; hostile input drafted in linear work.
#include "draft/drafter.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <set>
#include <string>
#include <vector>

#include "draft/rules.h"
#include "errors/error.h"
#include "loader/claim_types.h"
#include "loader/places_table.h"
#include "support/fences.h"

using factdb::Language;
using factdb::article::Article;
using factdb::draft::Draft;
using factdb::draft::Drafter;

namespace {

const factdb::PlaceResolver& places() {
    static const factdb::PlaceResolver resolver(factdb::reference_places());
    return resolver;
}

Article article_of(const std::string& text, Language language) {
    Article a;
    a.source = "test.txt";
    a.id = "test";
    a.title = "Test";
    a.language = language;
    a.text = text;
    return a;
}

std::vector<std::string> drafted(const std::string& text, Language language) {
    const Drafter drafter(&places());
    const Draft d = drafter.draft(article_of(text, language));
    std::vector<std::string> out;
    for (const auto& c : d.claims) out.push_back(c.rule + " | " + c.evidence + " | " + c.fields.dump());
    return out;
}

struct Row {
    const char* sentence;
    std::vector<std::string> claims;
};

void check_rows(const std::vector<Row>& rows, Language language) {
    for (const Row& row : rows) {
        INFO(row.sentence);
        CHECK(drafted(row.sentence, language) == row.claims);
    }
}

}  // namespace

TEST_CASE("French rules draft the claims of each sentence with exact fields", "[draft]") {
    check_rows(
        {
            {"Amazon a investi 8 milliards de dollars dans Anthropic.",
             {R"(fr.investment.investir-montant-dans | Amazon a investi 8 milliards de dollars dans Anthropic | {"investor":"Amazon","amount":"8 milliards de dollars","investee":"Anthropic"})"}},
            {"Microsoft investit dans Mistral AI à hauteur de 15 millions d'euros.",
             {R"(fr.investment.investir-dans-montant | Microsoft investit dans Mistral AI à hauteur de 15 millions d'euros | {"investor":"Microsoft","investee":"Mistral AI","amount":"15 millions d'euros"})"}},
            {"Mistral AI a levé 600 millions d'euros lors d'une série B menée par General Catalyst.",
             {R"(fr.funding_round.lever-serie-menee | Mistral AI a levé 600 millions d'euros lors d'une série B menée par General Catalyst | {"company":"Mistral AI","amount":"600 millions d'euros","round":"série B","lead":["General Catalyst"]})"}},
            {"La start-up Poolside lève 500 millions de dollars.",
             {R"(fr.funding_round.lever | Poolside lève 500 millions de dollars | {"company":"Poolside","amount":"500 millions de dollars"})"}},
            {"Meta exploite déjà une vingtaine de centres de données aux États-Unis.",
             {R"(fr.datacenter.compte-lieu | Meta exploite déjà une vingtaine de centres de données aux États-Unis | {"operator":"Meta","count":"une vingtaine","location":"États-Unis"})"}},
            {"Amazon va construire deux centres de données en Caroline du Nord.",
             {R"(fr.datacenter.compte-lieu | Amazon va construire deux centres de données en Caroline du Nord | {"operator":"Amazon","count":"deux","location":"Caroline du Nord"})"}},
            {"Arthur Mensch, directeur général de Mistral AI, a parlé.",
             {R"(fr.role.apposition | Arthur Mensch, directeur général de Mistral AI | {"person":"Arthur Mensch","title":"directeur général","organization":"Mistral AI"})"}},
            {"Le directeur général de Mistral AI, Arthur Mensch, a parlé.",
             {R"(fr.role.titre-avant | directeur général de Mistral AI, Arthur Mensch | {"title":"directeur général","organization":"Mistral AI","person":"Arthur Mensch"})"}},
            {"Nvidia détient environ 7 % de CoreWeave.",
             {R"(fr.stake.detenir | Nvidia détient environ 7 % de CoreWeave | {"holder":"Nvidia","share":"environ 7 %","company":"CoreWeave"})"}},
            {"Le fonds Insight Partners, actionnaire principal de Run:ai, cède sa part.",
             {R"(fr.stake.actionnaire | Insight Partners, actionnaire principal de Run:ai | {"holder":"Insight Partners","share":"actionnaire principal","company":"Run:ai"})"}},
            {"La valorisation de Mistral AI atteint 6 milliards d'euros.",
             {R"(fr.valuation.valorisation-de | valorisation de Mistral AI atteint 6 milliards d'euros | {"company":"Mistral AI","amount":"6 milliards d'euros"})"}},
            {"Mistral AI, valorisée 6 milliards d'euros, recrute.",
             {R"(fr.valuation.valorise | Mistral AI, valorisée 6 milliards d'euros | {"company":"Mistral AI","amount":"6 milliards d'euros"})"}},
            // acquisition rules are off until the loader knows the type.
            {"Nvidia Corp. a racheté Run:ai pour 700 millions de dollars.", {}},
            {"Il fait beau à Paris et Jean Dupont se promène.", {}},
            // After a name, a gap never skips a comma: Charles Kantor raised nothing.
            {"H Company, dont le directeur général est Charles Kantor, a levé 250 millions d'euros.",
             {R"(fr.role.dont-le-titre | H Company, dont le directeur général est Charles Kantor | {"organization":"H Company","title":"directeur général","person":"Charles Kantor"})"}},
            {"Peter Wennink, ancien directeur général d'ASML, siège au conseil.",
             {R"(fr.role.apposition | Peter Wennink, ancien directeur général d'ASML | {"person":"Peter Wennink","title":"directeur général","organization":"ASML"})"}},
            {"Arthur Mensch, le patron de Mistral AI, a parlé.",
             {R"(fr.role.apposition | Arthur Mensch, le patron de Mistral AI | {"person":"Arthur Mensch","title":"patron","organization":"Mistral AI"})"}},
            {"Mistral AI a annoncé avoir bouclé une levée de fonds de 1,7 milliard d'euros.",
             {R"(fr.funding_round.levee-de-fonds | Mistral AI a annoncé avoir bouclé une levée de fonds de 1,7 milliard d'euros | {"company":"Mistral AI","amount":"1,7 milliard d'euros"})"}},
            // "l'Indiana" is no company: no investment.
            {"Selon Le Monde, Amazon investira 11 milliards de dollars dans l'Indiana.", {}},
        },
        Language::fr);
}

TEST_CASE("English rules draft the claims of each sentence with exact fields", "[draft]") {
    check_rows(
        {
            {"Amazon invested $8 billion in Anthropic.",
             {R"(en.investment.invest-amount-in | Amazon invested $8 billion in Anthropic | {"investor":"Amazon","amount":"$8 billion","investee":"Anthropic"})"}},
            {"Microsoft has invested in OpenAI.",
             {R"(en.investment.invest-in | Microsoft has invested in OpenAI | {"investor":"Microsoft","investee":"OpenAI"})"}},
            {"Anthropic raised $4 billion in a Series E led by Lightspeed Venture Partners and Fidelity.",
             {R"(en.funding_round.raise-round-led | Anthropic raised $4 billion in a Series E led by Lightspeed Venture Partners and Fidelity | {"company":"Anthropic","amount":"$4 billion","round":"Series E","lead":["Lightspeed Venture Partners","Fidelity"]})"}},
            {"Cohere raised $500 million.",
             {R"(en.funding_round.raise | Cohere raised $500 million | {"company":"Cohere","amount":"$500 million"})"}},
            {"Google plans to build three data centers in Ohio.",
             {R"(en.datacenter.count-place | Google plans to build three data centers in Ohio | {"operator":"Google","count":"three","location":"Ohio"})"}},
            {"Microsoft operates 300 data centres.",
             {R"(en.datacenter.count | Microsoft operates 300 data centres | {"operator":"Microsoft","count":"300"})"}},
            {"Sam Altman, chief executive of OpenAI, said so.",
             {R"(en.role.apposition | Sam Altman, chief executive of OpenAI | {"person":"Sam Altman","title":"chief executive","organization":"OpenAI"})"}},
            {"OpenAI's chief executive, Sam Altman, said so.",
             {R"(en.role.possessive | OpenAI's chief executive, Sam Altman | {"organization":"OpenAI","title":"chief executive","person":"Sam Altman"})"}},
            {"The CEO of Nvidia, Jensen Huang, spoke.",
             {R"(en.role.title-before | CEO of Nvidia, Jensen Huang | {"title":"CEO","organization":"Nvidia","person":"Jensen Huang"})"}},
            {"SoftBank holds 11% of OpenAI.",
             {R"(en.stake.hold | SoftBank holds 11% of OpenAI | {"holder":"SoftBank","share":"11%","company":"OpenAI"})"}},
            {"Microsoft took a 49% stake in OpenAI.",
             {R"(en.stake.stake-in | Microsoft took a 49% stake in OpenAI | {"holder":"Microsoft","share":"49%","company":"OpenAI"})"}},
            {"OpenAI was valued at $300 billion.",
             {R"(en.valuation.valued-at | OpenAI was valued at $300 billion | {"company":"OpenAI","amount":"$300 billion"})"}},
            {"The deal values Core Scientific at $9 billion.",
             {R"(en.valuation.valuing-at | values Core Scientific at $9 billion | {"company":"Core Scientific","amount":"$9 billion"})"}},
            {"Meta will build a data center campus in Louisiana with a capacity of 5 gigawatts.",
             {R"(en.datacenter.place-capacity | Meta will build a data center campus in Louisiana with a capacity of 5 gigawatts | {"operator":"Meta","location":"Louisiana","capacity":"5 gigawatts"})"}},
            {"The weather in Paris was fine, said John Smith.", {}},
            // A country is no investee.
            {"Google will invest €7 billion in Germany by 2029.", {}},
            {"Anthropic raised $16.5 billion in a Series G round led by GIC and Fidelity Management & Research.",
             {R"(en.funding_round.raise-round-led | Anthropic raised $16.5 billion in a Series G round led by GIC and Fidelity Management & Research | {"company":"Anthropic","amount":"$16.5 billion","round":"Series G","lead":["GIC","Fidelity Management & Research"]})"}},
            {"James O'Connor, the former head of Microsoft Ireland, welcomed it.",
             {R"(en.role.apposition | James O'Connor, the former head of Microsoft Ireland | {"person":"James O'Connor","title":"head","organization":"Microsoft Ireland"})"}},
            {"Krishna Rao, Anthropic's chief financial officer, said so.",
             {R"(en.role.name-possessive | Krishna Rao, Anthropic's chief financial officer | {"person":"Krishna Rao","organization":"Anthropic","title":"chief financial officer"})"}},
            {"Meta holds a stake of about 2.5% in EssilorLuxottica.",
             {R"(en.stake.stake-of | Meta holds a stake of about 2.5% in EssilorLuxottica | {"holder":"Meta","share":"about 2.5%","company":"EssilorLuxottica"})"}},
            {"Blue Owl Capital, which owns 80% of the Hyperion joint venture, agreed.",
             {R"(en.stake.which-owns | Blue Owl Capital, which owns 80% of the Hyperion | {"holder":"Blue Owl Capital","share":"80%","company":"Hyperion"})"}},
            {"Alphabet, whose market value exceeds $3 trillion, spends more.",
             {R"(en.valuation.whose-market-value | Alphabet, whose market value exceeds $3 trillion | {"company":"Alphabet","amount":"$3 trillion"})"}},
            // After a name, a gap never skips a comma: Eiso Kant raised nothing.
            {"Poolside, founded by Jason Warner and Eiso Kant, raised $1 billion.", {}},
            {"Nvidia Corp. acquired Run:ai for $700 million.", {}},
        },
        Language::en);
}

TEST_CASE("A repeated evidence carries its occurrence and duplicate claims are merged", "[draft]") {
    const Drafter drafter(&places());
    const Draft d = drafter.draft(article_of(
        "Amazon invested $8 billion in Anthropic. Later, Amazon invested $8 billion in Anthropic.",
        Language::en));
    // The same fields twice: one claim, from the first sentence.
    REQUIRE(d.claims.size() == 1);
    CHECK(d.claims[0].id == "investment-1");
    CHECK(d.claims[0].begin_byte == 0);
    CHECK(d.claims[0].occurrence == std::optional<std::size_t>(1));
    const auto j = factdb::draft::claims_json(article_of("Amazon invested $8 billion in Anthropic.", Language::en),
                                              drafter.draft(article_of("Amazon invested $8 billion in Anthropic.",
                                                                       Language::en)));
    CHECK(j.dump() ==
          R"({"format":"factdb.claims/1","document":{"id":"test","title":"Test","language":"en","published":null,"url":null,"text":"Amazon invested $8 billion in Anthropic."},"claims":[{"id":"investment-1","type":"investment","evidence":"Amazon invested $8 billion in Anthropic","investor":"Amazon","amount":"$8 billion","investee":"Anthropic","draft":{"rule":"en.investment.invest-amount-in","confidence":0.85}}]})");
}

TEST_CASE("Every enabled rule drafts a type and fields the loader takes, with its required fields", "[draft]") {
    std::size_t enabled = 0, off = 0;
    for (const Language l : {Language::fr, Language::en}) {
        for (const auto& rule : factdb::draft::builtin_rules(l).rules) {
            INFO(rule.file << ":" << rule.line << " " << rule.id);
            const factdb::ClaimTypeSpec* spec = factdb::find_claim_type(rule.type);
            if (!rule.enabled) {
                ++off;
                CHECK(!rule.note.empty());
                continue;
            }
            ++enabled;
            REQUIRE(spec != nullptr);
            std::set<std::string> captured;
            for (const auto& e : rule.pattern)
                if (!e.field.empty()) {
                    captured.insert(e.field);
                    CHECK(factdb::find_field(*spec, e.field) != nullptr);
                }
            for (const auto& f : spec->fields)
                if (f.required) CHECK(captured.count(std::string(f.name)) == 1);
        }
    }
    CHECK(enabled == 68);
    CHECK(off == 4);
}

TEST_CASE("A bad rules file is refused with its line and what to fix", "[draft]") {
    using factdb::draft::parse_rules;
    const auto error_of = [](const std::string& text) {
        try {
            parse_rules(text, "x.tsv", Language::en);
        } catch (const factdb::InputError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(error_of("rule\tr1\tinvestment\t0.5\tinvestor:NAME [0..9] investee:NAME\n") ==
          "x.tsv:1: a gap's bound must be a number from 0 to 8, not '9'");
    CHECK(error_of("# c\nrule\tr1\tinvestment\t1.5\tinvestor:NAME\n") ==
          "x.tsv:2: rule r1: confidence must be a number from 0 to 1, not '1.5'");
    CHECK(error_of("rule\tr1\tinvestment\t0.5\tinvestor:NAME [0..2]\n") ==
          "x.tsv:1: rule r1: a pattern cannot end with a gap");
    CHECK(error_of("rule\tr1\tinvestment\t0.5\tinvestor:NAME FOO\n") ==
          "x.tsv:1: unknown mention kind 'FOO' (kinds: NAME NAMES MONEY COUNT PERCENT SHARE POWER YEAR "
          "PLACE ROUND TITLE; write words in lower case)");
    CHECK(error_of("rule\tr1\tinvestment\t0.5\tin\n") ==
          "x.tsv:1: rule r1: no field is captured (write field:ELEMENT)");
    CHECK(error_of("rule\tr1\tinvestment\t0.5\ta:NAME\nrule\tr1\tinvestment\t0.5\ta:NAME\n") ==
          "x.tsv:2: rule id r1 is used twice");
    CHECK(error_of("off\tr1\tinvestment\t0.5\ta:NAME\n") ==
          "x.tsv:1: an off rule has 6 TAB-separated fields (off ID TYPE CONFIDENCE PATTERN NOTE), this line has 5");
    CHECK(error_of("rules\tr1\n") == "x.tsv:1: a line starts with rule, off or lex (or # for a comment), not 'rules'");
}

TEST_CASE("A 2 MB sentence of number words and capitalised names drafts in linear work", "[draft]") {
    // One sentence, no terminator: every rule is tried at every token.  The
    // matcher's element tests grow with the text, not its square: at most
    // rules x elements x (gap + 1) per token.
    const auto work_for = [](std::size_t bytes) {
        std::string text;
        const char* units[] = {"Trois Cent Mille ", "Alpha Beta ", "milliards de dollars ", "Gamma, Delta et ",
                               "investit ", "une trentaine ", "Epsilon "};
        for (std::size_t i = 0; text.size() < bytes; ++i) text += units[i % 7];
        const Drafter drafter(&places());
        const auto started = std::chrono::steady_clock::now();
        const Draft d = drafter.draft(article_of(text, Language::fr));
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
        INFO(bytes << " bytes: " << d.work << " tests, " << d.claims.size() << " claims, " << took.count() << " s");
        CHECK(d.sentences == 1);
        CHECK(took.count() < factdb::test::seconds_fence(30));
        return d.work;
    };
    const std::size_t small = work_for(1u << 20), big = work_for(2u << 20);
    // Twice the text, about twice the work (a quadratic matcher would do four times).
    CHECK(big < small * 2 + small / 10);
    CHECK(big > small * 2 - small / 10);
}
