// Nearest vocabulary words (nearest.h).
//
// Invariants: the suggestion never costs more than linear time in the text
// (texts over kMaxKeyBytes are compared with nothing), and ties keep the
// vocabulary's order, so an error text is the same on every run.
#include "lang/nearest.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "text/unicode.h"

namespace factdb::lang {
namespace {

constexpr std::size_t kMaxEdits = 3;
constexpr std::size_t kMaxShown = 3;
constexpr std::size_t kMaxKeyBytes = 64;

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1] ? 1 : 0)});
            diag = up;
        }
    }
    return row[b.size()];
}

std::string nearest_words(std::string_view text, std::span<const std::string_view> words) {
    if (text.size() > kMaxKeyBytes || !text::is_valid_utf8(text)) return {};
    const std::string key = text::fold_key(text);
    const std::size_t limit = std::min(kMaxEdits, key.size() / 2);
    std::vector<std::pair<std::size_t, std::string_view>> found;
    for (const std::string_view word : words) {
        const std::size_t d = edit_distance(key, text::fold_key(word));
        if (d <= limit) found.emplace_back(d, word);  // 0: only the case or accents differ
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string out;
    for (std::size_t i = 0; i < found.size() && i < kMaxShown; ++i)
        out += (out.empty() ? "'" : ", '") + std::string(found[i].second) + "'";
    return out;
}

std::string listed(std::span<const std::string_view> words) {
    std::string out;
    for (const std::string_view w : words) out += (out.empty() ? "" : ", ") + std::string(w);
    return out;
}

}  // namespace factdb::lang
