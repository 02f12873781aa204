// Report output format names (see writers.h).  "md" is the documented name;
// "markdown" is accepted too because `factdb query --format` spells it so.
#include "report/writers.h"

namespace factdb::report {

std::optional<OutputFormat> parse_output_format(std::string_view name) {
    if (name == "md" || name == "markdown") return OutputFormat::markdown;
    if (name == "html") return OutputFormat::html;
    if (name == "json") return OutputFormat::json;
    return std::nullopt;
}

}  // namespace factdb::report
