// Snowball stems (Debian's libstemmer) of folded word keys, French or
// English: what a rule's `stem~` element compares, so that one rule word
// covers a verb's forms ("investir~": investi, investit, investissent).
//
// Invariants: a Stemmer owns its libstemmer handle (RAII, not copyable);
// stem() is deterministic, never throws for any byte string, and costs time
// linear in the word.  A Stemmer is not thread-safe (libstemmer keeps state
// per handle): one per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "lang/language.h"

struct sb_stemmer;

namespace factdb::draft {

class Stemmer {
  public:
    explicit Stemmer(Language language);
    ~Stemmer();
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;

    // The stem of a folded key ("investissements" -> "invest"); the key
    // itself when libstemmer gives nothing.
    std::string stem(std::string_view key) const;

  private:
    sb_stemmer* handle_;
};

}  // namespace factdb::draft
