// The claim normaliser (loader/claim_normalizer.h) on its own, with the
// reference places: each claim type's required fields and the draft a full
// claim of each type gives (columns, canonical and display values, entity
// names), the evidence location in bytes and characters (white-space and
// apostrophe folding, NFC, occurrence), the modality decision (given,
// inferred from cue words, refused), unknown fields with their suggestion,
// every problem of a claim collected with file, line, claim and field, the
// problems of each field kind, and squash_white_space.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "loader/claim_normalizer.h"
#include "loader/places_table.h"
#include "support/fences.h"
#include "text/unicode.h"

using namespace factdb;
using nlohmann::json;

namespace {

const PlaceResolver& places() {
    static const PlaceResolver resolver{reference_places()};
    return resolver;
}

// Sentences of the English document; each evidence below occurs once in it
// but the first sentence, repeated at the end.
const std::string kText =
    "Microsoft has invested $10 billion in OpenAI. According to Reuters, Amazon will invest "
    "more than $4bn in Anthropic. Nvidia plans to build five data centers in Texas. Google "
    "holds a 14% stake in Anthropic. Sam Altman is the chief executive of OpenAI. Nvidia "
    "supplies chips to OpenAI. Microsoft has invested $10 billion in OpenAI.";

struct Result {
    std::vector<FactDraft> drafts;
    std::vector<std::string> errors;  // what() of each problem, in order
};

// Normalises claims of a document with text (NFC) and language, read from
// doc.jsonl line 3.
Result normalize(const json& claims, const std::string& text = kText,
                 Language language = Language::en, SearchLimits limits = {},
                 std::optional<std::string> published = std::nullopt) {
    const SourceDocument source{"doc.jsonl", 3, ".", json{{"claims", claims}}};
    DocumentInput doc;
    doc.id = "doc-1";
    doc.title = "T";
    doc.published = std::move(published);
    doc.language = language;
    doc.text = text;
    doc.claims = &source.object["claims"];
    std::vector<InputError> errors;
    const ClaimNormalizer normalizer(places(), limits);
    Result r;
    r.drafts = normalizer.normalize(doc, source, errors);
    for (const auto& e : errors) r.errors.push_back(e.what());
    return r;
}

// The problems of one claim (which must give no draft).
std::vector<std::string> problems(const json& claim, const std::string& text = kText,
                                  Language language = Language::en) {
    const Result r = normalize(json::array({claim}), text, language);
    CHECK(r.drafts.empty());
    return r.errors;
}

std::string show(const SqlValue& v) {
    if (std::holds_alternative<std::monostate>(v)) return "NULL";
    if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&v)) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.15g", *d);
        return std::string("real ") + buf;
    }
    return "'" + std::get<std::string>(v) + "'";
}

template <class Map, class F>
std::string join(const Map& map, F&& value) {
    std::string out;
    for (const auto& [k, v] : map) out += (out.empty() ? "" : ", ") + k + "=" + value(v);
    return out;
}

// Everything a draft holds but its evidence, one part a line.
std::string fields(const FactDraft& d) {
    std::string people;
    for (const auto& p : d.participants) {
        people += (people.empty() ? "" : ", ") + std::string(p.field->name) + "#" +
                  std::to_string(p.position) + "=" + p.name;
    }
    std::string purposes;
    for (const auto& p : d.purposes) purposes += (purposes.empty() ? "" : "|") + p;
    const auto text = [](const std::string& s) { return "'" + s + "'"; };
    return std::string(d.spec->type) + " " + d.claim_id + "\nentities: " + people +
           "\ncolumns: " + join(d.columns, show) + "\ncanonical: " + join(d.canonical, text) +
           "\ndisplay: " + join(d.display, text) + "\npurposes: " + purposes +
           "\nnote: " + d.note.value_or("-");
}

// The one draft of one claim that must have no problem.
FactDraft draft(const json& claim, const std::string& text = kText,
                Language language = Language::en) {
    Result r = normalize(json::array({claim}), text, language);
    CHECK(r.errors == std::vector<std::string>{});
    REQUIRE(r.drafts.size() == 1);
    return std::move(r.drafts.front());
}

// The sentence is the document's text at sentence_span (drafts keep only
// its offsets).
std::string where(const FactDraft& d, std::string_view text = kText) {
    const std::string sentence(text.substr(d.sentence_span.begin_byte,
                                           d.sentence_span.end_byte - d.sentence_span.begin_byte));
    return "bytes " + std::to_string(d.span.begin_byte) + "-" + std::to_string(d.span.end_byte) +
           " chars " + std::to_string(d.span.begin_char) + "-" + std::to_string(d.span.end_char) +
           " quote '" + d.quote + "' sentence bytes " + std::to_string(d.sentence_span.begin_byte) +
           "-" + std::to_string(d.sentence_span.end_byte) + " chars " +
           std::to_string(d.sentence_span.begin_char) + "-" +
           std::to_string(d.sentence_span.end_char) + " '" + sentence + "'";
}

std::string modality_of(const FactDraft& d) {
    return std::string(to_string(d.modality.modality)) + " cue '" + d.modality.cue + "' " +
           std::string(to_string(d.modality.scope));
}

// A claim shown in a failure message (invalid UTF-8 replaced).
std::string printable(const json& claim) {
    return claim.dump(-1, ' ', false, json::error_handler_t::replace);
}

json claim(const std::string& type, const std::string& evidence, json fields = json::object()) {
    json c = {{"id", "c1"}, {"type", type}, {"evidence", evidence}};
    c.update(fields);
    return c;
}

const std::string kSupplies = "Nvidia supplies chips to OpenAI";

std::string located(const std::string& rest) {
    return "doc.jsonl:3: claim c1: " + rest;
}

}  // namespace

TEST_CASE("each claim type names its missing required fields, in table order",
          "[claim_normalizer]") {
    struct Row {
        std::string type;
        std::vector<std::string> expected;
    };
    const auto missing = [](const std::string& field) {
        return located(field + ": missing required field");
    };
    const std::vector<Row> rows = {
        {"investment", {missing("investor"), missing("investee")}},  // stage: inferred
        {"stake", {missing("holder"), missing("company"), missing("share")}},
        {"datacenter", {missing("operator")}},
        {"spending", {missing("spender"), missing("amount")}},
        {"funding_round", {missing("company")}},  // round, basis: unspecified
        {"valuation", {missing("company"), missing("amount")}},
        {"acquisition", {missing("acquirer"), missing("target")}},  // status: inferred
        {"compute_deal", {missing("provider"), missing("recipient")}},
        {"role", {missing("person"), missing("title")}},
        {"founding", {missing("organization")}},
        {"product", {missing("organization"), missing("product")}},
        {"supply", {missing("provider"), missing("recipient"), missing("item")}},
        {"partnership", {missing("parties")}},
        {"quote",
         {missing("text"), located("a quote claim needs \"speaker\" or \"organization\"")}},
    };
    REQUIRE(rows.size() == claim_types().size());
    for (const auto& row : rows) {
        INFO(row.type);
        CHECK(problems(claim(row.type, kSupplies)) == row.expected);
        // JSON null counts as absent.
        json nulls = claim(row.type, kSupplies);
        for (const auto& f : find_claim_type(row.type)->fields)
            nulls[std::string(f.name)] = nullptr;
        CHECK(problems(nulls) == row.expected);
    }
    // A quote needs its text and one of speaker or organization, either one.
    CHECK(fields(draft(claim("quote", kSupplies, {{"organization", "Nvidia"}, {"text", "Hi"}}))) ==
          "quote c1\n"
          "entities: organization#1=Nvidia\n"
          "columns: speaker_description=NULL, speaker_id=NULL, text='Hi'\n"
          "canonical: speaker='', speaker_description='', text='Hi'\n"
          "display: text='Hi'\n"
          "purposes: \nnote: -");
    CHECK(fields(draft(claim("quote", kSupplies, {{"speaker", "Jensen Huang"}, {"text", "Hi"}}))) ==
          "quote c1\n"
          "entities: speaker#1=Jensen Huang\n"
          "columns: organization_id=NULL, speaker_description=NULL, text='Hi'\n"
          "canonical: organization='', speaker_description='', text='Hi'\n"
          "display: text='Hi'\n"
          "purposes: \nnote: -");
}

