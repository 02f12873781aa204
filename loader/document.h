// The document part of a factdb.claims/1 object: validated, its text read
// (inline or from text_file) and NFC-normalised, and fingerprinted.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "errors/error.h"

#include "loader/claims_file.h"
#include "lang/language.h"

namespace factdb {

inline constexpr std::string_view kClaimsFormat = "factdb.claims/1";

struct DocumentInput {
    std::string id;
    std::string title;
    Language language = Language::en;
    std::optional<std::string> published;  // YYYY-MM-DD
    std::optional<std::string> url;
    std::string text;                        // NFC
    std::string text_sha256;                 // of text
    std::string input_sha256;                // of everything that decides what the load writes
    const nlohmann::json* claims = nullptr;  // the "claims" array inside the source object
    // Problems of the document that did not keep its claims from being read
    // (an unknown key, the id, title, published or url): the document is
    // refused with them, after its claims are checked and reported too.
    std::vector<InputError> problems;
};

// Checks the top-level object and its "document".  Throws InputError naming
// file, line and field for a problem without which the claims cannot be
// read (the format, the document object, its language, its text, the
// claims array); collects the others in problems.  The returned claims
// pointer lives as long as source.
DocumentInput parse_document(const SourceDocument& source);

}  // namespace factdb
