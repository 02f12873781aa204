// Output formats (see format.h).  Widths count characters (code points), not
// bytes, so accented French text lines up.  Integers are always written in
// full (8000000000, never 8e+09): amounts are exact and must stay so.
//
// Every byte goes through Out, which counts it against max_bytes and calls
// the progress callback (the deadline) each time it hands a 64 KiB chunk to
// the stream; a value is escaped straight into Out, never copied whole, so
// a 60 MB value costs SQLite's copy of it and nothing more (table aside).
#include "query/format.h"

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <cstdio>
#include <ostream>

#include "errors/error.h"
#include "text/lines.h"
#include "text/unicode.h"

namespace factdb::query {
namespace {

struct FormatName {
    Format format;
    std::string_view name;
};
// Each format by its name, then the aliases sqlite-utils users type.
constexpr std::array<FormatName, 8> kNames = {{{Format::table, "table"},
                                               {Format::csv, "csv"},
                                               {Format::tsv, "tsv"},
                                               {Format::json, "json"},
                                               {Format::jsonl, "jsonl"},
                                               {Format::markdown, "markdown"},
                                               {Format::markdown, "md"},
                                               {Format::jsonl, "nl"}}};

constexpr std::size_t kChunk = 64 * 1024;

QueryError too_big(std::size_t max_bytes) {
    return QueryError("the output has more than " + std::to_string(max_bytes) +
                      " bytes; narrow the query or raise --max-bytes (0 = no limit)");
}

// The bounded, chunked way to the stream (see the file comment).
class Out {
  public:
    Out(std::ostream& os, std::size_t max_bytes, const std::function<void()>& progress)
        : os_(os), max_(max_bytes), progress_(progress) {}

    void put(std::string_view s) {
        if (max_ > 0 && written_ + buf_.size() + s.size() > max_) {
            // Exactly max_ bytes go out, then the refusal.
            buf_.append(s.substr(0, max_ - written_ - buf_.size()));
            flush(false);
            throw too_big(max_);
        }
        if (s.size() < kChunk) {
            buf_.append(s);
            if (buf_.size() >= kChunk) flush(true);
            return;
        }
        flush(true);
        for (std::size_t at = 0; at < s.size(); at += kChunk) {
            const std::string_view piece = s.substr(at, kChunk);
            os_.write(piece.data(), static_cast<std::streamsize>(piece.size()));
            written_ += piece.size();
            if (progress_) progress_();
        }
    }
    void put(char c) { put(std::string_view(&c, 1)); }

    void flush(bool with_progress) {
        os_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
        written_ += buf_.size();
        buf_.clear();
        if (with_progress && progress_) progress_();
    }
    void finish() {
        flush(false);
        os_.flush();
    }
    std::size_t bytes() const { return written_ + buf_.size(); }

