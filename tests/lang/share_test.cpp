// match_share: stakes in running text.  Each row is a sentence, where the
// match starts and exactly what it covers, the relation and percentage
// (parse_share's rules), and the near misses running text is full of: a
// percentage or a modifier with nothing naming a stake, a common word of
// the share table on its own.  parse_share's own rows are in percent_test.cpp.
#include "lang/share.h"

#include <string>
#include <vector>

#include "support/span_rows.h"
#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;

namespace {

struct ShareSpanCase {
    factdb::Language language;
    std::string sentence;
    std::string at;
    const char* matched;  // nullptr: no match at `at`
    std::size_t begin_char, end_char;
    const char* relation;
    Qualifier qualifier;
    const char* low;
    const char* high;
};

const std::vector<ShareSpanCase> kShareSpans{
    // French
    {fr, "Amazon détient une participation de 49 % dans Anthropic.", "participation",
     "participation de 49 %", 19, 40, "shareholder", Q::exact, "49", "49"},
    {fr, "Amazon deviendrait actionnaire minoritaire d'Anthropic.", "actionnaire",
     "actionnaire minoritaire", 19, 42, "minority_shareholder", Q::less_than, nullptr, "50"},
    {fr, "Google est le principal actionnaire de la société.", "principal", "principal actionnaire",
     14, 35, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {fr, "Microsoft détient 49 % du capital, selon Reuters.", "49", "49 % du capital", 18, 33,
     "shareholder", Q::exact, "49", "49"},
    {fr, "Une participation majoritaire de 60 % a été acquise.", "participation",
     "participation majoritaire de 60 %", 4, 37, "majority_shareholder", Q::exact, "60", "60"},
    {fr, "Le plus gros actionnaire reste Google.", "plus", "plus gros actionnaire", 3, 24,
     "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {fr, "Il prend une participation de plus de 40 % dans la start-up.", "participation",
     "participation de plus de 40 %", 13, 42, "shareholder", Q::more_than, "40", nullptr},
    // French: near misses
    {fr, "Amazon détient une participation de 49 % dans Anthropic.", "une", nullptr, 0, 0, "",
     Q::undisclosed, nullptr, nullptr},
    {fr, "Une hausse de 49 % des ventes.", "49", nullptr, 0, 0, "", Q::undisclosed, nullptr,
     nullptr},
    {fr, "Il prend une participation minoritaire de 60 %.", "participation", nullptr, 0, 0, "",
     Q::undisclosed, nullptr, nullptr},
    {fr, "Il est minoritaire au conseil.", "minoritaire", nullptr, 0, 0, "", Q::undisclosed,
     nullptr, nullptr},
    {fr, "Ils ont pris part au sommet.", "part", nullptr, 0, 0, "", Q::undisclosed, nullptr,
     nullptr},
    {fr, "Le capital-risque afflue.", "capital", nullptr, 0, 0, "", Q::undisclosed, nullptr,
     nullptr},
    // English
    {en, "Amazon took a 49% stake in Anthropic.", "49", "49% stake", 14, 23, "shareholder",
     Q::exact, "49", "49"},
    {en, "Microsoft holds a majority stake in the venture.", "majority", "majority stake", 18, 32,
     "majority_shareholder", Q::more_than, "50", nullptr},
    {en, "Google became the largest shareholder of the firm.", "largest", "largest shareholder", 18,
     37, "principal_shareholder", Q::undisclosed, nullptr, nullptr},
    {en, "SoftBank holds a minority stake of 20% in Arm.", "minority", "minority stake of 20%", 17,
     38, "minority_shareholder", Q::exact, "20", "20"},
    {en, "Nvidia is a shareholder, filings show.", "shareholder", "shareholder", 12, 23,
     "shareholder", Q::undisclosed, nullptr, nullptr},
    // English: near misses
    {en, "The majority of users prefer it.", "majority", nullptr, 0, 0, "", Q::undisclosed, nullptr,
     nullptr},
    {en, "Shares rose 5% on Monday.", "Shares", nullptr, 0, 0, "", Q::undisclosed, nullptr,
     nullptr},
    {en, "It bought a majority stake of 30%.", "majority", nullptr, 0, 0, "", Q::undisclosed,
     nullptr, nullptr},
    {en, "Equity markets fell.", "Equity", nullptr, 0, 0, "", Q::undisclosed, nullptr, nullptr},
    {en, "Amazon took a 49% stake in Anthropic.", "a 49", nullptr, 0, 0, "", Q::undisclosed,
     nullptr, nullptr},
};

}  // namespace

TEST_CASE("match_share finds stakes in running text", "[normalize][share][span]") {
    for (const auto& c : kShareSpans) {
        INFO(c.sentence << " @ '" << c.at << "'");
        const RunningText s(c.sentence, c.language);
        const std::size_t at = s.token_at(c.at);
        const auto m = match_share(s.tokens, at, c.language);
        if (!check_match(s, at, m, {c.matched, c.begin_char, c.end_char})) continue;
        CHECK(m->value.relation == c.relation);
        check_range(m->value.percent, c.qualifier, c.low, c.high);
    }
}
