// The forms of a spending period and their reader (period.h).
//
// Rules (docs/NORMALISATION.md 5.12, "Spending periods"):
//   * the whole text must be one form (no stray words): "2025" and "en 2026"
//     are the year itself, "fiscal 2025" the fiscal year labelled 2025 (its
//     months are the spender's: only the label is stored);
//   * "FY25" is 2025: a two-digit year is read only after "FY";
//   * "over N years" counts N calendar years from the published one
//     (published 2025, "over four years" = 2025..2028); "within N years" and
//     "d'ici N ans" end N years after it (2025..2030 for five);
//   * a relative form in a document without a published date, a span that
//     ends before it starts, a year outside 1800..2200: the years that cannot
//     be had are NULL and `unread` says why, never a guess.
#include "lang/period.h"

#include <vector>

#include "errors/error.h"
#include "lang/count.h"
#include "lang/tokens.h"

namespace factdb::lang {
namespace {

using R = PeriodRule;

constexpr PeriodRow kRows[] = {
    // ---- both languages
    {kAny, "{Y}", R::year},
    {kAny, "{Y} - {Z}", R::span},
    {kAny, "fy {Y}", R::year},
    {kAny, "fy {YY}", R::year},
    // ---- English
    {kEn, "in {Y}", R::year},
    {kEn, "during {Y}", R::year},
    {kEn, "fiscal {Y}", R::year},
    {kEn, "fiscal year {Y}", R::year},
    {kEn, "in fiscal {Y}", R::year},
    {kEn, "in fiscal year {Y}", R::year},
    {kEn, "in fy {Y}", R::year},
    {kEn, "in fy {YY}", R::year},
    {kEn, "between {Y} and {Z}", R::span},
    {kEn, "from {Y} to {Z}", R::span},
    {kEn, "from {Y} through {Z}", R::span},
    {kEn, "{Y} to {Z}", R::span},
    {kEn, "{Y} through {Z}", R::span},
    {kEn, "by {Y}", R::by},
    {kEn, "through {Y}", R::by},
    {kEn, "until {Y}", R::by},
    {kEn, "by the end of {Y}", R::by},
    {kEn, "over {N} years", R::over},
    {kEn, "over the next {N} years", R::over},
    {kEn, "over the coming {N} years", R::over},
    {kEn, "over a {N} year period", R::over},
    {kEn, "in the next {N} years", R::within},
    {kEn, "within {N} years", R::within},
    {kEn, "this year", R::this_year},
    {kEn, "next year", R::next_year},
    // ---- French
    {kFr, "en {Y}", R::year},
    {kFr, "au cours de {Y}", R::year},
    {kFr, "exercice {Y}", R::year},
    {kFr, "l'exercice {Y}", R::year},
    {kFr, "exercice fiscal {Y}", R::year},
    {kFr, "l'exercice fiscal {Y}", R::year},
    {kFr, "sur l'exercice {Y}", R::year},
    {kFr, "entre {Y} et {Z}", R::span},
    {kFr, "de {Y} à {Z}", R::span},
    {kFr, "d'ici {Y}", R::by},
    {kFr, "d'ici à {Y}", R::by},
    {kFr, "d'ici fin {Y}", R::by},
    {kFr, "jusqu'en {Y}", R::by},
    {kFr, "jusqu'à {Y}", R::by},
    {kFr, "sur {N} ans", R::over},
    {kFr, "sur {N} années", R::over},
    {kFr, "sur les {N} prochaines années", R::over},
    {kFr, "au cours des {N} prochaines années", R::over},
    {kFr, "dans les {N} prochaines années", R::within},
    {kFr, "d'ici {N} ans", R::within},
    {kFr, "cette année", R::this_year},
    {kFr, "l'an prochain", R::next_year},
    {kFr, "l'année prochaine", R::next_year},
};

enum class Slot { none, year, second_year, short_year, count };

struct Part {
    Slot slot = Slot::none;
    std::string key;  // literal: one token key ("-" for any dash)
};

struct Compiled {
    std::vector<Part> parts;
    const PeriodRow* row;
};

const std::vector<Compiled>& compiled() {
    static const std::vector<Compiled> rows = [] {
        std::vector<Compiled> out;
        for (const auto& row : kRows) {
            Compiled c{{}, &row};
            std::string_view rest = row.pattern;
            while (!rest.empty()) {
                const std::size_t space = rest.find(' ');
                const std::string_view word = rest.substr(0, space);
                if (word == "{Y}") {
                    c.parts.push_back({Slot::year, {}});
                } else if (word == "{Z}") {
                    c.parts.push_back({Slot::second_year, {}});
                } else if (word == "{YY}") {
                    c.parts.push_back({Slot::short_year, {}});
                } else if (word == "{N}") {
                    c.parts.push_back({Slot::count, {}});
                } else if (word == "-") {
                    c.parts.push_back({Slot::none, "-"});
                } else {
                    for (auto& key : phrase_keys(word)) c.parts.push_back({Slot::none, key});
                }
                rest = space == std::string_view::npos ? "" : rest.substr(space + 1);
            }
            out.push_back(std::move(c));
        }
        return out;
    }();
    return rows;
}

// A token as the forms read it: "FY2025" and "FY25" are two pieces, "fy"
// and the figure.
struct Piece {
    std::string key;       // word key, "-" for a dash, digits for a plain figure
    bool digits = false;   // a whole number written with digits only
    std::string_view raw;  // as written
};

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

std::vector<Piece> pieces_of(TokenSpan t) {
    std::vector<Piece> out;
    for (const auto& token : t) {
        if (token.kind == Token::Kind::number) {
            const bool plain = token.frac_digits.empty() && token.raw == token.int_digits;
            out.push_back({plain ? token.int_digits : token.key, plain, token.raw});
        } else if (token.kind == Token::Kind::word && token.key.size() > 2 &&
                   token.key.compare(0, 2, "fy") == 0 && all_digits(token.key.substr(2))) {
            out.push_back({"fy", false, token.raw.substr(0, 2)});
            out.push_back({token.key.substr(2), true, token.raw.substr(2)});
        } else {
            out.push_back({token.key, false, token.raw});
        }
    }
    // A dash joins two figures ("2025-2028") or two words ("four-year",
    // which the forms write as two words): only the first kind is kept.
    std::vector<Piece> kept;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const bool between_figures = i > 0 && i + 1 < out.size() && out[i - 1].digits &&
                                     out[i + 1].digits;
        if (out[i].key == "-" && !out[i].digits && !between_figures) continue;
        kept.push_back(std::move(out[i]));
    }
    return kept;
}

struct Captured {
    std::optional<int> y, z, n;
};

// A count of years read from pieces [from, to): "4", "four", "quatre".
std::optional<int> count_of(std::string_view text, const std::vector<Piece>& p, std::size_t from,
                            std::size_t to, Language language) {
    const char* begin = p[from].raw.data();
    const char* end = p[to - 1].raw.data() + p[to - 1].raw.size();
    const std::string_view words(begin, static_cast<std::size_t>(end - begin));
    if (words.data() < text.data() || words.data() + words.size() > text.data() + text.size())
        return std::nullopt;
    try {
        const Range r = parse_count(words, language);
        if (r.qualifier != Qualifier::exact || !r.low) return std::nullopt;
        const auto n = r.low->to_integer();
        if (!n || *n < 1 || *n > 100) return std::nullopt;
        return static_cast<int>(*n);
    } catch (const NormalizeError&) {
        return std::nullopt;
    }
}

constexpr std::size_t kCountMaxPieces = 3;  // "vingt-cinq": three tokens

bool match(std::string_view text, const std::vector<Piece>& p, std::size_t at,
           const Compiled& c, std::size_t part, Captured& out, Language language) {
    if (part == c.parts.size()) return at == p.size();
    if (at >= p.size()) return false;
    const Part& want = c.parts[part];
    switch (want.slot) {
        case Slot::none:
            return p[at].key == want.key && match(text, p, at + 1, c, part + 1, out, language);
        case Slot::year:
        case Slot::second_year:
        case Slot::short_year: {
            const std::size_t digits = want.slot == Slot::short_year ? 2 : 4;
            if (!p[at].digits || p[at].key.size() != digits) return false;
            int year = std::stoi(p[at].key);
            if (want.slot == Slot::short_year) year += 2000;
            (want.slot == Slot::second_year ? out.z : out.y) = year;
            return match(text, p, at + 1, c, part + 1, out, language);
        }
        case Slot::count:
            for (std::size_t k = 1; k <= kCountMaxPieces && at + k <= p.size(); ++k) {
                const auto n = count_of(text, p, at, at + k, language);
                if (!n) continue;
                out.n = n;
                if (match(text, p, at + k, c, part + 1, out, language)) return true;
            }
            return false;
    }
    return false;
}

bool plausible(int year) {
    return year >= 1800 && year <= 2200;
}

}  // namespace

