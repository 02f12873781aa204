// The quantity grammar shared by money, counts and percentages.
//
//   quantity := [prefix] side [connector side] [suffix]
//             | [bound-prefix] side [bound-suffix | inclusive-suffix]
//                 [joiner bound-prefix side]        "more than 2 and less than 5"
//             | range-prefix side CONNECTOR side
//   side     := [unit] figure [scale ["et demi"]] [unit]
//   figure   := fraction (scale | collective-noun)  "half a billion", "un demi-millier"
//             | collective ["de" scale]     "une trentaine", "une dizaine de milliards"
//             | digits ["and a half" scale] | number words (with scale words)
//             | a/an + scale (en)             "a billion" ("un"/"une" are number words)
//             | a/an + word (en, counts)      "a data center" = 1
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
//  * a bound suffix after the side ("120 or more", "40 ou moins", "120+",
//    "120-plus") sets the lead; an inclusive suffix ("or equal to") makes a
//    strict prefix inclusive; a suffix after a prefix that qualifies the
//    figure, or after a range, refuses the quantity (never half-read);
//  * two bounds joined ("plus de 2 et moins de 5") are one between range;
//    same-direction or contradictory bounds refuse the quantity;
//  * never just a noun: right after a quantity, a short ASCII-capital word,
//    a word glued to the figure or to a figure after it, or a possible scale
//    (lexicon) refuses the quantity: an unknown scale would leave the bare
//    figure ("5 MM", "5B", "5 lakh");
//  * whole field only: anything left over is "unexpected text '...'", except
//    words after a count ("30 centres de données": none may be a quantity
//    word or a bound word, lexicon's is_bound_word) and one final full stop,
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

#include <algorithm>
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
// there).  The lexicon writes connectors as text, alternatives separated by
// "|" ("to|through|thru"); the ones it has are tokenized once here, any
// other on each use.
std::size_t match_one_connector(TokenSpan t, std::size_t p, std::string_view connector) {
    static const auto known = [] {
        std::vector<std::pair<std::string_view, std::vector<std::string>>> out;
        for (const std::string_view c : {"et", "à", "and", "to", "through", "thru"})
            out.emplace_back(c, phrase_keys(c));
        return out;
    }();
    for (const auto& [text, keys] : known)
        if (text == connector) return match_keys(t, p, keys);
    return match_keys(t, p, phrase_keys(connector));
}

std::size_t match_connector(TokenSpan t, std::size_t p, std::string_view connectors) {
    std::size_t best = 0;
    while (!connectors.empty()) {
        const std::size_t bar = connectors.find('|');
        best = std::max(best, match_one_connector(t, p, connectors.substr(0, bar)));
        connectors = bar == std::string_view::npos ? std::string_view{} : connectors.substr(bar + 1);
    }
    return best;
}

// The first of a connector's alternatives, as error messages name it.
std::string_view first_connector(std::string_view connectors) {
    return connectors.substr(0, connectors.find('|'));
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

// a + b exactly; nullopt when the result leaves the mantissa's range.
std::optional<Decimal> added(Decimal a, Decimal b) {
    if (a.exponent > b.exponent) std::swap(a, b);  // a has the smaller exponent
    const auto b_aligned = shifted(Decimal{b.mantissa, 0}, b.exponent - a.exponent);
    std::int64_t bm = 0;
    if (!b_aligned || whole_value(*b_aligned, bm) != Whole::yes) return std::nullopt;
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a.mantissa, bm, &sum)) return std::nullopt;
    return canonical({sum, a.exponent});
}

// d * n exactly (n small: a collective's value).
std::optional<Decimal> times(Decimal d, std::int64_t n) {
    std::int64_t m = 0;
    if (__builtin_mul_overflow(d.mantissa, n, &m)) return std::nullopt;
    return canonical({m, d.exponent});
}

// A fraction of a scale or of a collective at q: "half a billion", "un
// demi-milliard", "un quart de milliard", "three quarters of a billion",
// "un demi-millier" (approximate 500), "a half-dozen" (exact 6).
struct FractionRead {
    Decimal value;
    int scale = 0;
    bool scaled = false;
    bool approximate = false;
    std::size_t end = 0;
};
std::optional<FractionRead> fraction_at(TokenSpan t, std::size_t q, Language language) {
    const auto f = fractions().longest(t, q, language);
    if (!f) return std::nullopt;
    std::size_t r = q + f->length;
    if (r < t.size() && t[r].is("-")) ++r;
    FractionRead out;
    if (const auto sc = scales().longest(t, r, language)) {
        const auto v = shifted(f->value, sc->value);
        if (!v) return std::nullopt;
        out.value = *v;
        out.scale = sc->value;
        out.scaled = true;
        out.end = r + sc->length;
        return out;
    }
    if (const auto c = collective_nouns().longest(t, r, language)) {
        const auto v = times(f->value, c->value.value);
        if (!v) return std::nullopt;
        out.value = *v;
        out.approximate = c->value.approximate;
        out.end = r + c->length;
        return out;
    }
    return std::nullopt;
}

