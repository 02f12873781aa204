// ISO calendar dates as factdb stores them: text 'YYYY-MM-DD', or a coarser
// 'YYYY-MM' / 'YYYY' when only that is known, so that dates of any
// precision sort in time order as text.  One definition of "a real day"
// (leap years included) for documents' published dates and facts' as_of.
#pragma once

#include <string>
#include <string_view>

namespace factdb::lang {

// 'YYYY-MM-DD' naming a real calendar day.
bool is_calendar_date(std::string_view text);

// A fact's date: 'YYYY-MM-DD' (a real day), 'YYYY-MM' or 'YYYY', the year in
// 1800..2200.  Returns the text as given (already canonical); throws
// NormalizeError otherwise, saying which forms are accepted.
std::string parse_fact_date(std::string_view text);

}  // namespace factdb::lang