TEST_CASE("a full claim of each type gives exact columns, canonical and display values",
          "[claim_normalizer]") {
    struct Row {
        json claim;
        std::string expected;
    };
    const std::vector<Row> rows = {
        {claim("investment", "Microsoft has invested $10 billion in OpenAI",
               {{"occurrence", 2},
                {"investor", "Microsoft"},
                {"investee", "OpenAI"},
                {"amount", "$10 billion"},
                {"stage", "invested"}}),
         "investment c1\n"
         "entities: investor#1=Microsoft, investee#1=OpenAI\n"
         "columns: amount_high=10000000000, amount_high_minor=1000000000000, "
         "amount_low=10000000000, amount_low_minor=1000000000000, amount_qualifier='exact', "
         "amount_text='$10 billion', currency='USD', stage='completed', stage_cue=NULL\n"
         "canonical: amount='exact:10000000000:10000000000:USD', stage='completed'\n"
         "display: amount='10000000000 USD', stage='completed'\n"
         "purposes: \nnote: -"},
        {claim("investment", "Amazon will invest more than $4bn in Anthropic",
               {{"investor", "Amazon"},
                {"investee", "Anthropic"},
                {"amount", {{"low", 4000000000}, {"qualifier", "more_than"}, {"currency", "USD"}}},
                {"stage", "committed"},
                {"note", "a Reuters report"}}),
         "investment c1\n"
         "entities: investor#1=Amazon, investee#1=Anthropic\n"
         "columns: amount_high=NULL, amount_high_minor=NULL, amount_low=4000000000, "
         "amount_low_minor=400000000000, amount_qualifier='more_than', "
         "amount_text=NULL, currency='USD', stage='committed', stage_cue=NULL\n"
         "canonical: amount='more_than:4000000000::USD', stage='committed'\n"
         "display: amount='more than 4000000000 USD', stage='committed'\n"
         "purposes: \nnote: a Reuters report"},
        {claim("investment", kSupplies,
               {{"investor", "Nvidia"}, {"investee", "OpenAI"}, {"stage", "considered"}}),
         "investment c1\n"
         "entities: investor#1=Nvidia, investee#1=OpenAI\n"
         "columns: amount_high=NULL, amount_high_minor=NULL, amount_low=NULL, "
         "amount_low_minor=NULL, amount_qualifier='undisclosed', "
         "amount_text=NULL, currency=NULL, stage='considered', stage_cue=NULL\n"
         "canonical: amount='', stage='considered'\n"
         "display: amount='undisclosed amount', stage='considered'\n"
         "purposes: \nnote: -"},
        {claim("stake", "Google holds a 14% stake in Anthropic",
               {{"holder", "Google"}, {"company", "Anthropic"}, {"share", "14%"}}),
         "stake c1\n"
         "entities: holder#1=Google, company#1=Anthropic\n"
         "columns: relation='shareholder', share_high=real 14, share_low=real 14, "
         "share_qualifier='exact', share_text='14%'\n"
         "canonical: share='shareholder:exact:14:14'\n"
         "display: share='14 %'\n"
         "purposes: \nnote: -"},
        {claim("stake", "Google holds a 14% stake in Anthropic",
               {{"holder", "Google"}, {"company", "Anthropic"}, {"share", "minority"}}),
         "stake c1\n"
         "entities: holder#1=Google, company#1=Anthropic\n"
         "columns: relation='minority_shareholder', share_high=real 50, share_low=NULL, "
         "share_qualifier='less_than', share_text='minority'\n"
         "canonical: share='minority_shareholder:less_than::50'\n"
         "display: share='less than 50 % (minority shareholder)'\n"
         "purposes: \nnote: -"},
        {claim("datacenter", "Nvidia plans to build five data centers in Texas",
               {{"operator", "Nvidia"},
                {"location", "in Texas"},
                {"description", "AI  campuses"},
                {"purpose", {"training", "inference"}},
                {"count", "five"},
                // What the parser gives for 2: an unsigned integer.
                {"previous_count", 2u},
                {"growth", "x2.5"},
                {"investment", "$3 billion"},
                {"beneficiary", "OpenAI"}}),
         "datacenter c1\n"
         "entities: operator#1=Nvidia, beneficiary#1=OpenAI\n"
         "columns: capacity_mw_high=NULL, capacity_mw_low=NULL, capacity_qualifier='undisclosed', "
         "capacity_text=NULL, count_high=5, count_low=5, count_qualifier='exact', "
         "count_text='five', "
         "currency='USD', description='AI campuses', growth_ratio=real 2.5, growth_text='x2.5', "
         "investment_high=3000000000, investment_high_minor=300000000000, "
         "investment_low=3000000000, investment_low_minor=300000000000, "
         "investment_qualifier='exact', "
         "investment_text='$3 billion', locality=NULL, locality_text=NULL, "
         "location_text='in Texas', place_code='US-TX', "
         "previous_count_high=2, previous_count_low=2, previous_count_qualifier='exact', "
         "previous_count_text='2', site=NULL, status='planned', status_cue='plans to'\n"
         "canonical: capacity='', count='exact:5:5', description='AI campuses', growth='2.5', "
         "investment='exact:3000000000:3000000000:USD', locality='', location='US-TX', "
         "previous_count='exact:2:2', purpose='training\x1finference', site='', "
         "status='planned'\n"
         "display: count='5', description='AI campuses', growth='x2.5', "
         "investment='3000000000 USD', location='Texas', previous_count='2', "
         "status='planned'\n"
         "purposes: training|inference\nnote: -"},
        {claim("datacenter", "Nvidia plans to build five data centers in Texas",
               {{"operator", "Nvidia"},
                {"site", "Stargate  Abilene"},
                {"locality", "in Abilene, Texas"},
                {"capacity", "1.2GW"},
                {"status", "being built"}}),
         "datacenter c1\n"
         "entities: operator#1=Nvidia\n"
         "columns: beneficiary_id=NULL, capacity_mw_high=real 1200, capacity_mw_low=real 1200, "
         "capacity_qualifier='exact', capacity_text='1.2GW', count_high=NULL, count_low=NULL, "
         "count_qualifier='undisclosed', count_text=NULL, currency=NULL, description=NULL, "
         "growth_ratio=NULL, growth_text=NULL, investment_high=NULL, "
         "investment_high_minor=NULL, investment_low=NULL, investment_low_minor=NULL, "
         "investment_qualifier='undisclosed', investment_text=NULL, locality='Abilene', "
         "locality_text='in Abilene, Texas', location_text=NULL, place_code='US-TX', "
         "previous_count_high=NULL, previous_count_low=NULL, "
         "previous_count_qualifier='undisclosed', previous_count_text=NULL, "
         "site='Stargate Abilene', status='under_construction', status_cue=NULL\n"
         "canonical: beneficiary='', capacity='exact:1200:1200', count='', description='', "
         "growth='', investment='', locality='abilene|US-TX', location='', previous_count='', "
         "purpose='', site='Stargate Abilene', status='under_construction'\n"
         "display: capacity='1200 MW', investment='undisclosed amount', locality='Abilene', "
         "location='Texas', site='Stargate Abilene', status='under construction'\n"
         "purposes: \nnote: -"},
        {claim("datacenter", "Nvidia plans to build five data centers in Texas",
               {{"operator", "Nvidia"}, {"location", "Abilene (Texas)"}}),
         "datacenter c1\n"
         "entities: operator#1=Nvidia\n"
         "columns: beneficiary_id=NULL, capacity_mw_high=NULL, capacity_mw_low=NULL, "
         "capacity_qualifier='undisclosed', capacity_text=NULL, count_high=NULL, count_low=NULL, "
         "count_qualifier='undisclosed', count_text=NULL, currency=NULL, description=NULL, "
         "growth_ratio=NULL, growth_text=NULL, investment_high=NULL, "
         "investment_high_minor=NULL, investment_low=NULL, investment_low_minor=NULL, "
         "investment_qualifier='undisclosed', investment_text=NULL, locality='Abilene', "
         "locality_text=NULL, location_text='Abilene (Texas)', place_code='US-TX', "
         "previous_count_high=NULL, previous_count_low=NULL, "
         "previous_count_qualifier='undisclosed', previous_count_text=NULL, site=NULL, "
         "status='planned', status_cue='plans to'\n"
         "canonical: beneficiary='', capacity='', count='', description='', growth='', "
         "investment='', locality='', location='US-TX|abilene', previous_count='', purpose='', "
         "site='', status='planned'\n"
         "display: investment='undisclosed amount', location='Abilene, Texas', "
         "status='planned'\n"
         "purposes: \nnote: -"},
        {claim("datacenter", "Nvidia plans to build five data centers in Texas",
               {{"operator", "Nvidia"}}),
         "datacenter c1\n"
         "entities: operator#1=Nvidia\n"
         "columns: beneficiary_id=NULL, capacity_mw_high=NULL, capacity_mw_low=NULL, "
         "capacity_qualifier='undisclosed', capacity_text=NULL, count_high=NULL, count_low=NULL, "
         "count_qualifier='undisclosed', count_text=NULL, currency=NULL, description=NULL, "
         "growth_ratio=NULL, growth_text=NULL, investment_high=NULL, "
         "investment_high_minor=NULL, investment_low=NULL, investment_low_minor=NULL, "
         "investment_qualifier='undisclosed', investment_text=NULL, locality=NULL, "
         "locality_text=NULL, location_text=NULL, "
         "place_code=NULL, previous_count_high=NULL, previous_count_low=NULL, "
         "previous_count_qualifier='undisclosed', previous_count_text=NULL, site=NULL, "
         "status='planned', status_cue='plans to'\n"
         "canonical: beneficiary='', capacity='', count='', description='', growth='', "
         "investment='', locality='', location='', previous_count='', purpose='', site='', "
         "status='planned'\n"
         "display: investment='undisclosed amount', status='planned'\n"
         "purposes: \nnote: -"},
        {claim("spending", kSupplies,
               {{"spender", "Nvidia"},
                {"amount", "about $40 billion"},
                {"purpose", "chips"},
                {"period", "2024"}}),
         "spending c1\n"
         "entities: spender#1=Nvidia\n"
         "columns: amount_high=40000000000, amount_high_minor=4000000000000, "
         "amount_low=40000000000, amount_low_minor=4000000000000, "
         "amount_qualifier='approximately', amount_text='about $40 billion', currency='USD', "
         "period='2024', period_end=2024, period_start=2024, purpose='chips'\n"
         "canonical: amount='approximately:40000000000:40000000000:USD', period='2024', "
         "purpose='chips'\n"
         "display: amount='about 40000000000 USD', period='2024', purpose='chips'\n"
         "purposes: \nnote: -"},
        {claim("role", "Sam Altman is the chief executive of OpenAI",
               {{"person", " Sam\tAltman "},
                {"organization", "OpenAI"},
                {"title", "chief executive"}}),
         "role c1\n"
         "entities: person#1=Sam Altman, organization#1=OpenAI\n"
         "columns: start_year=NULL, tense='current', tense_cue=NULL, title='chief executive'\n"
         "canonical: start_year='', tense='current', title='chief executive'\n"
         "display: tense='', title='chief executive'\n"
         "purposes: \nnote: -"},
        {claim("founding", kSupplies,
               {{"organization", "Anthropic"},
                {"year", 2021},
                {"founders", {"Dario Amodei", "Daniela Amodei"}},
                {"founders_count", "seven"},
                {"founders_from", "OpenAI"}}),
         "founding c1\n"
         "entities: organization#1=Anthropic, founders#1=Dario Amodei, founders#2=Daniela "
         "Amodei, founders_from#1=OpenAI\n"
         "columns: founders_count_high=7, founders_count_low=7, founders_count_qualifier='exact', "
         "founders_count_text='seven', year=2021\n"
         "canonical: founders_count='exact:7:7', year='2021'\n"
         "display: founders_count='7', year='2021'\n"
         "purposes: \nnote: -"},
        {claim("founding", kSupplies, {{"organization", "Anthropic"}, {"year", "2021"}}),
         "founding c1\n"
         "entities: organization#1=Anthropic\n"
         "columns: founders_count_high=NULL, founders_count_low=NULL, "
         "founders_count_qualifier='undisclosed', founders_count_text=NULL, "
         "founders_from_id=NULL, year=2021\n"
         "canonical: founders='', founders_count='', founders_from='', year='2021'\n"
         "display: year='2021'\n"
         "purposes: \nnote: -"},
        {claim("product", kSupplies,
               {{"organization", "OpenAI"},
                {"product", "ChatGPT"},
                {"description", "a chatbot"},
                {"competitor", "Gemini"},
                {"competitor_organization", "Google"}}),
         "product c1\n"
         "entities: organization#1=OpenAI, product#1=ChatGPT, competitor#1=Gemini, "
         "competitor_organization#1=Google\n"
         "columns: description='a chatbot'\n"
         "canonical: description='a chatbot'\n"
         "display: description='a chatbot'\n"
         "purposes: \nnote: -"},
        {claim("supply", kSupplies,
               {{"provider", "Nvidia"}, {"recipient", "OpenAI"}, {"item", "chips"}}),
         "supply c1\n"
         "entities: provider#1=Nvidia, recipient#1=OpenAI\n"
         "columns: item='chips', item_text='chips', subject_id=NULL\n"
         "canonical: item='chips', subject=''\n"
         "display: item='chips'\n"
         "purposes: \nnote: -"},
        {claim("partnership", kSupplies, {{"parties", {"Nvidia", "OpenAI"}}, {"purpose", "AI"}}),
         "partnership c1\n"
         "entities: parties#1=Nvidia, parties#2=OpenAI\n"
         "columns: name_id=NULL, purpose='AI'\n"
         "canonical: name='', purpose='AI'\n"
         "display: purpose='AI'\n"
         "purposes: \nnote: -"},
        {claim("quote", kSupplies,
               {{"speaker_description", "a spokesperson"},
                {"organization", "Nvidia"},
                {"text", "We  supply\nchips."}}),
         "quote c1\n"
         "entities: organization#1=Nvidia\n"
         "columns: speaker_description='a spokesperson', speaker_id=NULL, text='We supply "
         "chips.'\n"
         "canonical: speaker='', speaker_description='a spokesperson', text='We supply chips.'\n"
         "display: speaker_description='a spokesperson', text='We supply chips.'\n"
         "purposes: \nnote: -"},
    };
    for (const auto& row : rows) {
        INFO(printable(row.claim));
        CHECK(fields(draft(row.claim)) == row.expected);
    }
}

