// The cue matcher (cue_match.h), moved here from stage_cues.cpp so that a
// data centre's status is inferred by the same rules as an investment's
// stage: whole tokens, folded, "*" steps over zero to two words (the first
// skip that lets the rest match), leftmost cue, longest at one position.
#include "lang/cue_match.h"

namespace factdb::lang {
namespace {

constexpr std::size_t kWildcardMaxWords = 2;

// Tokens the pattern takes at pos (0: no match); after a "*", the first
// skip (0, 1, then 2 words) that lets the rest match is taken.
std::size_t match_at(TokenSpan t, std::size_t pos, const CuePattern& c, std::size_t segment = 0) {
    const std::size_t n = match_keys(t, pos, c.segments[segment]);
    if (n == 0) return 0;
    if (segment + 1 == c.segments.size()) return n;
    std::size_t p = pos + n;
    for (std::size_t skipped = 0;; ++skipped) {
        if (const std::size_t rest = match_at(t, p, c, segment + 1)) return p + rest - pos;
        if (skipped == kWildcardMaxWords || p >= t.size() || t[p].kind != Token::Kind::word)
            return 0;
        ++p;
    }
}

}  // namespace

CuePattern compile_cue(std::string_view pattern, unsigned langs, std::size_t row) {
    CuePattern c{{{}}, langs, row};
    std::string_view rest = pattern;
    while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        const std::string_view word = rest.substr(0, space);
        if (word == "*") {
            c.segments.emplace_back();
        } else {
            for (auto& key : phrase_keys(word)) c.segments.back().push_back(key);
        }
        rest = space == std::string_view::npos ? "" : rest.substr(space + 1);
    }
    return c;
}

namespace {

// The longest pattern at pos (the earlier at equal length); its length in
// tokens, 0 when none matches there.
std::size_t best_at(TokenSpan t, std::size_t pos, Language language,
                    const std::vector<CuePattern>& patterns, const CuePattern*& best) {
    best = nullptr;
    std::size_t best_length = 0;
    for (const auto& c : patterns) {
        if (!speaks(c.langs, language)) continue;
        const std::size_t n = match_at(t, pos, c);
        if (n > best_length) {
            best = &c;
            best_length = n;
        }
    }
    return best_length;
}

CueHit hit_of(std::string_view text, TokenSpan t, std::size_t pos, std::size_t length,
              const CuePattern& c) {
    const std::string_view cue = raw_between(t, pos, pos + length);
    const auto begin = static_cast<std::size_t>(cue.data() - text.data());
    return CueHit{c.row, cue, begin, begin + cue.size()};
}

}  // namespace

std::optional<CueHit> first_cue(std::string_view text, Language language,
                                const std::vector<CuePattern>& patterns) {
    const Tokens tokens = tokenize_running_text(text, language);
    const TokenSpan t(tokens);
    for (std::size_t pos = 0; pos < t.size(); ++pos) {
        const CuePattern* best = nullptr;
        const std::size_t length = best_at(t, pos, language, patterns, best);
        if (best) return hit_of(text, t, pos, length, *best);
    }
    return std::nullopt;
}

std::vector<CueHit> every_cue(std::string_view text, Language language,
                              const std::vector<CuePattern>& patterns) {
    const Tokens tokens = tokenize_running_text(text, language);
    const TokenSpan t(tokens);
    std::vector<CueHit> out;
    for (std::size_t pos = 0; pos < t.size();) {
        const CuePattern* best = nullptr;
        const std::size_t length = best_at(t, pos, language, patterns, best);
        if (!best) {
            ++pos;
            continue;
        }
        out.push_back(hit_of(text, t, pos, length, *best));
        pos += length;
    }
    return out;
}

}  // namespace factdb::lang
