// normalise_published: a source's date or datetime as its YYYY-MM-DD day.
#include "article/published_date.h"

#include "lang/calendar_date.h"

namespace factdb::article {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace

std::optional<std::string> normalise_published(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    if (text.size() < 10) return std::nullopt;
    const std::string_view day = text.substr(0, 10);
    if (!lang::is_calendar_date(day)) return std::nullopt;
    if (text.size() > 10) {
        // A time follows: 'T' or one space, then a digit (ISO 8601 / RFC 3339).
        const char sep = text[10];
        if ((sep != 'T' && sep != 't' && sep != ' ') || text.size() < 12 || text[11] < '0' ||
            text[11] > '9')
            return std::nullopt;
    }
    return std::string(day);
}

}  // namespace factdb::article
