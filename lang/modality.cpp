// Inferring how a sentence states the fact in its evidence (modality.h), from
// the vocabulary in modality_cues.cpp.
//
// Tokens.  The sentence and every pattern are cut into the same tokens: words
// (runs of letters, marks and digits, compared folded with fold_key), the
// apostrophe (any form, as "'", so "d’après" is d ' après), a dash only when
// white space surrounds it on both sides (" — "; "Caroline-du-Nord" is three
// words), and every other non-space character as a token of its own.  A cue
// therefore matches whole words only and never across punctuation other than
// the apostrophe.  In a pattern, "*" matches zero to two words (apostrophes
// between them are free) and "a|b" lists the forms of one word.
//
// Words.  A pattern word matches a text word with the same folded form (case
// and accents ignored).  In an as_written row it matches only the form as
// written or that form in capitals, word by word ("may" matches "may" and
// "MAY", not "May"; "a" matches "a" and "A", not "à"): lower case and
// headline capitals are taken as the verb, Title Case as the month or the
// name.  Known misses: a question "May Amazon invest...?" is not a cue, and
// a headline "IN MAY" or "WILL SMITH" wrongly is.  Punctuation always
// compares by token, so every apostrophe form matches ' in every row.
//
// Elision.  A pattern word with an elided form in elisions() ("de" -> "d")
// also matches that elided text word followed by an apostrophe, the match
// then going on after the apostrophe: "projette de" matches "projette
// d'investir" (cue "projette d'"), "ne * pas" matches "n'a pas", ", que"
// matches ", qu'il", "même si" matches "même s'il".  The tables therefore
// write elidable words in full, once.
//
// Matching.  Cues are found left to right without overlap: at each token the
// longest match of any cue of the document's language is taken (equal
// lengths: the earlier row of the table), and the scan resumes after it.
// Clause markers are found the same way, separately.  find_cues() is that
// cue scan, exposed for readers of running text; infer_modality decides from
// the same list.
//
// Rules, in order; the first that applies decides:
//  1. a frame cue anywhere in the sentence -> reported; the cue is the first
//     frame (leftmost); scope evidence when that frame lies inside the
//     evidence, sentence otherwise;
//  2. cues lying wholly inside the evidence -> if one is negated, the first
//     negated one decides (a negation flips the claim, which weighs more than
//     any weakening, e.g. "ne prévoit plus"), otherwise the first one;
//     scope evidence;
//  3. cues in the evidence's own clause -> the nearest one decides, distance
//     in bytes between cue and evidence; at equal distance the cue before the
//     evidence wins; scope sentence.  The clause is the part of the sentence
//     between the last clause boundary at or before the evidence start and
//     the first at or after its end (boundaries inside the evidence do not
//     count).  Boundaries are:
//       - the start of a boundary or incidental marker (";", ", qui", ", but");
//       - the comma that closes an incidental clause: the first comma after an
//         incidental marker;
//       - the comma that closes a subordinate clause: the first comma after a
//         subordinator found at the sentence start or right after a comma
//         ("Bien qu'Amazon ait déjà investi..., l'échelle ... n'a pas" keeps
//         "n'a pas" out of the fronted clause); that earlier comma is then a
//         boundary too.
//     Other commas are not boundaries: they mostly separate list items.
//     A cue after the evidence is ignored when a coordinator ("et", "and")
//     lies between them: it governs another predicate ("Amazon a investi 4
//     milliards et pourrait investir davantage"), unless the coordinator
//     joins a list of names that is the cue's subject: every word from the
//     evidence start to the cue is a coordinator or has a capital letter,
//     and at least one such name follows the last coordinator ("Amazon,
//     Google et Meta pourraient investir": the evidence "Amazon" is
//     possible).  A cue after the evidence does not govern a
//     described subject either: an evidence holding a name (a capitalised
//     word that is not a function word) and a word of description (a
//     lower-case word that is not one), "SoftBank chief executive Masayoshi
//     Son will be chairman": the role is presupposed, only the predicate is
//     planned.  A relative pronoun without a comma ("that", "qui") is a
//     boundary, closed by the next comma, only when a cue starts right after
//     it ("a joint venture that plans to spend"); "denied that it had" keeps
//     "that" a conjunction.  A future tense (a conjugation) inside the
//     evidence gives way to a non-tense cue before the evidence in its
//     clause ("Peut-être qu'Amazon investira" is possible).  A lower-case word on the way ("investi", "invested") shows
//     a predicate, and a cue right after the coordinator ("... dans
//     Anthropic et pourrait") has no subject of its own, so both keep the
//     cue away.  A cue that overlaps the evidence partially counts as at
//     distance 0;
//  4. asserted, no cue, scope none.
// Morphology (French, issue 12).  At a token where no row matches, a
// periphrasis ("va investir": an auxiliary of periphrases(), at most one
// adverb, an infinitive) and then a conjugation ("investirait",
// "investira": a lower-case word made of a future stem and an ending of
// conjugations(), the stem judged by stem_rules() and stem_exceptions())
// are tried.  Inert rows ("did not confirm") are matched and skipped: they
// hide the negation inside them and decide nothing.
// A negated modal ("won't", "wouldn't", "couldn't", "may not") is a negated
// cue, not a conditional or possible one: it denies the claim.  The
// contractions are rows of their own ("wouldn" is not the word "would"), and
// "would not", "may not" beat "would", "may" as the longer match.
// The cue returned is the sentence's own text from the cue's first token to
// its last, original case and accents.
#include "lang/modality.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "errors/error.h"
#include "text/tokens.h"
#include "text/unicode.h"


