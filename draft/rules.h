// The drafter's extraction rules, read from data files (draft/rules/*.tsv,
// compiled in by cmake/embed_rules.cmake): what a claim looks like in a
// sentence, as a pattern over tokens and mention slots.  docs/DRAFT.md,
// "Rules format", is the user's description; this header is the contract.
//
// A rules file is UTF-8 text, one record per line, fields separated by TAB;
// blank lines and lines starting with '#' are comments.  Records:
//   rule  ID  TYPE  CONFIDENCE  PATTERN
//   off   ID  TYPE  CONFIDENCE  PATTERN  NOTE     (parsed and checked, never run)
//   lex   LIST  PHRASE                            (a word list the engine reads)
// A pattern is elements separated by spaces:
//   KIND          a mention: NAME, NAMES (names joined by , et and &), MONEY,
//                 COUNT, PERCENT, SHARE, POWER, YEAR, PLACE, ROUND, TITLE
//   word          a token whose folded key is word's ("données" = "donnees")
//   a|b|c         any of the alternatives; each may be word or stem~
//   stem~         a word whose Snowball stem (libstemmer, the file's
//                 language) equals the stem of stem ("investir~" matches
//                 "investi", "investit", "investissement")
//   X?            X or nothing (X a word, alternatives or stem; not a kind)
//   [0..N]        a gap of at most N tokens, 0 <= N <= kMaxGap
//   field:X       X's words are the claim's field `field` (a surface string)
// Invariants of a parsed RuleSet: every rule has a unique id, a type and at
// least one captured field; confidence is in [0, 1]; a gap is never first,
// last or next to another gap; every pattern has at most kMaxElements
// elements.  Parsing costs time linear in the file's size; a bad line is an
// InputError naming the file, the line and what to fix.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/language.h"
#include "text/stems.h"

namespace factdb::draft {

// The stemmer of a document's language: rule words (`stem~`) and sentence
// words are stemmed by text/stems.h's Snowball stemmer, the one search uses.
inline text::StemLanguage stem_language(Language language) {
    return language == Language::fr ? text::StemLanguage::french : text::StemLanguage::english;
}

inline constexpr std::size_t kMaxGap = 8;
inline constexpr std::size_t kMaxElements = 24;

// Mention kinds, each found by the language library's matchers (mentions.h).
enum class MentionKind { name, names, money, count, percent, share, power, year, place, round, title };
inline constexpr std::size_t kMentionKinds = 11;
std::string_view to_string(MentionKind kind);  // "NAME", "MONEY", ...

struct Element {
    enum class Kind { mention, words, gap };
    Kind kind = Kind::words;
    MentionKind mention = MentionKind::name;  // Kind::mention
    std::vector<std::string> words;           // Kind::words: folded keys
    std::vector<std::string> stems;           // Kind::words: stems (either may match)
    bool optional = false;                    // Kind::words
    std::size_t max_gap = 0;                  // Kind::gap
    std::string field;                        // captured as this field; empty when not
};

struct Rule {
    std::string id;
    std::string type;
    double confidence = 0.0;
    std::vector<Element> pattern;
    bool enabled = true;
    std::string note;   // why an `off` rule is off
    std::string file;   // where it was read: "fr.tsv"
    std::size_t line = 0;
    std::size_t order = 0;  // position among the set's rules (the last tie-break)
};

// One language's rules and word lists.
struct RuleSet {
    Language language = Language::en;
    std::vector<Rule> rules;  // in file order, enabled and off alike
    // lex LIST PHRASE: the words of each list, as folded token keys.
    std::unordered_map<std::string, std::vector<std::vector<std::string>>> lists;
    // The folded first words of the phrases of each list, for quick tests.
    std::unordered_map<std::string, std::unordered_set<std::string>> first_words;
    bool in_list(std::string_view list, std::string_view key) const;
};

struct RuleFile {
    std::string_view name;  // "fr.tsv": its stem is the language
    std::string_view text;
};

// draft/rules/*.tsv as compiled into the binary.
const std::vector<RuleFile>& embedded_rule_files();

// Parses one file.  Throws InputError (file, line, reason).
RuleSet parse_rules(std::string_view text, std::string_view file_name, Language language);

// The compiled-in rules of a language (parsed once, then shared).
const RuleSet& builtin_rules(Language language);

}  // namespace factdb::draft
