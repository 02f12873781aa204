// The quantity grammar shared by money, counts and percentages.
//
//   quantity := UNDISCLOSED-word anywhere                       -> undisclosed
//             | [prefix] side [connector side] [suffix] [trailing]
//             | range-prefix side CONNECTOR side [trailing]
//   side     := [unit] figure [scale] [unit]
//   figure   := collective ["de" scale]     "une trentaine", "une dizaine de milliards"
//             | digits | number words
//             | a/an + scale (en)             "a billion" ("un"/"une" are number words)
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
//  * anything left over is "unexpected text '...'", except words after a
//    count ("30 centres de données") and one final full stop, ignored.
#include "lang/grammar.h"

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/lexicon.h"
#include "lang/numbers.h"

namespace factdb::lang {

namespace {

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

    Quantity run() {
        if (t_.empty()) throw NormalizeError("empty text");
        for (std::size_t i = 0; i < t_.size(); ++i)
            if (undisclosed_words().longest(t_, i, lang_)) return {};

        // Before the prefixes, so "de nombreux" is not read as "de X à Y".
        if (const auto v = vague_quantities().longest(t_, 0, lang_))
            throw NormalizeError("vague quantity '" + std::string(raw_between(t_, 0, v->length)) +
                                 "'");
        // A sentence's full stop copied with the value is not part of it.
        if (t_.size() > 1 && t_.back().is(".")) t_ = t_.first(t_.size() - 1);

        Quantity q;
        const auto prefix = prefixes().longest(t_, 0, lang_);
        p_ = prefix ? prefix->length : 0;

        if (prefix && prefix->value.lead == Lead::range) {
            Side low = side();
            const std::size_t n = match_keys(t_, p_, phrase_keys(prefix->value.connector));
            if (n == 0)
                throw NormalizeError("range needs '" + std::string(prefix->value.connector) +
                                     "' between its ends");
            p_ += n;
            Side high = side();
            q = range(std::move(low), std::move(high));
        } else {
            Side one = side();
            const bool bound = prefix && prefix->value.lead != Lead::approximately;
            std::optional<Side> high;
            if (!bound) {
                if (const auto c = bare_connectors().longest(t_, p_, lang_)) {
                    const std::size_t save = p_;
                    p_ += c->length;
                    high = try_side();
                    if (!high) p_ = save;
                }
            }
            if (high) {
                q = range(std::move(one), std::move(*high));
            } else {
                q.unit = one.unit;
                q.range =
                    single(prefix ? std::optional<Lead>(prefix->value.lead) : std::nullopt, one);
            }
        }
        trailing();
        return q;
    }

  private:
    Side side() {
        auto s = try_side();
        if (!s) throw NormalizeError("not a number");
        return std::move(*s);
    }

    // A side starting at p_, or nullopt (p_ unchanged) when no figure starts there.
    std::optional<Side> try_side() {
        const std::size_t start = p_;
        Side s;
        std::size_t q = p_;
        q += rules_.read(t_, q, true, s.unit);
        if (q < t_.size() && t_[q].is("-")) {
            // "-5", and "-$5" / "- 5 $": the sign may stand before the unit.
            std::string unit;
            const std::size_t after_unit = q + 1 + rules_.read(t_, q + 1, true, unit);
            if (starts_number(q + 1) || starts_number(after_unit))
                throw NormalizeError(std::string(rules_.noun) + " is negative");
        }
        if (const auto v = vague_quantities().longest(t_, q, lang_))
            throw NormalizeError("vague quantity '" +
                                 std::string(raw_between(t_, q, q + v->length)) + "'");

        if (const auto c = collectives().longest(t_, q, lang_)) {
            s.value = canonical({c->value.value, 0});
            s.approximate = c->value.approximate;
            q += c->length;
            if (q + 1 < t_.size() && t_[q].is("de"))
                if (const auto sc = scales().longest(t_, q + 1, lang_)) {
                    s.value = shift(s.value, sc->value, rules_.noun);
                    s.scale = sc->value;
                    s.scaled = true;
                    q += 1 + sc->length;
                }
        } else if (q < t_.size() && t_[q].kind == Token::Kind::number) {
            s.value = decimal_from_digits(t_[q].int_digits, t_[q].frac_digits, rules_.noun);
            ++q;
        } else if (lang_ == Language::en && q < t_.size() && (t_[q].is("a") || t_[q].is("an")) &&
                   scales().longest(t_, q + 1, lang_)) {
            s.value = {1, 0};
            ++q;
        } else if (const auto w = parse_number_words(t_, q, lang_)) {
            s.value = canonical({w->value, 0});
            q += w->length;
        } else {
            p_ = start;
            return std::nullopt;
        }

        if (!s.scaled)
            if (const auto sc = scales().longest(t_, q, lang_)) {
                s.value = shift(s.value, sc->value, rules_.noun);
                s.scale = sc->value;
                s.scaled = true;
                q += sc->length;
            }
        std::string after;
        q += rules_.read(t_, q, false, after);
        s.unit = agree(s.unit, after);
        p_ = q;
        return s;
    }

