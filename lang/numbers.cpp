// Numbers as digits and as words.
//
// Digits (scan_digits).  Thousands separators: fr  space . ; en  space , —
// where "space" is any horizontal white space (text::is_figure_space:
// U+0020 U+00A0 U+202F U+2009 U+2007 U+2002 ..., never a line break or tab).  Decimal marks:
// fr , ; en . — and the other language's mark when it cannot be a thousands
// separator.  A separator groups thousands only when the first group has 1-3
// digits and every following group has exactly 3 digits with the same
// separator; the first separator that breaks this is read as a decimal mark
// if it is . or , and differs from the grouping separator, else the number
// ends there.  So: fr "1,250" = 1.25, "1.250" = 1250, "1.5" = 1.5,
// "1 234 567,5" = 1234567.5; en "1,250" = 1250, "1,5" = 1.5, "1.250" = 1.25.
//
// Words (parse_number_words), the kNumberWords table:
//   fr  zéro, un/une ... seize, dix-sept/-huit/-neuf; tens vingt ... soixante,
//       quatre-vingt(s), and the Belgian and Swiss septante (70), huitante and
//       octante (80), nonante (90); cent(s); mille.
//       tens + unit: joined by "-", a space, or "et" (only before un/une/onze:
//       "vingt et un", "soixante et onze"); after soixante and quatre-vingt the
//       unit runs to 19 ("soixante-douze", "quatre-vingt-dix-neuf"), else to 9.
//       [2-9] cent(s) [below 100]; [below 1000] mille [below 1000].
//   en  zero ... nineteen; twenty ... ninety; tens + unit with "-" or a space;
//       [one-nine | a | an] hundred [and] [below 100];
//       [below 1000 | a | an] thousand [and] [below 1000].
// Dashes are accepted between any two parts (1990 spelling: "deux-cents").
//
// Compound forms (kBigScales): groups of [below 1000] + a scale word, in
// strictly decreasing powers, then the thousands part: "trois millions sept
// cent mille" = 3700000, "two billion five hundred million" = 2.5e9.  The
// scale words are fr million(s) 10^6, milliard(s) 10^9, billion(s) 10^12,
// billiard(s) 10^15, trillion(s) 10^18; en million(s) 10^6, billion(s) 10^9,
// trillion(s) 10^12.  A group needs its multiplier ("un milliard", "a
// billion", "one million"): a bare scale word is not a number.  The number
// ends before a scale word whose power is not below the previous one
// ("deux millions de milliards" ends after "millions": the grammar refuses
// the rest), and before one that would leave int64: the grammar then
// applies that scale as an exact decimal and reports the overflow.
#include <algorithm>
#include <array>

#include "lang/numbers.h"
#include "text/tokens.h"
#include "text/unicode.h"

