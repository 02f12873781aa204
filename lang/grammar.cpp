// The quantity grammar shared by money, counts and percentages.
//
//   quantity := [prefix] side [connector side] [suffix]
//             | range-prefix side CONNECTOR side
//   side     := [unit] figure [scale] [unit]
//   figure   := collective ["de" scale]     "une trentaine", "une dizaine de milliards"
//             | digits | number words
//             | a/an + scale (en)             "a billion" ("un"/"une" are number words)
//   whole field := UNDISCLOSED-word anywhere  -> undisclosed
//                | quantity [trailing words of a count] ["."]
//
// One Parser reads the longest valid quantity from a token (read_quantity,
// the span matchers' reader); the whole-field parse (parse_quantity) is that
// reading at token 0 plus the whole-field rules and "nothing left over".
// Where today's claim values get an error, the reader records the first
// reason met (in the order the grammar meets them) and the whole-field parse
// throws exactly that, so one grammar serves both without two behaviours.
//
// Rules:
//  * prefix sets the qualifier (lexicon.cpp lists them); without one a figure
//    is exact, a collective approximate ("a dozen" is exact); a bound prefix
//    wins over a collective ("plus d'une dizaine" = more_than 10);
//  * a range's low end borrows the high end's scale when it has none
//    ("entre 2 et 3 milliards" = 2e9..3e9), and each end borrows the other's
//    unit; two different units are an error; low must be below high;
//  * "approximately" before a range is dropped: the range already says it
//    ("environ 2 à 3 milliards" = between);  a bound prefix takes no range;
//  * a "-" before the figure, or before a unit written before it ("-$5"),
//    is a negative value: "<noun> is negative";
//  * vague words (plusieurs, des dizaines, several...) are rejected:
//    "vague quantity 'plusieurs'";
//  * a word where the unit should be ends the quantity before it; the whole
//    field reports the unit reader's reason ("unrecognised currency
//    'florins'");
//  * a bare connector is speculative: "30 à Paris" is 30 (no figure after
//    "à"), and a range that fails (low >= high, units that disagree) leaves
//    the first end alone; the whole field still reports the failure;
//  * whole field only: anything left over is "unexpected text '...'", except
//    words after a count ("30 centres de données") and one final full stop,
//    ignored.
//
// Running text (stands_alone): a match is refused when it is a piece of a
// longer expression, because reading the piece would silently give a wrong
// value.  Glued (no white space) to a word or figure before it ("H100",
// "x2") or after it ("1er", "3D", "30km"); glued to a sign or dash before it
// ("-5", the "3" of "2-3"); joined to a figure or word by a glued joiner
// (kJoiners: "24/7", "10:30", "2021-05-01", "1,234,56"); or next to a
// figure, a scale or a number word the grammar could not take in
// ("3 millions 500 000", "deux millions cinq cent mille", "$9.3 billion
// billion").  An elided word ("d'un milliard") is glued by nature and does
// not count.
#include "lang/grammar.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/lexicon.h"
#include "lang/numbers.h"
#include "text/unicode.h"

