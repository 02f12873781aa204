// The pattern matcher (see matcher.h for the semantics and the cost bound).
#include "draft/matcher.h"

#include <algorithm>

namespace factdb::draft {

namespace {

// The token after the element matched at pos, or 0 when it does not match
// there (an element always consumes at least one token).
std::size_t element_at(const Element& e, const SentenceMentions& m, std::size_t pos) {
    if (pos >= m.tokens().size()) return 0;
    if (e.kind == Element::Kind::mention) {
        const Mention* mention = m.at(pos, e.mention);
        return mention == nullptr ? 0 : mention->end;
    }
    const lang::Token& t = m.tokens()[pos];
    for (const std::string& w : e.words)
        if (t.key == w) return pos + 1;
    if (t.kind == lang::Token::Kind::word)
        for (const std::string& s : e.stems)
            if (m.stem(pos) == s) return pos + 1;
    return 0;
}

Capture capture_of(const Element& e, const SentenceMentions& m, std::size_t begin, std::size_t end) {
    Capture c;
    c.field = e.field;
    c.begin = begin;
    c.end = end;
    if (e.kind == Element::Kind::mention) {
        const Mention* mention = m.at(begin, e.mention);
        c.surface = mention->surface;
        if (e.mention == MentionKind::names) {
            c.names = mention->names;
            c.list = true;
        }
    } else {
        const std::size_t from = m.byte_begin(begin);
        c.surface = m.sentence().substr(from, m.byte_end(end - 1) - from);
    }
    return c;
}

}  // namespace

std::vector<Match> match_rule(const Rule& rule, const SentenceMentions& m, std::size_t* work) {
    std::vector<Match> out;
    const std::size_t n = m.tokens().size();
    std::size_t tests = 0;
    for (std::size_t start = 0; start < n;) {
        Match match{&rule, start, start, {}};
        std::size_t pos = start;
        std::size_t gap = 0;
        bool ok = true;
        bool first = true;
        const Element* previous = nullptr;  // the last element matched
        for (const Element& e : rule.pattern) {
            if (e.kind == Element::Kind::gap) {
                gap = e.max_gap;
                continue;
            }
            std::size_t found_at = 0, found_end = 0;
            const std::size_t tries = first ? 1 : gap + 1;
            for (std::size_t k = 0; k < tries; ++k) {
                if (pos + k >= n) break;  // past the sentence's last token
                // A gap never skips a mention of the kind just matched: the
                // slot is the nearest one ("Later, Amazon invested": Amazon).
                if (k > 0 && previous != nullptr && previous->kind == Element::Kind::mention &&
                    m.at(pos + k - 1, previous->mention) != nullptr)
                    break;
                // Nor, after a name, a comma: "Poolside, fondée ... par Eiso
                // Kant, a bouclé" is not Eiso Kant's round (the name before a
                // comma ends an apposition; its subject is further back).
                if (k > 0 && previous != nullptr && previous->kind == Element::Kind::mention &&
                    (previous->mention == MentionKind::name || previous->mention == MentionKind::names) &&
                    m.tokens()[pos + k - 1].kind == lang::Token::Kind::symbol &&
                    m.tokens()[pos + k - 1].raw == ",")
                    break;
                ++tests;
                const std::size_t end = element_at(e, m, pos + k);
                if (end != 0) {
                    found_at = pos + k;
                    found_end = end;
                    break;
                }
            }
            first = false;
            if (found_end == 0) {
                if (e.kind == Element::Kind::words && e.optional) continue;  // the gap still stands
                ok = false;
                break;
            }
            if (!e.field.empty()) match.captures.push_back(capture_of(e, m, found_at, found_end));
            previous = &e;
            pos = found_end;
            gap = 0;
        }
        if (ok) {
            match.end = pos;
            out.push_back(std::move(match));
            start = pos;
        } else {
            ++start;
        }
    }
    if (work != nullptr) *work += tests;
    return out;
}

}  // namespace factdb::draft
