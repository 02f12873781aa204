// The document id an article gets from its file name: a stable slug.
//
// Invariants: the result is non-empty, at most kMaxSlugBytes bytes of
// [a-z0-9-], never starts or ends with '-' and never holds "--"; it depends
// on the file name alone (not the folder, not the extension, not the
// content), so the same file drafted twice gets the same id.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace factdb::article {

inline constexpr std::size_t kMaxSlugBytes = 64;

// "articles/Mistral lève 1,7 Md€.html" -> "mistral-leve-1-7-md"; letters are
// folded (text::fold_key: case and accents removed), every run of anything
// but [a-z0-9] becomes one '-'; cut at kMaxSlugBytes on a '-' when one is
// near.  A name with nothing left ("???.txt") and "-" (standard input) give
// "article" and "stdin".
std::string slug_of_path(std::string_view path);

}  // namespace factdb::article
