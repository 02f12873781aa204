// The document part of a factdb.claims/1 object: validated, its text read
// (inline or from text_file) and NFC-normalised, and fingerprinted.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

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
};

// Checks the top-level object and its "document"; throws InputError naming
// file, line and field.  The returned claims pointer lives as long as source.
DocumentInput parse_document(const SourceDocument& source);

}  // namespace factdb
