// libFuzzer target: the place resolver (lang/places), which turns a
// claim's place text ("en Caroline du Nord", "IN", "in the UK") into a row of
// the places table.
//
// The resolver is built once from the real places: the embedded migrations
// applied to an in-memory database, as a load does.  The input is the place
// text; the resolver's precondition is valid UTF-8 (claim values come out of
// the JSON parser, which guarantees it), so other inputs are skipped.  Each
// input is resolved in both languages.  Beyond "no crash, no sanitizer
// report", for each call:
//   * only a NormalizeError may escape, and none is expected for valid UTF-8;
//   * the result is nullptr or points into places() (never a dangling or
//     ambiguous entry);
//   * resolving is a function of the text: surrounding white space does not
//     change the result ("  NC " is "NC").

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "errors/error.h"
#include "lang/language.h"
#include "loader/places_table.h"
#include "text/unicode.h"

namespace {

using namespace factdb;

const PlaceResolver& resolver() {
    static const PlaceResolver instance = [] {
        std::vector<Place> places = reference_places();
        if (places.empty()) {
            std::fprintf(stderr, "fuzz_places: the migrations define no places\n");
            std::abort();
        }
        return PlaceResolver(std::move(places));
    }();
    return instance;
}

[[noreturn]] void fail(std::string_view what, std::string_view text) {
    std::fprintf(stderr, "fuzz_places: invariant broke: %.*s\ninput: \"%.*s\"\n",
                 static_cast<int>(what.size()), what.data(), static_cast<int>(text.size()),
                 text.data());
    std::abort();
}

const Place* resolve(std::string_view text, Language lang) {
    try {
        return resolver().resolve(text, lang);
    } catch (const NormalizeError& e) {
        fail(std::string("NormalizeError on valid UTF-8: ") + e.what(), text);
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    resolver();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (!text::is_valid_utf8(text)) return -1;  // outside the precondition: not kept in the corpus
    const auto& places = resolver().places();
    for (const Language lang : {Language::fr, Language::en}) {
        const Place* p = resolve(text, lang);
        if (p && (p < places.data() || p >= places.data() + places.size())) {
            fail("result does not point into places()", text);
        }
        if (p && p->code.empty()) fail("resolved to a place without a code", text);
        const std::string padded = " \t" + std::string(text) + "\u00A0 ";
        if (resolve(padded, lang) != p) fail("surrounding white space changed the result", text);
    }
    return 0;
}