std::span<const PeriodRow> period_rows() {
    return kRows;
}

PeriodReading parse_period(std::string_view text, Language language,
                           std::optional<int> published_year) {
    const Tokens tokens = tokenize_running_text(text, language);
    const std::vector<Piece> pieces = pieces_of(tokens);
    PeriodReading out;
    const Compiled* found = nullptr;
    Captured cap;
    for (const auto& c : compiled()) {
        if (!speaks(c.row->langs, language)) continue;
        Captured attempt;
        if (match(text, pieces, 0, c, 0, attempt, language)) {
            found = &c;
            cap = attempt;
            break;
        }
    }
    if (!found) {
        out.unread =
            "is no form read as years (a year, a fiscal year, a span or a number of years), so "
            "its years are NULL";
        return out;
    }
    const auto& P = published_year;
    const std::string no_date =
        "counts from the document's published year, which the document does not give, so ";
    switch (found->row->rule) {
        case R::year:
            out.start = out.end = cap.y;
            break;
        case R::span:
            if (*cap.z < *cap.y) {
                out.unread = "ends (" + std::to_string(*cap.z) + ") before it starts (" +
                             std::to_string(*cap.y) + "), so its years are NULL";
                return out;
            }
            out.start = cap.y;
            out.end = cap.z;
            break;
        case R::by:
            out.end = cap.y;
            if (!P) {
                out.unread = no_date + "its start is NULL";
            } else if (*P > *cap.y) {
                out.unread = "ends (" + std::to_string(*cap.y) +
                             ") before the document's published year (" + std::to_string(*P) +
                             "), so its start is NULL";
            } else {
                out.start = P;
            }
            break;
        case R::over:
        case R::within:
        case R::this_year:
        case R::next_year: {
            if (!P) {
                out.unread = no_date + "its years are NULL";
                return out;
            }
            const R rule = found->row->rule;
            const int n = cap.n.value_or(1);
            out.start = rule == R::next_year ? *P + 1 : *P;
            out.end = rule == R::over      ? *P + n - 1
                      : rule == R::within  ? *P + n
                      : rule == R::next_year ? *P + 1
                                             : *P;
            break;
        }
    }
    if ((out.start && !plausible(*out.start)) || (out.end && !plausible(*out.end))) {
        out.start.reset();
        out.end.reset();
        out.unread = "has a year outside 1800..2200, so its years are NULL";
    }
    return out;
}

}  // namespace factdb::lang