namespace factdb::lang {

namespace {

// Symbols that, glued on both sides, join two figures or words into one
// expression no recogniser reads: dates, times, ratios, versions, bad groups.
constexpr std::array<std::string_view, 5> kJoiners{"/", ":", ".", ",", "-"};

bool is_joiner(const Token& t) {
    for (const auto j : kJoiners)
        if (t.kind == Token::Kind::symbol && t.key == j) return true;
    return false;
}

// Tokens of a range prefix's connector matched at p (0 when it is not
// there).  The lexicon writes connectors as text; the four it has are
// tokenized once here, any other on each use.
std::size_t match_connector(TokenSpan t, std::size_t p, std::string_view connector) {
    static const auto known = [] {
        std::vector<std::pair<std::string_view, std::vector<std::string>>> out;
        for (const std::string_view c : {"et", "à", "and", "to"})
            out.emplace_back(c, phrase_keys(c));
        return out;
    }();
    for (const auto& [text, keys] : known)
        if (text == connector) return match_keys(t, p, keys);
    return match_keys(t, p, phrase_keys(connector));
}

bool is_word_or_number(const Token& t) {
    return t.kind == Token::Kind::word || t.kind == Token::Kind::number;
}

// An elided word ("d'", "l'", "qu'") ends with its apostrophe (kept in raw;
// "d'" is keyed "de") and is glued to the next word by nature.
bool is_elision(const Token& t) {
    if (t.kind != Token::Kind::word || t.raw.empty()) return false;
    const std::size_t last = text::previous_boundary(t.raw, t.raw.size());
    return text::is_apostrophe(text::decode_at(t.raw, last).value);
}

bool is_article(const Token& t) {
    return t.is("un") || t.is("une") || t.is("a") || t.is("an");
}

// A figure, a scale or a number word (not a lone article: "d'une start-up")
// starts at i.
bool number_starts(TokenSpan t, std::size_t i, Language language) {
    if (t[i].kind == Token::Kind::number) return true;
    if (scales().longest(t, i, language)) return true;
    const auto words = parse_number_words(t, i, language);
    return words && !(words->length == 1 && is_article(t[i]));
}

struct Side {
    Decimal value;
    int scale = 0;
    bool scaled = false;
    bool approximate = false;  // a collective
    std::string unit;
};

class Parser {
  public:
    Parser(TokenSpan tokens, Language language, const UnitRules& rules)
        : t_(tokens), lang_(language), rules_(rules) {}

    QuantityRead read(std::size_t from) {
        p_ = from;
        QuantityRead out;
        out.end = from;
        // Before the prefixes, so "de nombreux" is not read as "de X à Y".
        if (const auto v = vague_quantities().longest(t_, from, lang_)) {
            note("vague quantity '" + std::string(raw_between(t_, from, from + v->length)) + "'");
            out.reason = std::move(reason_);
            return out;
        }
        const auto prefix = prefixes().longest(t_, from, lang_);
        p_ = from + (prefix ? prefix->length : 0);

        std::optional<Quantity> q;
        if (prefix && prefix->value.lead == Lead::range) {
            q = prefixed_range(prefix->value.connector);
        } else if (const auto one = side()) {
            const bool bound = prefix && prefix->value.lead != Lead::approximately;
            if (!bound) q = bare_range(*one);
            if (!q) {
                q.emplace();
                q->unit = one->unit;
                q->range =
                    single(prefix ? std::optional<Lead>(prefix->value.lead) : std::nullopt, *one);
            }
        }
        if (q) {
            out.quantity = std::move(q);
            out.end = p_;
        }
        out.reason = std::move(reason_);
        return out;
    }

  private:
    // Keeps the first reason: the one today's whole-field parse reports.
    void note(std::string reason) {
        if (reason_.empty()) reason_ = std::move(reason);
    }

    // "entre X et Y", "de X à Y": the prefix commits to a range.
    std::optional<Quantity> prefixed_range(std::string_view connector) {
        const auto low = side();
        if (!low) return std::nullopt;
        const std::size_t n = match_connector(t_, p_, connector);
        if (n == 0) {
            note("range needs '" + std::string(connector) + "' between its ends");
            return std::nullopt;
        }
        p_ += n;
        const auto high = side();
        if (!high) return std::nullopt;
        return range(*low, *high);
    }

    // "2 à 3", "2-3": only when a figure follows and the range holds.
    std::optional<Quantity> bare_range(const Side& low) {
        const auto c = bare_connectors().longest(t_, p_, lang_);
        if (!c) return std::nullopt;
        const std::size_t save = p_;
        p_ += c->length;
        std::optional<Quantity> q;
        if (const auto high = try_side()) q = range(low, *high);
        if (!q) p_ = save;
        return q;
    }

    std::optional<Side> side() {
        auto s = try_side();
        if (!s) note("not a number");
        return s;
    }

