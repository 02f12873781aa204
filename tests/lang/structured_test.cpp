// range_from_json / money_from_json: accepted objects and every rejection.
#include "lang/structured.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/expect.h"

using namespace factdb::lang;
using namespace factdb::lang::testing;
using nlohmann::json;

namespace {

struct JsonCase {
    const char* json;
    Kind kind;
    Qualifier qualifier;
    const char* low;
    const char* high;
    const char* currency;  // money only
};

const std::vector<JsonCase> kAccepted{
    {R"({"low": 8000000000, "high": 8000000000, "qualifier": "exact", "currency": "USD"})",
     Kind::money, Q::exact, "8000000000", "8000000000", "USD"},
    {R"({"low": 3000000000, "qualifier": "more_than", "currency": "EUR"})", Kind::money,
     Q::more_than, "3000000000", nullptr, "EUR"},
    {R"({"high": 5, "qualifier": "at_most", "currency": "GBP", "low": null})", Kind::money,
     Q::at_most, nullptr, "5", "GBP"},
    {R"({"qualifier": "undisclosed"})", Kind::money, Q::undisclosed, nullptr, nullptr, ""},
    {R"({"qualifier": "undisclosed", "currency": "CHF"})", Kind::money, Q::undisclosed, nullptr,
     nullptr, "CHF"},
    {R"({"low": 20, "high": 30, "qualifier": "between"})", Kind::count, Q::between, "20", "30", ""},
    {R"({"low": 30, "high": 30, "qualifier": "approximately"})", Kind::count, Q::approximately,
     "30", "30", ""},
    {R"({"low": 12.5, "high": 12.5, "qualifier": "exact"})", Kind::percent, Q::exact, "12.5",
     "12.5", ""},
    {R"({"low": 0.1, "high": 0.1, "qualifier": "exact"})", Kind::percent, Q::exact, "0.1", "0.1",
     ""},
    {R"({"low": "49.5", "qualifier": "at_least"})", Kind::percent, Q::at_least, "49.5", nullptr,
     ""},
    {R"({"low": 100, "high": 100, "qualifier": "exact"})", Kind::percent, Q::exact, "100", "100",
     ""},
};

struct JsonError {
    const char* json;
    Kind kind;
    const char* error;
};

const std::vector<JsonError> kRejected{
    {R"([1, 2])", Kind::count, "expected a JSON object"},
    {R"({"lowe": 1, "qualifier": "exact"})", Kind::count,
     "unknown key 'lowe' (nearest: 'low'); the keys are low, high, qualifier, currency "
     "(docs/NORMALISATION.md 6): rename the key or remove it"},
    {R"({"amount": 1, "qualifier": "exact"})", Kind::count,
     "unknown key 'amount'; the keys are low, high, qualifier, currency "
     "(docs/NORMALISATION.md 6): rename the key or remove it"},
    {R"({"low": 1, "high": 1})", Kind::count, "missing key 'qualifier'"},
    {R"({"low": 1, "high": 1, "qualifier": 3})", Kind::count, "qualifier: expected a string"},
    {R"({"low": 1, "high": 1, "qualifier": "roughly"})", Kind::count,
     "qualifier: unknown value 'roughly'; give one of exact, approximately, at_least, "
     "more_than, at_most, less_than, between, undisclosed"},
    {R"({"low": 1, "qualifier": "atleast"})", Kind::count,
     "qualifier: unknown value 'atleast' (nearest: 'at_least', 'at_most'); give one of "
     "exact, "
     "approximately, at_least, more_than, at_most, less_than, between, undisclosed"},
    {R"({"low": 1.5, "high": 1.5, "qualifier": "exact"})", Kind::count, "low: expected an integer"},
    {R"({"low": "1", "high": 1, "qualifier": "exact"})", Kind::count, "low: expected an integer"},
    {R"({"low": -1, "high": -1, "qualifier": "exact"})", Kind::count, "low: is negative"},
    {R"({"low": 18446744073709551615, "qualifier": "at_least", "currency": "USD"})", Kind::money,
     "low: exceeds the 64-bit integer range"},
    {R"({"low": 1, "high": 1, "qualifier": "exact"})", Kind::money, "missing key 'currency'"},
    {R"({"low": 1, "high": 1, "qualifier": "exact", "currency": "usd"})", Kind::money,
     "currency: expected an ISO 4217 code, got 'usd'"},
    {R"({"low": 1, "high": 1, "qualifier": "exact", "currency": "XYZ"})", Kind::money,
     "currency: unrecognised currency 'XYZ': write one of AUD CAD CHF CNY DKK EUR GBP HKD ILS "
     "INR JPY KRW NOK NZD SEK SGD USD (code, symbol or name: 'USD', '$', 'dollars')"},
    {R"({"low": 1, "high": 1, "qualifier": "exact", "currency": "USD"})", Kind::count,
     "currency: only money has a currency"},
    {R"({"low": 150, "high": 150, "qualifier": "exact"})", Kind::percent,
     "low: percentage over 100"},
    {R"({"low": "abc", "qualifier": "at_least"})", Kind::percent, "low: expected a number"},
    {R"({"low": 1, "qualifier": "exact"})", Kind::count, "qualifier exact takes low and high"},
    {R"({"low": 1, "high": 2, "qualifier": "exact"})", Kind::count,
     "qualifier exact needs low == high"},
    {R"({"low": 1, "high": 2, "qualifier": "at_least"})", Kind::count,
     "qualifier at_least takes low only"},
    {R"({"low": 1, "qualifier": "less_than"})", Kind::count, "qualifier less_than takes high only"},
    {R"({"low": 1, "qualifier": "between"})", Kind::count, "qualifier between takes low and high"},
    {R"({"low": 3, "high": 2, "qualifier": "between"})", Kind::count, "between needs low < high"},
    {R"({"low": 1, "qualifier": "undisclosed"})", Kind::count,
     "qualifier undisclosed takes neither low nor high"},
};

}  // namespace

TEST_CASE("structured quantities are accepted", "[normalize][structured]") {
    for (const auto& c : kAccepted) {
        INFO(c.json);
        const json j = json::parse(c.json);
        check_range(range_from_json(j, c.kind), c.qualifier, c.low, c.high);
        if (c.kind == Kind::money) CHECK(money_from_json(j).currency == c.currency);
    }
    const Range r = range_from_json(json::parse(R"({"low":12.5,"high":12.5,"qualifier":"exact"})"),
                                    Kind::percent);
    CHECK(r.low->mantissa == 125);
    CHECK(r.low->exponent == -1);
}

TEST_CASE("structured quantities are rejected with the reason", "[normalize][structured]") {
    for (const auto& c : kRejected) {
        INFO(c.json);
        const json j = json::parse(c.json);
        CHECK(error_of([&] { range_from_json(j, c.kind); }) == c.error);
    }
}
