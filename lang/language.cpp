// ISO 639-1 codes of the supported languages.
#include "lang/language.h"

namespace factdb {

std::optional<Language> parse_language(std::string_view code) {
    if (code == "fr") return Language::fr;
    if (code == "en") return Language::en;
    return std::nullopt;
}

std::string_view to_string(Language language) {
    return language == Language::fr ? "fr" : "en";
}

}  // namespace factdb