    // A side starting at p_, or nullopt (p_ unchanged) when no figure starts
    // there or the side is malformed (then the reason is noted).
    std::optional<Side> try_side() {
        const std::size_t start = p_;
        Side s;
        std::size_t q = p_;
        {
            UnitRead before = rules_.read(t_, q, true, lang_);
            q += before.length;
            s.unit = std::move(before.unit);
        }
        if (q < t_.size() && t_[q].is("-")) {
            // "-5", and "-$5" / "- 5 $": the sign may stand before the unit.
            const std::size_t after_unit = q + 1 + rules_.read(t_, q + 1, true, lang_).length;
            if (starts_number(q + 1) || starts_number(after_unit)) {
                note(std::string(rules_.noun) + " is negative");
                return std::nullopt;
            }
        }
        if (const auto v = vague_quantities().longest(t_, q, lang_)) {
            note("vague quantity '" + std::string(raw_between(t_, q, q + v->length)) + "'");
            return std::nullopt;
        }

        std::optional<Decimal> value;
        if (const auto c = collectives().longest(t_, q, lang_)) {
            value = canonical({c->value.value, 0});
            s.approximate = c->value.approximate;
            q += c->length;
            if (q + 1 < t_.size() && t_[q].is("de"))
                if (const auto sc = scales().longest(t_, q + 1, lang_)) {
                    value = shifted(*value, sc->value);
                    s.scale = sc->value;
                    s.scaled = true;
                    q += 1 + sc->length;
                }
        } else if (q < t_.size() && t_[q].kind == Token::Kind::number) {
            value = digits_value(t_[q].int_digits, t_[q].frac_digits);
            ++q;
        } else if (lang_ == Language::en && q < t_.size() && (t_[q].is("a") || t_[q].is("an")) &&
                   scales().longest(t_, q + 1, lang_)) {
            value = Decimal{1, 0};
            ++q;
        } else if (const auto w = parse_number_words(t_, q, lang_)) {
            value = canonical({w->value, 0});
            q += w->length;
        } else {
            p_ = start;
            return std::nullopt;
        }

        if (value && !s.scaled)
            if (const auto sc = scales().longest(t_, q, lang_)) {
                value = shifted(*value, sc->value);
                s.scale = sc->value;
                s.scaled = true;
                q += sc->length;
            }
        if (!value) {
            note(too_big_message(rules_.noun));
            return std::nullopt;
        }
        s.value = *value;
        UnitRead after = rules_.read(t_, q, false, lang_);
        if (!after.refusal.empty()) {
            note(std::move(after.refusal));  // the side ends before the word
        } else {
            q += after.length;
            if (!agree(s.unit, after.unit)) return std::nullopt;
        }
        p_ = q;
        return s;
    }

    bool starts_number(std::size_t q) const {
        return q < t_.size() &&
               (t_[q].kind == Token::Kind::number || parse_number_words(t_, q, lang_));
    }

    // Sets a to the unit both give; false (reason noted) when they differ.
    bool agree(std::string& a, const std::string& b) {
        if (a.empty()) {
            a = b;
            return true;
        }
        if (b.empty() || a == b) return true;
        note(std::string(rules_.noun) + " mixes '" + a + "' and '" + b + "'");
        return false;
    }

    std::optional<Quantity> range(Side low, const Side& high) {
        if (!low.scaled && high.scaled) {
            const auto v = shifted(low.value, high.scale);
            if (!v) {
                note(too_big_message(rules_.noun));
                return std::nullopt;
            }
            low.value = *v;
        }
        Quantity q;
        q.unit = low.unit;
        if (!agree(q.unit, high.unit)) return std::nullopt;
        if (compare(low.value, high.value) >= 0) {
            note("between needs low < high");
            return std::nullopt;
        }
        q.range = {Qualifier::between, low.value, high.value};
        return q;
    }

