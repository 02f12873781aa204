// The tokenizer of running text and the character classes (tokens.h).
//
// The classes are decided here once; the predicates they rest on (White_Space,
// apostrophes, dashes, general categories) are text/unicode.h's, so a reader
// that asks "is this white space?" and one that tokenizes always agree.
#include "text/tokens.h"

#include <utf8proc.h>

#include "text/unicode.h"

namespace factdb::text {

CharClass classify(char32_t c) {
    if (c < 0x80) {
        if (c == ' ' || (c >= '\t' && c <= '\r')) return CharClass::space;
        if (c == '\'') return CharClass::apostrophe;
        if (c == '-') return CharClass::dash;
        if (c >= '0' && c <= '9') return CharClass::digit;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::letter;
        return CharClass::other;
    }
    if (is_white_space(c)) return CharClass::space;
    // Apostrophes first: U+02BC is a modifier letter for Unicode.
    if (is_apostrophe(c)) return CharClass::apostrophe;
    if (is_dash(c)) return CharClass::dash;
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME) return CharClass::letter;
    if (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) return CharClass::numeral;
    return CharClass::other;
}

bool is_figure_space(char32_t c) {
    return is_white_space(c) && c != U'\t' && !is_line_break(c);
}

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    bool space = true;  // the text's start counts as white space
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint cp = decode_at(text, i);
        const CharClass cls = classify(cp.value);
        if (cls == CharClass::space) {
            if (!out.empty()) out.back().space_after = true;
            space = true;
            i += cp.size;
            continue;
        }
        Token t;
        t.begin = i;
        t.space_before = space;
        space = false;
        i += cp.size;
        const auto run = [&](CharClass same) {
            while (i < text.size()) {
                const CodePoint next = decode_at(text, i);
                if (classify(next.value) != same) break;
                i += next.size;
            }
        };
        switch (cls) {
            case CharClass::letter:
                t.kind = Token::Kind::word;
                run(CharClass::letter);
                break;
            case CharClass::digit:
                t.kind = Token::Kind::digits;
                run(CharClass::digit);
                break;
            case CharClass::numeral:
                t.kind = Token::Kind::numeral;
                run(CharClass::numeral);
                break;
            case CharClass::apostrophe:
                t.kind = Token::Kind::apostrophe;
                break;
            case CharClass::dash:
                t.kind = Token::Kind::dash;
                break;
            case CharClass::space:
            case CharClass::other:
                t.kind = Token::Kind::symbol;
                break;
        }
        t.end = i;
        out.push_back(t);
    }
    if (!out.empty()) out.back().space_after = true;  // the text's end
    return out;
}

}  // namespace factdb::text
