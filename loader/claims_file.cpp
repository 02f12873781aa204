// Claim-file reading (see claims_file.h).
//
// A UTF-8 byte-order mark at the start of a file (or of a JSONL line) is
// accepted and skipped.  Blank lines in JSONL are skipped; every other line
// must hold one object.  nlohmann's parser is iterative, but walking or
// destroying the result is not, hence the depth limit applied while parsing.
#include "loader/claims_file.h"

#include <istream>
#include <limits>

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

// Reads the rest of in (at most kMaxDocumentBytes) into out; false when there
// is more.
bool read_all(std::istream& in, std::string& out) {
    char buf[1 << 16];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        const auto n = static_cast<std::size_t>(in.gcount());
        if (out.size() + n > kMaxDocumentBytes) return false;
        out.append(buf, n);
    }
    return true;
}

// std::getline with a bound: reads one line (without its '\n') into out;
// false at the end of input.  A line longer than kMaxDocumentBytes is
// skipped to its end, without being kept, and too_long is set.
bool read_line(std::istream& in, std::string& out, bool& too_long) {
    out.clear();
    too_long = false;
    std::streambuf* sb = in.rdbuf();
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

}  // namespace

nlohmann::json parse_json_object(const std::string& text) {
    if (blank(text)) throw NormalizeError("empty input");
    const std::size_t bad = text::first_invalid_utf8(text);
    if (bad != std::string::npos) {
        throw NormalizeError("invalid UTF-8 at byte " + std::to_string(bad));
    }
    bool too_deep = false;
    nlohmann::json::parser_callback_t limit = [&too_deep](int depth, nlohmann::json::parse_event_t,
                                                          nlohmann::json&) {
        if (depth > kMaxJsonDepth) too_deep = true;
        return !too_deep;
    };
    nlohmann::json value;
    try {
        value = nlohmann::json::parse(text, limit);
    } catch (const nlohmann::json::exception& e) {
        // parse_error, or out_of_range for a number beyond a double ("1E400").
        if (too_deep) throw NormalizeError("JSON nested deeper than 64 levels");
        // e.what() is "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
        // or "[json.exception.out_of_range.406] number overflow parsing '1E400'".
        std::string why = e.what();
        const auto bracket = why.find("] ");
        if (why.rfind("[json.exception.", 0) == 0 && bracket != std::string::npos) {
            why.erase(0, bracket + 2);
        }
        // The "last read: '...'" token can be as long as the input (an
        // unterminated string): cut it, on a UTF-8 boundary, as errors.cpp
        // cuts values.
        if (why.size() > kMaxReason) {
            std::size_t cut = kMaxReason;
            while (cut > 0 && (static_cast<unsigned char>(why[cut]) & 0xC0) == 0x80) --cut;
            why = why.substr(0, cut) + "...";
        }
        throw NormalizeError("not valid JSON: " + why);
    }
    if (too_deep) throw NormalizeError("JSON nested deeper than 64 levels");
    if (!value.is_object()) throw NormalizeError("expected a JSON object");
    return value;
}

ClaimFileReader::ClaimFileReader(const std::filesystem::path& path, std::string display_name)
    : display_(std::move(display_name)),
      base_dir_(path.parent_path()),
      in_(path, std::ios::binary),
      jsonl_(path.extension() == ".jsonl") {
    if (!in_) throw InputError({display_, 0, "", ""}, "cannot open file");
    if (base_dir_.empty()) base_dir_ = ".";
}

std::optional<SourceDocument> ClaimFileReader::next() {
    if (done_) return std::nullopt;
    if (jsonl_) return next_line();
    done_ = true;
    std::string text;
    if (!read_all(in_, text))
        throw InputError({display_, 0, "", ""}, std::string(kDocumentTooLarge));
    if (in_.bad()) throw InputError({display_, 0, "", ""}, "cannot read file");
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
    if (in_.bad()) throw InputError({display_, line_, "", ""}, "cannot read file");
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
