// The normalisers' tokens, built from the one tokenizer of text/tokens.h,
// and phrase matching.
//
// Rules (see tokens.h for the token invariants):
//  * white space, apostrophes, dashes, letters: text::classify, the one
//    classification every reader of text uses;
//  * a word keeps its closing apostrophe ("jusqu'", "l'"), and "d'" is
//    keyed "de";
//  * digits: scanned by numbers.cpp with the language's separators (any
//    horizontal white space, text::is_figure_space, may group thousands);
//    a digit run immediately followed by e/E and a digit is exponent
//    notation, which claim values never use and which would smuggle in huge
//    values: rejected (tokenize_running_text keeps it as the tokens it is
//    made of, "1" "e" "9", which no span matcher reads: they are glued);
//  * anything else ($ € £ ¥ % ~ × ...) is a one-code-point symbol.
// Keys: text::fold_key, the one folding of factdb (case, accents, NFKC).
#include <cstdlib>

#include "errors/error.h"
#include "lang/numbers.h"
#include "lang/tokens.h"
#include "text/tokens.h"
#include "text/unicode.h"

namespace factdb::lang {

namespace {

bool is_ascii_digit(std::string_view text, std::size_t pos) {
    return pos < text.size() && text[pos] >= '0' && text[pos] <= '9';
}

enum class Exponents { refuse, keep };

Tokens tokenize(std::string_view text, Language language, Exponents exponents) {
    if (!text::is_valid_utf8(text)) throw NormalizeError("invalid UTF-8");
    const std::vector<text::Token> units = text::tokenize(text);
    Tokens tokens;
    tokens.reserve(units.size());
    for (std::size_t u = 0; u < units.size(); ++u) {
        const text::Token& unit = units[u];
        Token token;
        switch (unit.kind) {
            case text::Token::Kind::digits: {
                token.kind = Token::Kind::number;
                const std::size_t pos =
                    scan_digits(text, unit.begin, language, token.int_digits, token.frac_digits);
                const bool sign =
                    pos + 1 < text.size() && (text[pos + 1] == '+' || text[pos + 1] == '-');
                if (exponents == Exponents::refuse && pos < text.size() &&
                    (text[pos] == 'e' || text[pos] == 'E') &&
                    is_ascii_digit(text, pos + (sign ? 2 : 1)))
                    throw NormalizeError("exponent notation is not accepted");
                token.raw = text.substr(unit.begin, pos - unit.begin);
                token.key = std::string(token.raw);
                // The figure's separators and later digit groups are its own.
                while (u + 1 < units.size() && units[u + 1].begin < pos) ++u;
                break;
            }
            case text::Token::Kind::word: {
                const bool apostrophe = u + 1 < units.size() &&
                                        units[u + 1].kind == text::Token::Kind::apostrophe &&
                                        units[u + 1].begin == unit.end;
                const std::size_t end = apostrophe ? units[u + 1].end : unit.end;
                token.raw = text.substr(unit.begin, end - unit.begin);
                token.key = text::fold_key(unit.raw(text)) + (apostrophe ? "'" : "");
                if (token.key == "d'") token.key = "de";
                if (apostrophe) ++u;
                break;
            }
            case text::Token::Kind::dash:
                token.kind = Token::Kind::symbol;
                token.raw = unit.raw(text);
                token.key = "-";
                break;
            case text::Token::Kind::apostrophe:
                token.kind = Token::Kind::symbol;
                token.raw = unit.raw(text);
                token.key = "'";
                break;
            case text::Token::Kind::numeral:
            case text::Token::Kind::symbol:
                // One code point each, as a symbol (a run of numerals "²³"
                // is split: no table reads them as a number).
                for (std::size_t at = unit.begin; at < unit.end;) {
                    const text::CodePoint cp = text::decode_at(text, at);
                    Token one;
                    one.kind = Token::Kind::symbol;
                    one.raw = text.substr(at, cp.size);
                    one.key = text::fold_key(one.raw);
                    tokens.push_back(std::move(one));
                    at += cp.size;
                }
                continue;
        }
        tokens.push_back(std::move(token));
    }
    return tokens;
}

}  // namespace

Tokens tokenize(std::string_view text, Language language) {
    return tokenize(text, language, Exponents::refuse);
}

Tokens tokenize_running_text(std::string_view text, Language language) {
    return tokenize(text, language, Exponents::keep);
}

std::string_view raw_between(TokenSpan tokens, std::size_t i, std::size_t j) {
    if (i >= j || j > tokens.size()) return {};
    const char* first = tokens[i].raw.data();
    const char* last = tokens[j - 1].raw.data() + tokens[j - 1].raw.size();
    return {first, static_cast<std::size_t>(last - first)};
}

std::string joined_key(TokenSpan tokens) {
    std::string key;
    for (const auto& t : tokens) {
        if (t.is("-")) continue;
        if (!key.empty()) key += ' ';
        key += t.key;
    }
    return key;
}

std::vector<std::string> phrase_keys(std::string_view phrase) {
    std::vector<std::string> keys;
    const Tokens tokens = tokenize(phrase, Language::fr);
    for (const auto& t : tokens)
        if (!t.is("-") || tokens.size() == 1) keys.push_back(t.key);
    return keys;
}

std::size_t match_keys(TokenSpan tokens, std::size_t pos, const std::vector<std::string>& keys) {
    if (keys.empty()) return 0;
    std::size_t p = pos;
    for (std::size_t k = 0; k < keys.size(); ++k) {
        // "non-divulgué" and "non divulgué" are the same phrase.
        if (k > 0)
            while (p < tokens.size() && tokens[p].is("-")) ++p;
        if (p >= tokens.size() || tokens[p].key != keys[k]) return 0;
        ++p;
    }
    return p - pos;
}

}  // namespace factdb::lang
