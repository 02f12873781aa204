// parse_share: a stake as a relation code and a percentage.
//
// Rules:
//  * the percentage, if any, is the span ending at the last percent sign
//    ("%", "pour cent", "percent") read by parse_percent; it may be preceded
//    and followed by share words from the table below ("a 49 % stake",
//    "49 % du capital", "une participation de plus de 40 %");
//  * every other token must be a row of kShareWords (case/accent-insensitive,
//    both languages) or it is "unrecognised share '<text>'";
//  * relation: principal_shareholder if a principal row occurs, else
//    minority_/majority_shareholder, else shareholder (a percentage or a
//    generic word alone means shareholder); minority and majority together
//    are "share is both minority and majority";
//  * percentage without a figure: minority -> less_than 50, majority ->
//    more_than 50, others undisclosed; with a figure, minority needs low < 50
//    ("minority stake must be under 50 %") and majority high > 50
//    ("majority stake must be over 50 %").
//
// kShareWords:
//   principal    principal(aux) actionnaire(s), actionnaire(s) principal/aux,
//                premier actionnaire, plus gros/grand actionnaire,
//                principal/main/largest/major/biggest/top shareholder
//   minority     minoritaire(s), minority
//   majority     majoritaire(s), majority
//   shareholder  actionnaire(s), shareholder(s), stake(s), participation(s),
//                capital, equity, shares, part(s), holding
//   filler       un une le la les l' des du de d' à a an the of in dans au aux
//                avec with sa son ses its their
#include "lang/share.h"

#include <optional>

#include "errors/error.h"
#include "lang/decimal_ops.h"
#include "lang/lexicon.h"
#include "lang/percent_internal.h"

namespace factdb::lang {

namespace {

enum class Word { filler, shareholder, minority, majority, principal };

const PhraseTable<Word>& share_words() {
    using W = Word;
    static const PhraseTable<Word> table{
        {"principal actionnaire", kAny, W::principal},
        {"principaux actionnaires", kAny, W::principal},
        {"actionnaire principal", kAny, W::principal},
        {"actionnaires principaux", kAny, W::principal},
        {"premier actionnaire", kAny, W::principal},
        {"plus gros actionnaire", kAny, W::principal},
        {"plus grand actionnaire", kAny, W::principal},
        {"principal shareholder", kAny, W::principal},
        {"main shareholder", kAny, W::principal},
        {"largest shareholder", kAny, W::principal},
        {"major shareholder", kAny, W::principal},
        {"biggest shareholder", kAny, W::principal},
        {"top shareholder", kAny, W::principal},
        {"minoritaire", kAny, W::minority},
        {"minoritaires", kAny, W::minority},
        {"minority", kAny, W::minority},
        {"majoritaire", kAny, W::majority},
        {"majoritaires", kAny, W::majority},
        {"majority", kAny, W::majority},
        {"actionnaire", kAny, W::shareholder},
        {"actionnaires", kAny, W::shareholder},
        {"shareholder", kAny, W::shareholder},
        {"shareholders", kAny, W::shareholder},
        {"stake", kAny, W::shareholder},
        {"stakes", kAny, W::shareholder},
        {"participation", kAny, W::shareholder},
        {"participations", kAny, W::shareholder},
        {"capital", kAny, W::shareholder},
        {"equity", kAny, W::shareholder},
        {"shares", kAny, W::shareholder},
        {"part", kAny, W::shareholder},
        {"parts", kAny, W::shareholder},
        {"holding", kAny, W::shareholder},
        {"un", kAny, W::filler},
        {"une", kAny, W::filler},
        {"le", kAny, W::filler},
        {"la", kAny, W::filler},
        {"les", kAny, W::filler},
        {"l'", kAny, W::filler},
        {"des", kAny, W::filler},
        {"du", kAny, W::filler},
        {"de", kAny, W::filler},
        {"a", kAny, W::filler},
        {"an", kAny, W::filler},
        {"the", kAny, W::filler},
        {"of", kAny, W::filler},
        {"in", kAny, W::filler},
        {"dans", kAny, W::filler},
        {"au", kAny, W::filler},
        {"aux", kAny, W::filler},
        {"avec", kAny, W::filler},
        {"with", kAny, W::filler},
        {"sa", kAny, W::filler},
        {"son", kAny, W::filler},
        {"ses", kAny, W::filler},
        {"its", kAny, W::filler},
        {"their", kAny, W::filler},
    };
    return table;
}

struct Words {
    bool ok = true;
    bool shareholder = false, minority = false, majority = false, principal = false;
};

// Reads tokens [from, to) as share words.
void read_words(TokenSpan t, std::size_t from, std::size_t to, Language language, Words& w) {
    std::size_t p = from;
    while (p < to) {
        const auto m = share_words().longest(t.first(to), p, language);
        if (!m) {
            w.ok = false;
            return;
        }
        switch (m->value) {
            case Word::filler:
                break;
            case Word::shareholder:
                w.shareholder = true;
                break;
            case Word::minority:
                w.minority = true;
                break;
            case Word::majority:
                w.majority = true;
                break;
            case Word::principal:
                w.principal = true;
                break;
        }
        p += m->length;
    }
}

}  // namespace

Share parse_share(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    const TokenSpan t(tokens);
    if (t.empty()) throw NormalizeError("empty text");
    const std::string unrecognised =
        "unrecognised share '" + std::string(raw_between(t, 0, t.size())) + "'";

    std::size_t sign_end = 0;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (const auto m = percent_signs().longest(t, i, language)) sign_end = i + m->length;

    Share share;
    Words words;
    bool has_percent = false;
    if (sign_end > 0) {
        std::optional<NormalizeError> error;
        for (std::size_t i = 0; i < sign_end && !has_percent; ++i) {
            Words before;
            read_words(t, 0, i, language, before);
            if (!before.ok) continue;
            try {
                share.percent = parse_percent_tokens(t.subspan(i, sign_end - i), language);
                has_percent = true;
                words = before;
            } catch (const NormalizeError& e) {
                error = e;  // the last attempt is the one nearest the figure
            }
        }
        if (!has_percent) throw error.value_or(NormalizeError(unrecognised));
        read_words(t, sign_end, t.size(), language, words);
    } else {
        read_words(t, 0, t.size(), language, words);
    }
    if (!words.ok) throw NormalizeError(unrecognised);
    if (!has_percent && !words.shareholder && !words.minority && !words.majority &&
        !words.principal)
        throw NormalizeError(unrecognised);
    if (words.minority && words.majority)
        throw NormalizeError("share is both minority and majority");

    static const Decimal half{5, 1};
    if (words.principal) {
        share.relation = "principal_shareholder";
    } else if (words.minority) {
        share.relation = "minority_shareholder";
        if (!has_percent) share.percent = {Qualifier::less_than, std::nullopt, half};
        if (share.percent.low && compare(*share.percent.low, half) >= 0)
            throw NormalizeError("minority stake must be under 50 %");
    } else if (words.majority) {
        share.relation = "majority_shareholder";
        if (!has_percent) share.percent = {Qualifier::more_than, half, std::nullopt};
        if (share.percent.high && compare(*share.percent.high, half) <= 0)
            throw NormalizeError("majority stake must be over 50 %");
    } else {
        share.relation = "shareholder";
    }
    return share;
}

}  // namespace factdb::lang