TEST_CASE("evidence is located in bytes and characters of the NFC text, with its sentence",
          "[claim_normalizer]") {
    // "Échos" and the typographic apostrophes make bytes and characters differ.
    const std::string text =
        "Selon Les \xC3\x89"
        "chos, Amazon a investi 8 milliards de dollars dans Anthropic. "
        "L\xE2\x80\x99"
        "entreprise pr\xC3\xA9voit d\xE2\x80\x99"
        "ouvrir deux centres de "
        "donn\xC3\xA9"
        "es\xC2\xA0"
        "en Caroline du Nord.\n"
        "Amazon a investi 8 milliards de dollars dans Anthropic.";
    const auto fr = [&](json c) { return draft(c, text, Language::fr); };
    const std::string amazon = "Amazon a investi 8 milliards de dollars dans Anthropic";

    // The first occurrence: in the sentence after "Selon Les Échos, ".
    const FactDraft first =
        fr(claim("founding", amazon, {{"occurrence", 1}, {"organization", "Amazon"}}));
    CHECK(where(first, text) == "bytes 18-72 chars 17-71 quote '" + amazon +
                              "' sentence bytes 0-73 chars 0-72 'Selon "
                              "Les \xC3\x89"
                              "chos, " +
                              amazon + ".'");
    CHECK(modality_of(first) == "reported cue 'Selon' sentence");

    // The second: its own line, its own sentence.
    const FactDraft second =
        fr(claim("founding", amazon, {{"occurrence", 2}, {"organization", "Amazon"}}));
    CHECK(where(second, text) == "bytes 156-210 chars 148-202 quote '" + amazon +
                               "' sentence bytes 156-211 chars 148-203 '" + amazon + ".'");
    CHECK(modality_of(second) == "asserted cue '' default");

    // Straight apostrophes and a plain space match the typographic ones and
    // the no-break space; NFD evidence matches NFC text.  The quote is the
    // document's own characters.
    const FactDraft folded =
        fr(claim("founding",
                 "L'entreprise pre\xCC\x81voit d'ouvrir deux centres de donne\xCC\x81"
                 "es en",
                 {{"organization", "Amazon"}}));
    CHECK(where(folded, text) ==
          "bytes 74-137 chars 73-129 quote 'L\xE2\x80\x99"
          "entreprise pr\xC3\xA9voit "
          "d\xE2\x80\x99"
          "ouvrir deux centres de donn\xC3\xA9"
          "es\xC2\xA0"
          "en' sentence bytes "
          "74-155 chars 73-147 'L\xE2\x80\x99"
          "entreprise pr\xC3\xA9voit d\xE2\x80\x99"
          "ouvrir "
          "deux centres de donn\xC3\xA9"
          "es\xC2\xA0"
          "en Caroline du Nord.'");
    CHECK(modality_of(folded) == "planned cue 'pr\xC3\xA9voit' evidence");

    // White space around the evidence is ignored; a run of white space
    // inside it matches the text's single space.
    const FactDraft spaced = draft(
        claim("founding", "  Nvidia   supplies\nchips to OpenAI ", {{"organization", "Nvidia"}}));
    CHECK(where(spaced) ==
          "bytes 250-281 chars 250-281 quote 'Nvidia supplies chips to OpenAI' "
          "sentence bytes 250-282 chars 250-282 'Nvidia supplies chips to "
          "OpenAI.'");
}

TEST_CASE("evidence and occurrence problems", "[claim_normalizer]") {
    const std::string twice = "Microsoft has invested $10 billion in OpenAI";
    const auto with = [](json evidence, json extra = json::object()) {
        json c = {{"id", "c1"}, {"type", "founding"}, {"organization", "Nvidia"}};
        if (!evidence.is_null()) c["evidence"] = evidence;
        c.update(extra);
        return c;
    };
    struct Row {
        json claim;
        std::vector<std::string> expected;
    };
    const std::vector<Row> rows = {
        {with(nullptr), {located("evidence: missing required field")}},
        {with(nullptr, {{"evidence", nullptr}}), {located("evidence: missing required field")}},
        {with(5), {located("evidence: must be a string, not number")}},
        {with(json::array({kSupplies})), {located("evidence: must be a string, not array")}},
        {with("\xFF"
              "abc"),
         {located("evidence: invalid UTF-8")}},
        {with("Nvidia sells chips"),
         {located("evidence: not found in the document text (Nvidia sells chips)")}},
        {with(""), {located("evidence: not found in the document text")}},
        {with("   "), {located("evidence: not found in the document text (   )")}},
        // Case matters.
        {with("nvidia supplies chips"),
         {located("evidence: not found in the document text (nvidia supplies chips)")}},
        {with(twice),
         {located("evidence: occurs 2 times in the text; give \"occurrence\" (1 to 2) (" + twice +
                  ")")}},
        {with(twice, {{"occurrence", 3}}),
         {located("occurrence: the evidence occurs 2 time(s), not 3")}},
        {with(twice, {{"occurrence", 0}}), {located("occurrence: must be a whole number from 1")}},
        {with(twice, {{"occurrence", -1}}), {located("occurrence: must be a whole number from 1")}},
        {with(twice, {{"occurrence", 1.0}}),
         {located("occurrence: must be a whole number from 1")}},
        {with(twice, {{"occurrence", "1"}}),
         {located("occurrence: must be a whole number from 1")}},
        {with(kSupplies, {{"occurrence", 2}}),
         {located("occurrence: the evidence occurs 1 time(s), not 2")}},
    };
    for (const auto& row : rows) {
        INFO(printable(row.claim));
        CHECK(problems(row.claim) == row.expected);
    }
    // occurrence 1 of a single occurrence, and null, are accepted.
    const std::string supplies =
        "bytes 250-281 chars 250-281 quote 'Nvidia supplies chips to OpenAI' sentence bytes "
        "250-282 chars 250-282 'Nvidia supplies chips to OpenAI.'";
    CHECK(where(draft(with(kSupplies, {{"occurrence", 1}}))) == supplies);
    CHECK(where(draft(with(kSupplies, {{"occurrence", nullptr}}))) == supplies);
    CHECK(where(draft(with(twice, {{"occurrence", 1}}))) ==
          "bytes 0-44 chars 0-44 quote '" + twice + "' sentence bytes 0-45 chars 0-45 '" + twice +
              ".'");
    CHECK(where(draft(with(twice, {{"occurrence", 2}}))) ==
          "bytes 283-327 chars 283-327 quote '" + twice +
              "' sentence bytes 283-328 chars 283-328 '" + twice + ".'");
}

TEST_CASE("the modality: given, inferred from the cue words, or refused", "[claim_normalizer]") {
    const auto founding = [](const std::string& evidence, json extra = json::object()) {
        json c = {
            {"id", "c1"}, {"type", "founding"}, {"organization", "Nvidia"}, {"evidence", evidence}};
        c.update(extra);
        return c;
    };
    // Inferred: a reporting frame of the sentence, a cue in the evidence,
    // none.
    CHECK(modality_of(draft(founding("Amazon will invest more than $4bn in Anthropic"))) ==
          "reported cue 'According to' sentence");
    CHECK(modality_of(draft(founding("Nvidia plans to build five data centers"))) ==
          "planned cue 'plans to' evidence");
    CHECK(modality_of(draft(founding("five data centers in Texas"))) ==
          "planned cue 'plans to' sentence");
    CHECK(modality_of(draft(founding(kSupplies))) == "asserted cue '' default");
    CHECK(modality_of(draft(founding(kSupplies, {{"modality", nullptr}}))) ==
          "asserted cue '' default");
    // Given: it wins over every cue, and says so.
    for (const char* m :
         {"asserted", "reported", "conditional", "expected", "possible", "planned", "negated"}) {
        INFO(m);
        CHECK(modality_of(draft(founding("Nvidia plans to build five data centers",
                                         {{"modality", m}}))) == std::string(m) + " cue '' given");
    }
    CHECK(problems(founding(kSupplies, {{"modality", "rumoured"}})) ==
          std::vector<std::string>{
              located("modality: unknown modality; give one of asserted, reported, conditional, "
                      "expected, possible, planned, negated, or leave \"modality\" out to have "
                      "it inferred from the evidence (rumoured)")});
    CHECK(problems(founding(kSupplies, {{"modality", "Reported"}})) ==
          std::vector<std::string>{
              located("modality: unknown modality (nearest: 'reported'); give one of asserted, reported, conditional, "
                      "expected, possible, planned, negated, or leave \"modality\" out to have "
                      "it inferred from the evidence (Reported)")});
    CHECK(problems(founding(kSupplies, {{"modality", 1}})) ==
          std::vector<std::string>{located("modality: must be a string, not number")});
    // A given modality is checked even when the evidence is not found.
    CHECK(problems(founding("nowhere", {{"modality", "sure"}})) ==
          std::vector<std::string>{
              located("evidence: not found in the document text (nowhere)"),
              located("modality: unknown modality; give one of asserted, reported, conditional, "
                      "expected, possible, planned, negated, or leave \"modality\" out to have "
                      "it inferred from the evidence (sure)")});
}

