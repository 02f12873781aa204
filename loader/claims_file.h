// Reading claim files: a .json file holds one factdb.claims/1 object, a
// .jsonl file one object per line.  JSONL is streamed a line at a time, so
// memory follows the largest document, not the file.  Only a regular file
// is read (files/regular_file.h): a FIFO, a device, a socket or a folder
// is refused by its kind at construction, and the open cannot block.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "files/regular_file.h"

namespace factdb {

// One document object and where it came from.
struct SourceDocument {
    std::string file;                // the path as the user gave it (for messages)
    long line = 0;                   // 1-based line in a .jsonl file; 0 for .json
    std::filesystem::path base_dir;  // folder text_file paths are relative to
    nlohmann::json object;
};

// Deepest JSON nesting accepted; deeper input is refused before it can
// exhaust the stack of any later recursive walk.
inline constexpr int kMaxJsonDepth = 64;

// Largest document accepted: a .json file, one .jsonl line, or a text_file.
// Bigger input is refused with a located error before it is parsed (and a
// too-long line is skipped without being kept), so that one huge line can
// neither exhaust memory nor stall the load.  Loading costs about 0.25 s and
// 14 bytes of memory per input byte (parse, NFC, folding, hashing), so 16 MiB
// loads in about 4 s; news articles are a few hundred KiB at most.
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{16} << 20;
inline constexpr std::string_view kDocumentTooLarge = "document exceeds the 16 MiB size limit";

class ClaimFileReader {
  public:
    // display_name is how the file is named in messages.  Throws InputError
    // when the file cannot be opened ("cannot open file") or is not a
    // regular file ("is a FIFO, not a regular file; ...").
    ClaimFileReader(const std::filesystem::path& path, std::string display_name);

    // The next document, or nullopt at the end.  Throws InputError for a file
    // or line that is not a JSON object (empty, not JSON, invalid UTF-8, too
    // deep); for .jsonl the reader stays usable and next() goes on with the
    // following line.
    std::optional<SourceDocument> next();

  private:
    std::optional<SourceDocument> next_line();
    SourceDocument parse(std::string&& text, long line);

    std::string display_;
    std::filesystem::path base_dir_;
    RegularFile file_;
    RegularFileBuf buf_;
    std::istream in_;
    bool jsonl_ = false;
    bool done_ = false;
    long line_ = 0;
    long produced_ = 0;  // non-blank lines seen
};

// Parses text as one JSON object, enforcing kMaxJsonDepth and UTF-8; what()
// of the thrown NormalizeError is the reason ("not valid JSON: ...").
nlohmann::json parse_json_object(const std::string& text);

}  // namespace factdb