namespace factdb::lang {

namespace {

bool digit_at(std::string_view text, std::size_t pos) {
    return pos < text.size() && text[pos] >= '0' && text[pos] <= '9';
}

std::size_t digits_end(std::string_view text, std::size_t pos) {
    while (digit_at(text, pos)) ++pos;
    return pos;
}

// The separator at pos as ' ', '.' or ',' (0 when none) and its byte length.
char separator_at(std::string_view text, std::size_t pos, std::size_t& length) {
    if (pos >= text.size()) return 0;
    // The text was validated when it was tokenized, so decoding cannot fail.
    const text::CodePoint cp = text::decode_at(text, pos);
    length = cp.size;
    if (text::is_figure_space(cp.value)) return ' ';
    switch (cp.value) {
        case '.':
            return '.';
        case ',':
            return ',';
        default:
            return 0;
    }
}

bool groups_thousands(char sep, Language language) {
    return sep == ' ' || sep == (language == Language::fr ? '.' : ',');
}

enum class Role { unit, ten, hundred, thousand };

struct NumberWord {
    std::int64_t value;
    Role role;
};

const PhraseTable<NumberWord>& number_words() {
    static const PhraseTable<NumberWord> table{
        {"zéro", kFr, {0, Role::unit}},         {"un", kFr, {1, Role::unit}},
        {"une", kFr, {1, Role::unit}},          {"deux", kFr, {2, Role::unit}},
        {"trois", kFr, {3, Role::unit}},        {"quatre", kFr, {4, Role::unit}},
        {"cinq", kFr, {5, Role::unit}},         {"six", kFr, {6, Role::unit}},
        {"sept", kFr, {7, Role::unit}},         {"huit", kFr, {8, Role::unit}},
        {"neuf", kFr, {9, Role::unit}},         {"dix", kFr, {10, Role::unit}},
        {"onze", kFr, {11, Role::unit}},        {"douze", kFr, {12, Role::unit}},
        {"treize", kFr, {13, Role::unit}},      {"quatorze", kFr, {14, Role::unit}},
        {"quinze", kFr, {15, Role::unit}},      {"seize", kFr, {16, Role::unit}},
        {"dix-sept", kFr, {17, Role::unit}},    {"dix-huit", kFr, {18, Role::unit}},
        {"dix-neuf", kFr, {19, Role::unit}},    {"vingt", kFr, {20, Role::ten}},
        {"trente", kFr, {30, Role::ten}},       {"quarante", kFr, {40, Role::ten}},
        {"cinquante", kFr, {50, Role::ten}},    {"soixante", kFr, {60, Role::ten}},
        {"quatre-vingt", kFr, {80, Role::ten}}, {"quatre-vingts", kFr, {80, Role::ten}},
        {"septante", kFr, {70, Role::ten}},     {"huitante", kFr, {80, Role::ten}},
        {"octante", kFr, {80, Role::ten}},      {"nonante", kFr, {90, Role::ten}},
        {"cent", kFr, {100, Role::hundred}},    {"cents", kFr, {100, Role::hundred}},
        {"mille", kFr, {1000, Role::thousand}},

        {"zero", kEn, {0, Role::unit}},         {"one", kEn, {1, Role::unit}},
        {"two", kEn, {2, Role::unit}},          {"three", kEn, {3, Role::unit}},
        {"four", kEn, {4, Role::unit}},         {"five", kEn, {5, Role::unit}},
        {"six", kEn, {6, Role::unit}},          {"seven", kEn, {7, Role::unit}},
        {"eight", kEn, {8, Role::unit}},        {"nine", kEn, {9, Role::unit}},
        {"ten", kEn, {10, Role::unit}},         {"eleven", kEn, {11, Role::unit}},
        {"twelve", kEn, {12, Role::unit}},      {"thirteen", kEn, {13, Role::unit}},
        {"fourteen", kEn, {14, Role::unit}},    {"fifteen", kEn, {15, Role::unit}},
        {"sixteen", kEn, {16, Role::unit}},     {"seventeen", kEn, {17, Role::unit}},
        {"eighteen", kEn, {18, Role::unit}},    {"nineteen", kEn, {19, Role::unit}},
        {"twenty", kEn, {20, Role::ten}},       {"thirty", kEn, {30, Role::ten}},
        {"forty", kEn, {40, Role::ten}},        {"fifty", kEn, {50, Role::ten}},
        {"sixty", kEn, {60, Role::ten}},        {"seventy", kEn, {70, Role::ten}},
        {"eighty", kEn, {80, Role::ten}},       {"ninety", kEn, {90, Role::ten}},
        {"hundred", kEn, {100, Role::hundred}}, {"thousand", kEn, {1000, Role::thousand}},
    };
    return table;
}

// Scale words inside a number written in words (power of ten).  The same
// words are the grammar's scales (lexicon.cpp) after a figure; here they
// compose ("trois millions sept cent mille").
const PhraseTable<int>& big_scales() {
    static const PhraseTable<int> table{
        {"million", kAny, 6},    {"millions", kAny, 6},    {"milliard", kFr, 9},
        {"milliards", kFr, 9},   {"billion", kFr, 12},     {"billions", kFr, 12},
        {"billiard", kFr, 15},   {"billiards", kFr, 15},   {"trillion", kFr, 18},
        {"trillions", kFr, 18},  {"billion", kEn, 9},      {"billions", kEn, 9},
        {"trillion", kEn, 12},   {"trillions", kEn, 12},
    };
    return table;
}

struct Read {
    std::int64_t value;
    std::size_t end;
    int scale = 0;  // power of the smallest scale word read, 0 when none
};

// a * 10^power, when it fits int64.
std::optional<std::int64_t> times_power(std::int64_t a, int power) {
    for (int i = 0; i < power; ++i) {
        if (a > INT64_MAX / 10) return std::nullopt;
        a *= 10;
    }
    return a;
}

class WordReader {
  public:
    WordReader(TokenSpan tokens, Language language) : t_(tokens), lang_(language) {}