TEST_CASE("an unknown field is refused with the nearest known key as a suggestion",
          "[claim_normalizer]") {
    const auto investment = [](const std::string& key) {
        return json{{"id", "c1"},
                    {"type", "investment"},
                    {"evidence", kSupplies},
                    {"investor", "Nvidia"},
                    {"investee", "OpenAI"},
                    {"stage", "completed"},
                    {key, "x"}};
    };
    struct Row {
        std::string key;
        std::string expected;
    };
    const std::vector<Row> rows = {
        {"amont", "amont: unknown field for claim type investment (did you mean \"amount\"?)"},
        {"Amount", "Amount: unknown field for claim type investment (did you mean \"amount\"?)"},
        {"amuont", "amuont: unknown field for claim type investment (did you mean \"amount\"?)"},
        {"evidense",
         "evidense: unknown field for claim type investment (did you mean \"evidence\"?)"},
        {"notes", "notes: unknown field for claim type investment (did you mean \"note\"?)"},
        {"occurence",
         "occurence: unknown field for claim type investment (did you mean \"occurrence\"?)"},
        {"invester",
         "invester: unknown field for claim type investment (did you mean \"investor\"?)"},
        // Three edits away is no suggestion.
        {"axxxnt", "axxxnt: unknown field for claim type investment"},
        {"currency", "currency: unknown field for claim type investment"},
        // A field of another type is unknown here.
        {"holder", "holder: unknown field for claim type investment"},
    };
    // Each refusal then lists the claim type's fields (issue 12).
    const std::string takes =
        "; an investment claim takes investor, investee, amount, stage and id, type, evidence, "
        "occurrence, modality, note, draft: rename the field or remove it";
    for (const auto& row : rows) {
        INFO(row.key);
        CHECK(problems(investment(row.key)) ==
              std::vector<std::string>{located(row.expected + takes)});
    }
    // Suggestions come from the claim's own type.
    CHECK(problems(json{{"id", "c1"},
                        {"type", "stake"},
                        {"evidence", kSupplies},
                        {"holder", "Nvidia"},
                        {"company", "OpenAI"},
                        {"shar", "10%"}}) ==
          std::vector<std::string>{
              located("shar: unknown field for claim type stake (did you mean \"share\"?); a "
                      "stake claim takes holder, company, share and id, type, evidence, "
                      "occurrence, modality, note, draft: rename the field or remove it"),
              located("share: missing required field")});
}

TEST_CASE("every problem of every claim is collected, and good claims still give drafts",
          "[claim_normalizer]") {
    const json claims = json::array({
        // Claim 1: six problems at once, in the order they are checked:
        // unknown keys, evidence, modality, note, then the fields in table
        // order.
        {{"id", "bad"},
         {"type", "investment"},
         {"evidence", "not in the text"},
         {"modality", "maybe"},
         {"note", 3},
         {"investor", ""},
         {"amount", "10 florins"},
         {"stage", "finished"},
         {"amont", "x"}},
        // Claim 2: good.
        {{"id", "good"},
         {"type", "supply"},
         {"evidence", kSupplies},
         {"provider", "Nvidia"},
         {"recipient", "OpenAI"},
         {"item", "chips"}},
        // Claim 3: not an object, named by its position.
        "a string",
        // Claim 4: no id: named by its position, every problem still found.
        {{"type", "role"}, {"evidence", kSupplies}, {"title", 7}},
        // Claim 5: a duplicate id; its other problems too.
        {{"id", "good"}, {"type", "role"}, {"evidence", kSupplies}, {"person", "A"}},
        // Claim 6: unknown type: nothing else is checked.
        {{"id", "t"}, {"type", "merger"}, {"evidence", 5}, {"zzz", 1}},
        // Claim 7: no type.
        {{"id", "u"}, {"evidence", 5}},
        // Claim 8: id of the wrong type; type not a string.
        {{"id", 8}, {"type", 8}},
        // Claim 9: an empty id.
        {{"id", ""}, {"type", "role"}, {"evidence", kSupplies}, {"person", "A"}, {"title", "B"}},
        // Claim 10: good, after all the bad ones.
        {{"id", "last"},
         {"type", "role"},
         {"evidence", kSupplies},
         {"person", "A"},
         {"title", "B"},
         {"note", "kept"}},
    });
    const Result r = normalize(claims);
    CHECK(r.errors ==
          std::vector<std::string>{
              "doc.jsonl:3: claim bad: amont: unknown field for claim type investment (did you "
              "mean \"amount\"?); an investment claim takes investor, investee, amount, stage "
              "and id, type, evidence, occurrence, modality, note, draft: rename the field or remove it",
              "doc.jsonl:3: claim bad: evidence: not found in the document text (not in the "
              "text)",
              "doc.jsonl:3: claim bad: modality: unknown modality; give one of asserted, "
              "reported, conditional, expected, possible, planned, negated, or leave "
              "\"modality\" out to have it inferred from the evidence (maybe)",
              "doc.jsonl:3: claim bad: note: must be a string, not number",
              "doc.jsonl:3: claim bad: investor: must not be empty",
              "doc.jsonl:3: claim bad: investee: missing required field",
              "doc.jsonl:3: claim bad: amount: unrecognised currency 'florins': write one of AUD CAD CHF CNY DKK EUR GBP HKD ILS INR JPY KRW NOK NZD SEK SGD USD (code, symbol or name: 'USD', '$', 'dollars') (10 florins)",
              "doc.jsonl:3: claim bad: stage: unrecognised stage 'finished' (nearest: "
              "'finalised'); give completed, committed or considered, or a French or English "
              "word for one of them (docs/NORMALISATION.md 5.5), or leave \"stage\" out to "
              "have it inferred from the evidence (finished)",
              "doc.jsonl:3: claim #3: a claim must be an object, not string",
              "doc.jsonl:3: claim #4: id: missing required field",
              "doc.jsonl:3: claim #4: person: missing required field",
              "doc.jsonl:3: claim #4: title: must be a string, not number",
              "doc.jsonl:3: claim good: id: duplicate claim id in this document (good)",
              "doc.jsonl:3: claim good: title: missing required field",
              "doc.jsonl:3: claim t: type: unknown claim type; give one of investment, stake, "
              "datacenter, spending, funding_round, valuation, acquisition, compute_deal, role, founding, product, supply, partnership, quote in "
              "\"type\" (merger)",
              "doc.jsonl:3: claim u: type: missing required field",
              "doc.jsonl:3: claim #8: id: must be a non-empty string",
              "doc.jsonl:3: claim #8: type: must be a string, not number",
              "doc.jsonl:3: claim #9: id: must be a non-empty string",
          });
    REQUIRE(r.drafts.size() == 2);
    CHECK(r.drafts[0].claim_id == "good");
    CHECK(r.drafts[0].spec == find_claim_type("supply"));
    CHECK(r.drafts[1].claim_id == "last");
    CHECK(r.drafts[1].note == std::optional<std::string>("kept"));

    // The location is the source's: a .json file has no line.
    const SourceDocument source{"doc.json", 0, ".", json{{"claims", json::array({"x"})}}};
    DocumentInput doc;
    doc.text = kText;
    doc.claims = &source.object["claims"];
    std::vector<InputError> errors;
    CHECK(ClaimNormalizer(places()).normalize(doc, source, errors).empty());
    REQUIRE(errors.size() == 1);
    CHECK(std::string(errors[0].what()) ==
          "doc.json: claim #1: a claim must be an object, not string");
    CHECK(errors[0].where().claim == "#1");
    CHECK(errors[0].where().field == "");
    CHECK(errors[0].where().line == 0);
}

TEST_CASE("each field kind refuses a value it cannot normalise, naming the field",
          "[claim_normalizer]") {
    const auto with = [](const std::string& type, json fields) {
        json c = {{"id", "c1"}, {"type", type}, {"evidence", kSupplies}};
        c.update(fields);
        return c;
    };
    const json investment = {
        {"investor", "Nvidia"}, {"investee", "OpenAI"}, {"stage", "completed"}};
    const auto invest = [&](json extra) {
        json f = investment;
        f.update(extra);
        return with("investment", f);
    };
    const json dc = {{"operator", "Nvidia"}};
    const auto datacenter = [&](json extra) {
        json f = dc;
        f.update(extra);
        return with("datacenter", f);
    };
    struct Row {
        json claim;
        std::string expected;
    };
    const std::vector<Row> rows = {
        // entity
        {invest({{"investor", 5}}), "investor: must be a string, not number"},
        {invest({{"investor", " \t\xC2\xA0"}}), "investor: must not be empty"},
        // A name must keep a letter or digit once folded: punctuation, a
        // zero-width space (U+200B) or a soft hyphen (U+00AD) alone name nothing.
        {invest({{"investor", "---"}}), "investor: a name needs at least one letter or digit (---)"},
        {invest({{"investee", "\xE2\x80\x8B"}}),
         "investee: a name needs at least one letter or digit (\xE2\x80\x8B)"},
        {invest({{"investor", " . \xC2\xAD ! "}}),
         "investor: a name needs at least one letter or digit (. \xC2\xAD !)"},
        // entity_list
        {with("partnership", {{"parties", "Nvidia"}}),
         "parties: must be a list of names, not string"},
        {with("partnership", {{"parties", {"Nvidia"}}}), "parties: needs at least 2 names"},
        {with("partnership", {{"parties", {"Nvidia", 3}}}),
         "parties: must be a string, not number"},
        {with("partnership", {{"parties", {"Nvidia", ""}}}), "parties: must not be empty"},
        {with("partnership", {{"parties", {"Nvidia", "\xE2\x80\x94"}}}),
         "parties: a name needs at least one letter or digit (\xE2\x80\x94)"},
        {with("partnership", {{"parties", {"OpenAI", "openai"}}}),
         "parties: names the same entity twice (openai)"},
        {with("founding", {{"organization", "A"}, {"founders", json::array()}}),
         "founders: needs at least 1 names"},
        // money
        {invest({{"amount", 5}}), "amount: must be a string or an object, not number"},
        {invest({{"amount", "10 florins"}}),
         "amount: unrecognised currency 'florins': write one of AUD CAD CHF CNY DKK EUR GBP HKD ILS INR JPY KRW NOK NZD SEK SGD USD (code, symbol or name: 'USD', '$', 'dollars') (10 florins)"},
        {invest({{"amount", {{"low", 5}, {"qualifier", "roughly"}, {"currency", "USD"}}}}),
         "amount: qualifier: unknown value 'roughly'; give one of exact, approximately, at_least, "
         "more_than, at_most, less_than, between, undisclosed "
         "({\"currency\":\"USD\",\"low\":5,\"qualifier\":\"roughly\"})"},
        // A type one edit away is suggested.
        {with("stak", json::object()),
         "type: unknown claim type (nearest: 'stake'); give one of investment, stake, "
         "datacenter, spending, funding_round, valuation, acquisition, compute_deal, role, founding, product, supply, partnership, quote in \"type\" "
         "(stak)"},
        // count
        {datacenter({{"count", -3}}), "count: count is negative (-3)"},
        {datacenter({{"count", 1.5}}),
         "count: must be a string, a non-negative integer or an object, not number"},
        {datacenter({{"count", 18446744073709551615ULL}}),
         "count: count exceeds the 64-bit integer range (18446744073709551615)"},
        // place
        {datacenter({{"location", 75}}), "location: must be a string, not number"},
        // text and text_list
        {datacenter({{"description", false}}), "description: must be a string, not boolean"},
        {datacenter({{"purpose", json::array()}}),
         "purpose: must be a string or a non-empty list of strings"},
        {datacenter({{"purpose", 4}}), "purpose: must be a string or a non-empty list of strings"},
        {datacenter({{"purpose", {"training", 1}}}), "purpose: must be a string, not number"},
        // ratio
        {datacenter({{"growth", 2}}), "growth: must be a string, not number"},
        // power (capacity)
        {datacenter({{"capacity", 5}}), "capacity: must be a string, not number"},
        {datacenter({{"capacity", "150"}}), "capacity: no unit in capacity (150)"},
        {datacenter({{"capacity", "2 GWh"}}),
         "capacity: 'GWh' is energy, not power: give the capacity in W, kW, MW, GW, TW (a "
         "consumption in GWh is not a capacity) (2 GWh)"},
        {datacenter({{"capacity", "150 hp"}}),
         "capacity: unrecognised power unit 'hp' (accepted: W, kW, MW, GW, TW) (150 hp)"},
        // data-centre status
        {datacenter({{"status", "rumoured"}}),
         "status: unrecognised status 'rumoured'; give planned, under_construction, operating, "
         "expanded or cancelled, or a French or English word for one (docs/NORMALISATION.md "
         "5.10), or leave \"status\" out to infer it from the evidence (rumoured)"},
        // locality
        {datacenter({{"locality", 3}}), "locality: must be a string, not number"},
        {datacenter({{"locality", "Texas"}}),
         "locality: names a place (Texas, US-TX), not a city, county or parish in it: give it "
         "as \"location\" (Texas)"},
        {datacenter({{"location", "Ohio"}, {"locality", "Abilene, Texas"}}),
         "locality: is in Texas (US-TX) but the location is US-OH: correct one of them, or give "
         "the state in one only (Abilene, Texas)"},
        {datacenter({{"location", "Abilene, Texas"}, {"locality", "Abilene"}}),
         "locality: the location already names a locality ('Abilene'): give the city, county "
         "or parish in one field only (Abilene)"},
        // stage and supply item
        {invest({{"stage", "finished"}}),
         "stage: unrecognised stage 'finished' (nearest: 'finalised'); give completed, "
         "committed or considered, or a French or English word for one of them "
         "(docs/NORMALISATION.md 5.5), or leave \"stage\" out to have it inferred from the "
         "evidence (finished)"},
        // year
        {with("founding", {{"organization", "A"}, {"year", true}}),
         "year: must be a string or an integer, not boolean"},
        // share
        {with("stake", {{"holder", "A"}, {"company", "B"}, {"share", 14}}),
         "share: must be a string or an object, not number"},
    };
    for (const auto& row : rows) {
        INFO(printable(row.claim));
        CHECK(problems(row.claim) == std::vector<std::string>{located(row.expected)});
    }
}

