// The words of a funding round and of a valuation's basis (funding_round.h).
//
// Rules:
//   * both vocabularies are closed: a word no row names is an error, never
//     "unspecified" (that code is written, or is what an absent field is);
//   * a whole field matches one row, folded (case, accents, apostrophes), so
//     "Series C", "series c" and "SÉRIE C" are one round;
//   * generic words for raising money ("tour de table", "levée de fonds",
//     "funding round") are the round "unspecified": they say a round took
//     place, not which one;
//   * market_cap is no basis of a round's valuation (a round prices new
//     shares; a market capitalisation is the price of listed ones).
#include "lang/funding_round.h"

#include "errors/error.h"
#include "lang/nearest.h"
#include "lang/tokens.h"

namespace factdb::lang {
namespace {

const PhraseTable<std::string_view>& round_words() {
    static const PhraseTable<std::string_view> table{
        // the codes
        {"pre_seed", kAny, "pre_seed"}, {"seed", kAny, "seed"},
        {"series_a", kAny, "series_a"}, {"series_b", kAny, "series_b"},
        {"series_c", kAny, "series_c"}, {"series_d", kAny, "series_d"},
        {"series_e", kAny, "series_e"}, {"series_f", kAny, "series_f"},
        {"series_g", kAny, "series_g"}, {"series_h", kAny, "series_h"},
        {"series_i", kAny, "series_i"}, {"series_j", kAny, "series_j"},
        {"bridge", kAny, "bridge"}, {"growth", kAny, "growth"}, {"debt", kAny, "debt"},
        {"grant", kAny, "grant"}, {"ipo", kAny, "ipo"}, {"unspecified", kAny, "unspecified"},
        // English
        {"pre-seed", kEn, "pre_seed"}, {"pre seed", kEn, "pre_seed"},
        {"seed round", kEn, "seed"}, {"seed funding", kEn, "seed"},
        {"series a", kEn, "series_a"}, {"series b", kEn, "series_b"},
        {"series c", kEn, "series_c"}, {"series d", kEn, "series_d"},
        {"series e", kEn, "series_e"}, {"series f", kEn, "series_f"},
        {"series g", kEn, "series_g"}, {"series h", kEn, "series_h"},
        {"series i", kEn, "series_i"}, {"series j", kEn, "series_j"},
        {"bridge round", kEn, "bridge"}, {"growth round", kEn, "growth"},
        {"debt financing", kEn, "debt"}, {"debt round", kEn, "debt"}, {"loan", kEn, "debt"},
        {"initial public offering", kEn, "ipo"}, {"public offering", kEn, "ipo"},
        {"funding round", kEn, "unspecified"}, {"fundraising", kEn, "unspecified"},
        {"fundraise", kEn, "unspecified"}, {"round", kEn, "unspecified"},
        // French
        {"pré-amorçage", kFr, "pre_seed"}, {"amorçage", kFr, "seed"},
        {"tour d'amorçage", kFr, "seed"},
        {"série a", kFr, "series_a"}, {"série b", kFr, "series_b"},
        {"série c", kFr, "series_c"}, {"série d", kFr, "series_d"},
        {"série e", kFr, "series_e"}, {"série f", kFr, "series_f"},
        {"série g", kFr, "series_g"}, {"série h", kFr, "series_h"},
        {"série i", kFr, "series_i"}, {"série j", kFr, "series_j"},
        {"tour de série a", kFr, "series_a"}, {"tour de série b", kFr, "series_b"},
        {"tour de série c", kFr, "series_c"},
        {"financement relais", kFr, "bridge"}, {"tour de croissance", kFr, "growth"},
        {"dette", kFr, "debt"}, {"financement par la dette", kFr, "debt"},
        {"prêt", kFr, "debt"}, {"subvention", kFr, "grant"},
        {"introduction en bourse", kFr, "ipo"}, {"entrée en bourse", kFr, "ipo"},
        {"tour de table", kFr, "unspecified"}, {"levée de fonds", kFr, "unspecified"},
        {"tour de financement", kFr, "unspecified"},
    };
    return table;
}

constexpr std::string_view kRoundWords[] = {
    "pre_seed", "seed", "series_a", "series_b", "series_c", "series_d", "series_e", "series_f",
    "series_g", "series_h", "series_i", "series_j", "bridge", "growth", "debt", "grant", "ipo",
    "unspecified", "amorçage", "subvention", "dette"};

const PhraseTable<std::string_view>& basis_words() {
    static const PhraseTable<std::string_view> table{
        {"pre_money", kAny, "pre_money"}, {"post_money", kAny, "post_money"},
        {"market_cap", kAny, "market_cap"}, {"unspecified", kAny, "unspecified"},
        // English
        {"pre-money", kEn, "pre_money"}, {"pre money", kEn, "pre_money"},
        {"before the new money", kEn, "pre_money"}, {"before the investment", kEn, "pre_money"},
        {"post-money", kEn, "post_money"}, {"post money", kEn, "post_money"},
        {"after the new money", kEn, "post_money"}, {"after the investment", kEn, "post_money"},
        {"including the new money", kEn, "post_money"},
        {"market cap", kEn, "market_cap"}, {"market capitalisation", kEn, "market_cap"},
        {"market capitalization", kEn, "market_cap"}, {"market value", kEn, "market_cap"},
        // French
        {"pré-money", kFr, "pre_money"}, {"pre-money", kFr, "pre_money"},
        {"valorisation pré-money", kFr, "pre_money"},
        {"avant l'augmentation de capital", kFr, "pre_money"},
        {"avant l'opération", kFr, "pre_money"},
        {"post-money", kFr, "post_money"}, {"valorisation post-money", kFr, "post_money"},
        {"après l'augmentation de capital", kFr, "post_money"},
        {"après l'opération", kFr, "post_money"},
        {"capitalisation boursière", kFr, "market_cap"}, {"valeur boursière", kFr, "market_cap"},
        {"capitalisation", kFr, "market_cap"},
    };
    return table;
}

constexpr std::string_view kBasisWords[] = {"pre_money", "post_money", "market_cap",
                                            "unspecified"};

std::string quoted_text(const Tokens& tokens) {
    return "'" + std::string(raw_between(tokens, 0, tokens.size())) + "'";
}

std::string near_part(const Tokens& tokens, std::span<const std::string_view> words) {
    const std::string near = nearest_words(raw_between(tokens, 0, tokens.size()), words);
    return near.empty() ? "" : " (nearest: " + near + ")";
}

}  // namespace

std::string parse_funding_round(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    if (tokens.empty()) throw NormalizeError("empty text");
    if (const auto code = round_words().whole(tokens, language)) return std::string(*code);
    throw NormalizeError("unrecognised round " + quoted_text(tokens) + near_part(tokens, kRoundWords) +
                         "; give pre_seed, seed, series_a ... series_j, bridge, growth, debt, "
                         "grant, ipo or unspecified, or a French or English word for one "
                         "(docs/NORMALISATION.md, \"Funding rounds\")");
}

std::string parse_valuation_basis(std::string_view text, Language language, bool allow_market_cap) {
    const Tokens tokens = tokenize(text, language);
    if (tokens.empty()) throw NormalizeError("empty text");
    const auto code = basis_words().whole(tokens, language);
    if (code && (allow_market_cap || *code != "market_cap")) return std::string(*code);
    if (code)
        throw NormalizeError("basis " + quoted_text(tokens) +
                             " is a market capitalisation, which is no basis of a round's "
                             "valuation; give pre_money, post_money or unspecified, or write a "
                             "valuation claim with basis market_cap");
    throw NormalizeError("unrecognised valuation basis " + quoted_text(tokens) +
                         near_part(tokens, kBasisWords) +
                         (allow_market_cap ? "; give pre_money, post_money, market_cap or unspecified"
                                           : "; give pre_money, post_money or unspecified") +
                         ", or a French or English word for one (docs/NORMALISATION.md, "
                         "\"Funding rounds\")");
}

}  // namespace factdb::lang
