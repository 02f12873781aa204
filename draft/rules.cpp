// Reading rules files into RuleSets (see rules.h for the format).  Every
// check a rule needs is made here, once, so the matcher can trust a RuleSet.
#include "draft/rules.h"

#include <array>
#include <charconv>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "text/stems.h"
#include "errors/error.h"
#include "lang/tokens.h"

namespace factdb::draft {

namespace {

struct KindName {
    std::string_view name;
    MentionKind kind;
};
constexpr std::array<KindName, kMentionKinds> kKinds = {{{"NAME", MentionKind::name},
                                                          {"NAMES", MentionKind::names},
                                                          {"MONEY", MentionKind::money},
                                                          {"COUNT", MentionKind::count},
                                                          {"PERCENT", MentionKind::percent},
                                                          {"SHARE", MentionKind::share},
                                                          {"POWER", MentionKind::power},
                                                          {"YEAR", MentionKind::year},
                                                          {"PLACE", MentionKind::place},
                                                          {"ROUND", MentionKind::round},
                                                          {"TITLE", MentionKind::title}}};

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = s.find(sep, start);
        out.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    return out;
}

class Parser {
  public:
    Parser(std::string_view file, Language language) : file_(file), stemmer_(stem_language(language)) {}

    [[noreturn]] void fail(std::size_t line, const std::string& reason) const {
        throw InputError({std::string(file_), static_cast<long>(line), {}, {}}, reason);
    }

    std::string key_of(std::size_t line, std::string_view word) const {
        const std::vector<std::string> keys = lang::phrase_keys(word);
        if (keys.size() != 1)
            fail(line, "'" + std::string(word) +
                           "' is not one word: a pattern word matches one token (write "
                           "several elements for a phrase)");
        return keys.front();
    }

    Element element(std::size_t line, std::string_view text) const {
        Element e;
        const std::size_t colon = text.find(':');
        if (colon != std::string_view::npos && colon > 0) {
            e.field = std::string(text.substr(0, colon));
            text.remove_prefix(colon + 1);
            for (const char c : e.field)
                if (!((c >= 'a' && c <= 'z') || c == '_'))
                    fail(line, "field name '" + e.field + "' must be lower-case letters and '_'");
        }
        if (text.empty()) fail(line, "an empty pattern element");
        if (text.front() == '[') {
            // [0..N]
            if (!e.field.empty()) fail(line, "a gap cannot be a field");
            if (text.size() < 6 || text.substr(0, 4) != "[0.." || text.back() != ']')
                fail(line, "a gap is written [0..N], not '" + std::string(text) + "'");
            const std::string_view n = text.substr(4, text.size() - 5);
            std::size_t value = 0;
            const auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), value);
            if (ec != std::errc{} || end != n.data() + n.size() || value > kMaxGap)
                fail(line, "a gap's bound must be a number from 0 to " + std::to_string(kMaxGap) +
                               ", not '" + std::string(n) + "'");
            e.kind = Element::Kind::gap;
            e.max_gap = value;
            return e;
        }
        for (const KindName& k : kKinds) {
            if (text == k.name) {
                e.kind = Element::Kind::mention;
                e.mention = k.kind;
                return e;
            }
        }
        if (text.back() == '?') {
            e.optional = true;
            text.remove_suffix(1);
        }
        e.kind = Element::Kind::words;
        for (const std::string_view alt : split(text, '|')) {
            if (alt.empty()) fail(line, "an empty alternative in '" + std::string(text) + "'");
            if (alt.back() == '~') {
                e.stems.push_back(stemmer_.stem(key_of(line, alt.substr(0, alt.size() - 1))));
            } else {
                bool upper = !alt.empty();
                for (const char c : alt) upper = upper && ((c >= 'A' && c <= 'Z') || c == '_');
                if (upper)
                    fail(line, "unknown mention kind '" + std::string(alt) +
                                   "' (kinds: NAME NAMES MONEY COUNT PERCENT SHARE POWER YEAR PLACE "
                                   "ROUND TITLE; write words in lower case)");
                e.words.push_back(key_of(line, alt));
            }
        }
        return e;
    }

    Rule rule(std::size_t line, const std::vector<std::string_view>& cols, bool enabled) const {
        const std::size_t want = enabled ? 5 : 6;
        if (cols.size() != want)
            fail(line, std::string(enabled ? "a rule" : "an off rule") + " has " +
                           std::to_string(want) + " TAB-separated fields (" +
                           (enabled ? "rule ID TYPE CONFIDENCE PATTERN"
                                    : "off ID TYPE CONFIDENCE PATTERN NOTE") +
                           "), this line has " + std::to_string(cols.size()));
        Rule r;
        r.id = std::string(cols[1]);
        r.type = std::string(cols[2]);
        r.enabled = enabled;
        r.file = std::string(file_);
        r.line = line;
        if (r.id.empty() || r.type.empty()) fail(line, "a rule needs an id and a claim type");
        const std::string_view conf = cols[3];
        const std::string conf_text(conf);
        char* end = nullptr;
        r.confidence = std::strtod(conf_text.c_str(), &end);
        if (conf_text.empty() || end != conf_text.c_str() + conf_text.size() || !(r.confidence >= 0.0) ||
            r.confidence > 1.0)
            fail(line, "rule " + r.id + ": confidence must be a number from 0 to 1, not '" + conf_text + "'");
        if (!enabled) {
            r.note = std::string(cols[5]);
            if (r.note.empty()) fail(line, "rule " + r.id + ": an off rule says why in its NOTE");
        }
        std::set<std::string> fields;
        for (const std::string_view part : split(cols[4], ' ')) {
            if (part.empty()) continue;
            Element e = element(line, part);
            if (!e.field.empty() && !fields.insert(e.field).second)
                fail(line, "rule " + r.id + ": field '" + e.field + "' is captured twice");
            if (e.kind == Element::Kind::gap &&
                (r.pattern.empty() || r.pattern.back().kind == Element::Kind::gap))
                fail(line, "rule " + r.id + ": a gap must follow a word or a mention");
            r.pattern.push_back(std::move(e));
        }
        if (r.pattern.empty()) fail(line, "rule " + r.id + ": an empty pattern");
        if (r.pattern.back().kind == Element::Kind::gap)
            fail(line, "rule " + r.id + ": a pattern cannot end with a gap");
        if (r.pattern.front().kind == Element::Kind::words && r.pattern.front().optional)
            fail(line, "rule " + r.id + ": a pattern cannot start with an optional word");
        if (r.pattern.size() > kMaxElements)
            fail(line, "rule " + r.id + ": at most " + std::to_string(kMaxElements) + " elements");
        if (fields.empty()) fail(line, "rule " + r.id + ": no field is captured (write field:ELEMENT)");
        return r;
    }

  private:
    std::string_view file_;
    mutable text::Stemmer stemmer_;  // libstemmer keeps per-handle state; one parser, one thread
};

}  // namespace

