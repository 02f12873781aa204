// Claim-file reading (see claims_file.h).
//
// A UTF-8 byte-order mark at the start of a file (or of a JSONL line) is
// accepted and skipped.  Blank lines in JSONL are skipped; every other line
// must hold one object.  nlohmann's parser is iterative, but walking or
// destroying the result is not, hence the depth limit applied while parsing.
// A parse error is located from the byte offset the parser reports
// (parse_error::byte), counted in the text it was given.  A key repeated in
// one object is refused (nlohmann keeps the last one, silently): it would
// let a second "evidence" or "id" override the first.
#include "loader/claims_file.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <istream>
#include <limits>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "errors/error.h"
#include "text/unicode.h"

namespace factdb {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t kMaxReason = 200;  // bytes of a JSON parser message kept

void strip_bom(std::string& s) {
    if (s.compare(0, kBom.size(), kBom) == 0) s.erase(0, kBom.size());
}

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

bool read_line_from(std::istream& in, std::streambuf& buf, std::string& out, bool& too_long);

// std::getline with a bound: reads one line (without its '\n') into out;
// false at the end of input.  A line longer than kMaxDocumentBytes is
// skipped to its end, without being kept, and too_long is set.
bool read_line(std::istream& in, std::string& out, bool& too_long) {
    out.clear();
    too_long = false;
    std::streambuf* sb = in.rdbuf();
    // A read error (EISDIR, EIO) makes libstdc++'s filebuf throw from
    // sbumpc() rather than return eof: it becomes the stream's badbit, which
    // the caller reports as "cannot read file" like any other read error.
    try {
        return read_line_from(in, *sb, out, too_long);
    } catch (const std::ios_base::failure&) {
        in.setstate(std::ios::badbit);
        return false;
    }
}

bool read_line_from(std::istream& in, std::streambuf& buf, std::string& out, bool& too_long) {
    std::streambuf* sb = &buf;
    for (bool any = false;; any = true) {
        const int c = sb->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            in.setstate(std::ios::eofbit);
            return any;
        }
        if (c == '\n') return true;
        if (out.size() == kMaxDocumentBytes) {
            too_long = true;
            out.clear();
            out.shrink_to_fit();
            in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
            return true;
        }
        out.push_back(static_cast<char>(c));
    }
}

// nlohmann's message without its name, "[json.exception.<kind>.<id>] ".
std::string_view without_name(std::string_view what, int id) {
    const std::string name_end = "." + std::to_string(id) + "] ";
    const std::size_t at = what.find(name_end);
    if (what.rfind("[json.exception.", 0) == 0 && at != std::string_view::npos) {
        what.remove_prefix(at + name_end.size());
    }
    return what;
}

// Where the parser stood, as its own messages say it: the line is 1 + the
// line breaks before byte; the column counts the bytes read since the last
// one (the end of the input, once read, counts as a byte).
struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 0;
};

TextPosition position_at(std::string_view text, std::size_t byte) {
    TextPosition at;
    std::size_t line_start = 0;
    const std::size_t seen = std::min(byte, text.size());
    for (std::size_t i = 0; i < seen; ++i) {
        if (text[i] == '\n') {
            ++at.line;
            line_start = i + 1;
        }
    }
    at.column = byte - line_start;
    return at;
}

// "parse error at line L, column C: DETAIL" for a parse error, located from
// e.byte; any other error of the parser (out_of_range 406: a number beyond
// a double, "1E400") has no position and keeps its message.
std::string json_error_reason(const nlohmann::json::exception& e, std::string_view text) {
    const std::string_view message = without_name(e.what(), e.id);
    const auto* parse = dynamic_cast<const nlohmann::json::parse_error*>(&e);
    if (!parse) return std::string(message);
    // The message is "parse error at line L, column C: DETAIL"; only DETAIL
    // (what is wrong, and the token last read) is taken from it.
    const std::size_t colon = message.find(": ");
    const std::string_view detail =
        colon == std::string_view::npos ? message : message.substr(colon + 2);
    TextPosition at = position_at(text, parse->byte);
    // The lexer ends a number by reading the character after it and putting
    // it back; a line break read that way has already set the column to 0,
    // and putting it back does not restore it.  So when the unexpected
    // token is a number right before a line break, the parser says
    // "column 0" of the number's line.  A quirk of the parser, kept so that
    // the message is the one it has always been.
    const std::size_t dash = detail.find(" - ");
    if (parse->byte < text.size() && text[parse->byte] == '\n' && dash != std::string_view::npos &&
        detail.substr(dash + 3).starts_with("unexpected number literal")) {
        at.column = 0;
    }
    return "parse error at line " + std::to_string(at.line) + ", column " +
           std::to_string(at.column) + ": " + std::string(detail);
}

// A string iterator that counts the bytes the parser has read, so that a
// parser callback knows where the parser stands: at a key event, the byte
// after the key's closing quote (a string token is read to its end and no
// further).  One increment per byte: parsing stays linear.
class CountingIterator {
  public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator() = default;
    CountingIterator(const char* at, std::size_t* consumed) : at_(at), consumed_(consumed) {}

    reference operator*() const { return *at_; }
    CountingIterator& operator++() {
        ++at_;
        ++*consumed_;
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const CountingIterator& other) const { return at_ == other.at_; }

  private:
    const char* at_ = nullptr;
    std::size_t* consumed_ = nullptr;
};

// Recorded by the parser callback at a key its object already holds; end is
// the byte after the repeated key's closing quote.
struct DuplicateKey {
    std::string key;
    std::size_t end = 0;
};

