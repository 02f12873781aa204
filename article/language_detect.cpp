// detect_language: French or English from the text alone, or nullopt.
//
// How: the text's words (folded: lower case, accents removed, split at
// apostrophes so "l'entreprise" gives "l") are counted against short lists
// of each language's commonest function words, and the letters only some
// languages write (é, ç, ñ, ß, ...) add to their language's score.  Seven
// languages are scored, not two, so that a German, Spanish, Italian,
// Portuguese or Dutch text - which shares "de", "la", "en" with French - is
// recognised as what it is and refused rather than taken for the nearest of
// the two.  All vocabularies are the tables below: a word or letter is
// added there, never as a branch.
//
// Invariants: linear time; only the first kSampleBytes of the text are read
// (a language does not change after 64 KiB of an article); the answer is
// French or English only when that language scores highest, with at least
// kMinHits function words and kMinMargin times the runner-up's score, in a
// text of at least kMinDetectWords words - otherwise nullopt, and the caller asks
// for --language.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "article/article.h"
#include "article/language_detect.h"
#include "text/unicode.h"

namespace factdb::article {

namespace {

enum class Lang { fr, en, de, es, it, pt, nl };
constexpr std::size_t kLangs = 7;
constexpr std::string_view kLangNames[kLangs] = {"French",  "English",    "German", "Spanish",
                                                 "Italian", "Portuguese", "Dutch"};

struct FunctionWords {
    Lang lang;
    // Folded (fold_key) forms: "été" is listed as "ete", "für" as "fur".
    std::vector<std::string_view> words;
};

// The commonest function words of each language (articles, prepositions,
// pronouns, auxiliaries, conjunctions).  A word may be in several lists:
// the scores, not the lists, decide.
const std::array<FunctionWords, kLangs> kFunctionWords = {{
    {Lang::fr,
     {"le",  "la",    "les",  "de",   "des",  "du",   "un",   "une",   "et",    "est",  "en",
      "au",  "aux",   "a",    "dans", "pour", "par",  "sur",  "avec",  "qui",   "que",  "qu",
      "ne",  "pas",   "plus", "il",   "elle", "ils",  "elles", "ce",   "cette", "ces",  "son",
      "sa",  "ses",   "leur", "leurs", "nous", "vous", "ont", "sont",  "ete",   "l",    "d",
      "n",   "s",     "c",    "se",   "ou",   "mais", "donc", "selon", "entre", "apres", "lors",
      "aussi", "dont", "deja", "sera", "avait", "etait", "fait", "tres", "depuis", "chez"}},
    {Lang::en,
     {"the",  "of",   "and",   "to",    "in",   "is",    "that", "for",   "it",    "with", "as",
      "was",  "on",   "be",    "by",    "at",   "this",  "are",  "from",  "has",   "have", "an",
      "or",   "which", "its",  "will",  "were", "been",  "would", "said", "not",   "but",  "their",
      "they", "he",   "she",   "had",   "who",  "more",  "than", "after", "about", "into", "also",
      "could", "over", "new",  "there", "can",  "these", "his",  "her",   "our",   "we",   "s"}},
    {Lang::de,
     {"der",  "die",   "das",  "und",   "ist",  "nicht", "ein",  "eine",  "einen", "mit",  "von",
      "zu",   "den",   "dem",  "des",   "sich", "auf",   "fur",  "im",    "auch",  "es",   "wird",
      "werden", "hat", "sind", "wurde", "bei",  "nach",  "aus",  "oder",  "dass",  "als",  "wie",
      "noch", "uber",  "vor",  "zum",   "zur",  "einem", "einer", "haben", "sie",  "er",   "wir"}},
    {Lang::es,
     {"el",   "la",    "los",  "las",   "de",   "que",   "y",    "en",    "un",    "una",  "es",
      "por",  "con",   "para", "del",   "se",   "no",    "su",   "al",    "lo",    "como", "mas",
      "pero", "sus",   "fue",  "ha",    "este", "esta",  "son",  "entre", "tambien", "sobre",
      "segun", "han",  "muy",  "hasta", "desde", "cuando", "ya",  "porque", "ese",  "esa"}},
    {Lang::it,
     {"il",   "di",    "che",  "e",     "la",   "per",   "un",   "una",   "in",    "del",  "della",
      "non",  "con",   "sono", "gli",   "le",   "da",    "dei",  "delle", "si",    "al",   "alla",
      "nel",  "nella", "ha",   "anche", "come", "piu",   "ma",   "questo", "questa", "stato",
      "tra",  "dell",  "all",  "nell",  "degli", "dal",  "dalla", "essere", "hanno", "ed"}},
    {Lang::pt,
     {"o",    "os",    "as",   "de",    "do",   "da",    "dos",  "das",   "e",     "que",  "em",
      "no",   "na",    "nos",  "nas",   "um",   "uma",   "para", "com",   "por",   "nao",  "mais",
      "foi",  "ao",    "pelo", "pela",  "seu",  "sua",   "como", "tambem", "entre", "mas", "ja"}},
    {Lang::nl,
     {"de",   "het",   "een",  "en",    "van",  "in",    "is",   "dat",   "op",    "te",   "zijn",
      "voor", "met",   "niet", "aan",   "er",   "om",    "ook",  "als",   "bij",   "door", "maar",
      "wordt", "werd", "naar", "uit",   "heeft", "nog",  "dit",  "deze",  "wel",   "zal",  "hun"}},
}};

struct MarkerLetter {
    char32_t letter;
    Lang lang;
};

// Letters written in one language of the seven and rare in the others (or
// shared by two, listed twice); each occurrence adds kMarkerWeight.
constexpr MarkerLetter kMarkerLetters[] = {
    {U'é', Lang::fr}, {U'è', Lang::fr}, {U'ê', Lang::fr}, {U'ë', Lang::fr}, {U'â', Lang::fr},
    {U'ç', Lang::fr}, {U'î', Lang::fr}, {U'ï', Lang::fr}, {U'ô', Lang::fr}, {U'û', Lang::fr},
    {U'ù', Lang::fr}, {U'œ', Lang::fr}, {U'«', Lang::fr}, {U'»', Lang::fr}, {U'É', Lang::fr},
    {U'ä', Lang::de}, {U'ö', Lang::de}, {U'ü', Lang::de}, {U'ß', Lang::de}, {U'Ä', Lang::de},
    {U'Ö', Lang::de}, {U'Ü', Lang::de}, {U'ñ', Lang::es}, {U'¿', Lang::es}, {U'¡', Lang::es},
    {U'á', Lang::es}, {U'í', Lang::es}, {U'ó', Lang::es}, {U'ú', Lang::es}, {U'á', Lang::pt},
    {U'ã', Lang::pt}, {U'õ', Lang::pt}, {U'ì', Lang::it}, {U'ò', Lang::it}, {U'è', Lang::it},
    {U'à', Lang::it}, {U'à', Lang::fr}, {U'ê', Lang::pt}, {U'ç', Lang::pt}, {U'ó', Lang::pt},
};

constexpr double kMarkerWeight = 0.5;
constexpr std::size_t kSampleBytes = 64 * 1024;
constexpr double kMinHits = 4;
constexpr double kMinMargin = 1.3;

using WordTable = std::unordered_map<std::string_view, std::vector<Lang>>;

const WordTable& word_table() {
    static const WordTable table = [] {
        WordTable t;
        for (const auto& list : kFunctionWords) {
            for (const auto w : list.words) {
                auto& langs = t[w];
                if (std::find(langs.begin(), langs.end(), list.lang) == langs.end())
                    langs.push_back(list.lang);
            }
        }
        return t;
    }();
    return table;
}

// The longest prefix of s, at most max bytes, that ends on a code point.
std::string_view sample_of(std::string_view s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end);
}

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

LanguageScores score_languages(const std::string& text) {
    LanguageScores result;
    if (!text::is_valid_utf8(text)) return result;
    const std::string_view sample = sample_of(text, kSampleBytes);
    std::array<double, kLangs> score{};

    for (std::size_t i = 0; i < sample.size();) {
        const text::CodePoint cp = text::decode_at(sample, i);
        for (const auto& m : kMarkerLetters) {
            if (m.letter == cp.value) score[static_cast<std::size_t>(m.lang)] += kMarkerWeight;
        }
        i += cp.size;
    }

    // fold_key lower-cases, strips accents and makes every apostrophe "'",
    // so "L’État" and "l'etat" give the same two words.
    const std::string folded = text::fold_key(sample);
    const WordTable& table = word_table();
    std::size_t words = 0;
    for (std::size_t i = 0; i < folded.size();) {
        if (!is_word_byte(static_cast<unsigned char>(folded[i]))) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < folded.size() && is_word_byte(static_cast<unsigned char>(folded[end]))) ++end;
        ++words;
        const auto it = table.find(std::string_view(folded).substr(i, end - i));
        if (it != table.end()) {
            for (const Lang l : it->second) score[static_cast<std::size_t>(l)] += 1;
        }
        i = end;
    }
    result.words = words;
    for (std::size_t l = 0; l < kLangs; ++l) result.scores.push_back({kLangNames[l], score[l]});
    std::stable_sort(result.scores.begin(), result.scores.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return result;
}

std::string describe_scores(const LanguageScores& s) {
    if (s.words < kMinDetectWords) return std::to_string(s.words) + " words, too short to tell";
    std::string out = std::to_string(s.words) + " words";
    std::size_t shown = 0;
    for (const auto& [name, score] : s.scores) {
        if (shown == 3 || score <= 0) break;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.1f", score);
        out += shown++ == 0 ? "; scores " : ", ";
        out += std::string(name) + " " + buf;
    }
    if (shown == 0) out += "; no function word of any language known";
    return out;
}

std::optional<Language> detect_language(const std::string& text) {
    const LanguageScores s = score_languages(text);
    if (s.words < kMinDetectWords || s.scores.size() < 2) return std::nullopt;
    const auto& [best, best_score] = s.scores[0];
    const double second = s.scores[1].second;
    if (best_score < kMinHits || best_score < kMinMargin * second) return std::nullopt;
    if (best == kLangNames[static_cast<std::size_t>(Lang::fr)]) return Language::fr;
    if (best == kLangNames[static_cast<std::size_t>(Lang::en)]) return Language::en;
    return std::nullopt;
}

}  // namespace factdb::article
