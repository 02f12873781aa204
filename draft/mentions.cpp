// Finding the mentions of one sentence (see mentions.h).  The span matchers
// do the reading of values; what is decided here is only which words make a
// name, from the shape of the words and the rules' word lists (STOP,
// SUFFIX, NAMEJOIN, TITLE, ROUNDSTART), never from a list of known names.
#include "draft/mentions.h"

#include "errors/error.h"
#include "lang/count.h"
#include "lang/funding_round.h"
#include "lang/money.h"
#include "lang/percent.h"
#include "lang/power.h"
#include "lang/share.h"
#include "text/unicode.h"

namespace factdb::draft {

namespace {

// Token b starts right where token a ends (no white space between).
bool glued(const lang::Token& a, const lang::Token& b) {
    return a.raw.data() + a.raw.size() == b.raw.data();
}

// A word that can be part of a name: it holds a capital letter ("Nvidia",
// "xAI", "H100") and is not a stop word.
bool capitalised(const lang::Token& t, const RuleSet& rules) {
    if (t.kind != lang::Token::Kind::word) return false;
    if (rules.in_list("STOP", t.key)) return false;
    for (std::size_t i = 0; i < t.raw.size();) {
        const text::CodePoint cp = text::decode_at(t.raw, i);
        if (text::is_upper(cp.value)) return true;
        i += cp.size;
    }
    return false;
}

bool is_symbol(const lang::Token& t, std::string_view s) {
    return t.kind == lang::Token::Kind::symbol && t.raw == s;
}

// Glued connectors inside one name: "Run:ai", "AT&T", "Hewlett-Packard".
bool name_connector(const lang::Token& t) {
    return t.kind == lang::Token::Kind::symbol &&
           (t.raw == ":" || t.raw == "&" || t.raw == "-" || t.raw == "." || t.key == "-");
}

bool ends_with_apostrophe(std::string_view raw) {
    return !raw.empty() && (raw.back() == '\'' || (raw.size() >= 3 && raw.substr(raw.size() - 3) == "\u2019"));
}

std::size_t apostrophe_bytes(std::string_view raw) {
    if (raw.empty()) return 0;
    if (raw.back() == '\'') return 1;
    if (raw.size() >= 3 && raw.substr(raw.size() - 3) == "\u2019") return 3;
    return 0;
}

// Longest phrase of a word list starting at pos; 0 when none.
std::size_t longest_phrase(const lang::Tokens& tokens, std::size_t pos, const RuleSet& rules,
                           const std::string& list) {
    if (!rules.in_list(list, tokens[pos].key)) return 0;
    std::size_t best = 0;
    for (const std::vector<std::string>& keys : rules.lists.at(list)) {
        if (keys.front() != tokens[pos].key) continue;
        const std::size_t n = lang::match_keys(lang::TokenSpan(tokens), pos, keys);
        if (n > best) best = n;
    }
    return best;
}

}  // namespace

SentenceMentions::SentenceMentions(std::string_view sentence, const RuleSet& rules,
                                   text::Stemmer& stemmer, const PlaceResolver* places)
    : sentence_(sentence), tokens_(lang::tokenize_running_text(sentence, rules.language)) {
    const Language l = rules.language;
    const std::size_t n = tokens_.size();
    index_.assign(n * kMentionKinds, -1);
    stems_.reserve(n);
    for (const lang::Token& t : tokens_)
        stems_.push_back(t.kind == lang::Token::Kind::word ? stemmer.stem(t.key) : std::string());
    const lang::TokenSpan span(tokens_);
    for (std::size_t i = 0; i < n; ++i) {
        if (auto m = lang::match_money(span, i, l)) add({MentionKind::money, m->begin, m->end, m->raw, {}});
        if (auto m = lang::match_count(span, i, l)) add({MentionKind::count, m->begin, m->end, m->raw, {}});
        if (auto m = lang::match_percent(span, i, l))
            add({MentionKind::percent, m->begin, m->end, m->raw, {}});
        if (auto m = lang::match_share(span, i, l)) add({MentionKind::share, m->begin, m->end, m->raw, {}});
        if (auto m = lang::match_power(span, i, l)) add({MentionKind::power, m->begin, m->end, m->raw, {}});
        if (auto m = lang::match_year(span, i, l)) add({MentionKind::year, m->begin, m->end, m->raw, {}});
        if (places != nullptr) {
            if (auto m = places->match(span, i, l)) {
                if (m->value->kind != "subdivision") major_places_[m->begin] = m->end;
                add({MentionKind::place, m->begin, m->end, m->raw, {}});
            }
        }
    }
    find_names(rules);
    find_lists();
    find_titles(rules);
    find_rounds(rules);
}

void SentenceMentions::add(Mention m) {
    if (m.end <= m.begin || m.end > tokens_.size()) return;
    std::int32_t& slot = index_[m.begin * kMentionKinds + static_cast<std::size_t>(m.kind)];
    if (slot >= 0 && mentions_[static_cast<std::size_t>(slot)].end >= m.end) return;
    if (slot >= 0) {
        mentions_[static_cast<std::size_t>(slot)] = std::move(m);
        return;
    }
    slot = static_cast<std::int32_t>(mentions_.size());
    mentions_.push_back(std::move(m));
}

std::size_t SentenceMentions::byte_begin(std::size_t token) const {
    return static_cast<std::size_t>(tokens_[token].raw.data() - sentence_.data());
}

std::size_t SentenceMentions::byte_end(std::size_t token) const {
    return byte_begin(token) + tokens_[token].raw.size();
}

void SentenceMentions::find_names(const RuleSet& rules) {
    const std::size_t n = tokens_.size();
    std::size_t i = 0;
    while (i < n) {
        if (!capitalised(tokens_[i], rules)) {
            ++i;
            continue;
        }
        // A run: capitalised words, glued connectors with the word after
        // them, and NAMEJOIN words between two capitalised words.
        const std::size_t begin = i;
        std::size_t end = i + 1;  // tokens of the run
        std::size_t words = 1;
        // An apostrophe ends the name ("OpenAI's") unless a capitalised word
        // is glued after it ("O'Connor").
        const auto ends_name = [&](std::size_t last) {
            return ends_with_apostrophe(tokens_[last].raw) &&
                   !(last + 1 < n && glued(tokens_[last], tokens_[last + 1]) &&
                     capitalised(tokens_[last + 1], rules));
        };
        bool possessive = ends_name(i);
        while (!possessive && end < n) {
            const lang::Token& next = tokens_[end];
            if (next.kind == lang::Token::Kind::number && glued(tokens_[end - 1], next)) {
                end += 1;  // "G42", "H100": figures glued to the name's word
            } else if (capitalised(next, rules)) {
                end += 1;
                ++words;
            } else if (name_connector(next) && end + 1 < n && glued(tokens_[end - 1], next) &&
                       glued(next, tokens_[end + 1]) &&
                       tokens_[end + 1].kind == lang::Token::Kind::word) {
                end += 2;
                ++words;
            } else if (((next.kind == lang::Token::Kind::word && rules.in_list("NAMEJOIN", next.key)) ||
                        is_symbol(next, "&")) &&
                       end + 1 < n && capitalised(tokens_[end + 1], rules)) {
                end += 2;
                words += 2;
            } else {
                break;
            }
            possessive = ends_name(end - 1);
        }
        i = end;
        if (words > kMaxNameWords) continue;  // a run this long is a title or a list, not a name
        // The surface leaves out a possessive apostrophe and a trailing
        // legal suffix ("Nvidia Corp." -> "Nvidia").
        std::size_t last = end;  // tokens of the surface
        if (last - begin >= 2 && rules.in_list("SUFFIX", tokens_[last - 1].key)) --last;
        if (last - begin >= 2 && is_symbol(tokens_[last - 1], ",")) --last;
        const std::size_t from = byte_begin(begin);
        std::size_t to = byte_end(last - 1);
        to -= apostrophe_bytes(tokens_[last - 1].raw);
        if (to <= from) continue;
        // A run that is exactly a country or a US state ("Germany",
        // "Texas", "l'Irlande") is the place, not an organisation; a
        // subdivision's name is not ruled out ("Meta" is a Colombian
        // department, and a company).
        if (const auto it = major_places_.find(begin); it != major_places_.end() && it->second >= last) continue;
        // A name followed by a glued "." that is its suffix's ("Inc.") ends
        // the match after the dot, so the pattern reads on from there.
        std::size_t match_end = end;
        if (match_end < n && is_symbol(tokens_[match_end], ".") && glued(tokens_[match_end - 1], tokens_[match_end]) &&
            rules.in_list("SUFFIX", tokens_[match_end - 1].key))
            ++match_end;
        add({MentionKind::name, begin, match_end, sentence_.substr(from, to - from), {}});
    }
}

void SentenceMentions::find_lists() {
    // NAMES: a NAME, then (",", "et", "and", ", et", ", and") NAME, up
    // to kMaxListNames names.  Each start reads at most that many names.
    const std::size_t n = tokens_.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Mention* first = at(i, MentionKind::name);
        if (first == nullptr) continue;
        Mention list{MentionKind::names, i, first->end, {}, {first->surface}};
        std::size_t pos = first->end;
        while (list.names.size() < kMaxListNames && pos < n) {
            std::size_t next = pos;
            if (is_symbol(tokens_[next], ",")) ++next;
            if (next < n && (tokens_[next].key == "et" || tokens_[next].key == "and")) ++next;
            if (next == pos || next >= n) break;
            const Mention* m = at(next, MentionKind::name);
            if (m == nullptr) break;
            list.names.push_back(m->surface);
            list.end = m->end;
            pos = m->end;
        }
        const std::size_t from = byte_begin(list.begin);
        list.surface = sentence_.substr(from, byte_end(list.end - 1) - from);
        add(std::move(list));
    }
}

void SentenceMentions::find_titles(const RuleSet& rules) {
    if (!rules.lists.count("TITLE")) return;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
        const std::size_t len = longest_phrase(tokens_, i, rules, "TITLE");
        if (len == 0) continue;
        const std::size_t from = byte_begin(i);
        add({MentionKind::title, i, i + len, sentence_.substr(from, byte_end(i + len - 1) - from), {}});
    }
}

void SentenceMentions::find_rounds(const RuleSet& rules) {
    // A round is what the loader's funding-round vocabulary reads: at a
    // ROUNDSTART word, the longest of the next 1-3 tokens that
    // parse_funding_round accepts ("série C", "Series B", "seed").
    const lang::TokenSpan span(tokens_);
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
        if (!rules.in_list("ROUNDSTART", tokens_[i].key)) continue;
        for (std::size_t len = std::min<std::size_t>(3, tokens_.size() - i); len > 0; --len) {
            const std::string_view raw = lang::raw_between(span, i, i + len);
            try {
                (void)lang::parse_funding_round(raw, rules.language);
            } catch (const NormalizeError&) {
                continue;
            }
            add({MentionKind::round, i, i + len, raw, {}});
            break;
        }
    }
}

}  // namespace factdb::draft
