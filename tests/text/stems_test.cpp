// Search forms (text/stems.h): what Debian's libstemmer (Snowball) makes of
// French and English words once folded and respelled, asserted as it is,
// table-driven; a text's form through the one tokenizer; linear time on
// 16 MiB, of many words and of one word.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "support/fences.h"
#include "text/stems.h"

using factdb::text::SearchForms;
using factdb::text::StemLanguage;

namespace {

struct FormCase {
    const char* word;
    StemLanguage language;
    const char* form;
};

std::string form_of(SearchForms& forms, const std::string& word, StemLanguage language) {
    return forms.of_text(word, language);
}

}  // namespace

TEST_CASE("search forms of French and English words, as Snowball stems them", "[text][stems]") {
    const FormCase cases[] = {
        // French: plural and verb forms meet.
        {"investissements", StemLanguage::french, "invest"},
        {"investissement", StemLanguage::french, "invest"},
        {"investir", StemLanguage::french, "invest"},
        {"investi", StemLanguage::french, "invest"},
        // Accents go before the stemmer: both spellings meet.
        {"données", StemLanguage::french, "donne"},
        {"donnees", StemLanguage::french, "donne"},
        {"Données", StemLanguage::french, "donne"},
        {"centres", StemLanguage::french, "centr"},
        {"centre", StemLanguage::french, "centr"},
        // French words are never respelled: "centre" is French.
        {"programme", StemLanguage::french, "programm"},
        {"États", StemLanguage::french, "etat"},
        // English.
        {"building", StemLanguage::english, "build"},
        {"builds", StemLanguage::english, "build"},
        {"invested", StemLanguage::english, "invest"},
        {"investments", StemLanguage::english, "invest"},
        {"centers", StemLanguage::english, "center"},
        // English, respelled before the stemmer.
        {"centres", StemLanguage::english, "center"},
        {"centre", StemLanguage::english, "center"},
        {"datacentre", StemLanguage::english, "data center"},
        {"datacenters", StemLanguage::english, "data center"},
        {"organisation", StemLanguage::english, "organ"},
        {"organization", StemLanguage::english, "organ"},
        {"programme", StemLanguage::english, "program"},
        {"programmes", StemLanguage::english, "program"},
        {"programs", StemLanguage::english, "program"},
        {"analyse", StemLanguage::english, "analyz"},
        {"analyze", StemLanguage::english, "analyz"},
        {"licence", StemLanguage::english, "licens"},
        {"license", StemLanguage::english, "licens"},
        {"licences", StemLanguage::english, "licens"},
        {"Fibre", StemLanguage::english, "fiber"},
        {"fiber", StemLanguage::english, "fiber"},
        {"modelling", StemLanguage::english, "model"},
        {"modeling", StemLanguage::english, "model"},
    };
    SearchForms forms;
    for (const FormCase& c : cases) {
        INFO(c.word << (c.language == StemLanguage::french ? " (fr)" : " (en)"));
        CHECK(form_of(forms, c.word, c.language) == c.form);
    }
}

TEST_CASE("the stemmer alone keeps the spellings apart: the table makes them meet",
          "[text][stems]") {
    // Without the table Snowball stems the two spellings apart, so a test
    // of the forms above could not pass by the stemmer's doing.
    factdb::text::Stemmer english(StemLanguage::english);
    CHECK(english.stem("licence") == "licenc");
    CHECK(english.stem("license") == "licens");
    CHECK(english.stem("centre") == "centr");
    CHECK(english.stem("center") == "center");
    CHECK(english.stem("organisation") == "organis");
    CHECK(english.stem("organization") == "organ");
    CHECK(english.stem("") == "");
}

TEST_CASE("a text's search form follows the project's tokenizer", "[text][stems]") {
    SearchForms forms;
    // Apostrophes, dashes and symbols separate words and are not written;
    // digits stay; letters and digits split ("Trainium2" -> "trainium 2").
    CHECK(forms.of_text("L'IA d'Amazon : 8 milliards $ — Trainium2", StemLanguage::french) ==
          "l ia d amazon 8 milliard trainium 2");
    CHECK(forms.of_text("The data centres, built in the U.S.", StemLanguage::english) ==
          "the data center built in the u s");
    CHECK(forms.of_text("", StemLanguage::english) == "");
    CHECK(forms.of_text(" \t-- ! ", StemLanguage::english) == "");
    CHECK_THROWS_WITH(forms.of_text("caf\xC3", StemLanguage::french), "invalid UTF-8 at byte 3");
}

TEST_CASE("search forms of 16 MiB are linear, of many words and of one", "[text][stems]") {
    constexpr std::size_t kSize = 16u << 20;
    SearchForms forms;
    std::string words;
    while (words.size() < kSize) words += "Les investissements des centres de données ";
    std::string one_word(kSize, 'a');
    for (const std::string* text : {&words, &one_word}) {
        const auto started = std::chrono::steady_clock::now();
        const std::string form = forms.of_text(*text, StemLanguage::french);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
        INFO(text->size() << " bytes in " << took.count() << " s");
        CHECK(form.size() <= text->size());
        CHECK(took.count() < factdb::test::seconds_fence(30));
    }
    const std::string form = forms.of_text(words.substr(0, 88), StemLanguage::french);
    CHECK(form == "le invest de centr de donne le invest de centr de donne");
}