// "and a half" / "et demi": half of what it follows ("deux millions et
// demi" = 2500000, "two and a half billion" = 2.5e9).
const PhraseTable<bool>& and_a_half() {
    static const PhraseTable<bool> table{
        {"et demi", kFr, true}, {"et demie", kFr, true}, {"and a half", kEn, true}};
    return table;
}

bool ascii_capitals(std::string_view raw) {
    if (raw.empty() || raw.size() > 4) return false;
    for (const char c : raw)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

// Why the word at i, right after a quantity, cannot be left out of it (""
// when it may be the counted noun, a word of the sentence, or grammar).  A
// scale or unit the tables do not know would silently leave the bare
// figure ("5 MM", "5B", "30km", "5 lakh"), so these are refused: a short
// word in ASCII capitals (1-4 letters) other than the lexicon's acronym
// nouns (AI, GPU...), a word glued to the figure or to a figure after it
// (letters mixed with digits), and the possible scales of the lexicon
// (lakh, crore, grand, demi, quart, half, dozen...).
std::string foreign_after(TokenSpan t, std::size_t i, Language language) {
    if (i >= t.size() || t[i].kind != Token::Kind::word) return {};
    const bool glued_before = i > 0 && glued(t, i - 1) && !is_elision(t[i - 1]);
    const bool mixed = glued(t, i) && t[i + 1].kind == Token::Kind::number;
    const bool capitals =
        ascii_capitals(t[i].raw) && !acronym_nouns().longest(t, i, language);
    if (capitals || glued_before || mixed ||
        possible_scales().longest(t, i, language))
        return "unrecognised scale or unit '" + std::string(t[i].raw) +
               "' after the number: write the value with a known scale (k, m, bn, million, "
               "milliard...) or without it";
    return {};
}

class Parser {
  public:
    Parser(TokenSpan tokens, Language language, const UnitRules& rules)
        : t_(tokens), lang_(language), rules_(rules) {}

    QuantityRead read(std::size_t from) {
        p_ = from;
        QuantityRead out;
        out.end = from;
        // Before the prefixes, so "de nombreux" is not read as "de X à Y";
        // after the fractions, so "a quarter of a million" is one.
        if (!fraction_at(t_, from, lang_))
            if (const auto v = vague_quantities().longest(t_, from, lang_)) {
                note("vague quantity '" + std::string(raw_between(t_, from, from + v->length)) +
                     "'");
                out.reason = std::move(reason_);
                return out;
            }
        const auto prefix = prefixes().longest(t_, from, lang_);
        p_ = from + (prefix ? prefix->length : 0);

        std::optional<Quantity> q;
        bool failed = false;  // a part the quantity cannot do without failed
        if (prefix && prefix->value.lead == Lead::range) {
            q = prefixed_range(prefix->value.connector);
            if (q && !no_bound_after_range()) failed = true;
        } else if (const auto one = side()) {
            const bool bound = prefix && prefix->value.lead != Lead::approximately;
            if (!bound) {
                q = bare_range(*one);
                if (q && !no_bound_after_range()) failed = true;
            }
            if (!q && !failed) {
                std::optional<Lead> lead;
                if (prefix) lead = prefix->value.lead;
                const std::string prefix_text =
                    prefix ? std::string(raw_between(t_, from, from + prefix->length)) : "";
                if (!suffix_bound(lead, prefix_text)) {
                    failed = true;
                } else {
                    q.emplace();
                    q->unit = one->unit;
                    q->range = single(lead, *one);
                    if (!two_bounds(*q, *one, from)) failed = true;
                }
            }
        }
        if (q && !failed) {
            const std::string foreign = foreign_after(t_, p_, lang_);
            if (!foreign.empty()) {
                note(foreign);
                failed = true;
            }
        }
        if (q && !failed) {
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

    // A bound suffix at p ("or more", "120-plus", "120+"): its lead and length.
    std::optional<std::pair<Lead, std::size_t>> bound_suffix_at(std::size_t p) const {
        if (p >= t_.size()) return std::nullopt;
        if (const auto m = bound_suffixes().longest(t_, p, lang_)) {
            // "+" glued to the figure; "plus" only after a dash ("120-plus"):
            // "$5bn plus interest" adds, it bounds nothing.
            if (!m->value.joined || (p > 0 && glued(t_, p - 1) && t_[p].is("+")))
                return std::pair{m->value.lead, m->length};
        }
        if (t_[p].is("-") && p + 1 < t_.size())
            if (const auto m = bound_suffixes().longest(t_, p + 1, lang_);
                m && m->value.joined && !t_[p + 1].is("+"))
                return std::pair{m->value.lead, m->length + 1};
        return std::nullopt;
    }

    // After a range: a bound suffix or an inclusive suffix would be half-read
    // ("2 to 3 or more"), so the quantity is refused.  False when refused.
    bool no_bound_after_range() {
        std::size_t n = 0;
        if (const auto b = bound_suffix_at(p_)) n = b->second;
        else if (const auto i = inclusive_suffixes().longest(t_, p_, lang_)) n = i->length;
        if (n == 0) return true;
        note("a range takes no bound: '" + std::string(raw_between(t_, p_, p_ + n)) + "'");
        return false;
    }

    // The bound suffix after the figure sets the lead ("120 or more"); an
    // inclusive suffix makes a strict prefix inclusive ("more than 5 or
    // equal to").  A suffix after a prefix that already qualifies the figure
    // ("at least 5 or more", "environ 120 ou plus") is refused rather than
    // one of the two being dropped.  False (reason noted) when refused.
    bool suffix_bound(std::optional<Lead>& lead, const std::string& prefix_text) {
        if (const auto inc = inclusive_suffixes().longest(t_, p_, lang_)) {
            const std::string text(raw_between(t_, p_, p_ + inc->length));
            if (lead == Lead::more_than) {
                lead = Lead::at_least;
            } else if (lead == Lead::less_than) {
                lead = Lead::at_most;
            } else {
                note("'" + text + "' needs a strict bound before the number ('more than', "
                     "'less than', 'plus de', 'moins de')");
                return false;
            }
            p_ += inc->length;
            return true;
        }
        // "and less than 5" joins a second bound (two_bounds), it is not the
        // suffix "and less".
        if (const auto j = bound_joiners().longest(t_, p_, lang_))
            if (const auto pre = prefixes().longest(t_, p_ + j->length, lang_);
                pre && pre->value.lead != Lead::approximately && pre->value.lead != Lead::range) {
                const std::size_t k = p_ + j->length + pre->length;
                if (starts_number(k) || starts_number(k + rules_.read(t_, k, true, lang_).length))
                    return true;
            }
        const auto b = bound_suffix_at(p_);
        if (!b) return true;
        const std::string text(raw_between(t_, p_, p_ + b->second));
        if (lead) {
            note("two qualifiers on one number: '" + prefix_text + "' and '" + text + "'");
            return false;
        }
        lead = b->first;
        p_ += b->second;
        return true;
    }

    static bool lower_bound(Qualifier q) {
        return q == Qualifier::more_than || q == Qualifier::at_least;
    }
    static bool upper_bound(Qualifier q) {
        return q == Qualifier::at_most || q == Qualifier::less_than;
    }

    // "more than 2 and less than 5", "plus de 2 et moins de 5 milliards":
    // two bounds in opposite directions are one range (between; the stored
    // range does not say whether its ends are included).  The first bound
    // borrows the second's scale when it has none, units agree as in a
    // range.  Speculative: without a second bound and figure the first stands
    // alone.  Two bounds the same way, or a lower bound not below the upper
    // one, are refused (false, reason noted): never one of them kept.
    bool two_bounds(Quantity& q, const Side& first, std::size_t from) {
        const Qualifier q1 = q.range.qualifier;
        if (!lower_bound(q1) && !upper_bound(q1)) return true;
        const std::size_t first_end = p_;
        std::size_t r = p_;
        if (r < t_.size() && t_[r].is(",")) ++r;
        const auto joiner = bound_joiners().longest(t_, r, lang_);
        if (!joiner) return true;
        r += joiner->length;
        const auto prefix = prefixes().longest(t_, r, lang_);
        if (!prefix || prefix->value.lead == Lead::approximately ||
            prefix->value.lead == Lead::range)
            return true;
        p_ = r + prefix->length;
        const std::string saved_reason = reason_;
        auto second = try_side();
        if (!second) {
            p_ = first_end;
            reason_ = saved_reason;
            return true;
        }
        std::optional<Lead> lead = prefix->value.lead;
        if (!suffix_bound(lead, std::string(raw_between(t_, r, r + prefix->length)))) return false;
        const Range r2 = single(lead, *second);
        const std::string text1(raw_between(t_, from, first_end));
        const std::string text2(raw_between(t_, r, p_));
        if (lower_bound(q1) == lower_bound(r2.qualifier)) {
            note("two bounds in the same direction: '" + text1 + "' and '" + text2 + "'");
            return false;
        }
        Side a = first;
        if (!a.scaled && second->scaled) {
            const auto v = shifted(a.value, second->scale);
            if (!v) {
                note(too_big_message(rules_.noun));
                return false;
            }
            a.value = *v;
        }
        if (!agree(q.unit, second->unit)) return false;
        const Decimal low = lower_bound(q1) ? a.value : second->value;
        const Decimal high = lower_bound(q1) ? second->value : a.value;
        if (compare(low, high) >= 0) {
            note("contradictory bounds: '" + text1 + "' and '" + text2 + "'");
            return false;
        }
        q.range = {Qualifier::between, low, high};
        return true;
    }

    // "entre X et Y", "de X à Y": the prefix commits to a range.
    std::optional<Quantity> prefixed_range(std::string_view connector) {
        const auto low = side();
        if (!low) return std::nullopt;
        const std::size_t n = match_connector(t_, p_, connector);
        if (n == 0) {
            note("range needs '" + std::string(first_connector(connector)) +
                 "' between its ends");
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
        const auto fraction = fraction_at(t_, q, lang_);
        if (!fraction)
            if (const auto v = vague_quantities().longest(t_, q, lang_)) {
                note("vague quantity '" + std::string(raw_between(t_, q, q + v->length)) + "'");
                return std::nullopt;
            }

        std::optional<Decimal> value;
        if (fraction) {
            value = fraction->value;
            s.approximate = fraction->approximate;
            s.scale = fraction->scale;
            s.scaled = fraction->scaled;
            q = fraction->end;
        } else if (const auto c = collectives().longest(t_, q, lang_)) {
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
            if (w->scale > 0) {
                s.scale = w->scale;
                s.scaled = true;
            }
            q += w->length;
        } else if (rules_.article_is_one && lang_ == Language::en && q + 1 < t_.size() &&
                   (t_[q].is("a") || t_[q].is("an")) && t_[q + 1].kind == Token::Kind::word) {
            value = Decimal{1, 0};  // "a data center", "an additional campus"
            ++q;
        } else {
            p_ = start;
            return std::nullopt;
        }

        // "two and a half billion": a half of the unit before the scale.
        if (value && !s.scaled)
            if (const auto h = and_a_half().longest(t_, q, lang_))
                if (scales().longest(t_, q + h->length, lang_)) {
                    value = added(*value, Decimal{5, -1});
                    q += h->length;
                }
        if (value && !s.scaled)
            if (const auto sc = scales().longest(t_, q, lang_)) {
                value = shifted(*value, sc->value);
                s.scale = sc->value;
                s.scaled = true;
                q += sc->length;
            }
        // "deux millions et demi", "a billion and a half": half of the scale.
        if (value && s.scaled && !fraction)
            if (const auto h = and_a_half().longest(t_, q, lang_)) {
                if (const auto half = shifted(Decimal{5, -1}, s.scale)) value = added(*value, *half);
                q += h->length;
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
            if (!apply_unit_parts(s, after)) return std::nullopt;
        }
        p_ = q;
        return s;
    }

    // The scale and the added part a unit after the figure carries
    // (grammar.h, UnitRead): "5 MUSD", "7 dollars and 20 cents".  False
    // (reason noted) when they cannot apply.
    bool apply_unit_parts(Side& s, const UnitRead& unit) {
        if (unit.scale > 0) {
            if (s.scaled) {
                note("two scales in one " + std::string(rules_.noun));
                return false;
            }
            const auto v = shifted(s.value, unit.scale);
            if (!v) {
                note(too_big_message(rules_.noun));
                return false;
            }
            s.value = *v;
            s.scale = unit.scale;
            s.scaled = true;
        }
        if (unit.plus) {
            std::int64_t whole = 0;
            if (s.scaled || whole_value(s.value, whole) != Whole::yes) {
                note("'" + unit.plus_text +
                     "' after an amount that has a scale or a fraction: write the amount in "
                     "figures ('7.20 USD')");
                return false;
            }
            const auto v = added(s.value, *unit.plus);
            if (!v) {
                note(too_big_message(rules_.noun));
                return false;
            }
            s.value = *v;
        }
        return true;
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
                undisclosed_words().longest(t, i, l) || possible_scales().longest(t, i, l) ||
                fractions().longest(t, i, l)) {
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
    if (end < t.size()) {
        if (!(rules.trailing_words && t[end].kind == Token::Kind::word &&
              !quantity_words_from(t, end)))
            throw NormalizeError("unexpected text '" + std::string(raw_between(t, end, t.size())) +
                                 "'");
        // The counted noun is never a bound ("120 data centres or more");
        // a word dashed onto the one before is a piece of a compound noun
        // ("start-up"), not a bound.
        for (std::size_t i = end; i < t.size(); ++i) {
            const bool compound = i >= 2 && t[i - 1].is("-") && glued(t, i - 2) && glued(t, i - 1);
            if (!compound && is_bound_word(t[i], language))
                throw NormalizeError(
                        "bound word '" + std::string(t[i].raw) +
                        "' after the counted noun: put the bound next to the number ('120 or "
                        "more', 'more than 120')");
        }
    }
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