  private:
    std::ostream& os_;
    std::size_t max_;
    const std::function<void()>& progress_;
    std::string buf_;
    std::size_t written_ = 0;
};

// Appends to a string, for the cells the table format holds.
struct StringOut {
    std::string& s;
    void put(std::string_view v) { s.append(v); }
    void put(char c) { s.push_back(c); }
};

// One code point of s at i, or an invalid sequence: len is then its
// maximal valid prefix (at least one byte), the next byte being read again,
// which is how nlohmann::json's "replace" handler (and the Unicode
// recommendation) count replacement characters.
struct Decoded {
    char32_t cp;
    std::size_t len;
    bool valid;
};

Decoded decode(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    if (c < 0x80) return {c, 1, true};
    std::size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    char32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return {0xFFFD, 1, false};
    }
    for (std::size_t k = 1; k <= need; ++k) {
        if (i + k >= s.size() || b(k) < lo || b(k) > hi) return {0xFFFD, k, false};
        cp = (cp << 6) | (b(k) & 0x3F);
        lo = 0x80;
        hi = 0xBF;
    }
    return {cp, need + 1, true};
}

bool bidi_control(char32_t cp) {
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

// A character no text format writes raw (format.h).
bool hidden(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || bidi_control(cp);
}

bool line_break(char32_t cp) {
    return cp == '\n' || cp == '\v' || cp == '\f' || cp == '\r' || cp == 0x85 || cp == 0x2028 ||
           cp == 0x2029;
}

// The visible form of a hidden character in the text formats.
std::string_view visible(char32_t cp, std::array<char, 16>& buf) {
    if (cp < 0x20) {
        buf[0] = '^';
        buf[1] = static_cast<char>(cp + 0x40);
        return {buf.data(), 2};
    }
    if (cp == 0x7F) return "^?";
    std::snprintf(buf.data(), buf.size(), "\\u%04X", static_cast<unsigned>(cp));
    return {buf.data(), 6};
}

enum class Mode { table, csv, tsv, markdown };

// Writes s to out with each character that replace() maps to a text put in
// its place; the runs in between are handed on whole.  replace(d, i, buf)
// gets the character decoded at byte i (and a scratch buffer) and returns
// its replacement, or nullopt to keep it.  The one skeleton of the escapers
// below.
template <class O, class Replace>
void put_escaped(O& out, std::string_view s, Replace replace) {
    std::size_t run = 0;
    std::array<char, 16> buf{};
    for (std::size_t i = 0; i < s.size();) {
        const Decoded d = decode(s, i);
        if (const std::optional<std::string_view> rep = replace(d, i, buf)) {
            out.put(s.substr(run, i - run));
            out.put(*rep);
            run = i + d.len;
        }
        i += d.len;
    }
    out.put(s.substr(run));
}

// s escaped for a text format.  Bytes that are not UTF-8 pass through as
// they are: a BLOB's bytes in csv or tsv are the BLOB.
template <class O>
void put_text(O& out, std::string_view s, Mode mode) {
    using Rep = std::optional<std::string_view>;
    put_escaped(out, s, [&](const Decoded& d, std::size_t i, std::array<char, 16>& buf) -> Rep {
        const char32_t cp = d.valid ? d.cp : 0xFFFD;  // 0xFFFD: passes
        switch (mode) {
            case Mode::tsv:
                if (cp == '\t') return "\\t";
                if (cp == '\n') return "\\n";
                if (cp == '\r') return "\\r";
                if (cp == '\\') return "\\\\";
                break;
            case Mode::csv:
                if (cp == '"') return "\"\"";
                // inside the quotes RFC 4180 puts around them
                if (cp == '\t' || cp == '\n' || cp == '\r') return std::nullopt;
                break;
            case Mode::table:
                if (line_break(cp) || cp == '\t') return " ";
                break;
            case Mode::markdown:
                if (line_break(cp)) return " ";
                if (cp == '\t') return std::nullopt;  // harmless inside a Markdown line
                if (cp == '|') return "\\|";
                if (cp == '<') return "&lt;";
                if (cp == '>') return "&gt;";
                if (cp == '&') return "&amp;";
                if (cp == '(' && i > 0 && s[i - 1] == ']') return "\\(";  // no link [text](url)
                break;
        }
        if (d.valid && hidden(cp)) return visible(cp, buf);
        return std::nullopt;
    });
}

// s as the inside of a JSON string, escaped as nlohmann::json escapes it
// (ensure_ascii off, invalid UTF-8 replaced by U+FFFD), and DEL, C1 and the
// bidirectional controls as \uXXXX too.
template <class O>
void put_json_string(O& out, std::string_view s) {
    using Rep = std::optional<std::string_view>;
    out.put('"');
    put_escaped(out, s, [](const Decoded& d, std::size_t, std::array<char, 16>& buf) -> Rep {
        if (!d.valid) return "\xEF\xBF\xBD";
        switch (d.cp) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default: break;
        }
        if (!hidden(d.cp)) return std::nullopt;
        std::snprintf(buf.data(), buf.size(), "\\u%04x", static_cast<unsigned>(d.cp));
        return std::string_view(buf.data(), 6);
    });
    out.put('"');
}

bool numeric(const ValueView& v) {
    return std::holds_alternative<std::int64_t>(v) || std::holds_alternative<double>(v);
}

// A number or NULL as text (to_text); a TEXT or BLOB is the view itself.
std::string number_text(const ValueView& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return to_text(SqlValue(*i));
    if (const auto* d = std::get_if<double>(&v)) return to_text(SqlValue(*d));
    return {};
}

}  // namespace

