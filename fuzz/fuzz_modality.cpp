// libFuzzer target: the modality detector (lang/modality), which reads the
// cue words around a claim's evidence ("serait", "il a été rapporté que",
// "plans to", "won't").
//
// Input: a header line "LANG BEGIN END" ("fr 10 25"; a missing or malformed
// header means "fr", the whole sentence), then the sentence.  Sentences that
// are not valid UTF-8 are skipped: the loader only ever passes a document's
// NFC text.  BEGIN and END are byte offsets; when they are inside the
// sentence they are moved back to code-point boundaries, as evidence spans
// always are.  Beyond "no crash, no sanitizer report":
//   * bounds outside the sentence (BEGIN > END or END > size) give a
//     NormalizeError, and nothing else does;
//   * the decision's cue, if any, is a substring of the sentence; with
//     scope "evidence" it lies inside the evidence bytes;
//   * scope "none" goes with asserted and no cue, every other scope with a
//     cue; scope "given" never comes out of inference;
//   * the decision's cue range (issue 12) is the cue: bytes [cue_begin,
//     cue_end) of the sentence are the cue, and cue_begin_char counts the code
//     points before it; without a cue the range is all 0;
//   * the decision is the same when the detector runs twice (no hidden state).
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "errors/error.h"
#include "lang/language.h"
#include "lang/modality.h"
#include "text/unicode.h"

namespace {

using namespace factdb;

[[noreturn]] void fail(std::string_view what, std::string_view sentence, std::size_t begin,
                       std::size_t end) {
    std::fprintf(stderr, "fuzz_modality: invariant broke: %.*s\nevidence [%zu, %zu) of \"%.*s\"\n",
                 static_cast<int>(what.size()), what.data(), begin, end,
                 static_cast<int>(sentence.size()), sentence.data());
    std::abort();
}

struct Header {
    Language language = Language::fr;
    std::size_t begin = 0;
    std::size_t end = std::string_view::npos;  // npos: the sentence's size
};

// Reads "LANG BEGIN END\n" off the front of input; returns the rest.
std::string_view read_header(std::string_view input, Header& h) {
    const std::size_t nl = input.find('\n');
    if (nl == std::string_view::npos) return input;
    std::string_view line = input.substr(0, nl);
    if (line.substr(0, 2) == "en") h.language = Language::en;
    const auto number = [&line](std::size_t& out) {
        const std::size_t at = line.find_first_of("0123456789");
        if (at == std::string_view::npos) return;
        const char* first = line.data() + at;
        const auto [ptr, ec] = std::from_chars(first, line.data() + line.size(), out);
        line.remove_prefix(static_cast<std::size_t>(ptr - line.data()));
        (void)ec;  // out of range keeps the previous value
    };
    number(h.begin);
    number(h.end);
    return input.substr(nl + 1);
}

std::size_t to_boundary(std::string_view s, std::size_t at) {
    while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
    return at;
}

bool same(const ModalityDecision& a, const ModalityDecision& b) {
    return a.modality == b.modality && a.cue == b.cue && a.scope == b.scope &&
           a.cue_begin == b.cue_begin && a.cue_end == b.cue_end &&
           a.cue_begin_char == b.cue_begin_char && a.cue_end_char == b.cue_end_char;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Header h;
    const std::string_view sentence =
        read_header(std::string_view(reinterpret_cast<const char*>(data), size), h);
    if (!text::is_valid_utf8(sentence)) return -1;  // outside the precondition
    std::size_t begin = h.begin;
    std::size_t end = h.end == std::string_view::npos ? sentence.size() : h.end;
    const bool inside = begin <= end && end <= sentence.size();
    if (inside) {
        begin = to_boundary(sentence, begin);
        end = to_boundary(sentence, end);
    }

    ModalityDecision d;
    try {
        d = infer_modality(sentence, begin, end, h.language);
    } catch (const NormalizeError& e) {
        if (inside)
            fail(std::string("NormalizeError for bounds inside: ") + e.what(), sentence, begin,
                 end);
        return 0;
    }
    if (!inside) fail("bounds outside the sentence accepted", sentence, begin, end);

    if (!d.cue.empty() && sentence.find(d.cue) == std::string_view::npos) {
        fail("cue is not a substring of the sentence", sentence, begin, end);
    }
    if (d.scope == CueScope::evidence &&
        sentence.substr(begin, end - begin).find(d.cue) == std::string_view::npos) {
        fail("scope evidence but the cue is not inside the evidence", sentence, begin, end);
    }
    if (d.scope == CueScope::given) fail("inference returned scope given", sentence, begin, end);
    if (d.scope == CueScope::none && (d.modality != Modality::asserted || !d.cue.empty())) {
        fail("scope none with a modality or a cue", sentence, begin, end);
    }
    if (d.scope != CueScope::none && d.cue.empty()) {
        fail("a scope without a cue", sentence, begin, end);
    }
    if (d.cue.empty()) {
        if (d.cue_begin || d.cue_end || d.cue_begin_char || d.cue_end_char)
            fail("a cue range without a cue", sentence, begin, end);
    } else {
        if (d.cue_begin > d.cue_end || d.cue_end > sentence.size() ||
            sentence.substr(d.cue_begin, d.cue_end - d.cue_begin) != d.cue)
            fail("the cue range is not the cue", sentence, begin, end);
        if (d.cue_begin_char != text::count_code_points(sentence.substr(0, d.cue_begin)) ||
            d.cue_end_char - d.cue_begin_char != text::count_code_points(d.cue))
            fail("the cue's code points are not its bytes'", sentence, begin, end);
        if (d.scope == CueScope::evidence && (d.cue_begin < begin || d.cue_end > end))
            fail("scope evidence but the cue range is outside the evidence", sentence, begin,
                 end);
    }
    if (!same(d, infer_modality(sentence, begin, end, h.language))) {
        fail("two runs disagree", sentence, begin, end);
    }
    return 0;
}