namespace factdb {
namespace {

constexpr std::array<std::string_view, 7> kModalityNames = {
    "asserted", "reported", "conditional", "expected", "possible", "planned", "negated"};

constexpr std::array<std::string_view, 4> kScopeNames = {"given", "evidence", "sentence",
                                                         "default"};

constexpr std::size_t kWildcardMaxWords = 2;
// What else a wildcard may step over: a word longer than this is no word of
// a sentence, and apostrophes between its words are free only up to a few.
// Both bound the stored cue, which is copied into every evidence row it
// decides, to the pattern's own words plus a few hundred bytes (issue 11).
constexpr std::size_t kWildcardMaxWordBytes = 64;
constexpr std::size_t kWildcardMaxApostrophes = 4;
constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

struct Token {
    std::string key;  // folded word, or the punctuation character ("'" for apostrophes)
    std::string_view raw;
    std::size_t begin = 0, end = 0;  // bytes in the tokenised text
    bool word = false;
};

// The cue tokens of s, from the one tokenizer of text/tokens.h: adjacent
// letters, digits and numerals make one word; a dash is kept only when white
// space (or an edge) surrounds it.
std::vector<Token> tokenize(std::string_view s) {
    using Kind = text::Token::Kind;
    const auto wordlike = [](Kind k) {
        return k == Kind::word || k == Kind::digits || k == Kind::numeral;
    };
    const std::vector<text::Token> units = text::tokenize(s);
    std::vector<Token> out;
    out.reserve(units.size());
    for (std::size_t u = 0; u < units.size(); ++u) {
        const text::Token& unit = units[u];
        if (wordlike(unit.kind)) {
            std::size_t end = unit.end;
            while (u + 1 < units.size() && wordlike(units[u + 1].kind) &&
                   units[u + 1].begin == end) {
                end = units[++u].end;
            }
            const std::string_view raw = s.substr(unit.begin, end - unit.begin);
            out.push_back({text::fold_key(raw), raw, unit.begin, end, true});
            continue;
        }
        const std::string_view raw = unit.raw(s);
        if (unit.kind == Kind::apostrophe) {
            out.push_back({"'", raw, unit.begin, unit.end, false});
        } else if (unit.kind == Kind::dash) {
            if (unit.space_before && unit.space_after)
                out.push_back({std::string(raw), raw, unit.begin, unit.end, false});
        } else {
            out.push_back({std::string(raw), raw, unit.begin, unit.end, false});
        }
    }
    return out;
}

// One written form of a pattern word: folded, as written, and in capitals.
struct Form {
    std::string key, raw, caps;
};

struct PatternToken {
    bool wildcard = false;
    bool word = false;         // false: punctuation, compared by key even when as_written
    std::vector<Form> forms;   // "a|b": one per alternative
    std::vector<Form> elided;  // forms that match only when an apostrophe follows ("d" for "de")
};

struct Pattern {
    std::vector<PatternToken> tokens;
    bool as_written = false;
    std::size_t row = 0;  // index in the source table
};

Form form_of(std::string key, std::string_view raw) {
    return {std::move(key), std::string(raw), text::to_upper(raw)};
}

// Adds the word or punctuation of t to pt, with its elided forms in language.
void add_form(PatternToken& pt, const Token& t, Language language) {
    pt.forms.push_back(form_of(t.key, t.raw));
    for (const Elision& e : elisions()) {
        if (e.language == language && text::fold_key(e.full) == t.key) {
            pt.elided.push_back(form_of(text::fold_key(e.elided), e.elided));
        }
    }
}

Pattern compile(std::string_view pattern, bool as_written, std::size_t row, Language language) {
    Pattern p{{}, as_written, row};
    bool alternative = false;
    for (const Token& t : tokenize(pattern)) {
        if (t.key == "*") {
            p.tokens.push_back({true, false, {}, {}});
        } else if (t.key == "|") {
            alternative = true;
        } else if (alternative && !p.tokens.empty()) {
            add_form(p.tokens.back(), t, language);
            alternative = false;
        } else {
            p.tokens.push_back({false, t.word, {}, {}});
            add_form(p.tokens.back(), t, language);
        }
    }
    return p;
}

bool form_matches(const Form& f, const Token& t, bool word, bool as_written) {
    if (!word || !as_written) return t.key == f.key;
    return t.raw == f.raw || t.raw == f.caps;
}

bool any_matches(const std::vector<Form>& forms, const Token& t, bool word, bool as_written) {
    return std::any_of(forms.begin(), forms.end(),
                       [&](const Form& f) { return form_matches(f, t, word, as_written); });
}

// End (exclusive token index) of the shortest match of p.tokens[pi..] at
// tokens[ti..], or npos.
std::size_t match_from(const Pattern& p, std::size_t pi, const std::vector<Token>& tokens,
                       std::size_t ti) {
    if (pi == p.tokens.size()) return ti;
    const PatternToken& pt = p.tokens[pi];
    if (!pt.wildcard) {
        if (ti >= tokens.size()) return npos;
        if (any_matches(pt.forms, tokens[ti], pt.word, p.as_written)) {
            if (const std::size_t end = match_from(p, pi + 1, tokens, ti + 1); end != npos) {
                return end;
            }
        }
        if (ti + 1 < tokens.size() && tokens[ti + 1].key == "'" &&
            any_matches(pt.elided, tokens[ti], pt.word, p.as_written)) {
            return match_from(p, pi + 1, tokens, ti + 2);
        }
        return npos;
    }
    std::size_t words = 0, apostrophes = 0;
    for (std::size_t k = ti;; ++k) {
        if (const std::size_t end = match_from(p, pi + 1, tokens, k); end != npos) return end;
        if (k >= tokens.size()) return npos;
        if (tokens[k].word) {
            if (++words > kWildcardMaxWords) return npos;
            if (tokens[k].raw.size() > kWildcardMaxWordBytes) return npos;
        } else if (tokens[k].key != "'" || ++apostrophes > kWildcardMaxApostrophes) {
            return npos;
        }
    }
}

// Patterns of one language, indexed by the folded forms of their first token.
class PatternSet {
  public:
    void add(Pattern p) {
        for (const Form& f : p.tokens.front().forms) by_first_[f.key].push_back(patterns_.size());
        for (const Form& f : p.tokens.front().elided) {
            by_first_[f.key].push_back(patterns_.size());
        }
        patterns_.push_back(std::move(p));
    }

