// Claim-file reading (see claims_file.h).
//
// A UTF-8 byte-order mark at the start of a file (or of a JSONL line) is
// accepted and skipped.  Blank lines in JSONL are skipped; every other line
// must hold one object.  nlohmann's parser is iterative, but walking or
// destroying the result is not, hence the depth limit applied while parsing.
#include "loader/claims_file.h"

#include "loader/errors.h"
#include "loader/text/unicode.h"

namespace factdb {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

void strip_bom(std::string& s) {
    if (s.compare(0, kBom.size(), kBom) == 0) s.erase(0, kBom.size());
}

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
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
    } catch (const nlohmann::json::parse_error& e) {
        if (too_deep) throw NormalizeError("JSON nested deeper than 64 levels");
        // e.what() is "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
        std::string why = e.what();
        const auto at = why.find("parse error");
        throw NormalizeError("not valid JSON: " + (at == std::string::npos ? why : why.substr(at)));
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
    std::string text((std::istreambuf_iterator<char>(in_)), std::istreambuf_iterator<char>());
    if (in_.bad()) throw InputError({display_, 0, "", ""}, "cannot read file");
    strip_bom(text);
    return parse(std::move(text), 0);
}

std::optional<SourceDocument> ClaimFileReader::next_line() {
    std::string text;
    while (std::getline(in_, text)) {
        ++line_;
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
