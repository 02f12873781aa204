// The cues of a role's tense and their matcher (role_tense.h).
//
// Rules (docs/NORMALISATION.md 5.11, "Role tense"):
//   * a cue counts only where it governs the title: every pattern holds
//     "{title}", matched against the claim's own title in the evidence, so
//     "former" elsewhere in the sentence ("sept anciens employés", "the
//     former headquarters") says nothing about this role;
//   * the leftmost governed title decides; at one token the longest
//     pattern, at equal length the earlier row;
//   * "*" steps over zero to two words ("former SoftBank chief executive",
//     "will be named chairman"), the fewest that let the rest match; a dash
//     may stand between two parts ("ex-CEO", "CEO-designate");
//   * no cue: the role is current.  Deliberately absent: "was" and "a été"
//     ("was named CEO" and "a été nommé président" are current
//     appointments), bare "named"/"nommé" (an appointment that takes effect
//     now), "outgoing"/"sortant" (still in post), "then" ("then became
//     CEO"); "will be"/"sera" take the title at once or after an article or
//     "named"/"nommé" only ("will be replaced as CEO" is no incoming role);
//   * every inflected form is a row of its own (no stemming).
// Development set: the rows of tests/lang/role_tense_test.cpp.
#include "lang/role_tense.h"

#include <string>
#include <vector>

#include "errors/error.h"
#include "lang/count.h"
#include "lang/tokens.h"