    struct Match {
        std::size_t row = 0;
        std::size_t first = 0, last = 0;  // tokens [first, last)
    };

    // The longest match starting at tokens[i] (equal lengths: the earlier row).
    std::optional<Match> best_at(const std::vector<Token>& tokens, std::size_t i) const {
        const auto it = by_first_.find(tokens[i].key);
        std::optional<Match> best;
        if (it == by_first_.end()) return best;
        for (const std::size_t idx : it->second) {
            const Pattern& p = patterns_[idx];
            const std::size_t end = match_from(p, 0, tokens, i);
            if (end == npos) continue;
            if (!best || end > best->last || (end == best->last && p.row < best->row)) {
                best = Match{p.row, i, end};
            }
        }
        return best;
    }

    // Left to right, longest first, without overlap.
    std::vector<Match> scan(const std::vector<Token>& tokens) const {
        std::vector<Match> out;
        for (std::size_t i = 0; i < tokens.size();) {
            if (const auto best = best_at(tokens, i)) {
                out.push_back(*best);
                i = best->last;
            } else {
                ++i;
            }
        }
        return out;
    }

  private:
    std::vector<Pattern> patterns_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_first_;
};

struct Vocabulary {
    std::array<PatternSet, 2> cues;     // by language
    std::array<PatternSet, 2> markers;  // by language
    std::array<std::unordered_set<std::string>, 2> function_words;  // folded, by language
    std::array<std::unordered_set<std::string>, 2> coordinators;    // folded, by language
};

std::size_t lang_index(Language l) {
    return l == Language::fr ? 0 : 1;
}

const Vocabulary& vocabulary() {
    static const Vocabulary v = [] {
        Vocabulary out;
        const auto cues = modality_cues();
        for (std::size_t r = 0; r < cues.size(); ++r) {
            out.cues[lang_index(cues[r].language)].add(
                compile(cues[r].pattern, cues[r].as_written, r, cues[r].language));
        }
        const auto markers = clause_markers();
        for (std::size_t r = 0; r < markers.size(); ++r) {
            out.markers[lang_index(markers[r].language)].add(
                compile(markers[r].pattern, false, r, markers[r].language));
        }
        for (const FunctionWord& w : function_words()) {
            out.function_words[lang_index(w.language)].insert(text::fold_key(w.word));
        }
        // The one-word coordinators ("et", "and"): they end a reported speech.
        for (const ClauseMarker& m : markers) {
            if (m.kind == ClauseMarkerKind::coordinator && m.pattern.find(' ') == m.pattern.npos)
                out.coordinators[lang_index(m.language)].insert(text::fold_key(m.pattern));
        }
        return out;
    }();
    return v;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool has_capital(std::string_view word) {
    for (std::size_t i = 0; i < word.size();) {
        const text::CodePoint cp = text::decode_at(word, i);
        if (text::is_upper(cp.value)) return true;
        i += cp.size;
    }
    return false;
}

bool has_lower(std::string_view word) {
    for (std::size_t i = 0; i < word.size();) {
        const text::CodePoint cp = text::decode_at(word, i);
        if (text::is_lower(cp.value)) return true;
        i += cp.size;
    }
    return false;
}

bool is_function_word(const Token& t, Language language) {
    return vocabulary().function_words[lang_index(language)].contains(t.key);
}

// The conjugation of a lower-case word on a future stem, if any (the
// Conjugation table): "investirait" -> conditional, "investira" -> future.
const Conjugation* conjugation_of(const Token& t, Language language) {
    if (!t.word || has_capital(t.raw)) return nullptr;
    for (const Conjugation& c : conjugations()) {
        if (c.language != language || !ends_with(t.raw, c.ending)) continue;
        const std::string_view stem = t.raw.substr(0, t.raw.size() - c.ending.size());
        if (stem.size() < 3 && stem != "ir") continue;
        if (is_future_stem(stem, language)) return &c;
    }
    return nullptr;
}

// An infinitive: a lower-case word in -er, -ir, -re (-oir ends in -ir) that
// is not a function word ("leur", "hier").
bool is_infinitive(const Token& t, Language language) {
    if (!t.word || t.raw.size() < 4 || has_capital(t.raw) || is_function_word(t, language)) {
        return false;
    }
    return ends_with(t.raw, "er") || ends_with(t.raw, "ir") || ends_with(t.raw, "re");
}

bool is_adverb(const Token& t) {
    if (!t.word || has_capital(t.raw)) return false;
    if (ends_with(t.raw, "ment")) return true;
    const auto adverbs = periphrasis_adverbs();
    return std::find(adverbs.begin(), adverbs.end(), t.raw) != adverbs.end();
}

// A periphrastic future at tokens[i]: the auxiliary, at most one adverb, the
// infinitive; returns the end (exclusive token index) or npos.
std::size_t periphrasis_at(const std::vector<Token>& tokens, std::size_t i, Language language,
                           const Periphrasis*& which) {
    for (const Periphrasis& p : periphrases()) {
        if (p.language != language || tokens[i].raw != p.auxiliary) continue;
        if (i + 1 < tokens.size() && is_infinitive(tokens[i + 1], language)) {
            which = &p;
            return i + 2;
        }
        if (i + 2 < tokens.size() && is_adverb(tokens[i + 1]) &&
            is_infinitive(tokens[i + 2], language)) {
            which = &p;
            return i + 3;
        }
    }
    return npos;
}

// Every cue in the tokens of sentence (find_cues): at each token the longest
// row of the table; where none matches, a periphrasis, then a conjugation.
std::vector<CueOccurrence> cues_in(std::string_view sentence, const std::vector<Token>& tokens,
                                   Language language) {
    const auto table = modality_cues();
    const PatternSet& set = vocabulary().cues[lang_index(language)];
    std::vector<CueOccurrence> found;
    const auto& coordinators = vocabulary().coordinators[lang_index(language)];
    const auto add = [&](std::size_t first, std::size_t last, Modality m, CueKind kind) {
        const std::size_t begin = tokens[first].begin, end = tokens[last - 1].end;
        found.push_back({begin, end, sentence.substr(begin, end - begin), m, kind});
        return &found.back();
    };
    // The speech row read last, while its window is open (kSpeechWindow):
    // the byte it starts at, and the words and apostrophes since its end.
    struct Speech {
        bool open = false;
        std::size_t begin = 0, words = 0, apostrophes = 0;
    } speech;
    // The cue just added is the future of reported speech when a speech row
    // is open and the cue is marked so: it then starts at the reporting verb.
    // Any cue closes the speech.
    const auto governed = [&](CueOccurrence* f, bool speech_future) {
        if (speech.open && speech_future) {
            f->begin = speech.begin;
            f->text = sentence.substr(f->begin, f->end - f->begin);
            if (f->modality != Modality::negated) f->modality = Modality::planned;
            f->reported_speech = true;
        }
        speech.open = false;
    };
    for (std::size_t i = 0; i < tokens.size();) {
        if (const auto m = set.best_at(tokens, i)) {
            const ModalityCue& row = table[m->row];
            if (row.kind == CueKind::speech) {
                speech = {true, tokens[m->first].begin, 0, 0};
            } else if (row.kind == CueKind::inert) {
                speech.open = false;
            } else {
                CueOccurrence* f = add(m->first, m->last, row.modality, row.kind);
                f->row = &row;
                governed(f, row.speech_future);
            }
            i = m->last;
            continue;
        }
        const Periphrasis* p = nullptr;
        if (const std::size_t last = periphrasis_at(tokens, i, language, p); last != npos) {
            add(i, last, p->modality, CueKind::verb)->periphrasis = p;
            speech.open = false;
            i = last;
            continue;
        }
        if (const Conjugation* c = conjugation_of(tokens[i], language)) {
            CueOccurrence* f = add(i, i + 1, c->modality, CueKind::verb);
            f->conjugation = c;
            governed(f, c->speech_future);
        } else if (speech.open) {
            // A word of the reported clause, or what ends it.
            const Token& t = tokens[i];
            if (t.word) {
                speech.open = ++speech.words <= kSpeechWindow &&
                              t.raw.size() <= kWildcardMaxWordBytes &&
                              !coordinators.contains(t.key);
            } else {
                speech.open = t.key == "'" && ++speech.apostrophes <= kWildcardMaxApostrophes;
            }
        }
        ++i;
    }
    return found;
}

using Found = CueOccurrence;

// A decision from f; its code-point range is the analysis's (chars[i]).
ModalityDecision decide_from(const Found& f, CueScope scope,
                             std::pair<std::size_t, std::size_t> chars) {
    return {f.modality, std::string(f.text), scope, f.begin, f.end, chars.first, chars.second};
}

struct ByteRange {
    std::size_t begin = 0, end = 0;
};

struct Clauses {
    std::vector<std::size_t> boundaries;  // byte offsets
    std::vector<ByteRange> coordinators;  // the coordinators' own text
};

std::size_t next_comma(const std::vector<Token>& tokens, std::size_t from) {
    for (std::size_t k = from; k < tokens.size(); ++k) {
        if (tokens[k].key == ",") return k;
    }
    return npos;
}

// cue_begins: the byte where each cue of the sentence starts, sorted.
Clauses find_clauses(const std::vector<Token>& tokens, Language language,
                     const std::vector<std::size_t>& cue_begins) {
    Clauses c;
    const auto markers = clause_markers();
    for (const auto& m : vocabulary().markers[lang_index(language)].scan(tokens)) {
        const ClauseMarker& marker = markers[m.row];
        switch (marker.kind) {
            case ClauseMarkerKind::boundary:
                c.boundaries.push_back(tokens[m.first].begin);
                break;
            case ClauseMarkerKind::incidental:
                c.boundaries.push_back(tokens[m.first].begin);
                if (const std::size_t k = next_comma(tokens, m.last); k != npos) {
                    c.boundaries.push_back(tokens[k].begin);
                }
                break;
            case ClauseMarkerKind::subordinator: {
                const bool fronted = m.first == 0 || tokens[m.first - 1].key == ",";
                if (!fronted) break;
                if (m.first > 0) c.boundaries.push_back(tokens[m.first - 1].begin);
                if (const std::size_t k = next_comma(tokens, m.last); k != npos) {
                    c.boundaries.push_back(tokens[k].begin);
                }
                break;
            }
            case ClauseMarkerKind::coordinator:
                c.coordinators.push_back({tokens[m.first].begin, tokens[m.last - 1].end});
                break;
            case ClauseMarkerKind::relative: {
                // A relative clause only when its verb is a cue right after the
                // pronoun: "that plans to", "qui prévoit", "qu'investirait";
                // "denied that it had" keeps "that" a conjunction.
                if (m.last >= tokens.size()) break;
                const std::size_t next = tokens[m.last].begin;
                if (!std::binary_search(cue_begins.begin(), cue_begins.end(), next)) break;
                c.boundaries.push_back(tokens[m.first].begin);
                if (const std::size_t k = next_comma(tokens, m.last); k != npos) {
                    c.boundaries.push_back(tokens[k].begin);
                }
                break;
            }
        }
    }
    return c;
}

}  // namespace

bool is_future_stem(std::string_view stem, Language language) {
    if (stem.empty() || stem.back() != 'r') return false;
    for (const StemException& e : stem_exceptions()) {
        if (e.language == language && e.stem == stem) return e.future;
    }
    const StemRule* best = nullptr;
    for (const StemRule& r : stem_rules()) {
        if (r.language == language && ends_with(stem, r.ending) &&
            (!best || r.ending.size() > best->ending.size())) {
            best = &r;
        }
    }
    return best && best->future;
}

std::string_view to_string(Modality m) {
    return kModalityNames[static_cast<std::size_t>(m)];
}

std::span<const std::string_view> modality_names() {
    return kModalityNames;
}

std::optional<Modality> parse_modality(std::string_view s) {
    const auto it = std::find(kModalityNames.begin(), kModalityNames.end(), s);
    if (it == kModalityNames.end()) return std::nullopt;
    return static_cast<Modality>(it - kModalityNames.begin());
}

std::string_view to_string(CueScope s) {
    return kScopeNames[static_cast<std::size_t>(s)];
}

std::vector<CueOccurrence> find_cues(std::string_view sentence, Language language) {
    return cues_in(sentence, tokenize(sentence), language);
}

// The reading of one sentence that every decision uses.  Cues are sorted and
// never overlap (the scan resumes after a match), so their begins and their
// ends both grow: "the cues inside [begin, end)" is a contiguous range found
// by binary search, and so are the nearest cue before and after.
struct SentenceModality::Analysis {
    std::string_view sentence;
    std::vector<Token> tokens;
    std::vector<Found> found;
    std::size_t first_frame = npos;           // index in found of the leftmost frame
    std::vector<std::size_t> next_negated;    // [i]: first negated cue at or after i (npos)
    std::vector<std::size_t> boundaries;      // clause boundaries, sorted
    std::vector<ByteRange> coordinators;      // sorted, disjoint
    // For joins_names: over the word tokens, how many before token k are
    // "bad" (neither a coordinator nor capitalised: a predicate), and the
    // index of the last word token before k.
    std::vector<std::size_t> bad_before;      // size tokens + 1
    std::vector<std::size_t> last_word_before;  // size tokens + 1 (npos: none)
    std::vector<bool> coordinator_token;      // per token
    // For described(): over the tokens, how many before token k are names
    // (a capital, not a function word) and words of a description (lower
    // case letters, not a function word).
    std::vector<std::size_t> names_before, content_before;  // size tokens + 1
    // [i]: the code points of found[i] in the sentence, counted in one pass.
    std::vector<std::pair<std::size_t, std::size_t>> chars;