std::string_view to_string(MentionKind kind) {
    for (const KindName& k : kKinds)
        if (k.kind == kind) return k.name;
    return "?";
}

bool RuleSet::in_list(std::string_view list, std::string_view key) const {
    const auto it = first_words.find(std::string(list));
    return it != first_words.end() && it->second.count(std::string(key)) > 0;
}

RuleSet parse_rules(std::string_view text, std::string_view file_name, Language language) {
    Parser parser(file_name, language);
    RuleSet set;
    set.language = language;
    std::set<std::string> ids;
    std::size_t line_no = 0;
    for (std::string_view line : split(text, '\n')) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        const std::vector<std::string_view> cols = split(line, '\t');
        if (cols[0] == "rule" || cols[0] == "off") {
            Rule r = parser.rule(line_no, cols, cols[0] == "rule");
            if (!ids.insert(r.id).second) parser.fail(line_no, "rule id " + r.id + " is used twice");
            r.order = set.rules.size();
            set.rules.push_back(std::move(r));
        } else if (cols[0] == "lex") {
            if (cols.size() != 3 || cols[1].empty() || cols[2].empty())
                parser.fail(line_no, "a word list line is: lex TAB LIST TAB PHRASE");
            std::vector<std::string> keys = lang::phrase_keys(cols[2]);
            if (keys.empty()) parser.fail(line_no, "an empty phrase");
            const std::string list(cols[1]);
            set.first_words[list].insert(keys.front());
            set.lists[list].push_back(std::move(keys));
        } else {
            parser.fail(line_no, "a line starts with rule, off or lex (or # for a comment), not '" +
                                     std::string(cols[0]) + "'");
        }
    }
    return set;
}

const RuleSet& builtin_rules(Language language) {
    static std::once_flag once;
    static std::map<Language, RuleSet> sets;
    std::call_once(once, [] {
        for (const RuleFile& f : embedded_rule_files()) {
            const std::string_view stem = f.name.substr(0, f.name.find('.'));
            const auto lang = parse_language(stem);
            if (!lang) continue;  // a file for another language is not ours to run
            sets.emplace(*lang, parse_rules(f.text, f.name, *lang));
        }
        for (const Language l : {Language::fr, Language::en})
            if (!sets.count(l)) sets.emplace(l, RuleSet{l, {}, {}, {}});
    });
    return sets.at(language);
}

}  // namespace factdb::draft
