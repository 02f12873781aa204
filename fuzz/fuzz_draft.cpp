// libFuzzer target: the built-in drafter (draft/), an article's text in,
// claims out.
//
// The first byte picks the language (even: French, odd: English); the rest
// is the article's text, which an Article always holds as valid UTF-8 in
// NFC (article/article.h), so other inputs are skipped and valid ones are
// NFC-normalised first.  Beyond "no crash, no sanitizer report, no timeout"
// (the drafter is linear: fuzz/options.txt), for every draft:
//   * only a factdb::Error may escape (the claim limit), nothing else;
//   * each claim's evidence is the text at its byte offsets, non-empty, and
//     occurs in the text (so the loader finds it);
//   * its fields are non-empty strings or non-empty lists of them, its
//     confidence is in [0, 1], its rule an enabled rule's id, ids unique;
//   * the claims file serialises and parses back to the same JSON.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "draft/drafter.h"
#include "draft/rules.h"
#include "errors/error.h"
#include "loader/places_table.h"
#include "text/unicode.h"

namespace {

using namespace factdb;

const PlaceResolver& resolver() {
    static const PlaceResolver instance(reference_places());
    return instance;
}

[[noreturn]] void fail(std::string_view what, std::string_view detail) {
    std::fprintf(stderr, "fuzz_draft: invariant broke: %.*s\n%.*s\n", static_cast<int>(what.size()),
                 what.data(), static_cast<int>(detail.size()), detail.data());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const Language language = (data[0] % 2 == 0) ? Language::fr : Language::en;
    const std::string_view raw(reinterpret_cast<const char*>(data + 1), size - 1);
    if (!text::is_valid_utf8(raw)) return 0;
    article::Article a;
    a.source = "fuzz";
    a.id = "fuzz";
    a.title = "Fuzz";
    a.language = language;
    a.text = text::nfc(raw);
    const draft::Drafter drafter(&resolver());
    draft::Draft d;
    try {
        d = drafter.draft(a);
    } catch (const Error&) {
        return 0;
    }
    std::set<std::string> rules, ids;
    for (const auto& r : draft::builtin_rules(language).rules)
        if (r.enabled) rules.insert(r.id);
    for (const auto& c : d.claims) {
        if (c.begin_byte >= c.end_byte || c.end_byte > a.text.size()) fail("evidence offsets", c.id);
        if (a.text.compare(c.begin_byte, c.end_byte - c.begin_byte, c.evidence) != 0)
            fail("evidence is not the text at its offsets", c.evidence);
        if (!(c.confidence >= 0.0 && c.confidence <= 1.0)) fail("confidence", c.id);
        if (!rules.count(c.rule)) fail("rule is not an enabled rule", c.rule);
        if (!ids.insert(c.id).second) fail("duplicate id", c.id);
        for (const auto& [k, v] : c.fields.items()) {
            if (v.is_string() && !v.get<std::string>().empty()) continue;
            if (v.is_array() && !v.empty()) {
                for (const auto& e : v)
                    if (!e.is_string() || e.get<std::string>().empty()) fail("empty name in a list", k);
                continue;
            }
            fail("field is not a non-empty string or list", k);
        }
    }
    const auto json = draft::claims_json(a, d);
    if (nlohmann::ordered_json::parse(json.dump()) != json) fail("claims file does not round-trip", "");
    return 0;
}