// "duplicate key "K" at line L, column C (...)": the column is the 1-based
// byte column of the key's opening quote, found by walking back from its
// closing quote over the key (a quote preceded by an odd run of
// backslashes is part of the key).
std::string duplicate_key_reason(const DuplicateKey& dup, std::string_view text) {
    std::size_t open = dup.end >= 2 ? dup.end - 2 : 0;  // before the closing quote
    for (; open > 0; --open) {
        if (text[open] != '"') continue;
        std::size_t backslashes = 0;
        while (backslashes < open && text[open - 1 - backslashes] == '\\') ++backslashes;
        if (backslashes % 2 == 0) break;
    }
    const TextPosition at = position_at(text, open + 1);
    return "duplicate key \"" + excerpt(dup.key, 60) + "\" at line " + std::to_string(at.line) +
           ", column " + std::to_string(at.column) + " (a JSON object may hold each key once)";
}

}  // namespace

nlohmann::json parse_json_object(const std::string& text) {
    if (blank(text)) throw NormalizeError("empty input");
    const std::size_t bad = text::first_invalid_utf8(text);
    if (bad != std::string::npos) {
        throw NormalizeError("invalid UTF-8 at byte " + std::to_string(bad));
    }
    bool too_deep = false;
    std::size_t consumed = 0;
    // The keys seen so far in each open object, innermost last: a key event
    // belongs to the innermost open object, so arrays need no entry.
    std::vector<std::unordered_set<std::string>> open_objects;
    std::optional<DuplicateKey> duplicate;  // the first key repeated in its object
    nlohmann::json::parser_callback_t check = [&](int depth, nlohmann::json::parse_event_t event,
                                                  nlohmann::json& parsed) {
        if (depth > kMaxJsonDepth) too_deep = true;
        // Once too deep, values are discarded and the parser no longer
        // reports every object's end: the depth error is the answer then.
        if (too_deep) return false;
        using Event = nlohmann::json::parse_event_t;
        if (event == Event::object_start) {
            open_objects.emplace_back();
        } else if (event == Event::object_end) {
            open_objects.pop_back();
        } else if (event == Event::key && !duplicate &&
                   !open_objects.back().insert(parsed.get_ref<const std::string&>()).second) {
            // Recorded, not thrown: text that is not JSON at all (a syntax
            // error further on) keeps the parser's own message.
            duplicate = DuplicateKey{parsed.get<std::string>(), consumed};
        }
        return true;
    };
    nlohmann::json value;
    try {
        value = nlohmann::json::parse(CountingIterator(text.data(), &consumed),
                                      CountingIterator(text.data() + text.size(), &consumed),
                                      check);
    } catch (const nlohmann::json::exception& e) {
        // parse_error, or out_of_range for a number beyond a double ("1E400").
        if (too_deep) throw NormalizeError("JSON nested deeper than 64 levels");
        std::string why = json_error_reason(e, text);
        // The "last read: '...'" token can be as long as the input (an
        // unterminated string): cut it, on a UTF-8 boundary, as errors/error.cpp
        // cuts values.
        if (why.size() > kMaxReason) {
            std::size_t cut = kMaxReason;
            while (cut > 0 && (static_cast<unsigned char>(why[cut]) & 0xC0) == 0x80) --cut;
            why = why.substr(0, cut) + "...";
        }
        throw NormalizeError("not valid JSON: " + why);
    }
    if (too_deep) throw NormalizeError("JSON nested deeper than 64 levels");
    if (duplicate) throw NormalizeError(duplicate_key_reason(*duplicate, text));
    if (!value.is_object()) throw NormalizeError("expected a JSON object");
    return value;
}

ClaimFileReader::ClaimFileReader(const std::filesystem::path& path, std::string display_name)
    : display_(std::move(display_name)),
      base_dir_(path.parent_path()),
      file_(path),
      buf_(file_),
      in_(&buf_),
      jsonl_(path.extension() == ".jsonl") {
    if (!file_.is_open()) throw InputError({display_, 0, "", ""}, file_.problem());
    if (base_dir_.empty()) base_dir_ = ".";
}

std::optional<SourceDocument> ClaimFileReader::next() {
    if (done_) return std::nullopt;
    if (jsonl_) return next_line();
    done_ = true;
    std::string text;
    // Read through the descriptor with a budget of the limit + 1 bytes, not
    // from the size stat() gave: the file may have grown since.
    switch (file_.read_all(text, kMaxDocumentBytes)) {
        case RegularFile::ReadAll::ok:
            break;
        case RegularFile::ReadAll::too_large:
            throw InputError({display_, 0, "", ""}, std::string(kDocumentTooLarge));
        case RegularFile::ReadAll::failed:
            throw InputError({display_, 0, "", ""}, "cannot read file");
    }
    strip_bom(text);
    return parse(std::move(text), 0);
}

std::optional<SourceDocument> ClaimFileReader::next_line() {
    std::string text;
    bool too_long = false;
    while (read_line(in_, text, too_long)) {
        ++line_;
        if (too_long) {
            ++produced_;
            throw InputError({display_, line_, "", ""}, std::string(kDocumentTooLarge));
        }
        if (line_ == 1) strip_bom(text);
        if (!text.empty() && text.back() == '\r') text.pop_back();
        if (!blank(text)) {
            ++produced_;
            return parse(std::move(text), line_);
        }
    }
    if (in_.bad() || buf_.failed())
        throw InputError({display_, line_, "", ""}, "cannot read file");
    done_ = true;
    if (produced_ == 0) throw InputError({display_, 0, "", ""}, "empty input");
    return std::nullopt;
}

SourceDocument ClaimFileReader::parse(std::string&& text, long line) {
    try {
        return SourceDocument{display_, line, base_dir_, parse_json_object(text)};
    } catch (const NormalizeError& e) {
        throw InputError({display_, line, "", ""}, e.what());
    }
}

}  // namespace factdb