    Range single(std::optional<Lead> lead, const Side& s) {
        Qualifier qualifier = s.approximate ? Qualifier::approximately : Qualifier::exact;
        if (lead) {
            switch (*lead) {
                case Lead::approximately:
                    qualifier = Qualifier::approximately;
                    break;
                case Lead::more_than:
                    return {Qualifier::more_than, s.value, std::nullopt};
                case Lead::at_least:
                    return {Qualifier::at_least, s.value, std::nullopt};
                case Lead::at_most:
                    return {Qualifier::at_most, std::nullopt, s.value};
                case Lead::less_than:
                    return {Qualifier::less_than, std::nullopt, s.value};
                case Lead::range:
                    break;  // handled by read()
            }
        }
        if (const auto suffix = approximate_suffixes().longest(t_, p_, lang_)) {
            qualifier = Qualifier::approximately;
            p_ += suffix->length;
        }
        return {qualifier, s.value, s.value};
    }

    TokenSpan t_;
    Language lang_;
    const UnitRules& rules_;
    std::size_t p_ = 0;
    std::string reason_;
};

// Words after a count name what is counted ("30 centres de données",
// "30 à Paris"), but only if none of them could be part of a quantity
// (a figure, a number word, a scale, a collective...): otherwise "deux
// millions cinq cent mille", "une dizaine de milliers" or "2 to 3" would
// be read as their first number with the rest silently dropped.
bool quantity_words_from(TokenSpan t, std::size_t from) {
    for (std::size_t i = from; i < t.size(); ++i) {
        if (t[i].kind == Token::Kind::number) return true;
        for (const Language l : {Language::fr, Language::en}) {
            const auto words = parse_number_words(t, i, l);
            // "d'une start-up", "of an AI lab": an article, not the number one.
            const bool article = words && words->length == 1 && is_article(t[i]);
            if ((words && !article) || scales().longest(t, i, l) ||
                collectives().longest(t, i, l) || vague_quantities().longest(t, i, l) ||
                approximate_suffixes().longest(t, i, l) || percent_signs().longest(t, i, l) ||
                undisclosed_words().longest(t, i, l)) {
                return true;
            }
        }
    }
    return false;
}

}  // namespace

QuantityRead read_quantity(TokenSpan tokens, std::size_t from, Language language,
                           const UnitRules& rules) {
    if (from >= tokens.size()) return {std::nullopt, from, {}};
    return Parser(tokens, language, rules).read(from);
}

Quantity parse_quantity(TokenSpan tokens, Language language, const UnitRules& rules) {
    TokenSpan t = tokens;
    if (t.empty()) throw NormalizeError("empty text");
    for (std::size_t i = 0; i < t.size(); ++i)
        if (undisclosed_words().longest(t, i, language)) return {};
    // A sentence's full stop copied with the value is not part of it.
    if (t.size() > 1 && t.back().is(".")) t = t.first(t.size() - 1);

    QuantityRead read = read_quantity(t, 0, language, rules);
    if (!read.reason.empty()) throw NormalizeError(read.reason);
    // Without a reason there is a quantity: a missing figure is "not a number".
    const std::size_t end = read.end;
    if (end < t.size() &&
        !(rules.trailing_words && t[end].kind == Token::Kind::word && !quantity_words_from(t, end)))
        throw NormalizeError("unexpected text '" + std::string(raw_between(t, end, t.size())) +
                             "'");
    return std::move(*read.quantity);
}

bool glued(TokenSpan tokens, std::size_t i) {
    return i + 1 < tokens.size() &&
           tokens[i].raw.data() + tokens[i].raw.size() == tokens[i + 1].raw.data();
}

bool stands_alone(TokenSpan t, std::size_t begin, std::size_t end, Language language) {
    if (begin > 0) {
        const std::size_t b = begin - 1;
        const Token& before = t[b];
        if (glued(t, b) && ((is_word_or_number(before) && !is_elision(before)) || before.is("-")))
            return false;
        if (glued(t, b) && is_joiner(before) && b > 0 && glued(t, b - 1) &&
            is_word_or_number(t[b - 1]))
            return false;
        if (number_starts(t, b, language)) return false;
    }
    if (end < t.size()) {
        const Token& after = t[end];
        if (glued(t, end - 1) && is_word_or_number(after)) return false;
        if (glued(t, end - 1) && is_joiner(after) && glued(t, end) && is_word_or_number(t[end + 1]))
            return false;
        if (number_starts(t, end, language)) return false;
    }
    return true;
}

}  // namespace factdb::lang
