// parse_percent and parse_share: percentages and the share vocabulary.
#include "lang/percent.h"
#include "lang/share.h"

#include <string>
#include <vector>

#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct PercentCase {
    std::string text;
    factdb::Language language;
    Qualifier qualifier;
    const char* low;
    const char* high;
};

const std::vector<PercentCase> kPercents{
    {"49 %", fr, Q::exact, "49", "49"},
    {"49%", en, Q::exact, "49", "49"},
    {"49\u202F%", fr, Q::exact, "49", "49"},
    {"49 pour cent", fr, Q::exact, "49", "49"},
    {"49 percent", en, Q::exact, "49", "49"},
    {"49 per cent", en, Q::exact, "49", "49"},
    {"quarante-neuf pour cent", fr, Q::exact, "49", "49"},
    {"2,5 %", fr, Q::exact, "2.5", "2.5"},
    {"2.5%", en, Q::exact, "2.5", "2.5"},
    {"0,25 %", fr, Q::exact, "0.25", "0.25"},
    {"100 %", fr, Q::exact, "100", "100"},
    {"0 %", fr, Q::exact, "0", "0"},
    {"environ 10 %", fr, Q::approximately, "10", "10"},
    {"roughly 10 percent", en, Q::approximately, "10", "10"},
    {"plus de 50 %", fr, Q::more_than, "50", nullptr},
    {"at most 5%", en, Q::at_most, nullptr, "5"},
    {"entre 20 et 30 %", fr, Q::between, "20", "30"},
    {"between 20 and 30%", en, Q::between, "20", "30"},
    {"20-30 %", fr, Q::between, "20", "30"},
    {"20 % à 30 %", fr, Q::between, "20", "30"},
};

struct ErrorCase {
    std::string text;
    factdb::Language language;
    const char* error;
};

const std::vector<ErrorCase> kPercentErrors{
    {"150 %", fr, "percentage over 100"},
    {"100,5 %", fr, "percentage over 100"},
    {"49", fr, "no percent sign"},
    {"-5 %", fr, "percentage is negative"},
    {"", en, "empty text"},
    {"entre 30 et 20 %", fr, "between needs low < high"},
    {"49 % du capital", fr, "unexpected text 'du capital'"},
    {"plusieurs %", fr, "vague quantity 'plusieurs'"},
};

struct ShareCase {
    std::string text;
    factdb::Language language;
    const char* relation;
    Qualifier qualifier;
    const char* low;
    const char* high;
};

const std::vector<ShareCase> kShares{
    {"49 %", fr, "shareholder", Q::exact, "49", "49"},
    {"a 49 % stake", en, "shareholder", Q::exact, "49", "49"},
    {"a 49% stake", en, "shareholder", Q::exact, "49", "49"},
    {"49 % du capital", fr, "shareholder", Q::exact, "49", "49"},
    {"une participation de 49 %", fr, "shareholder", Q::exact, "49", "49"},
    {"plus de 40 % du capital", fr, "shareholder", Q::more_than, "40", nullptr},
    {"une participation de plus de 40 %", fr, "shareholder", Q::more_than, "40", nullptr},
    {"minoritaire", fr, "minority_shareholder", Q::less_than, nullptr, "50"},
    {"participation minoritaire", fr, "minority_shareholder", Q::less_than, nullptr, "50"},
    {"actionnaire minoritaire", fr, "minority_shareholder", Q::less_than, nullptr, "50"},
    {"a minority stake", en, "minority_shareholder", Q::less_than, nullptr, "50"},
    {"une participation minoritaire de 20 %", fr, "minority_shareholder", Q::exact, "20", "20"},
    {"majoritaire", fr, "majority_shareholder", Q::more_than, "50", nullptr},
    {"majority stake", en, "majority_shareholder", Q::more_than, "50", nullptr},
    {"une participation majoritaire de 51 %", fr, "majority_shareholder", Q::exact, "51", "51"},
    {"principal actionnaire", fr, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"principaux actionnaires", fr, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"l'actionnaire principal", fr, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"premier actionnaire", fr, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"principal shareholder", en, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"the main shareholder", en, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"largest shareholder", en, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"major shareholder", en, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {"premier actionnaire avec 30 %", fr, "principal_shareholder", Q::exact, "30", "30"},
    {"actionnaire", fr, "shareholder", Q::undisclosed, nullptr, nullptr},
    {"Shareholder", en, "shareholder", Q::undisclosed, nullptr, nullptr},
    {"a stake", en, "shareholder", Q::undisclosed, nullptr, nullptr},
    {"une participation", fr, "shareholder", Q::undisclosed, nullptr, nullptr},
};

const std::vector<ErrorCase> kShareErrors{
    {"participation minoritaire de 60 %", fr, "minority stake must be under 50 %"},
    {"majority stake of 50%", en, "majority stake must be over 50 %"},
    {"a 150 % stake", en, "percentage over 100"},
    {"partenaire", fr, "unrecognised share 'partenaire'"},
    {"de la", fr, "unrecognised share 'de la'"},
    {"minority majority", en, "share is both minority and majority"},
    {"", fr, "empty text"},
};

}  // namespace

TEST_CASE("parse_percent accepts percentages", "[normalize][percent]") {
    for (const auto& c : kPercents) {
        INFO(c.text);
        check_range(parse_percent(c.text, c.language), c.qualifier, c.low, c.high);
    }
    const Range r = parse_percent("2,5 %", fr);
    CHECK(r.low->mantissa == 25);
    CHECK(r.low->exponent == -1);
}

TEST_CASE("parse_percent rejects with the reason", "[normalize][percent]") {
    for (const auto& c : kPercentErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_percent(c.text, c.language); }) == c.error);
    }
}

TEST_CASE("parse_share accepts stakes", "[normalize][share]") {
    for (const auto& c : kShares) {
        INFO(c.text);
        const Share s = parse_share(c.text, c.language);
        CHECK(s.relation == c.relation);
        check_range(s.percent, c.qualifier, c.low, c.high);
    }
}

TEST_CASE("parse_share rejects with the reason", "[normalize][share]") {
    for (const auto& c : kShareErrors) {
        INFO(c.text);
        CHECK(error_of([&] { parse_share(c.text, c.language); }) == c.error);
    }
}