TEST_CASE("squash_white_space makes every run of white space one space, trimmed, NFC",
          "[claim_normalizer]") {
    struct Row {
        std::string in;
        std::string out;
    };
    const std::vector<Row> rows = {
        {"", ""},
        {"   ", ""},
        {"Open AI", "Open AI"},
        {"  Open \t\n AI  ", "Open AI"},
        {"Open\xC2\xA0"
         "AI",
         "Open AI"},  // U+00A0
        {"Open\xE2\x80\xAF"
         "AI",
         "Open AI"},  // U+202F
        {"Open\xE2\x80\x83\xE3\x80\x80"
         "AI",
         "Open AI"},  // U+2003 U+3000
        {"Caf"
         "e\xCC\x81",
         "Caf\xC3\xA9"},                     // NFC
        {"\xFF Open  AI", "\xFF Open  AI"},  // invalid UTF-8: unchanged
    };
    for (const auto& row : rows) {
        INFO(json(row.in).dump(-1, ' ', false, json::error_handler_t::replace));
        CHECK(text::squash_white_space(row.in) == row.out);
    }
}

TEST_CASE("a document's evidence searches stop at its budget, refusing the document once",
          "[loader]") {
    // Text of 1,000 bytes ("Firme1 ... Firme100" sentences); a budget of 2 x
    // the text + 2,000 bytes: each distinct quote costs the folded text plus
    // the quote, so the fourth distinct quote would pass it.  A quote asked
    // again costs nothing (claim c2b repeats c2's).
    std::string text;
    for (int i = 1; text.size() < 1000; ++i) text += "Firme" + std::to_string(i) + " existe. ";
    text.resize(1000, ' ');
    const auto founding = [](const std::string& id, int n) {
        return json{{"id", id},
                    {"type", "founding"},
                    {"organization", "Firme" + std::to_string(n)},
                    {"evidence", "Firme" + std::to_string(n) + " existe"}};
    };
    const json claims = json::array({founding("c1", 1), founding("c2", 2), founding("c2b", 2),
                                     founding("c3", 3), founding("c4", 4), founding("c5", 5)});
    const Result r = normalize(claims, text, Language::fr, SearchLimits{2, 2000});
    CHECK(r.drafts.empty());
    CHECK(r.errors ==
          std::vector<std::string>{
              "doc.jsonl:3: claim c4: evidence: searching the text again would examine more than "
              "4000 bytes in all (3 searches of 1000 bytes so far): too many distinct quotes for a "
              "text this long; split the text into smaller documents"});
    // With the default limits (64 x the text + 4 GiB) all six go in.
    CHECK(normalize(claims, text, Language::fr).drafts.size() == 6);
}

namespace {

// The warnings of the one draft of a claim (which must have no problem).
std::vector<std::string> warnings_of(const json& claim, const std::string& text = kText,
                                     Language language = Language::en) {
    const FactDraft d = draft(claim, text, language);
    std::vector<std::string> out;
    for (const auto& w : d.warnings) out.push_back(w.what());
    return out;
}

}  // namespace

TEST_CASE("open vocabularies keep an unknown word as written, with a warning",
          "[claim_normalizer]") {
    const std::string text =
        "Microsoft is the primary cloud provider of OpenAI. Nvidia plans to build five data "
        "centers in Atlantis. Nvidia supplies chips to OpenAI.";
    const json supply = claim("supply", "Microsoft is the primary cloud provider of OpenAI",
                              {{"provider", "Microsoft"},
                               {"recipient", "OpenAI"},
                               {"item", "primary cloud provider"}});
    CHECK(fields(draft(supply, text)) ==
          "supply c1\n"
          "entities: provider#1=Microsoft, recipient#1=OpenAI\n"
          "columns: item='other', item_text='primary cloud provider', subject_id=NULL\n"
          "canonical: item='other:primary cloud provider', subject=''\n"
          "display: item='primary cloud provider'\n"
          "purposes: \nnote: -");
    CHECK(warnings_of(supply, text) ==
          std::vector<std::string>{located(
              "item: unknown supply item, stored as other with its text; the known items are "
              "chips, compute, cloud_capacity, technical_support, funding "
              "(docs/NORMALISATION.md 5.6): use one of their words if it is one (primary cloud "
              "provider)")});
    // A known item keeps its code and warns of nothing.
    const json chips = claim("supply", "Nvidia supplies chips to OpenAI",
                             {{"provider", "Nvidia"}, {"recipient", "OpenAI"}, {"item", "chips"}});
    CHECK(draft(chips, text).canonical.at("item") == "chips");
    CHECK(warnings_of(chips, text).empty());

    const json place = claim("datacenter", "Nvidia plans to build five data centers in Atlantis",
                             {{"operator", "Nvidia"}, {"location", "in Atlantis"}, {"count", "five"}});
    const FactDraft d = draft(place, text);
    CHECK(show(d.columns.at("place_code")) == "NULL");
    CHECK(show(d.columns.at("location_text")) == "'in Atlantis'");
    CHECK(d.canonical.at("location") == "text:in atlantis");
    CHECK(warnings_of(place, text) ==
          std::vector<std::string>{located(
              "location: unknown place, stored as written without a place code; the known "
              "places are the US states, DC, the ISO 3166 countries and their subdivisions, by "
              "their English or French name, postal code or ISO 3166-2 code "
              "(docs/NORMALISATION.md 8) (in Atlantis)")});
}

TEST_CASE("an absent stage is inferred from the evidence's verb, else unspecified",
          "[claim_normalizer]") {
    struct Row {
        std::string evidence;
        Language language;
        std::string stage, cue;  // cue "NULL" when none
    };
    const std::string en =
        "Microsoft has put in $10 billion. Amazon pledged $4 billion to Anthropic. Apple is "
        "weighing a stake in OpenAI. Nvidia and OpenAI: an investment.";
    const std::string fr =
        "Amazon a déjà investi 8 milliards de dollars. Amazon s'est engagé à investir. Amazon "
        "envisage un investissement. L'investissement d'Amazon.";
    const std::vector<Row> rows = {
        {"Microsoft has put in $10 billion", Language::en, "completed", "'has put in'"},
        {"Amazon pledged $4 billion to Anthropic", Language::en, "committed", "'pledged'"},
        {"Apple is weighing a stake in OpenAI", Language::en, "considered", "'is weighing'"},
        {"Nvidia and OpenAI: an investment", Language::en, "unspecified", "NULL"},
        {"Amazon a déjà investi 8 milliards de dollars", Language::fr, "completed",
         "'a déjà investi'"},
        {"Amazon s'est engagé à investir", Language::fr, "committed", "'s'est engagé'"},
        {"Amazon envisage un investissement", Language::fr, "considered", "'envisage'"},
        {"L'investissement d'Amazon", Language::fr, "unspecified", "NULL"},
    };
    for (const auto& row : rows) {
        INFO(row.evidence);
        const FactDraft d =
            draft(claim("investment", row.evidence, {{"investor", "A"}, {"investee", "B"}}),
                  row.language == Language::en ? en : fr, row.language);
        CHECK(show(d.columns.at("stage")) == "'" + row.stage + "'");
        CHECK(show(d.columns.at("stage_cue")) == row.cue);
        CHECK(d.canonical.at("stage") == row.stage);
    }
    // A given stage wins over the verb and has no cue.
    const FactDraft given = draft(claim("investment", "Microsoft has put in $10 billion",
                                        {{"investor", "A"}, {"investee", "B"}, {"stage", "pledged"}}),
                                  en);
    CHECK(show(given.columns.at("stage")) == "'committed'");
    CHECK(show(given.columns.at("stage_cue")) == "NULL");
}