struct FormatWriter::Impl {
    Impl(std::ostream& os, Format f, FormatOptions o, const std::function<void()>& progress)
        : out(os, o.max_bytes, progress), format(f), options(o) {}
    // A result stopped midway (a limit, the deadline) leaves what was
    // written whole: the stream gets what the buffer holds, so the output
    // is always a prefix of the full one.  One stopped before its first row
    // (refused SQL, a runaway count) writes nothing, not even its header.
    ~Impl() {
        if (rows > 0) out.flush(false);
    }

    Out out;
    Format format;
    FormatOptions options;
    std::size_t columns = 0;
    std::size_t rows = 0;  // handed to row() so far
    bool first = true;
    // json, jsonl: the key written for each output position and the value
    // index it takes (a name given twice keeps its first place and its
    // last value, as a JSON object built key by key does).
    std::vector<std::pair<std::string, std::size_t>> keys;
    // table: the cells, held for the widths.
    std::vector<std::string> header;
    std::vector<std::size_t> width;
    std::vector<std::vector<std::string>> cells;
    std::vector<std::vector<bool>> right;
    std::size_t held = 0;

    std::string table_cell(std::string_view s) const {
        std::string cell;
        StringOut o{cell};
        put_text(o, s, Mode::table);
        return text::shorten(cell, options.max_cell_width);
    }

    template <class F>
    void with_text(const ValueView& v, F f) {
        if (const auto* s = std::get_if<std::string_view>(&v))
            f(*s);
        else
            f(std::string_view(number_text(v)));
    }

    void begin(const std::vector<std::string>& names) {
        columns = names.size();
        switch (format) {
            case Format::table:
                for (const auto& n : names) {
                    header.push_back(table_cell(n));
                    width.push_back(text::count_code_points(header.back()));
                }
                return;
            case Format::csv:
            case Format::tsv:
                for (std::size_t c = 0; c < names.size(); ++c) {
                    if (c) out.put(format == Format::csv ? ',' : '\t');
                    delimited(names[c]);
                }
                out.put(format == Format::csv ? "\r\n" : "\n");
                return;
            case Format::json:
            case Format::jsonl:
                for (std::size_t c = 0; c < names.size(); ++c) {
                    std::string key;
                    StringOut o{key};
                    put_json_string(o, names[c]);
                    key += ':';
                    bool seen = false;
                    for (auto& k : keys) {
                        if (k.first == key) {
                            k.second = c;
                            seen = true;
                        }
                    }
                    if (!seen) keys.emplace_back(std::move(key), c);
                }
                if (format == Format::json) out.put('[');
                return;
            case Format::markdown:
                out.put('|');
                for (const auto& n : names) {
                    out.put(' ');
                    put_text(out, n, Mode::markdown);
                    out.put(" |");
                }
                out.put("\n|");
                for (std::size_t c = 0; c < names.size(); ++c) out.put(" --- |");
                out.put('\n');
                return;
        }
    }

    void delimited(std::string_view s) {
        if (format == Format::tsv) return put_text(out, s, Mode::tsv);
        if (s.find_first_of(",\"\r\n") == std::string_view::npos)
            return put_text(out, s, Mode::csv);
        out.put('"');
        put_text(out, s, Mode::csv);
        out.put('"');
    }

