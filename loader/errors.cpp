// Formatting of located input errors (see errors.h for the message shape).
#include "loader/errors.h"

namespace factdb {
namespace {

// Long values are cut so that one bad 200 MB line does not become a 200 MB
// error message; the cut is marked so nobody mistakes it for the value.
std::string excerpt(const std::string& text) {
    constexpr std::size_t kMax = 120;
    if (text.size() <= kMax) return text;
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "...";
}

std::string format(const Location& where, const std::string& reason, const std::string& text) {
    std::string out = where.file;
    if (where.line > 0) out.append(":").append(std::to_string(where.line));
    if (!where.claim.empty()) out.append(": claim ").append(where.claim);
    if (!where.field.empty()) out.append(": ").append(where.field);
    out.append(": ").append(reason);
    if (!text.empty()) out.append(" (").append(excerpt(text)).append(")");
    return out;
}

}  // namespace

InputError::InputError(Location where, std::string reason, std::string text)
    : std::runtime_error(format(where, reason, text)),
      where_(std::move(where)),
      reason_(std::move(reason)),
      text_(std::move(text)) {}

}  // namespace factdb