TEST_CASE("a value its evidence does not state is a warning, normalised both sides",
          "[claim_normalizer]") {
    const std::string fr =
        "Google a précédemment injecté plus de 3 milliards de dollars dans Anthropic. Fondée en "
        "2021 par sept anciens employés d'OpenAI, Anthropic grandit. Amazon construit 30 centres "
        "de données en Indiana. Amazon détient une participation de 49 % dans Anthropic.";
    const auto invest = [](json amount) {
        return claim("investment",
                     "Google a précédemment injecté plus de 3 milliards de dollars dans Anthropic",
                     {{"investor", "Google"}, {"investee", "Anthropic"}, {"amount", amount}});
    };
    // Agreeing values, however written: none warns.
    CHECK(warnings_of(invest("plus de 3 milliards de dollars"), fr, Language::fr).empty());
    CHECK(warnings_of(invest({{"low", 3000000000LL}, {"qualifier", "more_than"}, {"currency", "USD"}}),
                      fr, Language::fr)
              .empty());
    // The bound is part of the value: an exact 3 billion is not what it says.
    CHECK(warnings_of(invest("3 milliards de dollars"), fr, Language::fr) ==
          std::vector<std::string>{located(
              "amount: 3000000000 USD does not occur in the evidence (amounts it states: more "
              "than 3000000000 USD); correct the value, or quote the words that state it")});
    CHECK(warnings_of(invest("plus de 3 milliards d'euros"), fr, Language::fr) ==
          std::vector<std::string>{located(
              "amount: more than 3000000000 EUR does not occur in the evidence (amounts it "
              "states: more than 3000000000 USD); correct the value, or quote the words that "
              "state it")});
    const json founding = claim("founding", "Fondée en 2021 par sept anciens employés d'OpenAI, Anthropic",
                                {{"organization", "Anthropic"}, {"year", "2020"}, {"founders_count", 8u}});
    CHECK(warnings_of(founding, fr, Language::fr) ==
          std::vector<std::string>{
              // Counts are checked before years; a figure alone is also a
              // count (docs/NORMALISATION.md 12), so 2021 is listed too.
              located("founders_count: 8 does not occur in the evidence (counts it states: "
                      "2021, 7); correct the value, or quote the words that state it"),
              located("year: 2020 does not occur in the evidence (years it states: 2021); "
                      "correct the value, or quote the words that state it")});
    CHECK(warnings_of(claim("founding", "Fondée en 2021 par sept anciens employés d'OpenAI, Anthropic",
                            {{"organization", "Anthropic"}, {"year", 2021}, {"founders_count", "sept"}}),
                      fr, Language::fr)
              .empty());
    const json dc = claim("datacenter", "Amazon construit 30 centres de données en Indiana",
                          {{"operator", "Amazon"}, {"location", "Ohio"}, {"count", 30u}});
    CHECK(warnings_of(dc, fr, Language::fr) ==
          std::vector<std::string>{located(
              "location: Ohio (US-OH) does not occur in the evidence (places it states: Indiana "
              "(US-IN)); correct the value, or quote the words that state it")});
    const auto stake = [](const std::string& share) {
        return claim("stake", "Amazon détient une participation de 49 % dans Anthropic",
                     {{"holder", "Amazon"}, {"company", "Anthropic"}, {"share", share}});
    };
    CHECK(warnings_of(stake("49 %"), fr, Language::fr).empty());
    CHECK(warnings_of(stake("participation de 49 %"), fr, Language::fr).empty());
    CHECK(warnings_of(stake("48 %"), fr, Language::fr) ==
          std::vector<std::string>{located(
              "share: 48 % (shareholder) does not occur in the evidence (shares it states: 49 % "
              "(shareholder)); correct the value, or quote the words that state it")});
}

TEST_CASE("values are checked against the whole quote, however long, in linear time",
          "[claim_normalizer]") {
    // A quote of 320 KB of "trois cent mille" took 168 s when the span
    // matchers re-read the run from every token; the agreement check then
    // read only quotes of at most 1024 bytes.  Now the whole quote is read:
    // the amount stated after 320 KB of number words is found, and a wrong
    // one is named with what the quote does state.
    std::string quote = "Acme a levé";
    while (quote.size() < 320 * 1024) quote += " trois cent mille et";
    quote += " 5 millions de dollars";
    const auto investment = [&](const std::string& amount) {
        return claim("investment", quote,
                     {{"investor", "Acme"},
                      {"investee", "Beta"},
                      {"amount", amount},
                      {"stage", "completed"}});
    };
    const auto started = std::chrono::steady_clock::now();
    CHECK(warnings_of(investment("5 millions de dollars"), quote + ".", Language::fr).empty());
    CHECK(warnings_of(investment("6 millions de dollars"), quote + ".", Language::fr) ==
          std::vector<std::string>{
              "doc.jsonl:3: claim c1: amount: 6000000 USD does not occur in the evidence "
              "(amounts it states: 5000000 USD); correct the value, or quote the words that "
              "state it"});
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    CHECK(took.count() < factdb::test::seconds_fence(5));
}

TEST_CASE("an absent role tense is read from the words governing the title, else current",
          "[claim_normalizer]") {
    struct Row {
        std::string evidence, title;
        Language language;
        std::string tense, cue, display;  // cue "NULL" when none
    };
    const std::string en =
        "SoftBank chief executive Masayoshi Son will be chairman of Stargate. Former CEO John "
        "Smith left. Sam Altman is the chief executive of OpenAI.";
    const std::string fr =
        "L'ancien directeur général Jean Dupont est parti. Marie Curie sera présidente de "
        "Stargate. Mike Krieger, chef des produits d'Anthropic.";
    const std::vector<Row> rows = {
        {"SoftBank chief executive Masayoshi Son will be chairman of Stargate", "chief executive",
         Language::en, "current", "NULL", ""},
        {"SoftBank chief executive Masayoshi Son will be chairman of Stargate", "chairman",
         Language::en, "incoming", "'will be chairman'", "incoming"},
        {"Former CEO John Smith left", "CEO", Language::en, "former", "'Former CEO'", "former"},
        {"Sam Altman is the chief executive of OpenAI", "chief executive", Language::en,
         "current", "NULL", ""},
        {"L'ancien directeur général Jean Dupont est parti", "directeur général", Language::fr,
         "former", "'ancien directeur général'", "former"},
        {"Marie Curie sera présidente de Stargate", "présidente", Language::fr, "incoming",
         "'sera présidente'", "incoming"},
        {"Mike Krieger, chef des produits d'Anthropic", "chef des produits", Language::fr,
         "current", "NULL", ""},
    };
    for (const auto& row : rows) {
        INFO(row.evidence << " / " << row.title);
        const FactDraft d = draft(claim("role", row.evidence, {{"person", "P"}, {"title", row.title}}),
                                  row.language == Language::en ? en : fr, row.language);
        CHECK(show(d.columns.at("tense")) == "'" + row.tense + "'");
        CHECK(show(d.columns.at("tense_cue")) == row.cue);
        CHECK(show(d.columns.at("start_year")) == "NULL");
        CHECK(d.canonical.at("tense") == row.tense);
        CHECK(d.display.at("tense") == row.display);
        CHECK(d.warnings.empty());
    }
    // A given tense wins and has no cue; a start year may say "since".
    const FactDraft given =
        draft(claim("role", "Former CEO John Smith left",
                    {{"person", "P"}, {"title", "CEO"}, {"tense", "current"}, {"start_year", 2021}}),
              en);
    CHECK(show(given.columns.at("tense")) == "'current'");
    CHECK(show(given.columns.at("tense_cue")) == "NULL");
    CHECK(show(given.columns.at("start_year")) == "2021");
    const FactDraft since = draft(
        claim("role", "Marie Curie sera présidente de Stargate",
              {{"person", "P"}, {"title", "présidente"}, {"tense", "futur"}}),
        fr, Language::fr);
    CHECK(show(since.columns.at("tense")) == "'incoming'");
    // A title the evidence does not hold, next to a cue: current, and a warning.
    CHECK(warnings_of(claim("role", "Former CEO John Smith left",
                            {{"person", "P"}, {"title", "chief executive"}}),
                      en) ==
          std::vector<std::string>{
              "doc.jsonl:3: claim c1: tense: the evidence holds the tense cue 'Former' but not "
              "the title 'chief executive', so no tense was read and the role is current; give "
              "\"tense\", or the title as the evidence writes it"});
    CHECK(problems(claim("role", "Former CEO John Smith left",
                         {{"person", "P"}, {"title", "CEO"}, {"tense", "retired"}}),
                   en) ==
          std::vector<std::string>{
              "doc.jsonl:3: claim c1: tense: unknown tense (known: current, former, incoming, or "
              "a word saying one: present, previous, ex, future, designate) (retired)"});
    CHECK(problems(claim("role", "Former CEO John Smith left",
                         {{"person", "P"}, {"title", "CEO"}, {"start_year", "since"}}),
                   en) == std::vector<std::string>{"doc.jsonl:3: claim c1: start_year: not a year (since)"});
}

TEST_CASE("funding_round and valuation claims give exact columns in English and French",
          "[claim_normalizer][funding_round]") {
    const std::string en =
        "Anthropic raised $6 billion in a Series C led by Lightspeed, with Menlo and Spark, at a "
        "post-money valuation of $61.5 billion.";
    const FactDraft r = draft(
        claim("funding_round", en.substr(0, en.size() - 1),
              {{"company", "Anthropic"}, {"round", "Series C"}, {"amount", "$6 billion"},
               {"lead", {"Lightspeed"}}, {"participants", {"Spark", "Menlo"}},
               {"valuation", "$61.5 billion"}, {"valuation_basis", "post-money"}}),
        en);
    CHECK(show(r.columns.at("round")) == "'series_c'");
    CHECK(show(r.columns.at("amount_low_minor")) == "600000000000");
    CHECK(show(r.columns.at("currency")) == "'USD'");
    CHECK(show(r.columns.at("valuation_low")) == "61500000000");
    CHECK(show(r.columns.at("valuation_low_minor")) == "6150000000000");
    CHECK(show(r.columns.at("valuation_currency")) == "'USD'");
    CHECK(show(r.columns.at("valuation_basis")) == "'post_money'");
    CHECK(r.participants.size() == 4);

    const std::string fr =
        "Mistral AI a levé 600 millions d'euros lors d'une série B, valorisée 5,8 milliards "
        "d'euros après l'augmentation de capital.";
    const FactDraft f = draft(claim("funding_round", fr.substr(0, fr.size() - 1),
                                    {{"company", "Mistral AI"},
                                     {"round", "série B"},
                                     {"amount", "600 millions d'euros"},
                                     {"valuation", "5,8 milliards d'euros"},
                                     {"valuation_basis", "après l'augmentation de capital"}}),
                              fr, Language::fr);
    CHECK(show(f.columns.at("round")) == "'series_b'");
    CHECK(show(f.columns.at("currency")) == "'EUR'");
    CHECK(show(f.columns.at("valuation_qualifier")) == "'exact'");
    CHECK(show(f.columns.at("valuation_low_minor")) == "580000000000");
    CHECK(show(f.columns.at("valuation_currency")) == "'EUR'");
    CHECK(show(f.columns.at("valuation_basis")) == "'post_money'");
    CHECK(f.warnings.empty());

    // A valuation with no basis keeps "unspecified"; no valuation, no basis.
    const FactDraft no_basis =
        draft(claim("funding_round", fr.substr(0, fr.size() - 1),
                    {{"company", "Mistral AI"}, {"valuation", "5,8 milliards d'euros"}}),
              fr, Language::fr);
    CHECK(show(no_basis.columns.at("valuation_basis")) == "'unspecified'");
    CHECK(show(no_basis.columns.at("valuation_qualifier")) == "'exact'");

    // Absent round and basis: unspecified, never NULL.
    const FactDraft bare =
        draft(claim("funding_round", "Mistral AI a levé 600 millions d'euros",
                    {{"company", "Mistral AI"}}),
              fr, Language::fr);
    CHECK(show(bare.columns.at("round")) == "'unspecified'");
    CHECK(show(bare.columns.at("valuation_basis")) == "'unspecified'");

    const std::string cap = "Nvidia's market value topped $3.5 trillion.";
    const FactDraft v = draft(claim("valuation", "market value topped $3.5 trillion",
                                    {{"company", "Nvidia"},
                                     {"amount", "more than $3.5 trillion"},
                                     {"basis", "market value"},
                                     {"as_of", "2024-06-18"}}),
                              cap);
    CHECK(show(v.columns.at("basis")) == "'market_cap'");
    CHECK(show(v.columns.at("as_of")) == "'2024-06-18'");
    CHECK(show(v.columns.at("amount_qualifier")) == "'more_than'");
    const FactDraft undated =
        draft(claim("valuation", "market value topped $3.5 trillion",
                    {{"company", "Nvidia"}, {"amount", "more than $3.5 trillion"}}),
              cap);
    CHECK(show(undated.columns.at("as_of")) == "NULL");
    CHECK(show(undated.columns.at("basis")) == "'unspecified'");
}