    // The tokens overlapping [begin, end): [i, j).
    std::pair<std::size_t, std::size_t> token_range(std::size_t begin, std::size_t end) const {
        const auto first = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) {
            return t.end <= begin;
        });
        const auto last = std::partition_point(first, tokens.end(), [&](const Token& t) {
            return t.begin < end;
        });
        return {static_cast<std::size_t>(first - tokens.begin()),
                static_cast<std::size_t>(last - tokens.begin())};
    }

    // A described subject (rule 3): the evidence holds a name and a word of
    // its own description ("SoftBank chief executive Masayoshi Son",
    // "Nvidia's investment", "Amazon invested $4bn"), so it says something by
    // itself; a bare name, a list of names or a noun phrase without a name
    // ("the company", "La mise en service") says nothing until its verb.
    bool described(std::size_t begin, std::size_t end) const {
        const auto [i, j] = token_range(begin, end);
        return names_before[j] > names_before[i] && content_before[j] > content_before[i];
    }

    ModalityDecision decision(std::size_t i, CueScope scope) const {
        return decide_from(found[i], scope, chars[i]);
    }

    // True when the words from the evidence start to the cue join a list of
    // names that is the cue's subject (rule 3, see the top of this file):
    // every word token overlapping [begin, cue_begin) is a coordinator or
    // capitalised, and the last of them is a name, not a coordinator.
    bool joins_names(std::size_t begin, std::size_t cue_begin) const {
        const auto first = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) {
            return t.end <= begin;
        });
        const auto last = std::partition_point(first, tokens.end(), [&](const Token& t) {
            return t.begin < cue_begin;
        });
        const auto i = static_cast<std::size_t>(first - tokens.begin());
        const auto j = static_cast<std::size_t>(last - tokens.begin());
        if (j <= i || bad_before[j] != bad_before[i]) return false;
        const std::size_t w = last_word_before[j];
        return w != npos && w >= i && !coordinator_token[w];
    }
};

