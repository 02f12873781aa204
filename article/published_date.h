// Publication dates as the sources write them, normalised to YYYY-MM-DD.
//
// A date the reader takes must name a real calendar day (lang's
// is_calendar_date); a datetime keeps the date as written, whatever its
// time and zone ("2026-03-14T23:30:00-05:00" is 2026-03-14, not the UTC
// day), because that is the day the publisher printed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factdb::article {

// "2026-03-14", "2026-03-14T07:30:00Z", "2026-03-14 07:30", white space
// around allowed -> "2026-03-14"; anything else (a month name, "14/03/2026",
// a year alone, a non-day such as 2026-02-30) -> nullopt.
std::optional<std::string> normalise_published(std::string_view text);

}  // namespace factdb::article
