// The scores behind detect_language (article.h), for its error message: a
// text refused as "neither French nor English" says what it looked like.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factdb::article {

// A text of fewer words is too short to tell (detect_language: nullopt).
inline constexpr std::size_t kMinDetectWords = 12;

struct LanguageScores {
    std::size_t words = 0;  // words in the sample read
    // (language name, score), highest first; empty for invalid UTF-8.
    std::vector<std::pair<std::string_view, double>> scores;
};

LanguageScores score_languages(const std::string& text);

// "27 words; scores German 11.0, Portuguese 1.0" (at most three languages,
// those that scored) or "5 words, too short to tell": what a refusal says.
std::string describe_scores(const LanguageScores& scores);

}  // namespace factdb::article
