// Calendar dates (calendar_date.h).  Only the ISO forms: a date written in
// words ("31 mars 2025") is refused with the forms to use, never guessed.
#include "lang/calendar_date.h"

#include "errors/error.h"

namespace factdb::lang {
namespace {

bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

int number(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

}  // namespace

bool is_calendar_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    if (!digits(s.substr(0, 4)) || !digits(s.substr(5, 2)) || !digits(s.substr(8, 2))) return false;
    const int y = number(s.substr(0, 4)), m = number(s.substr(5, 2)), d = number(s.substr(8, 2));
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1) return false;
    return d <= kDays[m - 1] + (m == 2 && is_leap(y) ? 1 : 0);
}

std::string parse_fact_date(std::string_view s) {
    const bool shape =
        (s.size() == 4 && digits(s)) ||
        (s.size() == 7 && s[4] == '-' && digits(s.substr(0, 4)) && digits(s.substr(5, 2)) &&
         number(s.substr(5, 2)) >= 1 && number(s.substr(5, 2)) <= 12) ||
        is_calendar_date(s);
    if (!shape)
        throw NormalizeError("not a date: give YYYY-MM-DD (a real day), YYYY-MM or YYYY, "
                             "e.g. 2025-03-31");
    const int year = number(s.substr(0, 4));
    if (year < 1800 || year > 2200)
        throw NormalizeError("year " + std::string(s.substr(0, 4)) +
                             " is outside 1800..2200; correct the date");
    return std::string(s);
}

}  // namespace factdb::lang
