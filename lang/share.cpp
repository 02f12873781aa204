// parse_share: a stake as a relation code and a percentage.
//
// Rules:
//  * the percentage, if any, is the span ending at the last percent sign
//    ("%", "pour cent", "percent") read by parse_percent; it may be preceded
//    and followed by share words from the table below ("a 49 % stake",
//    "49 % du capital", "une participation de plus de 40 %");
//  * every other token must be a row of kShareWords (case/accent-insensitive,
//    both languages) or it is "unrecognised share '<text>': '<word>' is not a
//    share word (nearest: ...); write a percentage ... and/or share words: ..."
//    (the accepted words and the fix; "no percentage and no share word" when
//    only fillers were given);
//  * relation: principal_shareholder if a principal row occurs, else
//    minority_/majority_shareholder, else shareholder (a percentage or a
//    generic word alone means shareholder); minority and majority together
//    are "share is both minority and majority";
//  * percentage without a figure: minority -> less_than 50, majority ->
//    more_than 50, others undisclosed; with a figure, minority needs low < 50
//    ("minority stake must be under 50 %") and majority high > 50
//    ("majority stake must be over 50 %").
//
// Running text (match_share): the share words and at most one percentage
// (match_percent), in any order, fillers only between them: the match
// starts and ends on a share word or the percentage ("une participation de
// 49 %", "49 % du capital", "a 49% stake", "actionnaire minoritaire"), and
// its words start within 24 tokens of its first (kShareTokens: what makes a
// scan of every position linear).  It
// needs a share word besides the percentage, and a holder noun (below: the
// principal rows, actionnaire(s), shareholder(s), stake(s),
// participation(s)) when there is no percentage, because "49 %" or
// "majority" alone say nothing of a stake in a sentence; the relation and
// its checks are the whole field's.
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
#include "lang/nearest.h"
#include "lang/percent.h"
#include "lang/percent_internal.h"

namespace factdb::lang {

namespace {

enum class Word { filler, shareholder, minority, majority, principal };

// A row's meaning, and whether it names the holding itself (a holder noun:
// "actionnaire", "stake", "participation"; the principal rows), which a
// share in running text needs when no percentage says it.
struct ShareWord {
    Word word;
    bool holder;
};

const PhraseTable<ShareWord>& share_words() {
    using W = Word;
    static const PhraseTable<ShareWord> table{
        {"principal actionnaire", kAny, {W::principal, true}},
        {"principaux actionnaires", kAny, {W::principal, true}},
        {"actionnaire principal", kAny, {W::principal, true}},
        {"actionnaires principaux", kAny, {W::principal, true}},
        {"premier actionnaire", kAny, {W::principal, true}},
        {"plus gros actionnaire", kAny, {W::principal, true}},
        {"plus grand actionnaire", kAny, {W::principal, true}},
        {"principal shareholder", kAny, {W::principal, true}},
        {"main shareholder", kAny, {W::principal, true}},
        {"largest shareholder", kAny, {W::principal, true}},
        {"major shareholder", kAny, {W::principal, true}},
        {"biggest shareholder", kAny, {W::principal, true}},
        {"top shareholder", kAny, {W::principal, true}},
        {"minoritaire", kAny, {W::minority, false}},
        {"minoritaires", kAny, {W::minority, false}},
        {"minority", kAny, {W::minority, false}},
        {"majoritaire", kAny, {W::majority, false}},
        {"majoritaires", kAny, {W::majority, false}},
        {"majority", kAny, {W::majority, false}},
        {"actionnaire", kAny, {W::shareholder, true}},
        {"actionnaires", kAny, {W::shareholder, true}},
        {"shareholder", kAny, {W::shareholder, true}},
        {"shareholders", kAny, {W::shareholder, true}},
        {"stake", kAny, {W::shareholder, true}},
        {"stakes", kAny, {W::shareholder, true}},
        {"participation", kAny, {W::shareholder, true}},
        {"participations", kAny, {W::shareholder, true}},
        {"capital", kAny, {W::shareholder, false}},
        {"equity", kAny, {W::shareholder, false}},
        {"shares", kAny, {W::shareholder, false}},
        {"part", kAny, {W::shareholder, false}},
        {"parts", kAny, {W::shareholder, false}},
        {"holding", kAny, {W::shareholder, false}},
        {"un", kAny, {W::filler, false}},
        {"une", kAny, {W::filler, false}},
        {"le", kAny, {W::filler, false}},
        {"la", kAny, {W::filler, false}},
        {"les", kAny, {W::filler, false}},
        {"l'", kAny, {W::filler, false}},
        {"des", kAny, {W::filler, false}},
        {"du", kAny, {W::filler, false}},
        {"de", kAny, {W::filler, false}},
        {"a", kAny, {W::filler, false}},
        {"an", kAny, {W::filler, false}},
        {"the", kAny, {W::filler, false}},
        {"of", kAny, {W::filler, false}},
        {"in", kAny, {W::filler, false}},
        {"dans", kAny, {W::filler, false}},
        {"au", kAny, {W::filler, false}},
        {"aux", kAny, {W::filler, false}},
        {"avec", kAny, {W::filler, false}},
        {"with", kAny, {W::filler, false}},
        {"sa", kAny, {W::filler, false}},
        {"son", kAny, {W::filler, false}},
        {"ses", kAny, {W::filler, false}},
        {"its", kAny, {W::filler, false}},
        {"their", kAny, {W::filler, false}},
    };
    return table;
}

// The most tokens a share in running text starts a word at (match_share).
constexpr std::size_t kShareTokens = 24;

struct Words {
    bool ok = true;
    std::size_t bad = 0;  // when !ok: the first token that is no share word
    bool shareholder = false, minority = false, majority = false, principal = false;
    bool holder = false;  // a holder noun was read (running text needs one without a percentage)