namespace factdb::lang {
namespace {

constexpr TenseCueRow kRows[] = {
    // ---- English: former
    {kEn, "former * {title}", "former"},
    {kEn, "formerly * {title}", "former"},
    {kEn, "ex * {title}", "former"},
    {kEn, "previously * {title}", "former"},
    {kEn, "onetime * {title}", "former"},
    {kEn, "one-time * {title}", "former"},
    {kEn, "erstwhile * {title}", "former"},
    // ---- English: incoming
    {kEn, "will be {title}", "incoming"},
    {kEn, "will be the * {title}", "incoming"},
    {kEn, "will be its * {title}", "incoming"},
    {kEn, "will be named * {title}", "incoming"},
    {kEn, "will be appointed * {title}", "incoming"},
    {kEn, "will become {title}", "incoming"},
    {kEn, "will become the * {title}", "incoming"},
    {kEn, "will become its * {title}", "incoming"},
    {kEn, "will take over as * {title}", "incoming"},
    {kEn, "will serve as * {title}", "incoming"},
    {kEn, "is to become * {title}", "incoming"},
    {kEn, "set to become * {title}", "incoming"},
    {kEn, "to be named * {title}", "incoming"},
    {kEn, "incoming * {title}", "incoming"},
    {kEn, "future * {title}", "incoming"},
    {kEn, "named * {title} * effective", "incoming"},
    {kEn, "appointed * {title} * effective", "incoming"},
    {kEn, "{title} designate", "incoming"},
    {kEn, "{title} elect", "incoming"},
    // ---- French: former
    {kFr, "ancien * {title}", "former"},
    {kFr, "ancienne * {title}", "former"},
    {kFr, "anciens * {title}", "former"},
    {kFr, "anciennes * {title}", "former"},
    {kFr, "ex * {title}", "former"},
    {kFr, "précédemment * {title}", "former"},
    {kFr, "auparavant * {title}", "former"},
    // ---- French: incoming
    {kFr, "futur * {title}", "incoming"},
    {kFr, "future * {title}", "incoming"},
    {kFr, "futurs * {title}", "incoming"},
    {kFr, "prochain * {title}", "incoming"},
    {kFr, "prochaine * {title}", "incoming"},
    {kFr, "sera {title}", "incoming"},
    {kFr, "sera le * {title}", "incoming"},
    {kFr, "sera la * {title}", "incoming"},
    {kFr, "sera son * {title}", "incoming"},
    {kFr, "sera sa * {title}", "incoming"},
    {kFr, "sera nommé * {title}", "incoming"},
    {kFr, "sera nommée * {title}", "incoming"},
    {kFr, "deviendra {title}", "incoming"},
    {kFr, "deviendra le * {title}", "incoming"},
    {kFr, "deviendra la * {title}", "incoming"},
    {kFr, "deviendra son * {title}", "incoming"},
    {kFr, "deviendra sa * {title}", "incoming"},
    {kFr, "va devenir * {title}", "incoming"},
    {kFr, "nommé * {title} * à partir de", "incoming"},
    {kFr, "nommée * {title} * à partir de", "incoming"},
    {kFr, "nommé * {title} * à partir du", "incoming"},
    {kFr, "nommée * {title} * à partir du", "incoming"},
    {kFr, "nommé * {title} * à compter de", "incoming"},
    {kFr, "nommée * {title} * à compter de", "incoming"},
    {kFr, "nommé * {title} * à compter du", "incoming"},
    {kFr, "nommée * {title} * à compter du", "incoming"},
    {kFr, "{title} désigné", "incoming"},
    {kFr, "{title} désignée", "incoming"},
};

struct Part {
    enum class Kind { words, any, title } kind;
    std::vector<std::string> keys;  // words only
};

struct Compiled {
    std::vector<Part> parts;
    const TenseCueRow* row;
};

constexpr std::size_t kWildcardMaxWords = 2;

const std::vector<Compiled>& compiled() {
    static const std::vector<Compiled> rows = [] {
        std::vector<Compiled> out;
        for (const auto& row : kRows) {
            Compiled c{{}, &row};
            std::string_view rest = row.pattern;
            while (!rest.empty()) {
                const std::size_t space = rest.find(' ');
                const std::string_view word = rest.substr(0, space);
                if (word == "*") {
                    c.parts.push_back({Part::Kind::any, {}});
                } else if (word == "{title}") {
                    c.parts.push_back({Part::Kind::title, {}});
                } else {
                    if (c.parts.empty() || c.parts.back().kind != Part::Kind::words)
                        c.parts.push_back({Part::Kind::words, {}});
                    for (auto& key : phrase_keys(word)) c.parts.back().keys.push_back(key);
                }
                rest = space == std::string_view::npos ? "" : rest.substr(space + 1);
            }
            out.push_back(std::move(c));
        }
        return out;
    }();
    return rows;
}

bool is_dash(const Token& t) {
    return t.kind == Token::Kind::symbol && t.key == "-";
}

// End of the match of parts[part...] at pos, or 0 when they do not match.
std::size_t match_parts(TokenSpan t, std::size_t pos, const Compiled& c, std::size_t part,
                        const std::vector<std::string>& title) {
    if (part == c.parts.size()) return pos;
    const Part& p = c.parts[part];
    if (p.kind == Part::Kind::any) {
        for (std::size_t skipped = 0;; ++skipped) {
            if (const std::size_t end = match_parts(t, pos + skipped, c, part + 1, title))
                return end;
            if (skipped == kWildcardMaxWords || pos + skipped >= t.size() ||
                t[pos + skipped].kind != Token::Kind::word)
                return 0;
        }
    }
    std::size_t at = pos;
    if (part > 0) {
        while (at < t.size() && is_dash(t[at])) ++at;
    }
    const std::size_t n = match_keys(t, at, p.kind == Part::Kind::title ? title : p.keys);
    if (n == 0) return 0;
    return match_parts(t, at + n, c, part + 1, title);
}

const Part* first_words(const Compiled& c) {
    for (const auto& p : c.parts) {
        if (p.kind == Part::Kind::words) return &p;
    }
    return nullptr;
}

}  // namespace

std::span<const TenseCueRow> tense_cue_rows() {
    return kRows;
}

TenseReading infer_tense(std::string_view text, std::string_view title, Language language) {
    TenseReading reading;
    if (text.size() > kMaxTenseTextBytes) return reading;
    const std::vector<std::string> title_keys = phrase_keys(title);
    if (title_keys.empty()) return reading;
    const Tokens tokens = tokenize_running_text(text, language);
    const TokenSpan t(tokens);
    for (std::size_t pos = 0; pos < t.size() && !reading.title_found; ++pos)
        reading.title_found = match_keys(t, pos, title_keys) > 0;
    if (reading.title_found) {
        for (std::size_t pos = 0; pos < t.size(); ++pos) {
            const Compiled* best = nullptr;
            std::size_t best_end = 0;
            for (const auto& c : compiled()) {
                if (!speaks(c.row->langs, language)) continue;
                const std::size_t end = match_parts(t, pos, c, 0, title_keys);
                if (end > best_end) {
                    best = &c;
                    best_end = end;
                }
            }
            if (!best) continue;
            const std::string_view cue = raw_between(t, pos, best_end);
            const auto begin = static_cast<std::size_t>(cue.data() - text.data());
            reading.cue = TenseCue{best->row->tense, cue, begin, begin + cue.size()};
            return reading;
        }
        return reading;
    }
    // The title is not in the text: is a cue there anyway?
    for (std::size_t pos = 0; pos < t.size(); ++pos) {
        for (const auto& c : compiled()) {
            if (!speaks(c.row->langs, language)) continue;
            const Part* words = first_words(c);
            if (!words) continue;
            if (const std::size_t n = match_keys(t, pos, words->keys)) {
                reading.stray_cue = raw_between(t, pos, pos + n);
                return reading;
            }
        }
    }
    return reading;
}

namespace {

const PhraseTable<std::string_view>& tense_words() {
    static const PhraseTable<std::string_view> table{
        {"current", kAny, "current"},   {"former", kAny, "former"},
        {"incoming", kAny, "incoming"}, {"present", kEn, "current"},
        {"serving", kEn, "current"},    {"previous", kEn, "former"},
        {"past", kEn, "former"},        {"ex", kAny, "former"},
        {"future", kEn, "incoming"},    {"designate", kEn, "incoming"},
        {"actuel", kFr, "current"},     {"actuelle", kFr, "current"},
        {"en poste", kFr, "current"},   {"en fonction", kFr, "current"},
        {"ancien", kFr, "former"},      {"ancienne", kFr, "former"},
        {"futur", kFr, "incoming"},     {"future", kFr, "incoming"},
        {"désigné", kFr, "incoming"},   {"désignée", kFr, "incoming"},
    };
    return table;
}

const PhraseTable<int>& start_words() {
    static const PhraseTable<int> table{
        {"since", kEn, 0},     {"from", kEn, 0},      {"starting in", kEn, 0},
        {"depuis", kFr, 0},    {"dès", kFr, 0},       {"à partir de", kFr, 0},
    };
    return table;
}

}  // namespace

std::string_view parse_tense(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    if (const auto tense = tense_words().whole(tokens, language)) return *tense;
    throw NormalizeError(
        "unknown tense (known: current, former, incoming, or a word saying one: " +
        std::string(language == Language::fr ? "actuel, ancien, ex, futur, désigné"
                                             : "present, previous, ex, future, designate") +
        ")");
}

int parse_start_year(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    const TokenSpan t(tokens);
    if (const auto prefix = start_words().longest(t, 0, language)) {
        if (prefix->length == t.size()) throw NormalizeError("not a year");
        return parse_year(raw_between(t, prefix->length, t.size()), language);
    }
    return parse_year(text, language);
}

}  // namespace factdb::lang