TEST_CASE("funding_round and valuation refusals name the field", "[claim_normalizer][funding_round]") {
    const std::string cap = "Nvidia's market value topped $3.5 trillion.";
    const auto one = [&](const std::string& type, json fields) {
        const auto p = problems(claim(type, "market value topped $3.5 trillion", fields), cap);
        REQUIRE(p.size() == 1);
        return p[0];
    };
    CHECK_THAT(one("funding_round", {{"company", "Nvidia"}, {"round", "Series Z"}}),
               Catch::Contains("round: unrecognised round 'Series Z'"));
    CHECK_THAT(one("funding_round", {{"company", "Nvidia"},
                                     {"valuation", "$3.5 trillion"},
                                     {"valuation_basis", "market cap"}}),
               Catch::Contains("valuation_basis: basis 'market cap' is a market capitalisation"));
    CHECK_THAT(one("valuation", {{"company", "Nvidia"}, {"amount", "$3.5 trillion"},
                                 {"as_of", "June 2024"}}),
               Catch::Contains("as_of: not a date: give YYYY-MM-DD (a real day), YYYY-MM or YYYY"));
    CHECK_THAT(one("valuation", {{"company", "Nvidia"}, {"amount", "$3.5 trillion"},
                                 {"as_of", "2023-02-29"}}),
               Catch::Contains("as_of: not a date"));
    CHECK_THAT(one("valuation", {{"company", "Nvidia"}}), Catch::Contains("amount"));
}

TEST_CASE("the draft key: a rule id and a confidence from 0 to 1, or refused naming its key",
          "[claim_normalizer][provenance]") {
    const auto supply = [](json extra) {
        json c = {{"id", "c1"},        {"type", "supply"},    {"evidence", kSupplies},
                  {"provider", "Nvidia"}, {"recipient", "OpenAI"}, {"item", "chips"}};
        c.update(extra);
        return c;
    };
    // Absent or null: curated.
    CHECK_FALSE(draft(supply(json::object())).drafted.has_value());
    CHECK_FALSE(draft(supply({{"draft", nullptr}})).drafted.has_value());
    // Accepted: every character class of a rule id, both ends of the range,
    // an integer confidence.
    struct Good {
        json value;
        std::string rule;
        double confidence;
    };
    const std::vector<Good> good = {
        {{{"rule", "en.investment.invest_in"}, {"confidence", 0.8}}, "en.investment.invest_in", 0.8},
        {{{"rule", "fr:datacenter-2"}, {"confidence", 0}}, "fr:datacenter-2", 0.0},
        {{{"rule", "x"}, {"confidence", 1}}, "x", 1.0},
        {{{"confidence", 0.25}, {"rule", "llm.gpt_4o"}}, "llm.gpt_4o", 0.25},
    };
    for (const auto& g : good) {
        INFO(g.value.dump());
        const FactDraft d = draft(supply({{"draft", g.value}}));
        REQUIRE(d.drafted.has_value());
        CHECK(d.drafted->rule == g.rule);
        CHECK(d.drafted->confidence == g.confidence);
    }
    // Refused, each problem naming its key, all of one claim reported.
    struct Bad {
        json value;
        std::vector<std::string> expected;
    };
    const std::string rule_shape =
        "draft.rule: must be a non-empty rule id of lower-case letters, digits and _ . : - "
        "(e.g. \"en.investment.invest_in\")";
    const std::vector<Bad> bad = {
        {"en.x", {"draft: must be an object {\"rule\": ID, \"confidence\": 0..1}, not string; "
                  "leave \"draft\" out for a claim typed by a person"}},
        {json::array({"en.x", 0.5}),
         {"draft: must be an object {\"rule\": ID, \"confidence\": 0..1}, not array; leave "
          "\"draft\" out for a claim typed by a person"}},
        {json::object(),
         {"draft.rule: missing required field: give the id of the drafter's rule",
          "draft.confidence: missing required field: give a number from 0 to 1"}},
        {{{"rule", "en.x"}, {"confidence", 1.5}},
         {"draft.confidence: must be a number from 0 to 1 (1.5)"}},
        {{{"rule", "en.x"}, {"confidence", -0.1}},
         {"draft.confidence: must be a number from 0 to 1 (-0.1)"}},
        {{{"rule", "en.x"}, {"confidence", "0.5"}},
         {"draft.confidence: must be a number from 0 to 1, not string"}},
        {{{"rule", "en.x"}, {"confidence", true}},
         {"draft.confidence: must be a number from 0 to 1, not boolean"}},
        {{{"rule", "en.x"}, {"confidence", nullptr}},
         {"draft.confidence: missing required field: give a number from 0 to 1"}},
        {{{"rule", ""}, {"confidence", 0.5}}, {rule_shape}},
        {{{"rule", "En.X"}, {"confidence", 0.5}}, {rule_shape + " (En.X)"}},
        {{{"rule", "en x"}, {"confidence", 0.5}}, {rule_shape + " (en x)"}},
        {{{"rule", "en/x"}, {"confidence", 0.5}}, {rule_shape + " (en/x)"}},
        {{{"rule", "r\xC3\xA8gle"}, {"confidence", 0.5}}, {rule_shape + " (r\xC3\xA8gle)"}},
        {{{"rule", 7}, {"confidence", 0.5}}, {"draft.rule: must be a string, not number"}},
        {{{"rule", "en.x"}, {"confidence", 0.5}, {"model", "gpt"}},
         {"draft.model: unknown key; \"draft\" takes only rule and confidence: remove it"}},
    };
    for (const auto& b : bad) {
        INFO(b.value.dump());
        std::vector<std::string> expected;
        for (const auto& e : b.expected) expected.push_back(located(e));
        CHECK(problems(supply({{"draft", b.value}})) == expected);
    }
    // "drafts" is a typo of the common key.
    CHECK(problems(supply({{"drafts", json::object()}})) ==
          std::vector<std::string>{located(
              "drafts: unknown field for claim type supply (did you mean \"draft\"?); a supply "
              "claim takes provider, recipient, item, subject and id, type, evidence, "
              "occurrence, modality, note, draft: rename the field or remove it")});
}

TEST_CASE("acquisition claims give exact columns in English and French",
          "[claim_normalizer][acquisition]") {
    const std::string en =
        "Nvidia completed its acquisition of a 49% stake in Run:ai from Insight Partners for "
        "$700 million on 2024-12-30.";
    const FactDraft a = draft(claim("acquisition", en.substr(0, en.size() - 1),
                                    {{"acquirer", "Nvidia"},
                                     {"target", "Run:ai"},
                                     {"seller", "Insight Partners"},
                                     {"amount", "$700 million"},
                                     {"share", "49%"},
                                     {"completed_on", "2024-12-30"}}),
                              en);
    CHECK(fields(a) ==
          "acquisition c1\n"
          "entities: acquirer#1=Nvidia, target#1=Run:ai, seller#1=Insight Partners\n"
          "columns: amount_high=700000000, amount_high_minor=70000000000, "
          "amount_low=700000000, amount_low_minor=70000000000, amount_qualifier='exact', "
          "amount_text='$700 million', completed_on='2024-12-30', currency='USD', "
          "share_high=real 49, share_low=real 49, share_qualifier='exact', "
          "share_text='49%', status='completed', status_cue='completed'\n"
          "canonical: amount='exact:700000000:700000000:USD', completed_on='2024-12-30', "
          "share='exact:49:49', status='completed'\n"
          "display: amount='700000000 USD', completed_on='2024-12-30', share='49 %', "
          "status='completed'\n"
          "purposes: \nnote: -");

    // French, no share (the whole company), status inferred from the verb.
    const std::string fr =
        "CoreWeave a accepté de racheter Core Scientific pour environ 9 milliards de dollars.";
    const FactDraft f = draft(claim("acquisition", fr.substr(0, fr.size() - 1),
                                    {{"acquirer", "CoreWeave"},
                                     {"target", "Core Scientific"},
                                     {"amount", "environ 9 milliards de dollars"}}),
                              fr, Language::fr);
    CHECK(show(f.columns.at("status")) == "'agreed'");
    CHECK(show(f.columns.at("status_cue")) == "'a accepté de racheter'");
    CHECK(show(f.columns.at("share_low")) == "real 100");
    CHECK(show(f.columns.at("share_high")) == "real 100");
    CHECK(show(f.columns.at("share_qualifier")) == "'exact'");
    CHECK(show(f.columns.at("share_text")) == "NULL");
    CHECK(show(f.columns.at("amount_qualifier")) == "'approximately'");
    CHECK(show(f.columns.at("amount_low")) == "9000000000");
    CHECK(show(f.columns.at("completed_on")) == "NULL");
    CHECK(f.warnings.empty());

    // No amount, no cue: undisclosed and announced, with no cue.
    const std::string bare = "Nvidia s'offre Run:ai.";
    const FactDraft b = draft(claim("acquisition", "Nvidia s'offre Run:ai",
                                    {{"acquirer", "Nvidia"}, {"target", "Run:ai"}}),
                              bare, Language::fr);
    CHECK(show(b.columns.at("status")) == "'announced'");
    CHECK(show(b.columns.at("status_cue")) == "NULL");
    CHECK(show(b.columns.at("amount_qualifier")) == "'undisclosed'");
    CHECK(show(b.columns.at("currency")) == "NULL");
    CHECK(show(b.columns.at("seller_id")) == "NULL");
    // A given status wins over the verb and keeps no cue.
    const FactDraft g =
        draft(claim("acquisition", fr.substr(0, fr.size() - 1),
                    {{"acquirer", "CoreWeave"}, {"target", "Core Scientific"},
                     {"status", "finalisée"}}),
              fr, Language::fr);
    CHECK(show(g.columns.at("status")) == "'completed'");
    CHECK(show(g.columns.at("status_cue")) == "NULL");
}

