// The mentions of one sentence: its tokens, their stems, and, at each token,
// the mention of each kind that starts there (money, counts, percentages,
// shares, power, years and places by the language library's span matchers;
// rounds by its funding-round vocabulary; names from capitalised words;
// job titles from the rules' TITLE word list).  What a rule's pattern reads.
//
// Invariants:
//   * a mention's tokens are [begin, end) of the sentence's tokens, end >
//     begin, and surface is the text of those tokens as written (a view into
//     the sentence), except that a name's legal suffix ("Corp.", "Inc.") and
//     a possessive apostrophe are left out of its surface;
//   * at most one mention per kind starts at a token: the longest;
//   * a NAME starts only where a run of capitalised words starts (never
//     inside one), has at most kMaxNameWords words, is not a word of the
//     STOP list and is not exactly a country or US state the resolver knows; a NAMES list has at most kMaxListNames names, joined by ",", "et", "and"
//     ("&" joins words of one name: "Fidelity Management & Research");
//   * building costs time and memory linear in the sentence: every matcher
//     reads a bounded number of tokens from a position (docs/RELIABILITY.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "draft/rules.h"
#include "lang/places.h"
#include "lang/tokens.h"
#include "text/stems.h"

namespace factdb::draft {

inline constexpr std::size_t kMaxNameWords = 8;
inline constexpr std::size_t kMaxListNames = 12;

struct Mention {
    MentionKind kind = MentionKind::name;
    std::size_t begin = 0, end = 0;       // tokens
    std::string_view surface;             // as written (see the invariants)
    std::vector<std::string_view> names;  // NAMES only: each name's surface
};

class SentenceMentions {
  public:
    // places may be null (no PLACE mentions).  Throws NormalizeError on
    // invalid UTF-8 (an Article's text never is).
    SentenceMentions(std::string_view sentence, const RuleSet& rules, text::Stemmer& stemmer,
                     const PlaceResolver* places);

    std::string_view sentence() const { return sentence_; }
    const lang::Tokens& tokens() const { return tokens_; }
    const std::string& stem(std::size_t token) const { return stems_[token]; }
    // The mention of kind starting at token, or nullptr.
    const Mention* at(std::size_t token, MentionKind kind) const {
        const std::int32_t i = index_[token * kMentionKinds + static_cast<std::size_t>(kind)];
        return i < 0 ? nullptr : &mentions_[static_cast<std::size_t>(i)];
    }
    // Byte offsets of tokens [begin, end) in the sentence.
    std::size_t byte_begin(std::size_t token) const;
    std::size_t byte_end(std::size_t token) const;

  private:
    void add(Mention m);
    void find_names(const RuleSet& rules);
    void find_lists();
    void find_titles(const RuleSet& rules);
    void find_rounds(const RuleSet& rules);

    std::string_view sentence_;
    lang::Tokens tokens_;
    std::vector<std::string> stems_;
    std::vector<Mention> mentions_;
    std::vector<std::int32_t> index_;  // tokens x kinds -> mentions_ index, -1 when none
    std::unordered_map<std::size_t, std::size_t> major_places_;  // countries and states: begin -> end
};

}  // namespace factdb::draft
