// Phrase-shaped names (name_shape.h).
//
// Rule: a name is phrase-shaped when one of its words, written entirely in
// lower case, is a conjunction, a preposition or an article of the
// document's language.  Capitalised words never count: a name's own words
// are capitalised ("De Beers", "La Poste"), a phrase's function words are
// not.  The first offending word is reported.  Lower case is judged on the
// raw word: no ASCII capital and no Latin-1 capital (À-Þ).
#include "lang/name_shape.h"

#include "lang/tokens.h"

namespace factdb::lang {
namespace {

enum class WordClass { conjunction, preposition, article };

const PhraseTable<WordClass>& function_words() {
    using enum WordClass;
    static const PhraseTable<WordClass> table{
        // French
        {"et", kFr, conjunction},      {"ou", kFr, conjunction},
        {"ni", kFr, conjunction},      {"mais", kFr, conjunction},
        {"de", kFr, preposition},      {"du", kFr, preposition},
        {"des", kFr, preposition},     {"à", kFr, preposition},
        {"au", kFr, preposition},      {"aux", kFr, preposition},
        {"pour", kFr, preposition},    {"par", kFr, preposition},
        {"avec", kFr, preposition},    {"sans", kFr, preposition},
        {"sur", kFr, preposition},     {"sous", kFr, preposition},
        {"dans", kFr, preposition},    {"en", kFr, preposition},
        {"chez", kFr, preposition},    {"vers", kFr, preposition},
        {"entre", kFr, preposition},   {"contre", kFr, preposition},
        {"le", kFr, article},          {"la", kFr, article},
        {"les", kFr, article},         {"l'", kFr, article},
        {"un", kFr, article},          {"une", kFr, article},
        // English
        {"and", kEn, conjunction},     {"or", kEn, conjunction},
        {"but", kEn, conjunction},     {"nor", kEn, conjunction},
        {"of", kEn, preposition},      {"in", kEn, preposition},
        {"on", kEn, preposition},      {"at", kEn, preposition},
        {"for", kEn, preposition},     {"with", kEn, preposition},
        {"by", kEn, preposition},      {"from", kEn, preposition},
        {"to", kEn, preposition},      {"into", kEn, preposition},
        {"about", kEn, preposition},   {"the", kEn, article},
        {"a", kEn, article},           {"an", kEn, article},
    };
    return table;
}

bool lower_case(std::string_view raw) {
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const auto c = static_cast<unsigned char>(raw[i]);
        if (c >= 'A' && c <= 'Z') return false;
        if (c == 0xC3 && i + 1 < raw.size()) {
            const auto d = static_cast<unsigned char>(raw[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97) return false;  // À-Þ, not ×
        }
    }
    return true;
}

std::string_view class_name(WordClass c) {
    switch (c) {
        case WordClass::conjunction:
            return "the conjunction";
        case WordClass::preposition:
            return "the preposition";
        case WordClass::article:
            return "the lower-case article";
    }
    return "";
}

}  // namespace

std::optional<std::string> phrase_like(std::string_view name, Language language) {
    const Tokens tokens = tokenize_running_text(name, language);
    const TokenSpan t(tokens);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != Token::Kind::word) continue;
        const auto m = function_words().longest(t, i, language);
        if (!m || m->length != 1 || !lower_case(t[i].raw)) continue;
        return "contains " + std::string(class_name(m->value)) + " '" + std::string(t[i].raw) +
               "'";
    }
    return std::nullopt;
}

}  // namespace factdb::lang
