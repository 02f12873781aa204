// libFuzzer target: the claims-file path from bytes to fact drafts, as a
// load runs it for one document: parse_json_object (loader/claims_file),
// parse_document (loader/document), ClaimNormalizer::normalize
// (loader/claim_normalizer), with the real places of the embedded
// migrations (loader::reference_places(), built once).
//
// The input is the whole document object, normally with inline "text".  A
// "text_file" is resolved against a folder that does not exist, so it can
// only fail (with an InputError), never read a file.  Beyond "no crash, no
// sanitizer report":
//   * parse_json_object throws only NormalizeError; parse_document only
//     InputError; normalize throws nothing: it reports every problem in its
//     error list (claim_normalizer.h).  Any other exception is a crash;
//   * every draft's evidence is the document's own text: span and sentence
//     span inside the text, span inside the sentence span, quote and sentence
//     the text's bytes at those spans, character offsets ordered like the
//     byte offsets; an inferred modality cue is a substring of the sentence;
//   * every reported error has a non-empty message.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "loader/claim_normalizer.h"
#include "loader/claims_file.h"
#include "loader/document.h"
#include "errors/error.h"
#include "loader/places_table.h"
#include "text/sentences.h"

namespace {

using namespace factdb;

const PlaceResolver& resolver() {
    static const PlaceResolver instance(reference_places());
    return instance;
}

[[noreturn]] void fail(std::string_view what, std::string_view detail) {
    std::fprintf(stderr, "fuzz_claims: invariant broke: %.*s: %.*s\n",
                 static_cast<int>(what.size()), what.data(), static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

void check_span(const text::Span& s, std::size_t text_size, std::string_view what) {
    if (s.begin_byte > s.end_byte || s.end_byte > text_size) fail(what, "bytes outside the text");
    if (s.begin_char > s.end_char) fail(what, "characters out of order");
    if (s.end_char - s.begin_char > s.end_byte - s.begin_byte) {
        fail(what, "more characters than bytes");
    }
}

void check_draft(const DocumentInput& doc, const FactDraft& d) {
    const std::string_view text = doc.text;
    check_span(d.span, text.size(), "evidence span");
    check_span(d.sentence_span, text.size(), "sentence span");
    if (d.span.begin_byte < d.sentence_span.begin_byte ||
        d.span.end_byte > d.sentence_span.end_byte) {
        fail("evidence span", "not inside its sentence span");
    }
    if (d.quote != text.substr(d.span.begin_byte, d.span.end_byte - d.span.begin_byte)) {
        fail("quote", "not the text at the evidence span");
    }
    // The per-document index (text::SentenceIndex) must find what the
    // one-span reference finds.
    const text::Span reference = text::sentence_around(text, d.span);
    if (reference.begin_byte != d.sentence_span.begin_byte ||
        reference.end_byte != d.sentence_span.end_byte ||
        reference.begin_char != d.sentence_span.begin_char ||
        reference.end_char != d.sentence_span.end_char) {
        fail("sentence span", "differs from text::sentence_around");
    }
    const std::string_view sentence = text.substr(
        d.sentence_span.begin_byte, d.sentence_span.end_byte - d.sentence_span.begin_byte);
    if (d.modality.scope != CueScope::given && !d.modality.cue.empty() &&
        sentence.find(d.modality.cue) == std::string_view::npos) {
        fail("modality cue", "not a substring of the sentence");
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    resolver();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    SourceDocument source;
    source.file = "fuzz.json";
    source.base_dir = "/nonexistent-factdb-fuzz";
    try {
        source.object = parse_json_object(std::string(reinterpret_cast<const char*>(data), size));
    } catch (const NormalizeError&) {
        return 0;
    }
    DocumentInput doc;
    try {
        doc = parse_document(source);
    } catch (const InputError& e) {
        if (std::string_view(e.what()).empty()) fail("InputError", "empty message");
        return 0;
    }
    if (!doc.claims) fail("parse_document", "no claims array");

    const ClaimNormalizer normalizer(resolver());
    std::vector<InputError> errors;
    std::vector<FactDraft> drafts;
    try {
        drafts = normalizer.normalize(doc, source, errors);
    } catch (const std::exception& e) {
        fail("normalize threw instead of reporting", e.what());
    }
    for (const InputError& e : errors) {
        if (std::string_view(e.what()).empty()) fail("InputError", "empty message");
    }
    for (const FactDraft& d : drafts) check_draft(doc, d);
    return 0;
}