SentenceModality::SentenceModality(std::string_view sentence, Language language)
    : a_(std::make_unique<Analysis>()) {
    Analysis& a = *a_;
    a.sentence = sentence;
    a.tokens = tokenize(sentence);
    a.found = cues_in(sentence, a.tokens, language);
    for (std::size_t i = 0; i < a.found.size(); ++i) {
        if (a.found[i].kind == CueKind::frame) {
            a.first_frame = i;
            break;
        }
    }
    a.next_negated.assign(a.found.size() + 1, npos);
    for (std::size_t i = a.found.size(); i-- > 0;) {
        a.next_negated[i] = a.found[i].modality == Modality::negated ? i : a.next_negated[i + 1];
    }
    std::vector<std::size_t> cue_begins;
    cue_begins.reserve(a.found.size());
    for (const Found& f : a.found) cue_begins.push_back(f.begin);
    Clauses clauses = find_clauses(a.tokens, language, cue_begins);
    std::sort(clauses.boundaries.begin(), clauses.boundaries.end());
    a.boundaries = std::move(clauses.boundaries);
    a.coordinators = std::move(clauses.coordinators);
    std::sort(a.coordinators.begin(), a.coordinators.end(),
              [](const ByteRange& x, const ByteRange& y) { return x.begin < y.begin; });
    const std::size_t n = a.tokens.size();
    a.coordinator_token.assign(n, false);
    a.bad_before.assign(n + 1, 0);
    a.last_word_before.assign(n + 1, npos);
    std::size_t c = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const Token& t = a.tokens[k];
        while (c < a.coordinators.size() && a.coordinators[c].end <= t.begin) ++c;
        a.coordinator_token[k] = c < a.coordinators.size() && t.begin >= a.coordinators[c].begin &&
                                 t.end <= a.coordinators[c].end;
        const bool bad = t.word && !a.coordinator_token[k] && !has_capital(t.raw);
        a.bad_before[k + 1] = a.bad_before[k] + (bad ? 1 : 0);
        a.last_word_before[k + 1] = t.word ? k : a.last_word_before[k];
    }
    a.names_before.assign(n + 1, 0);
    a.content_before.assign(n + 1, 0);
    for (std::size_t k = 0; k < n; ++k) {
        const Token& t = a.tokens[k];
        const bool function = t.word && is_function_word(t, language);
        const bool name = t.word && !function && has_capital(t.raw);
        const bool content = t.word && !function && !name && has_lower(t.raw);
        a.names_before[k + 1] = a.names_before[k] + (name ? 1 : 0);
        a.content_before[k + 1] = a.content_before[k] + (content ? 1 : 0);
    }
    // Code points of each cue: cues are sorted and disjoint, so one pass.
    a.chars.reserve(a.found.size());
    std::size_t at = 0, count = 0;
    const auto advance = [&](std::size_t to) {
        count += text::count_code_points(sentence.substr(at, to - at));
        at = to;
        return count;
    };
    for (const Found& f : a.found) {
        const std::size_t b = advance(f.begin);
        a.chars.emplace_back(b, advance(f.end));
    }
}

