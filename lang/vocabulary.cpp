// Vocabularies: investment stage and growth ratio (closed), supply item
// (open: an unknown text is code "other", known = false).
//
// Matching: the whole text, case- and accent-insensitive, dashes optional
// ("semi-conducteurs" = "semi conducteurs"), typographic apostrophes = '.
// The words are accepted in both languages whatever the document's: the
// tables have no word that means different things in French and English, and
// a closed vocabulary gains nothing from refusing the other language.  The
// codes themselves are rows too.
//
// kStages:
//   completed   completed, complete, done, closed, made, invested, finalised,
//               finalized; réalisé, effectué, finalisé, investi, conclu
//               (with their e/s/es forms)
//   committed   committed, pledged, promised, agreed, announced; engagé(e)(s),
//               s'est engagé(e), se sont engagé(e)s, s'engage, promis(e),
//               annoncé(e)(s)   — an announced investment is a commitment
//   considered  considered, considering, planned, planning, mooted, under
//               consideration, in talks, in discussions; envisagé(e)(s) and
//               envisage, en discussion(s), en négociation(s), à l'étude,
//               prévu(e)(s), en projet
//   Else "unrecognised stage '<text>'" followed by the nearest table words
//   (edit distance on folded keys, at most 3 edits, at most 3 words), the
//   accepted codes and the fix (a code, or no "stage" at all: inferred from
//   the evidence, stage_cues.cpp).
// kSupplyItems (after one optional leading article un, une, le, la, les, l',
// des, du, de, de la, a, an, the):
//   chips              puce(s), chip(s), semiconductor(s), semi-conducteur(s),
//                      GPU(s), processeur(s), processor(s)
//   compute            puissance de calcul, capacité(s) de calcul, compute,
//                      computing power, computing capacity, compute capacity
//   cloud_capacity     capacité(s) cloud, cloud capacity, services cloud,
//                      services de cloud, cloud services
//   technical_support  soutien/support/assistance technique, technical
//                      support, technical assistance
//   funding            financement(s), soutien financier, funding, financial support
//   other              other, autre, autres
//   Else code "other" with known = false: the caller stores the text and
//   warns (an open vocabulary is never refused).
// Ratios: kRatioWords (2: doubler and forms, double, doubling, doubled, deux
// fois, twice; 3: tripler..., trois fois, three times; 4: quadrupler...,
// quatre fois, four times), else kRatioForms around a number N (digits in the
// document's notation or number words): xN, ×N, Nx, N×, N fois, N fois plus,
// N times, N times more, multiplié par N, multiplied by N.  N must be > 0
// ("ratio must be positive"); else "unrecognised ratio '<text>'".
// Running text (match_ratio): the longest of those readings starting at a
// token, with N > 0, standing alone (grammar.cpp's stands_alone); the whole
// field is the reading at token 0 that covers the whole text.
#include "lang/vocabulary.h"

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/grammar.h"
#include "lang/nearest.h"
#include "lang/numbers.h"
#include "lang/tokens.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace factdb::lang {