    void row(const std::vector<ValueView>& values) {
        ++rows;
        switch (format) {
            case Format::table: {
                auto& line = cells.emplace_back();
                auto& r = right.emplace_back();
                for (std::size_t c = 0; c < values.size(); ++c) {
                    with_text(values[c],
                              [&](std::string_view s) { line.push_back(table_cell(s)); });
                    r.push_back(numeric(values[c]));
                    width[c] = std::max(width[c], text::count_code_points(line.back()));
                    held += line.back().size() + 2;
                }
                // What is held is at least what will be written.
                if (options.max_bytes > 0 && held > options.max_bytes)
                    throw too_big(options.max_bytes);
                return;
            }
            case Format::csv:
            case Format::tsv:
                for (std::size_t c = 0; c < values.size(); ++c) {
                    if (c) out.put(format == Format::csv ? ',' : '\t');
                    with_text(values[c], [&](std::string_view s) { delimited(s); });
                }
                out.put(format == Format::csv ? "\r\n" : "\n");
                return;
            case Format::json:
            case Format::jsonl:
                if (format == Format::json) out.put(first ? "\n " : ",\n ");
                out.put('{');
                for (std::size_t k = 0; k < keys.size(); ++k) {
                    if (k) out.put(',');
                    out.put(keys[k].first);
                    json_value(values[keys[k].second]);
                }
                out.put(format == Format::json ? "}" : "}\n");
                first = false;
                return;
            case Format::markdown:
                out.put('|');
                for (const auto& v : values) {
                    out.put(' ');
                    with_text(v, [&](std::string_view s) {
                        if (options.max_cell_width == 0) return put_text(out, s, Mode::markdown);
                        put_text(out, text::shorten(std::string(s), options.max_cell_width),
                                 Mode::markdown);
                    });
                    out.put(" |");
                }
                out.put('\n');
                return;
        }
    }

    void json_value(const ValueView& v) {
        if (const auto* s = std::get_if<std::string_view>(&v)) return put_json_string(out, *s);
        if (const auto* i = std::get_if<std::int64_t>(&v)) return out.put(std::to_string(*i));
        // nlohmann's shortest round-trip form (2.0, 49.5; null for inf and nan).
        if (const auto* d = std::get_if<double>(&v)) return out.put(nlohmann::json(*d).dump());
        out.put("null");
    }

    void write_table() {
        auto pad = [&](const std::string& s, std::size_t w, bool right_aligned, bool last) {
            const std::string fill(w - text::count_code_points(s), ' ');
            if (right_aligned) out.put(fill);
            out.put(s);
            if (!right_aligned && !last) out.put(fill);
        };
        for (std::size_t c = 0; c < columns; ++c) {
            if (c) out.put("  ");
            pad(header[c], width[c], false, c + 1 == columns);
        }
        out.put('\n');
        for (std::size_t c = 0; c < columns; ++c) {
            if (c) out.put("  ");
            out.put(std::string(width[c], '-'));
        }
        out.put('\n');
        for (std::size_t r = 0; r < cells.size(); ++r) {
            for (std::size_t c = 0; c < columns; ++c) {
                if (c) out.put("  ");
                pad(cells[r][c], width[c], right[r][c], c + 1 == columns);
            }
            out.put('\n');
        }
    }

    void end() {
        if (format == Format::table) write_table();
        if (format == Format::json) out.put(first ? "]\n" : "\n]\n");
        out.finish();
    }
};

FormatWriter::FormatWriter(std::ostream& out, Format format, FormatOptions options)
    : impl_(std::make_unique<Impl>(out, format, options, progress)) {}

FormatWriter::~FormatWriter() = default;

void FormatWriter::begin(const std::vector<std::string>& columns) {
    impl_->begin(columns);
}
void FormatWriter::row(const std::vector<ValueView>& values) {
    impl_->row(values);
}
void FormatWriter::end() {
    impl_->end();
}
std::size_t FormatWriter::bytes_written() const {
    return impl_->out.bytes();
}

std::optional<Format> parse_format(std::string_view name) {
    for (const auto& n : kNames) {
        if (n.name == name) return n.format;
    }
    return std::nullopt;
}

std::string_view format_names() {
    return "table, csv, tsv, json, jsonl (or nl), markdown (or md)";
}

void write(std::ostream& out, const Table& table, Format format, const FormatOptions& options) {
    FormatWriter w(out, format, options);
    w.begin(table.columns);
    std::vector<ValueView> row;
    for (const auto& r : table.rows) {
        row.clear();
        for (const auto& v : r) row.push_back(view_of(v));
        w.row(row);
    }
    w.end();
}

std::string markdown_text(std::string_view s) {
    std::string out;
    StringOut o{out};
    put_text(o, s, Mode::markdown);
    return out;
}

}  // namespace factdb::query
