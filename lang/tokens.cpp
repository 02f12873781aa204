// Tokeniser shared by every text normaliser, and phrase matching.
//
// Rules (see tokens.h for the token invariants):
//  * white space: ASCII space/tab/newline, U+00A0, U+202F, U+2009, U+2007;
//  * apostrophes: ' U+2019 U+2018 U+02BC; a word keeps its closing apostrophe
//    ("jusqu'", "l'"), and "d'" is keyed "de";
//  * dashes: - U+2010..U+2015 U+2212, all keyed "-";
//  * letters: ASCII letters and any non-ASCII letter or combining mark, so
//    accented words stay whole before folding;
//  * digits: scanned by numbers.cpp with the language's separators; a digit
//    run immediately followed by e/E and a digit is exponent notation, which
//    articles never use and which would smuggle in huge values: rejected;
//  * anything else ($ € £ ¥ % ~ × ...) is a one-code-point symbol.
// Folding: utf8proc CASEFOLD | STRIPMARK | COMPOSE | STABLE.
#include <utf8proc.h>

#include <cstdlib>

#include "errors/error.h"
#include "lang/numbers.h"
#include "lang/tokens.h"

namespace factdb::lang {

namespace {

enum class Class { space, apostrophe, dash, digit, letter, other };

Class classify(utf8proc_int32_t cp) {
    switch (cp) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
        case 0x00A0:
        case 0x202F:
        case 0x2009:
        case 0x2007:
            return Class::space;
        case '\'':
        case 0x2019:
        case 0x2018:
        case 0x02BC:
            return Class::apostrophe;
        case '-':
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
            return Class::dash;
        default:
            break;
    }
    if (cp >= '0' && cp <= '9') return Class::digit;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return Class::letter;
    if (cp >= 0x80) {
        const auto cat = utf8proc_category(cp);
        if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME) return Class::letter;
    }
    return Class::other;
}

// Decodes the code point at text[pos]; throws on invalid UTF-8.
utf8proc_int32_t decode(std::string_view text, std::size_t pos, std::size_t& length) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                    static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (n <= 0) throw NormalizeError("invalid UTF-8");
    length = static_cast<std::size_t>(n);
    return cp;
}

bool is_ascii_digit(std::string_view text, std::size_t pos) {
    return pos < text.size() && text[pos] >= '0' && text[pos] <= '9';
}

}  // namespace

std::string fold(std::string_view text) {
    utf8proc_uint8_t* out = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                                        UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                static_cast<utf8proc_ssize_t>(text.size()), &out, options);
    if (n < 0) throw NormalizeError("invalid UTF-8");
    std::string folded(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
    std::free(out);
    return folded;
}

Tokens tokenize(std::string_view text, Language language) {
    Tokens tokens;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t length = 0;
        const auto cp = decode(text, pos, length);
        const Class cls = classify(cp);
        Token token;
        const std::size_t start = pos;
        switch (cls) {
            case Class::space:
                pos += length;
                continue;
            case Class::digit: {
                token.kind = Token::Kind::number;
                pos = scan_digits(text, pos, language, token.int_digits, token.frac_digits);
                const bool sign =
                    pos + 1 < text.size() && (text[pos + 1] == '+' || text[pos + 1] == '-');
                if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E') &&
                    is_ascii_digit(text, pos + (sign ? 2 : 1)))
                    throw NormalizeError("exponent notation is not accepted");
                token.raw = text.substr(start, pos - start);
                token.key = std::string(token.raw);
                break;
            }
            case Class::letter: {
                pos += length;
                bool apostrophe = false;
                while (pos < text.size()) {
                    const auto next = decode(text, pos, length);
                    const Class c = classify(next);
                    if (c == Class::letter) {
                        pos += length;
                    } else {
                        if (c == Class::apostrophe) {
                            pos += length;
                            apostrophe = true;
                        }
                        break;
                    }
                }
                token.raw = text.substr(start, pos - start);
                const std::size_t letters = token.raw.size() - (apostrophe ? length : 0);
                token.key = fold(token.raw.substr(0, letters)) + (apostrophe ? "'" : "");
                if (token.key == "d'") token.key = "de";
                break;
            }
            case Class::dash:
                token.kind = Token::Kind::symbol;
                pos += length;
                token.raw = text.substr(start, length);
                token.key = "-";
                break;
            case Class::apostrophe:
                token.kind = Token::Kind::symbol;
                pos += length;
                token.raw = text.substr(start, length);
                token.key = "'";
                break;
            case Class::other:
                token.kind = Token::Kind::symbol;
                pos += length;
                token.raw = text.substr(start, length);
                token.key = fold(token.raw);
                break;
        }
        tokens.push_back(std::move(token));
    }
    return tokens;
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
