// read_article / parse_article / format_of: the one entry of article/.
//
// Order of the checks, so that the first problem a user meets is the one to
// fix first: size (before reading more than the limit), UTF-8 (with the
// byte offset in the file), the format's own refusals, body text, then the
// command line's values (--published) and finally the language.  Every
// refusal is a factdb::InputError located at the file, whose reason ends in
// how to fix it.
#include <cstdio>  // fread: standard input
#include <optional>
#include <string>
#include <string_view>

#include "article/article.h"
#include "article/language_detect.h"
#include "article/published_date.h"
#include "article/slug.h"
#include "article/source_parts.h"
#include "errors/error.h"
#include "files/regular_file.h"
#include "text/unicode.h"

namespace factdb::article {

namespace {

struct Extension {
    std::string_view suffix;  // lower case, with the dot
    Format format;
};

constexpr Extension kExtensions[] = {
    {".txt", Format::text},      {".text", Format::text}, {".md", Format::markdown},
    {".markdown", Format::markdown}, {".html", Format::html}, {".htm", Format::html},
};

[[noreturn]] void refuse(const std::string& source, const std::string& reason,
                         const std::string& field = {}) {
    throw InputError({source, 0, "", field}, reason);
}

std::string mib(std::size_t bytes) {
    return std::to_string(bytes >> 20) + " MiB";
}

std::string too_large(std::size_t limit) {
    return "article exceeds the " + mib(limit) +
           " size limit; split it or keep only the article's own page";
}

}  // namespace

std::optional<Format> format_of(const std::string& path) {
    if (path == "-") return Format::text;
    const std::size_t slash = path.find_last_of('/');
    const std::size_t dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return std::nullopt;
    std::string ext = path.substr(dot);
    for (char& c : ext) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    for (const auto& e : kExtensions) {
        if (e.suffix == ext) return e.format;
    }
    return std::nullopt;
}

Article parse_article(std::string bytes, Format format, const std::string& source,
                      const ReadOptions& options) {
    if (bytes.size() > options.max_bytes) refuse(source, too_large(options.max_bytes));
    std::size_t bom = 0;
    if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        bytes.erase(0, 3);
        bom = 3;
    }

    SourceParts parts;
    if (format == Format::html) {
        // The HTML reader checks UTF-8 itself, after it has read the page's
        // declared charset: a windows-1252 page is told so, not merely that
        // byte N is not UTF-8.
        read_html(bytes, source, bom, parts);
    } else {
        const std::size_t bad = text::first_invalid_utf8(bytes);
        if (bad != std::string::npos) {
            refuse(source, "not UTF-8: invalid byte sequence at byte " + std::to_string(bad + bom) +
                               "; convert the file to UTF-8 (e.g. iconv -f windows-1252 -t utf-8)");
        }
        const std::string text = normalise_line_breaks(bytes);
        if (format == Format::markdown)
            read_markdown(text, parts);
        else
            read_text(text, parts);
    }
    if (parts.body.empty()) {
        refuse(source, format == Format::html
                           ? "no body text: the page has no paragraph of article text (p, h2-h6, "
                             "li, blockquote outside navigation, headers, footers and asides); "
                             "save the article's own page, or its text as .txt"
                           : "no body text: the file holds nothing but white space and markup");
    }

    Article article;
    article.source = source;
    article.format = format;
    article.text = std::move(parts.body.text());
    article.paragraphs = std::move(parts.body.paragraphs());

    if (options.id) {
        if (options.id->empty()) refuse(source, "--id must not be empty", "--id");
        article.id = *options.id;
    } else {
        article.id = slug_of_path(source);
    }
    if (options.title) {
        if (!text::is_valid_utf8(*options.title))
            refuse(source, "--title is not UTF-8", "--title");
        article.title = text::nfc(text::squash_white_space(*options.title));
    } else {
        article.title = text::nfc(text::squash_white_space(parts.title));
    }
    if (options.published) {
        if (!normalise_published(*options.published) ||
            std::string_view(*options.published).size() != 10) {
            refuse(source,
                   "invalid --published '" + excerpt(*options.published, 40) +
                       "': give a real day as YYYY-MM-DD, e.g. --published 2026-03-14",
                   "--published");
        }
        article.published = *options.published;
    } else {
        if (!parts.published_problem.empty())
            refuse(source, parts.published_problem + "; fix it or give --published YYYY-MM-DD",
                   "published");
        article.published = parts.published;
    }
    if (options.url)
        article.url = *options.url;
    else
        article.url = parts.url;

    if (options.language) {
        article.language = *options.language;
        article.language_detected = false;
    } else {
        const std::optional<Language> detected = detect_language(article.text);
        if (!detected) {
            refuse(source, "the text is neither French nor English (" +
                               describe_scores(score_languages(article.text)) +
                               "); give --language fr or --language en");
        }
        article.language = *detected;
        article.language_detected = true;
    }
    return article;
}

Article read_article(const std::string& path, const ReadOptions& options) {
    const std::optional<Format> format = format_of(path);
    if (!format) {
        refuse(path, "not an article: factdb reads .txt, .md and .html/.htm articles; rename the "
                     "file or save it in one of those formats");
    }
    std::string bytes;
    if (path == "-") {
        char buf[1 << 16];
        std::size_t n = 0;
        while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
            if (bytes.size() + n > options.max_bytes) refuse(path, too_large(options.max_bytes));
            bytes.append(buf, n);
        }
        if (std::ferror(stdin)) refuse(path, "cannot read standard input");
    } else {
        RegularFile file(path);
        if (!file.is_open()) refuse(path, file.problem());
        if (file.size_hint() > options.max_bytes) refuse(path, too_large(options.max_bytes));
        switch (file.read_all(bytes, options.max_bytes)) {
            case RegularFile::ReadAll::ok:
                break;
            case RegularFile::ReadAll::too_large:  // it grew after the fstat
                refuse(path, too_large(options.max_bytes));
            case RegularFile::ReadAll::failed:
                refuse(path, "cannot read file");
        }
    }
    return parse_article(std::move(bytes), *format, path, options);
}

}  // namespace factdb::article