TEST_CASE("acquisition refusals name the field and say how to fix it",
          "[claim_normalizer][acquisition]") {
    const std::string text = "Nvidia agreed to buy Run:ai for $700 million.";
    const auto one = [&](json fields) {
        fields["acquirer"] = "Nvidia";
        fields["target"] = "Run:ai";
        const auto p = problems(claim("acquisition", "Nvidia agreed to buy Run:ai", fields), text);
        REQUIRE(p.size() == 1);
        return p[0];
    };
    CHECK(one({{"status", "complted"}}) ==
          located("status: unrecognised acquisition status 'complted' (nearest: 'completed'); "
                  "give announced, agreed, completed, terminated or blocked, or a word for one "
                  "(NORMALISATION.md 15.1), or omit it to infer it (complted)"));
    CHECK(one({{"amount", "49 %"}}) ==
          located("amount: a percentage, not an amount: give an amount with its currency "
                  "('$700 million', '700 millions de dollars'); the percentage acquired goes in "
                  "\"share\" (49 %)"));
    CHECK(one({{"share", "$700 million"}}) ==
          located("share: an amount, not a percentage: the price goes in \"amount\"; \"share\" "
                  "is the percentage acquired ('49 %'), or leave it out for the whole company "
                  "($700 million)"));
    CHECK(one({{"share", "120 %"}}) == located("share: percentage over 100 (120 %)"));
    CHECK(one({{"share", "undisclosed"}}) ==
          located("share: an undisclosed stake is no share; leave \"share\" out for the whole "
                  "company, or give the percentage acquired (undisclosed)"));
    CHECK(one({{"completed_on", "Q4 2024"}}) ==
          located("completed_on: not a date: give YYYY-MM-DD (a real day), YYYY-MM or YYYY, "
                  "e.g. 2025-03-31 (Q4 2024)"));
    CHECK(one({{"seller", 3}}) == located("seller: must be a string, not number"));
}

TEST_CASE("compute_deal claims give exact columns in English and French",
          "[claim_normalizer][compute_deal]") {
    const std::string en =
        "Amazon will provide OpenAI with 100,000 Nvidia H100 chips in a five-year deal worth "
        "$38 billion, using 1.2 GW of power.";
    const FactDraft d = draft(claim("compute_deal", en.substr(0, en.size() - 1),
                                    {{"provider", "Amazon"},
                                     {"recipient", "OpenAI"},
                                     {"item", "chips"},
                                     {"chip", "H100"},
                                     {"quantity", "100,000 Nvidia H100 chips"},
                                     {"value", "$38 billion"},
                                     {"duration", "five-year"},
                                     {"power", "1.2 GW"}}),
                              en);
    CHECK(fields(d) ==
          "compute_deal c1\n"
          "entities: provider#1=Amazon, recipient#1=OpenAI, chip#1=H100\n"
          "columns: currency='USD', duration_months=60, duration_text='five-year', "
          "item='chips', item_text='chips', power_mw_high=real 1200, power_mw_low=real 1200, "
          "power_qualifier='exact', power_text='1.2 GW', quantity_high=100000, "
          "quantity_low=100000, quantity_qualifier='exact', "
          "quantity_text='100,000 Nvidia H100 chips', value_high=38000000000, "
          "value_high_minor=3800000000000, value_low=38000000000, "
          "value_low_minor=3800000000000, value_qualifier='exact', value_text='$38 billion'\n"
          "canonical: duration='60', item='chips', power='exact:1200:1200', "
          "quantity='exact:100000:100000', value='exact:38000000000:38000000000:USD'\n"
          "display: duration='5 years', item='chips', power='1200 MW', quantity='100000', "
          "value='38000000000 USD'\n"
          "purposes: \nnote: -");
    CHECK(d.warnings.empty());

    const std::string fr =
        "Anthropic a conclu avec Google un accord portant sur l'utilisation de jusqu'à un "
        "million de puces TPU sur six ans.";
    const FactDraft f = draft(claim("compute_deal", fr.substr(0, fr.size() - 1),
                                    {{"provider", "Google"},
                                     {"recipient", "Anthropic"},
                                     {"item", "puces"},
                                     {"chip", "TPU"},
                                     {"quantity", "jusqu'à un million"},
                                     {"duration", "sur six ans"}}),
                              fr, Language::fr);
    CHECK(show(f.columns.at("item")) == "'chips'");
    CHECK(show(f.columns.at("item_text")) == "'puces'");
    CHECK(show(f.columns.at("quantity_qualifier")) == "'at_most'");
    CHECK(show(f.columns.at("quantity_low")) == "NULL");
    CHECK(show(f.columns.at("quantity_high")) == "1000000");
    CHECK(show(f.columns.at("duration_months")) == "72");
    CHECK(show(f.columns.at("duration_text")) == "'sur six ans'");
    CHECK(show(f.columns.at("value_qualifier")) == "'undisclosed'");
    CHECK(show(f.columns.at("power_qualifier")) == "'undisclosed'");
    CHECK(f.warnings.empty());

    // Only the parties: every optional column NULL or undisclosed.
    const FactDraft bare = draft(claim("compute_deal", fr.substr(0, fr.size() - 1),
                                       {{"provider", "Google"}, {"recipient", "Anthropic"}}),
                                 fr, Language::fr);
    CHECK(show(bare.columns.at("item")) == "NULL");
    CHECK(show(bare.columns.at("item_text")) == "NULL");
    CHECK(show(bare.columns.at("chip_id")) == "NULL");
    CHECK(show(bare.columns.at("duration_months")) == "NULL");
    CHECK(show(bare.columns.at("quantity_qualifier")) == "'undisclosed'");
}

TEST_CASE("compute_deal refusals name the field", "[claim_normalizer][compute_deal]") {
    const std::string text = "Google will supply Anthropic with TPUs over several years.";
    const auto one = [&](json fields) {
        fields["provider"] = "Google";
        fields["recipient"] = "Anthropic";
        const auto p =
            problems(claim("compute_deal", "Google will supply Anthropic with TPUs", fields), text);
        REQUIRE(p.size() == 1);
        return p[0];
    };
    CHECK(one({{"duration", "several years"}}) ==
          located("duration: unreadable number 'several' in duration (vague quantity "
                  "'several'); write it as a whole number and a unit: 'five-year', 'over 4 "
                  "years', '18 months', 'sur six ans', 'pendant dix ans' (NORMALISATION.md 16) "
                  "(several years)"));
    CHECK(one({{"power", "1 GWh"}}) ==
          located("power: 'GWh' is energy, not power: give the capacity in W, kW, MW, GW, TW (a "
                  "consumption in GWh is not a capacity) (1 GWh)"));
    CHECK(one({{"quantity", "-5"}}) == located("quantity: count is negative (-5)"));
    CHECK(one({{"value", "tens of billions"}}) ==
          located("value: vague quantity 'tens' (tens of billions)"));
    // A percentage is no value; compute_deal has no share to point to.
    CHECK(one({{"value", "10 %"}}) ==
          located("value: a percentage, not an amount: give an amount with its currency "
                  "('$700 million', '700 millions de dollars') (10 %)"));
}

TEST_CASE("a funding_round's valuation_basis without a valuation is refused, naming the field",
          "[claim_normalizer][funding_round]") {
    const std::string en = "Anthropic raised $6 billion in a Series C, post-money.";
    const std::string expected =
        "doc.jsonl:3: claim c1: valuation_basis: \"valuation_basis\" is the basis (pre- or "
        "post-money) of the round's valuation, and this claim gives no \"valuation\": add "
        "\"valuation\" or remove \"valuation_basis\"";
    // In both languages, whatever the basis, given as a word or a code (an
    // explicit "unspecified" too: it still claims a valuation).
    struct Row {
        std::string text, evidence, basis;
        Language language;
    };
    for (const Row& row : std::vector<Row>{
             {en, "Anthropic raised $6 billion", "post-money", Language::en},
             {en, "Anthropic raised $6 billion", "pre_money", Language::en},
             {en, "Anthropic raised $6 billion", "unspecified", Language::en},
             {"Mistral AI a levé 600 millions d'euros après l'augmentation de capital.",
              "Mistral AI a levé 600 millions d'euros", "après l'augmentation de capital",
              Language::fr}}) {
        CAPTURE(row.basis);
        CHECK(problems(claim("funding_round", row.evidence,
                             {{"company", "Anthropic"},
                              {"amount", row.language == Language::en ? "$6 billion"
                                                                      : "600 millions d'euros"},
                              {"valuation_basis", row.basis}}),
                       row.text, row.language) == std::vector<std::string>{expected});
    }
    // JSON null is absent: no basis, no problem.
    const FactDraft ok = draft(claim("funding_round", "Anthropic raised $6 billion",
                                     {{"company", "Anthropic"},
                                      {"amount", "$6 billion"},
                                      {"valuation_basis", nullptr}}),
                               en);
    CHECK(show(ok.columns.at("valuation_basis")) == "'unspecified'");
    // An undisclosed valuation is a valuation: its basis may be stated.
    const FactDraft undisclosed = draft(claim("funding_round", "Anthropic raised $6 billion",
                                              {{"company", "Anthropic"},
                                               {"amount", "$6 billion"},
                                               {"valuation", "undisclosed"},
                                               {"valuation_basis", "post-money"}}),
                                        en);
    CHECK(show(undisclosed.columns.at("valuation_qualifier")) == "'undisclosed'");
    CHECK(show(undisclosed.columns.at("valuation_basis")) == "'post_money'");
}

TEST_CASE("an undated valuation keys the document's published date, its column stays NULL",
          "[claim_normalizer][funding_round]") {
    const std::string cap = "Nvidia's market value topped $3.5 trillion.";
    const json undated = claim("valuation", "market value topped $3.5 trillion",
                               {{"company", "Nvidia"}, {"amount", "more than $3.5 trillion"}});
    const auto one = [&](const json& c, std::optional<std::string> published) {
        Result r = normalize(json::array({c}), cap, Language::en, {}, std::move(published));
        CHECK(r.errors == std::vector<std::string>{});
        REQUIRE(r.drafts.size() == 1);
        return std::move(r.drafts.front());
    };
    const FactDraft june = one(undated, "2024-06-18");
    CHECK(show(june.columns.at("as_of")) == "NULL");
    CHECK(june.canonical.at("as_of") == "2024-06-18");
    CHECK(june.display.at("as_of").empty());  // the summary claims no date
    CHECK(one(undated, "2024-07-01").canonical.at("as_of") == "2024-07-01");
    CHECK(one(undated, std::nullopt).canonical.at("as_of").empty());
    // A given as_of is the key whatever the document's date.
    json dated = undated;
    dated["as_of"] = "2024-06";
    const FactDraft given = one(dated, "2024-07-01");
    CHECK(show(given.columns.at("as_of")) == "'2024-06'");
    CHECK(given.canonical.at("as_of") == "2024-06");
}
