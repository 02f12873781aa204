// Search forms of words (see stems.h): fold, respell, stem.
#include "text/stems.h"

#include <libstemmer.h>

#include <stdexcept>

#include "text/spelling.h"
#include "text/tokens.h"
#include "text/unicode.h"

namespace factdb::text {

void Stemmer::Free::operator()(sb_stemmer* s) const {
    sb_stemmer_delete(s);
}

Stemmer::Stemmer(StemLanguage language)
    : stemmer_(sb_stemmer_new(language == StemLanguage::french ? "french" : "english", "UTF_8")) {
    // sb_stemmer_new fails only for an unknown algorithm or out of memory.
    if (!stemmer_) throw std::runtime_error("libstemmer has no stemmer for this language");
}

std::string Stemmer::stem(std::string_view folded_word) {
    const sb_symbol* s =
        sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(folded_word.data()),
                        static_cast<int>(folded_word.size()));
    if (s == nullptr) throw std::bad_alloc();
    const int n = sb_stemmer_length(stemmer_.get());
    if (n <= 0) return std::string(folded_word);
    return std::string(reinterpret_cast<const char*>(s), static_cast<std::size_t>(n));
}

SearchForms::SearchForms() : french_(StemLanguage::french), english_(StemLanguage::english) {}

namespace {

// fold_key of one token: for an ASCII token (most words of the corpus)
// folding is lower-casing, since NFKC leaves ASCII alone and a token holds
// no dash or space for fold_key to map; utf8proc only for the others.
// Stemming a load's text spent most of its time in fold_key's utf8proc
// calls before this.
std::string fold_token(std::string_view raw) {
    bool ascii = true;
    for (const char c : raw) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (!ascii) return fold_key(raw);
    std::string out(raw);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

void SearchForms::of_token(std::string_view raw, bool is_word, StemLanguage language,
                           std::vector<std::string>& out) {
    const std::string folded = fold_token(raw);
    if (folded.empty()) return;
    if (!is_word) {
        out.push_back(folded);
        return;
    }
    Stemmer& stemmer = language == StemLanguage::french ? french_ : english_;
    std::string_view spelled = folded;
    if (language == StemLanguage::english) spelled = american_spelling(folded);
    // A two-word American form: each word stemmed on its own.
    std::size_t start = 0;
    while (start <= spelled.size()) {
        std::size_t space = spelled.find(' ', start);
        if (space == std::string_view::npos) space = spelled.size();
        if (space > start) out.push_back(stemmer.stem(spelled.substr(start, space - start)));
        start = space + 1;
    }
}

std::string SearchForms::of_text(std::string_view text, StemLanguage language) {
    std::string result;
    result.reserve(text.size());
    std::vector<std::string> forms;
    for (const Token& t : tokenize(text)) {
        if (t.kind != Token::Kind::word && t.kind != Token::Kind::digits &&
            t.kind != Token::Kind::numeral)
            continue;
        forms.clear();
        of_token(t.raw(text), t.kind == Token::Kind::word, language, forms);
        for (const std::string& f : forms) {
            if (!result.empty()) result += ' ';
            result += f;
        }
    }
    return result;
}

}  // namespace factdb::text
