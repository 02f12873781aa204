// Tests of article/language_detect: French and English recognised, the
// neighbours that share their function words (German, Spanish, Italian,
// Portuguese, Dutch) and texts too short to tell refused.  One row per
// text, with the exact answer.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "article/article.h"
#include "article/language_detect.h"

using namespace factdb;
using namespace factdb::article;

namespace {

struct DetectCase {
    std::string_view name;
    std::string_view text;
    std::optional<Language> expected;
};

const DetectCase kCases[] = {
    {"French news",
     "La start-up française a annoncé mardi avoir bouclé une levée de fonds de 1,7 milliard "
     "d'euros, un tour de table mené par le groupe néerlandais, qui valorise l'entreprise à "
     "11,7 milliards d'euros.",
     Language::fr},
    {"French without accents",
     "Le groupe a par ailleurs retenu une trentaine de sites dans une dizaine de pays, dont le "
     "comte de Shackelford au Texas et Lordstown, dans l'Ohio, selon des sources.",
     Language::fr},
    {"French quote",
     "« Nous avons besoin de bien plus de puissance que ce qui existe aujourd'hui », a affirmé "
     "le directeur général de l'entreprise lors d'une conférence à Paris.",
     Language::fr},
    {"English news",
     "The company said on Tuesday that it had raised $6.6 billion in a funding round led by a "
     "venture firm, which values the start-up at $157 billion after the investment.",
     Language::en},
    {"English with names",
     "Microsoft and OpenAI have agreed to extend their partnership, according to people familiar "
     "with the matter, and the deal is expected to close by the end of the year.",
     Language::en},
    {"German",
     "Das Unternehmen hat am Dienstag eine Finanzierungsrunde über 600 Millionen Euro "
     "abgeschlossen, die von einem Investor aus den Niederlanden angeführt wurde, und wird "
     "damit mit sechs Milliarden bewertet.",
     std::nullopt},
    {"Spanish",
     "La empresa anunció el martes que ha cerrado una ronda de financiación de 600 millones de "
     "euros, liderada por un inversor de los Países Bajos, según un comunicado de la compañía.",
     std::nullopt},
    {"Italian",
     "La società ha annunciato martedì di aver chiuso un round di finanziamento da 600 milioni "
     "di euro, guidato da un investitore olandese, che valuta l'azienda sei miliardi di euro.",
     std::nullopt},
    {"Portuguese",
     "A empresa anunciou na terça-feira que fechou uma rodada de financiamento de 600 milhões de "
     "euros, liderada por um investidor dos Países Baixos, segundo um comunicado.",
     std::nullopt},
    {"Dutch",
     "Het bedrijf heeft dinsdag een financieringsronde van 600 miljoen euro afgerond, die werd "
     "geleid door een investeerder uit Nederland, en is daarmee zes miljard waard.",
     std::nullopt},
    {"short French", "La start-up lève 600 millions.", std::nullopt},
    {"short English", "OpenAI raises $6.6 billion.", std::nullopt},
    {"numbers only", "2025 2026 1,7 11,7 600 000 4,5 300 400 000 500 1,2 5 60 65 29 80 20",
     std::nullopt},
    {"empty", "", std::nullopt},
};

}  // namespace

TEST_CASE("detect_language tells French and English from their neighbours", "[article][language]") {
    for (const auto& c : kCases) {
        INFO(c.name);
        const auto got = detect_language(std::string(c.text));
        REQUIRE(got.has_value() == c.expected.has_value());
        if (got) CHECK(*got == *c.expected);
    }
}

TEST_CASE("score_languages names the language a refused text looks like", "[article][language]") {
    const LanguageScores german = score_languages(std::string(kCases[5].text));
    REQUIRE(german.words == 27);
    REQUIRE(german.scores.size() == 7);
    CHECK(german.scores[0].first == "German");
    const LanguageScores spanish = score_languages(std::string(kCases[6].text));
    CHECK(spanish.scores[0].first == "Spanish");
    const LanguageScores italian = score_languages(std::string(kCases[7].text));
    CHECK(italian.scores[0].first == "Italian");
}

TEST_CASE("detect_language reads only the first 64 KiB", "[article][language]") {
    // English for 64 KiB, then French: the sample decides.
    std::string text;
    const std::string en = "The company said that it had raised money from the investors. ";
    while (text.size() < 70 * 1024) text += en;
    const std::string fr = "L'entreprise a annoncé qu'elle avait levé des fonds auprès des "
                           "investisseurs de la place. ";
    for (int i = 0; i < 4000; ++i) text += fr;
    const auto got = detect_language(text);
    REQUIRE(got.has_value());
    CHECK(*got == Language::en);
}
