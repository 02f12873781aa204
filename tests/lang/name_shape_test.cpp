// phrase_like (lang/name_shape.h): names that look like phrases of the text,
// table driven in both languages, with the exact reason; names with
// capitalised function words or none at all are names.
#include "lang/name_shape.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct Case {
    factdb::Language language;
    std::string name;
    const char* reason;  // nullptr: a name
};

const std::vector<Case> kCases{
    {fr, "Le groupe de Redmond", "contains the preposition 'de'"},
    {fr, "Google DeepMind et de Meta", "contains the conjunction 'et'"},
    {fr, "le géant américain", "contains the lower-case article 'le'"},
    {fr, "ChatGPT d'OpenAI", "contains the preposition 'd''"},
    {fr, "la filiale cloud", "contains the lower-case article 'la'"},
    {fr, "Amazon ou Google", "contains the conjunction 'ou'"},
    {fr, "Amazon", nullptr},
    {fr, "La Poste", nullptr},
    {fr, "De Beers", nullptr},
    {fr, "Dan Grossman", nullptr},
    {fr, "Amazon Web Services", nullptr},
    {en, "the Redmond-based group", "contains the lower-case article 'the'"},
    {en, "Microsoft and OpenAI", "contains the conjunction 'and'"},
    {en, "investors in OpenAI", "contains the preposition 'in'"},
    {en, "Bank of America", "contains the preposition 'of'"},
    {en, "The Walt Disney Company", nullptr},
    {en, "Of Counsel LLP", nullptr},
    {en, "AT&T", nullptr},
    {en, "Google DeepMind", nullptr},
    // The document's language decides the words.
    {en, "Le groupe de Redmond", nullptr},
    {fr, "Microsoft and OpenAI", nullptr},
};

}  // namespace

TEST_CASE("phrase_like: function words in lower case make a name a phrase",
          "[normalize][name_shape]") {
    for (const auto& c : kCases) {
        INFO(c.name);
        const auto reason = phrase_like(c.name, c.language);
        if (c.reason) {
            REQUIRE(reason.has_value());
            CHECK(*reason == c.reason);
        } else {
            CHECK_FALSE(reason.has_value());
        }
    }
}