namespace {

const PhraseTable<std::string_view>& stages() {
    static const PhraseTable<std::string_view> table{
        {"completed", kAny, "completed"},
        {"complete", kAny, "completed"},
        {"done", kAny, "completed"},
        {"closed", kAny, "completed"},
        {"made", kAny, "completed"},
        {"invested", kAny, "completed"},
        {"finalised", kAny, "completed"},
        {"finalized", kAny, "completed"},
        {"réalisé", kAny, "completed"},
        {"réalisée", kAny, "completed"},
        {"réalisés", kAny, "completed"},
        {"réalisées", kAny, "completed"},
        {"effectué", kAny, "completed"},
        {"effectuée", kAny, "completed"},
        {"effectués", kAny, "completed"},
        {"effectuées", kAny, "completed"},
        {"finalisé", kAny, "completed"},
        {"finalisée", kAny, "completed"},
        {"finalisés", kAny, "completed"},
        {"finalisées", kAny, "completed"},
        {"investi", kAny, "completed"},
        {"investie", kAny, "completed"},
        {"investis", kAny, "completed"},
        {"investies", kAny, "completed"},
        {"conclu", kAny, "completed"},
        {"conclue", kAny, "completed"},
        {"conclus", kAny, "completed"},
        {"conclues", kAny, "completed"},

        {"committed", kAny, "committed"},
        {"pledged", kAny, "committed"},
        {"promised", kAny, "committed"},
        {"agreed", kAny, "committed"},
        {"announced", kAny, "committed"},
        {"engagé", kAny, "committed"},
        {"engagée", kAny, "committed"},
        {"engagés", kAny, "committed"},
        {"engagées", kAny, "committed"},
        {"s'est engagé", kAny, "committed"},
        {"s'est engagée", kAny, "committed"},
        {"se sont engagés", kAny, "committed"},
        {"se sont engagées", kAny, "committed"},
        {"s'engage", kAny, "committed"},
        {"promis", kAny, "committed"},
        {"promise", kAny, "committed"},
        {"annoncé", kAny, "committed"},
        {"annoncée", kAny, "committed"},
        {"annoncés", kAny, "committed"},
        {"annoncées", kAny, "committed"},

        {"considered", kAny, "considered"},
        {"considering", kAny, "considered"},
        {"planned", kAny, "considered"},
        {"planning", kAny, "considered"},
        {"mooted", kAny, "considered"},
        {"under consideration", kAny, "considered"},
        {"in talks", kAny, "considered"},
        {"in discussions", kAny, "considered"},
        {"envisagé", kAny, "considered"},
        {"envisagée", kAny, "considered"},
        {"envisagés", kAny, "considered"},
        {"envisagées", kAny, "considered"},
        {"en discussion", kAny, "considered"},
        {"en discussions", kAny, "considered"},
        {"en négociation", kAny, "considered"},
        {"en négociations", kAny, "considered"},
        {"à l'étude", kAny, "considered"},
        {"prévu", kAny, "considered"},
        {"prévue", kAny, "considered"},
        {"prévus", kAny, "considered"},
        {"prévues", kAny, "considered"},
        {"en projet", kAny, "considered"},
    };
    return table;
}

const PhraseTable<std::string_view>& supply_items() {
    static const PhraseTable<std::string_view> table{
        {"chips", kAny, "chips"},
        {"puce", kAny, "chips"},
        {"puces", kAny, "chips"},
        {"chip", kAny, "chips"},
        {"semiconductor", kAny, "chips"},
        {"semiconductors", kAny, "chips"},
        {"semi-conducteur", kAny, "chips"},
        {"semi-conducteurs", kAny, "chips"},
        {"semiconducteurs", kAny, "chips"},
        {"GPU", kAny, "chips"},
        {"GPUs", kAny, "chips"},
        {"processeur", kAny, "chips"},
        {"processeurs", kAny, "chips"},
        {"processor", kAny, "chips"},
        {"processors", kAny, "chips"},
        {"compute", kAny, "compute"},
        {"puissance de calcul", kAny, "compute"},
        {"capacité de calcul", kAny, "compute"},
        {"capacités de calcul", kAny, "compute"},
        {"computing power", kAny, "compute"},
        {"computing capacity", kAny, "compute"},
        {"compute capacity", kAny, "compute"},
        {"cloud_capacity", kAny, "cloud_capacity"},
        {"capacité cloud", kAny, "cloud_capacity"},
        {"capacités cloud", kAny, "cloud_capacity"},
        {"cloud capacity", kAny, "cloud_capacity"},
        {"services cloud", kAny, "cloud_capacity"},
        {"services de cloud", kAny, "cloud_capacity"},
        {"cloud services", kAny, "cloud_capacity"},
        {"technical_support", kAny, "technical_support"},
        {"soutien technique", kAny, "technical_support"},
        {"support technique", kAny, "technical_support"},
        {"assistance technique", kAny, "technical_support"},
        {"technical support", kAny, "technical_support"},
        {"technical assistance", kAny, "technical_support"},
        {"funding", kAny, "funding"},
        {"financement", kAny, "funding"},
        {"financements", kAny, "funding"},
        {"soutien financier", kAny, "funding"},
        {"financial support", kAny, "funding"},
        {"other", kAny, "other"},
        {"autre", kAny, "other"},
        {"autres", kAny, "other"},
    };
    return table;
}

const PhraseTable<bool>& articles() {
    static const PhraseTable<bool> table{
        {"un", kAny, true},  {"une", kAny, true},   {"le", kAny, true},    {"la", kAny, true},
        {"les", kAny, true}, {"l'", kAny, true},    {"des", kAny, true},   {"du", kAny, true},
        {"de", kAny, true},  {"de la", kAny, true}, {"de l'", kAny, true}, {"a", kAny, true},
        {"an", kAny, true},  {"the", kAny, true},
    };
    return table;
}

const PhraseTable<int>& ratio_words() {
    static const PhraseTable<int> table{
        {"doubler", kAny, 2},     {"doublant", kAny, 2},    {"doublé", kAny, 2},
        {"doublée", kAny, 2},     {"doublés", kAny, 2},     {"doublées", kAny, 2},
        {"double", kAny, 2},      {"doubled", kAny, 2},     {"doubling", kAny, 2},
        {"twice", kAny, 2},       {"tripler", kAny, 3},     {"triplant", kAny, 3},
        {"triplé", kAny, 3},      {"triplée", kAny, 3},     {"triplés", kAny, 3},
        {"triplées", kAny, 3},    {"triple", kAny, 3},      {"tripled", kAny, 3},
        {"tripling", kAny, 3},    {"thrice", kAny, 3},      {"quadrupler", kAny, 4},
        {"quadruplant", kAny, 4}, {"quadruplé", kAny, 4},   {"quadruplée", kAny, 4},
        {"quadruplés", kAny, 4},  {"quadruplées", kAny, 4}, {"quadruple", kAny, 4},
        {"quadrupled", kAny, 4},  {"quadrupling", kAny, 4},
    };
    return table;
}

// The words around N in "xN", "N fois", "multiplied by N".
struct RatioForm {
    std::string_view before;
    std::string_view after;
};
constexpr RatioForm kRatioForms[] = {
    {"x", ""},
    {"×", ""},
    {"", "x"},
    {"", "×"},
    {"", "fois"},
    {"", "fois plus"},
    {"", "times"},
    {"", "times more"},
    {"multiplié par", ""},
    {"multiplied by", ""},
};

// kRatioForms as phrase keys, built once.
struct CompiledForm {
    std::vector<std::string> before, after;
};
const std::vector<CompiledForm>& ratio_forms() {
    static const std::vector<CompiledForm> forms = [] {
        std::vector<CompiledForm> out;
        for (const auto& form : kRatioForms)
            out.push_back({phrase_keys(form.before), phrase_keys(form.after)});
        return out;
    }();
    return forms;
}

// The number at t[pos] (digits or words) and the tokens it takes; value is
// nullopt for digits beyond 18 significant digits (the whole field's
// "ratio exceeds the 64-bit integer range").
struct Number {
    std::optional<Decimal> value;
    std::size_t length;
};

std::optional<Number> number_at(TokenSpan t, std::size_t pos, Language language) {
    if (pos < t.size() && t[pos].kind == Token::Kind::number)
        return Number{digits_value(t[pos].int_digits, t[pos].frac_digits), 1};
    if (const auto w = parse_number_words(t, pos, language))
        return Number{canonical({w->value, 0}), w->length};
    return std::nullopt;
}

// A reading of a ratio at a position: a ratio word, or a form around a
// number.
struct RatioRead {
    std::optional<Decimal> value;  // nullopt: the number is too big
    std::size_t end;
};

// Calls f with each reading of a ratio at pos, in the order the whole field
// tries them (the ratio word, then kRatioForms in table order); stops when
// f returns true.
template <class F>
void each_ratio(TokenSpan t, std::size_t pos, Language language, F&& f) {
    if (const auto w = ratio_words().longest(t, pos, language))
        if (f(RatioRead{canonical({w->value, 0}), pos + w->length})) return;
    for (const auto& form : ratio_forms()) {
        std::size_t p = pos;
        if (!form.before.empty()) {
            const std::size_t n = match_keys(t, p, form.before);
            if (n == 0) continue;
            p += n;
        }
        const auto n = number_at(t, p, language);
        if (!n) continue;
        p += n->length;
        if (!n->value) {
            // Too big: the whole field reports it here, before the words after.
            if (f(RatioRead{std::nullopt, p})) return;
            continue;
        }
        if (!form.after.empty()) {
            const std::size_t rest = match_keys(t, p, form.after);
            if (rest == 0) continue;
            p += rest;
        }
        if (f(RatioRead{n->value, p})) return;
    }
}

std::string quoted(TokenSpan t) {
    return "'" + std::string(raw_between(t, 0, t.size())) + "'";
}

// Every word of kStages, for "nearest" (the table rows' texts, in order).
constexpr std::string_view kStageWords[] = {
    "completed", "complete", "done", "closed", "made", "invested", "finalised", "finalized",
    "réalisé", "effectué", "finalisé", "investi", "conclu", "committed", "pledged", "promised",
    "agreed", "announced", "engagé", "s'est engagé", "s'engage", "promis", "annoncé",
    "considered", "considering", "planned", "planning", "mooted", "under consideration",
    "in talks", "in discussions", "envisagé", "envisage", "en discussion", "en négociation",
    "à l'étude", "prévu", "en projet"};

}  // namespace