    // [group scale]... [thousands part]: groups in decreasing powers.
    std::optional<Read> full(std::size_t p) const {
        std::int64_t total = 0;
        std::optional<Read> done;  // what was read up to the last scale group
        int last_power = 1000;
        std::size_t q = p;
        for (;;) {
            std::optional<Read> a = below1000(q);
            std::size_t r = a ? a->end : q;
            if (!a && article(q)) r = q + 1;  // "a million"
            if (r == q) break;
            const std::size_t s = skip_dash(r);
            const auto m = big_scales().longest(t_, s, lang_);
            if (!m || m->value >= last_power) break;
            const auto v = times_power(a ? a->value : 1, m->value);
            if (!v || *v > INT64_MAX - total) break;
            total += *v;
            last_power = m->value;
            q = s + m->length;
            done = Read{total, q, last_power};
            q = skip_dash(q);
        }
        if (!done) return thousands(p);
        // After a scale group, the rest is a smaller number: "trois millions
        // sept cent mille", "two million five hundred thousand and six".
        if (const auto rest = thousands(skip_and(q)); rest && rest->value > 0) {
            if (rest->value < 1000000 && rest->value <= INT64_MAX - total)
                return Read{total + rest->value, rest->end, last_power};
        }
        return done;
    }

  private:
    std::optional<Read> thousands(std::size_t p) const {
        std::optional<Read> a = below1000(p);
        std::size_t q = a ? a->end : p;
        if (!a && article(p)) q = p + 1;  // "a thousand"
        const std::size_t r = skip_dash(q);
        const auto m = word(r, Role::thousand);
        if (!m) return a;
        std::int64_t v = (a ? a->value : 1) * 1000;
        std::size_t s = r + m->length;
        if (auto b = below1000(skip_and(skip_dash(s)))) {
            v += b->value;
            s = b->end;
        }
        return Read{v, s};
    }

    std::optional<Read> below1000(std::size_t p) const {
        std::optional<Read> head;
        if (const auto h = word(p, Role::hundred)) {
            head = Read{100, p + h->length};
        } else if (article(p) || word(p, Role::unit)) {
            const auto u = word(p, Role::unit);
            const std::int64_t mult = u ? u->value.value : 1;
            const std::size_t after = p + (u ? u->length : 1);
            const std::int64_t low = lang_ == Language::fr ? 2 : 1;
            if (mult >= low && mult <= 9) {
                const std::size_t r = skip_dash(after);
                if (const auto h = word(r, Role::hundred)) head = Read{mult * 100, r + h->length};
            }
        }
        if (!head) return below100(p);
        if (auto b = below100(skip_and(skip_dash(head->end)))) {
            // "one hundred and two hundred" is a range, not 102 followed by junk.
            if (b->value > 0 && !word(skip_dash(b->end), Role::hundred))
                return Read{head->value + b->value, b->end};
        }
        return head;
    }

