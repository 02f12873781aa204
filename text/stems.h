// The search form of words: what the stemmed search index holds
// (documents_stems and evidence_stems, schema/0017_search_stems.sql) and
// what a query word is turned into before it is looked up there
// (docs/SEARCH.md, "Stemming").
//
// Invariants:
//   * words are the tokens of text::tokenize (text/tokens.h), the one
//     tokenizer of running text: no second word splitter exists here;
//   * a word's search form is: fold_key (case folded, accents removed,
//     NFKC) -> for English, the American spelling (text/spelling.h) ->
//     the Snowball stem of the document's language (Debian's libstemmer).
//     Accents go before the stemmer, so "donnees" and "données" always
//     meet (Snowball French stems them apart when it sees the accent);
//   * a text's search form is the search forms of its word, digit and
//     numeral tokens in order, separated by one space; apostrophes, dashes
//     and symbols separate words and are not written.  SQLite's unicode61
//     tokenizer reads it back as the same words, in the same order;
//   * linear time and space in the text (one pass over its tokens, one
//     stemmer call per word; Snowball's stemmers are linear in the word).
//   * a SearchForms holds two libstemmer stemmers, which are not
//     thread-safe: one SearchForms per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace factdb::text {

enum class StemLanguage { french, english };

// One libstemmer stemmer (UTF-8), freed with its owner.
class Stemmer {
  public:
    explicit Stemmer(StemLanguage language);
    // The Snowball stem of a folded word (never empty: an empty stem keeps
    // the word).
    std::string stem(std::string_view folded_word);

  private:
    struct Free {
        void operator()(sb_stemmer* s) const;
    };
    std::unique_ptr<sb_stemmer, Free> stemmer_;
};

class SearchForms {
  public:
    SearchForms();

    // The search form of text written in language (see above).  Throws
    // NormalizeError("invalid UTF-8 at byte N") as text::tokenize does.
    std::string of_text(std::string_view text, StemLanguage language);

    // The search forms of one token's text (a word, digits or a numeral)
    // in language, appended to out: one form, or two when the American
    // spelling is two words ("datacentre" -> "data", "center").
    void of_token(std::string_view raw, bool is_word, StemLanguage language,
                  std::vector<std::string>& out);

  private:
    Stemmer french_, english_;
};

}  // namespace factdb::text