std::string parse_stage(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    if (tokens.empty()) throw NormalizeError("empty text");
    if (const auto code = stages().whole(tokens, language)) return std::string(*code);
    const std::string near = nearest_words(raw_between(tokens, 0, tokens.size()), kStageWords);
    throw NormalizeError("unrecognised stage " + quoted(tokens) +
                         (near.empty() ? "" : " (nearest: " + near + ")") +
                         "; give completed, committed or considered, or a French or English "
                         "word for one of them (docs/NORMALISATION.md 5.5), or leave \"stage\" "
                         "out to have it inferred from the evidence");
}

SupplyItem parse_supply_item(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    if (tokens.empty()) throw NormalizeError("empty text");
    if (const auto item = supply_items().whole(tokens, language)) return {std::string(*item)};
    if (const auto article = articles().longest(tokens, 0, language))
        if (const auto item =
                supply_items().whole(TokenSpan(tokens).subspan(article->length), language))
            return {std::string(*item)};
    return {"other", false};
}

std::string supply_item_codes() {
    return "chips, compute, cloud_capacity, technical_support, funding";
}

double parse_ratio(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    const TokenSpan t(tokens);
    if (t.empty()) throw NormalizeError("empty text");
    std::optional<Decimal> ratio;
    each_ratio(t, 0, language, [&](const RatioRead& r) {
        if (!r.value) throw NormalizeError(too_big_message("ratio"));
        if (r.end != t.size()) return false;
        ratio = r.value;
        return true;
    });
    if (!ratio)
        throw NormalizeError("unrecognised ratio " + quoted(t) +
                             "; give a word (doublant, triple, twice, quadrupled...) or a number "
                             "with x, fois, times or multiplied by (x2, 2,5 fois, three times, "
                             "multiplied by 4)");
    if (compare(*ratio, {}) <= 0) throw NormalizeError("ratio must be positive");
    return ratio->to_double();
}

std::optional<RatioMatch> match_ratio(TokenSpan tokens, std::size_t position, Language language) {
    std::optional<RatioRead> best;
    each_ratio(tokens, position, language, [&](const RatioRead& r) {
        if (r.value && compare(*r.value, {}) > 0 && (!best || r.end > best->end)) best = r;
        return false;
    });
    if (!best || !stands_alone(tokens, position, best->end, language)) return std::nullopt;
    return RatioMatch{position, best->end, raw_between(tokens, position, best->end),
                      best->value->to_double()};
}

}  // namespace factdb::lang