    bool starts_number(std::size_t q) const {
        return q < t_.size() &&
               (t_[q].kind == Token::Kind::number || parse_number_words(t_, q, lang_));
    }

    std::string agree(const std::string& a, const std::string& b) const {
        if (a.empty()) return b;
        if (b.empty() || a == b) return a;
        throw NormalizeError(std::string(rules_.noun) + " mixes '" + a + "' and '" + b + "'");
    }

    Quantity range(Side low, Side high) {
        if (!low.scaled && high.scaled) low.value = shift(low.value, high.scale, rules_.noun);
        Quantity q;
        q.unit = agree(low.unit, high.unit);
        if (compare(low.value, high.value) >= 0) throw NormalizeError("between needs low < high");
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
                    break;  // handled by run()
            }
        }
        if (const auto suffix = approximate_suffixes().longest(t_, p_, lang_)) {
            qualifier = Qualifier::approximately;
            p_ += suffix->length;
        }
        return {qualifier, s.value, s.value};
    }

    // Words after a count name what is counted ("30 centres de données",
    // "30 à Paris"), but only if none of them could be part of a quantity
    // (a figure, a number word, a scale, a collective...): otherwise "deux
    // millions cinq cent mille", "une dizaine de milliers" or "2 to 3" would
    // be read as their first number with the rest silently dropped.
    void trailing() const {
        if (p_ >= t_.size()) return;
        if (rules_.trailing_words && t_[p_].kind == Token::Kind::word && !quantity_words_from(p_))
            return;
        throw NormalizeError("unexpected text '" + std::string(raw_between(t_, p_, t_.size())) +
                             "'");
    }

    bool quantity_words_from(std::size_t from) const {
        for (std::size_t i = from; i < t_.size(); ++i) {
            if (t_[i].kind == Token::Kind::number) return true;
            for (const Language l : {Language::fr, Language::en}) {
                const auto words = parse_number_words(t_, i, l);
                // "d'une start-up", "of an AI lab": an article, not the number one.
                const bool article =
                    words && words->length == 1 &&
                    (t_[i].is("un") || t_[i].is("une") || t_[i].is("a") || t_[i].is("an"));
                if ((words && !article) || scales().longest(t_, i, l) ||
                    collectives().longest(t_, i, l) || vague_quantities().longest(t_, i, l) ||
                    approximate_suffixes().longest(t_, i, l) || percent_signs().longest(t_, i, l) ||
                    undisclosed_words().longest(t_, i, l)) {
                    return true;
                }
            }
        }
        return false;
    }

    TokenSpan t_;
    Language lang_;
    const UnitRules& rules_;
    std::size_t p_ = 0;
};

}  // namespace

Quantity parse_quantity(TokenSpan tokens, Language language, const UnitRules& rules) {
    return Parser(tokens, language, rules).run();
}

}  // namespace factdb::lang
