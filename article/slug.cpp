// slug_of_path: the stable document id of an article's file name (slug.h).
#include "article/slug.h"

#include <filesystem>

#include "text/unicode.h"

namespace factdb::article {

std::string slug_of_path(std::string_view path) {
    if (path == "-") return "stdin";
    const std::string stem = std::filesystem::path(std::string(path)).stem().string();
    // A name that is not UTF-8 is slugged from its ASCII bytes alone.
    const std::string folded = text::is_valid_utf8(stem) ? text::fold_key(stem) : stem;
    std::string slug;
    bool dash = false;
    for (const char ch : folded) {
        const unsigned char c = static_cast<unsigned char>(ch);
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (keep || upper) {
            if (dash && !slug.empty()) slug += '-';
            dash = false;
            slug += upper ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
        } else {
            dash = true;
        }
        if (slug.size() >= kMaxSlugBytes) break;
    }
    if (slug.size() > kMaxSlugBytes) slug.resize(kMaxSlugBytes);
    // Prefer to cut at a word boundary when one lies in the last quarter.
    if (slug.size() == kMaxSlugBytes) {
        const std::size_t dash_at = slug.rfind('-');
        if (dash_at != std::string::npos && dash_at >= kMaxSlugBytes * 3 / 4) slug.resize(dash_at);
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug.empty() ? "article" : slug;
}

}  // namespace factdb::article
