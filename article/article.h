// A raw article as the drafter reads it: the body text of a .txt, .md or
// saved .html page, its metadata, and the language it is written in.
//
// This is the one hand-over between reading files (article/, which knows
// formats: Markdown syntax, HTML through gumbo) and drafting claims
// (draft/, which knows languages and claim types).  Nothing here touches a
// database.
//
// Invariants of an Article returned by read_article():
//   * text is valid UTF-8 in NFC, with the white space of the source kept
//     as the reader found it inside a paragraph and paragraphs separated by
//     one blank line ("\n\n"); it is exactly what a claims file carries as
//     document.text, so evidence taken from it by offsets occurs verbatim;
//   * paragraphs are in text order, non-empty, do not overlap, and each
//     [begin, end) lies inside text and holds no "\n\n";
//   * id is a non-empty slug of [a-z0-9-] (at most 64 bytes), stable for
//     the same file name, unless ReadOptions::id was given;
//   * published, when set, is YYYY-MM-DD (a date the loader accepts);
//   * reading costs time and memory linear in the file's size, and a file
//     larger than ReadOptions::max_bytes is refused unread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "lang/language.h"

namespace factdb::article {

enum class Format { text, markdown, html };

struct Paragraph {
    std::size_t begin = 0;  // byte offsets into Article::text
    std::size_t end = 0;
};

struct Article {
    std::string source;      // the path as given, or "-" for standard input
    Format format = Format::text;
    std::string id;          // the document id the claims will carry
    std::string title;       // may be empty when the source has none
    std::optional<std::string> published;  // YYYY-MM-DD
    std::optional<std::string> url;
    Language language = Language::en;
    bool language_detected = false;  // true when chosen by detection, not given
    std::string text;
    std::vector<Paragraph> paragraphs;
};

struct ReadOptions {
    std::optional<Language> language;      // nullopt = detect (--language auto)
    std::optional<std::string> id;         // --id
    std::optional<std::string> title;      // --title: overrides the source's
    std::optional<std::string> published;  // --published
    std::optional<std::string> url;        // --url
    std::size_t max_bytes = 64u << 20;     // the same limit as a claims file
};

// The format a path's extension names: .txt, .text -> text; .md, .markdown
// -> markdown; .html, .htm -> html; anything else nullopt ("-" is text).
std::optional<Format> format_of(const std::string& path);

// Reads one article.  "-" reads standard input as text.  Throws
// factdb::Error (errors/error.h) naming the file: unreadable or not a
// regular file, too large, not UTF-8, no body text, a language that is
// neither French nor English when detection was asked, an invalid
// --published.
Article read_article(const std::string& path, const ReadOptions& options = {});

// The same, from bytes already in memory (tests, fuzzers, --with).
Article parse_article(std::string bytes, Format format, const std::string& source,
                      const ReadOptions& options = {});

// French or English from the text alone (function words and diacritics,
// tables in language_detect.cpp); nullopt when the text is in neither or
// too short to tell.
std::optional<Language> detect_language(const std::string& text);

}  // namespace factdb::article