    bool any() const { return shareholder || minority || majority || principal; }

    void add(const ShareWord& w) {
        holder = holder || w.holder;
        switch (w.word) {
            case Word::filler:
                break;
            case Word::shareholder:
                shareholder = true;
                break;
            case Word::minority:
                minority = true;
                break;
            case Word::majority:
                majority = true;
                break;
            case Word::principal:
                principal = true;
                break;
        }
    }
};

// Reads tokens [from, to) as share words.
void read_words(TokenSpan t, std::size_t from, std::size_t to, Language language, Words& w) {
    std::size_t p = from;
    while (p < to) {
        const auto m = share_words().longest(t.first(to), p, language);
        if (!m) {
            w.ok = false;
            w.bad = p;
            return;
        }
        w.add(m->value);
        p += m->length;
    }
}

// The relation the words give, and the percentage it implies when none was
// written; why not ("" when the share holds).  Same rules for the whole
// field and running text.
std::string_view relate(const Words& words, bool has_percent, Share& share) {
    if (words.minority && words.majority) return "share is both minority and majority";
    static const Decimal half{5, 1};
    if (words.principal) {
        share.relation = "principal_shareholder";
    } else if (words.minority) {
        share.relation = "minority_shareholder";
        if (!has_percent) share.percent = {Qualifier::less_than, std::nullopt, half};
        if (share.percent.low && compare(*share.percent.low, half) >= 0)
            return "minority stake must be under 50 %";
    } else if (words.majority) {
        share.relation = "majority_shareholder";
        if (!has_percent) share.percent = {Qualifier::more_than, half, std::nullopt};
        if (share.percent.high && compare(*share.percent.high, half) <= 0)
            return "majority stake must be over 50 %";
    } else {
        share.relation = "shareholder";
    }
    return {};
}

// The share words a claim may use (every row but the fillers, one word
// each): what the error lists as nearest.
const std::vector<std::string>& share_word_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> out;
        share_words().for_each_row([&](const std::vector<std::string>& k, unsigned, ShareWord w) {
            if (w.word != Word::filler && k.size() == 1) out.push_back(k.front());
        });
        return out;
    }();
    return keys;
}

// Why a share is refused, with its fix: the word that is no share word
// (and the nearest ones), or that neither a share word nor a percentage was
// given; then what a share is made of.
std::string unrecognised_share(TokenSpan t, const Words& words) {
    std::string why;
    if (!words.ok) {
        const std::string word(raw_between(t, words.bad, words.bad + 1));
        const std::vector<std::string_view> keys(share_word_keys().begin(),
                                                 share_word_keys().end());
        const std::string near = nearest_words(word, keys);
        why = ": '" + word + "' is not a share word" +
              (near.empty() ? "" : " (nearest: " + near + ")");
    } else {
        why = ": no percentage and no share word";
    }
    return "unrecognised share '" + std::string(raw_between(t, 0, t.size())) + "'" + why +
           "; write a percentage (49 %, plus de 40 %, 49 percent) and/or share words: "
           "actionnaire, participation, capital, part, stake, shareholder, equity, shares, "
           "holding, minoritaire, minority, majoritaire, majority, principal actionnaire, "
           "premier actionnaire, principal shareholder, largest shareholder "
           "(docs/NORMALISATION.md 5.4)";
}

}  // namespace

Share parse_share(std::string_view text, Language language) {
    const Tokens tokens = tokenize(text, language);
    const TokenSpan t(tokens);
    if (t.empty()) throw NormalizeError("empty text");

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
        if (!has_percent) {
            if (error) throw *error;
            Words before;
            read_words(t, 0, sign_end, language, before);
            throw NormalizeError(unrecognised_share(t, before));
        }
        read_words(t, sign_end, t.size(), language, words);
    } else {
        read_words(t, 0, t.size(), language, words);
    }
    if (!words.ok || (!has_percent && !words.any()))
        throw NormalizeError(unrecognised_share(t, words));
    if (const auto problem = relate(words, has_percent, share); !problem.empty())
        throw NormalizeError(std::string(problem));
    return share;
}

std::optional<ShareMatch> match_share(TokenSpan tokens, std::size_t position, Language language) {
    Share share;
    Words words;
    bool has_percent = false;
    std::size_t p = position, end = position;
    // At most kShareTokens tokens are walked: a share is a few words ("une
    // participation minoritaire de 49 % du capital" is 8), and a long run of
    // share words and fillers ("de la part de la part ...") walked from
    // every position of a text was quadratic (128 KB took 72 s).
    while (p < tokens.size() && p - position < kShareTokens) {
        if (!has_percent)
            if (const auto m = match_percent(tokens, p, language)) {
                share.percent = m->value;
                has_percent = true;
                p = end = m->end;
                continue;
            }
        const auto w = share_words().longest(tokens, p, language);
        if (!w) break;
        p += w->length;
        if (w->value.word == Word::filler) {
            if (end == position) return std::nullopt;  // a share starts with a word of its own
            continue;
        }
        words.add(w->value);
        end = p;
    }
    // Running text: a percentage alone is any percentage ("une hausse de
    // 49 %"), a modifier alone any majority ("the majority of users").
    if (!words.any() || (!has_percent && !words.holder)) return std::nullopt;
    if (!relate(words, has_percent, share).empty()) return std::nullopt;
    return ShareMatch{position, end, raw_between(tokens, position, end), std::move(share)};
}

}  // namespace factdb::lang