SentenceModality::~SentenceModality() = default;
SentenceModality::SentenceModality(SentenceModality&&) noexcept = default;
SentenceModality& SentenceModality::operator=(SentenceModality&&) noexcept = default;

ModalityDecision SentenceModality::decide(std::size_t begin, std::size_t end) const {
    const Analysis& a = *a_;
    if (begin > end || end > a.sentence.size()) {
        throw NormalizeError("evidence span [" + std::to_string(begin) + ", " +
                             std::to_string(end) + ") outside the sentence");
    }
    const std::vector<Found>& found = a.found;
    const auto index_of = [&](auto it) { return static_cast<std::size_t>(it - found.begin()); };

    // Rule 1.
    if (a.first_frame != npos) {
        const Found& f = found[a.first_frame];
        const bool inside = f.begin >= begin && f.end <= end;
        return a.decision(a.first_frame, inside ? CueScope::evidence : CueScope::sentence);
    }
    // Rule 2: the cues inside are those from the first starting at or after
    // begin up to the last ending at or before end.
    const std::size_t lo = index_of(std::partition_point(
        found.begin(), found.end(), [&](const Found& f) { return f.begin < begin; }));
    const std::size_t hi = index_of(std::partition_point(
        found.begin(), found.end(), [&](const Found& f) { return f.end <= end; }));
    if (lo < hi) {
        const std::size_t neg = a.next_negated[lo];
        if (neg != npos && neg < hi) return a.decision(neg, CueScope::evidence);
        // A future tense is the weakest cue: a modal word before it in its
        // clause governs it ("Peut-être qu'Amazon investira" is possible), as
        // the clause's own verb would.  Checked below, once the clause is known.
        const bool tense = found[lo].conjugation != nullptr &&
                           found[lo].conjugation->modality == Modality::planned;
        if (!tense) return a.decision(lo, CueScope::evidence);
    }
    // Rule 3.  The clause: the last boundary at or before begin, the first at
    // or after end.
    std::size_t clause_begin = 0, clause_end = a.sentence.size();
    if (auto b = std::upper_bound(a.boundaries.begin(), a.boundaries.end(), begin);
        b != a.boundaries.begin()) {
        clause_begin = *std::prev(b);
    }
    if (auto b = std::lower_bound(a.boundaries.begin(), a.boundaries.end(), end);
        b != a.boundaries.end()) {
        clause_end = std::min(clause_end, *b);
    }
    const auto in_clause = [&](const Found& f) {
        return f.begin >= clause_begin && f.end <= clause_end;
    };
    // Left to right, the candidates are: cues before the evidence (the last
    // is the nearest), cues overlapping it (distance 0), cues after it (the
    // first kept is the nearest).  At equal distance the earlier candidate
    // stays, except that a cue before the evidence beats one that is not.
    const Found* best = nullptr;
    std::size_t best_distance = npos;
    const std::size_t before_end = index_of(std::partition_point(
        found.begin(), found.end(), [&](const Found& f) { return f.end <= begin; }));
    if (before_end > 0 && in_clause(found[before_end - 1])) {
        best = &found[before_end - 1];
        best_distance = begin - best->end;
    }
    if (lo < hi) {  // a future tense inside the evidence (rule 2)
        if (best && best->conjugation == nullptr) {
            return a.decision(static_cast<std::size_t>(best - found.data()), CueScope::sentence);
        }
        return a.decision(lo, CueScope::evidence);
    }
    const std::size_t after_begin = index_of(std::partition_point(
        found.begin() + static_cast<std::ptrdiff_t>(before_end), found.end(),
        [&](const Found& f) { return f.begin < end; }));
    for (std::size_t i = before_end; i < after_begin; ++i) {  // overlapping: at most two
        if (!in_clause(found[i])) continue;
        if (best_distance > 0) {
            best = &found[i];
            best_distance = 0;
        }
        break;
    }
    // The first coordinator after the evidence: a cue after it is set aside
    // unless the coordinators join a list of names that is its subject.
    const auto coordinator = std::partition_point(
        a.coordinators.begin(), a.coordinators.end(),
        [&](const ByteRange& c) { return c.begin < end; });
    // A described subject is not governed by the verb after it.
    const bool described = after_begin < found.size() && a.described(begin, end);
    for (std::size_t i = after_begin; i < found.size() && !described; ++i) {
        const Found& f = found[i];
        if (f.end > clause_end) break;  // and so do all later cues
        if (f.begin - end >= best_distance) break;
        const bool coordinated = coordinator != a.coordinators.end() && coordinator->begin < f.begin;
        if (coordinated && !a.joins_names(begin, f.begin)) continue;
        best = &f;
        best_distance = f.begin - end;
        break;
    }
    if (best) return a.decision(static_cast<std::size_t>(best - found.data()), CueScope::sentence);
    // Rule 4.
    return {};
}

ModalityDecision infer_modality(std::string_view sentence, std::size_t begin, std::size_t end,
                                Language language) {
    return SentenceModality(sentence, language).decide(begin, end);
}

}  // namespace factdb