    std::optional<Read> below100(std::size_t p) const {
        if (const auto ten = word(p, Role::ten)) {
            const std::int64_t v = ten->value.value;
            const std::size_t q = p + ten->length;
            const std::int64_t max_unit = (lang_ == Language::fr && (v == 60 || v == 80)) ? 19 : 9;
            std::size_t r = skip_dash(q);
            bool et = false;
            if (lang_ == Language::fr && r < t_.size() && t_[r].is("et")) {
                et = true;
                r = skip_dash(r + 1);
            }
            if (const auto u = word(r, Role::unit)) {
                const std::int64_t uv = u->value.value;
                if (uv >= 1 && uv <= max_unit && (!et || uv == 1 || uv == 11))
                    return Read{v + uv, r + u->length};
            }
            return Read{v, q};
        }
        if (const auto u = word(p, Role::unit)) return Read{u->value.value, p + u->length};
        return std::nullopt;
    }

    std::optional<PhraseTable<NumberWord>::Match> word(std::size_t p, Role role) const {
        auto m = number_words().longest(t_, p, lang_);
        if (m && m->value.role == role) return m;
        return std::nullopt;
    }

    bool article(std::size_t p) const {
        return lang_ == Language::en && p < t_.size() && (t_[p].is("a") || t_[p].is("an"));
    }
    std::size_t skip_dash(std::size_t p) const {
        return p < t_.size() && t_[p].is("-") ? p + 1 : p;
    }
    std::size_t skip_and(std::size_t p) const {
        return lang_ == Language::en && p < t_.size() && t_[p].is("and") ? p + 1 : p;
    }

    TokenSpan t_;
    Language lang_;
};

}  // namespace

std::size_t scan_digits(std::string_view text, std::size_t pos, Language language,
                        std::string& int_digits, std::string& frac_digits) {
    // The groups are read one at a time and only while they can still be
    // part of this number: a run of groups that breaks the pattern ("12 34
    // 56 ...") ends the number at its first break, and the next figure is
    // read from there; collecting the whole run first would read it again
    // from every figure in it (quadratic: 64 KB of "1 000 " took 27 s).
    struct Group {
        std::size_t begin = 0, end = 0;
        char sep = 0;  // separator before the group
    };
    const auto next_group = [&](std::size_t at, Group& g) {
        std::size_t length = 0;
        g.sep = separator_at(text, at, length);
        g.begin = at + length;
        if (g.sep == 0 || !digit_at(text, g.begin)) return false;
        g.end = digits_end(text, g.begin);
        return true;
    };
    std::size_t end = digits_end(text, pos);
    int_digits.assign(text.substr(pos, end - pos));
    frac_digits.clear();
    Group g;
    bool more = next_group(end, g);
    char grouping = 0;
    if (end - pos <= 3) {
        while (more && groups_thousands(g.sep, language) && (grouping == 0 || grouping == g.sep) &&
               g.end - g.begin == 3) {
            grouping = g.sep;
            int_digits.append(text.substr(g.begin, 3));
            end = g.end;
            more = next_group(end, g);
        }
    }
    if (more && (g.sep == '.' || g.sep == ',') && g.sep != grouping) {
        frac_digits.assign(text.substr(g.begin, g.end - g.begin));
        end = g.end;
    }
    return end;
}

std::optional<WordNumber> parse_number_words(TokenSpan tokens, std::size_t pos, Language language) {
    // The reader sees no more than kMaxNumberTokens from pos (numbers.h).
    if (pos >= tokens.size()) return std::nullopt;
    const TokenSpan window = tokens.first(std::min(tokens.size(), pos + kMaxNumberTokens));
    const auto r = WordReader(window, language).full(pos);
    if (!r) return std::nullopt;
    return WordNumber{r->value, r->end - pos, r->scale};
}

}  // namespace factdb::lang
