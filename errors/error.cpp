// The error model (error.h): kinds, and the shape of located messages.
#include "errors/error.h"

namespace factdb {
namespace {

std::string format(const Location& where, const std::string& reason, const std::string& text) {
    std::string out = where.file;
    if (where.line > 0) out.append(":").append(std::to_string(where.line));
    if (!where.claim.empty()) out.append(": claim ").append(where.claim);
    if (!where.field.empty()) out.append(": ").append(where.field);
    out.append(": ").append(excerpt(reason, 240));
    if (!text.empty()) out.append(" (").append(excerpt(text)).append(")");
    return out;
}

}  // namespace

std::string_view to_string(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::usage: return "usage";
        case ErrorKind::input: return "input";
        case ErrorKind::query: return "query";
        case ErrorKind::spec: return "spec";
        case ErrorKind::storage: return "storage";
        case ErrorKind::internal: return "internal";
    }
    return "internal";
}

Error::Error(ErrorKind kind, const std::string& message)
    : std::runtime_error(message), kind_(kind), reason_(message) {}

Error::Error(ErrorKind kind, Location where, std::string reason, std::string text)
    : std::runtime_error(format(where, reason, text)),
      kind_(kind),
      where_(std::move(where)),
      reason_(std::move(reason)),
      text_(std::move(text)) {}

// Long values are cut so that one bad 200 MB line does not become a 200 MB
// error message; the cut is marked so nobody mistakes it for the value.  The
// reason is cut too (at a larger bound): a normaliser's reason may quote the
// value ("unrecognised currency '...'").
std::string excerpt(std::string_view text, std::size_t max) {
    std::size_t cut = text.size();
    if (cut > max) {
        cut = max;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    std::string out;
    for (std::size_t i = 0; i < cut; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        } else {
            out += static_cast<char>(c);
        }
    }
    return cut < text.size() ? out + "..." : out;
}

}  // namespace factdb
