// Internal to lang/: the grammar shared by money, counts and
// percentages (grammar.cpp documents it).  The three differ only in their
// unit (currency, none, percent sign) and in whether words may follow.
//
// One reader, two uses: read_quantity() reads the longest valid quantity that
// starts at a token and says where it stopped (the span matchers of running
// text), and parse_quantity() is that reading at token 0 plus "nothing left
// over" (the whole-field parsers of claim values).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "lang/quantity.h"
#include "lang/tokens.h"

namespace factdb::lang {

// What a unit reader found at a position.
struct UnitRead {
    std::size_t length = 0;  // tokens consumed; 0 when there is no unit there
    std::string unit;        // the unit read ("USD", "%"); empty when none
    // A word stands where the unit should be but is none ("5 millions de
    // florins"): why, as the whole-field parse reports it.  The quantity
    // then ends before that word; length is 0.
    std::string refusal;
    // After the figure only, read with the unit and applied to the figure
    // by the grammar: a scale the unit carries ("5 MUSD" = 5e6 USD; refused
    // when the figure already has a scale), and a part added to the figure
    // ("7 dollars and 20 cents" = 7.20; refused when the figure already has
    // a fraction or a scale: "1.5 dollars and 20 cents").
    int scale = 0;
    std::optional<Decimal> plus;
    std::string plus_text;  // as written ("and 20 cents"), for that refusal
};

struct UnitRules {
    std::string_view noun;  // "amount", "count", "percentage": starts error messages
    // Reads a unit at pos, before the figure (before == true; never refuses)
    // or after it.  Never throws.
    UnitRead (*read)(TokenSpan tokens, std::size_t pos, bool before, Language language);
    bool trailing_words = false;  // whole field, counts: "30 centres de données"
    // English "a"/"an" before a noun is the number one ("a data center"),
    // as French "un"/"une" already are number words: counts only.
    bool article_is_one = false;
};

struct Quantity {
    Range range;
    std::string unit;  // the unit both ends agree on; "" when none was given
};

// The longest valid quantity starting at token `from`, and the first reason
// met on the way that the whole-field parse reports: a malformed part ("-5",
// "plusieurs", "entre 2 milliards" without its "et"), a refused unit, a range
// whose ends disagree.  A speculative part that fails ("30 à Paris": à then
// no figure; "3 milliards de dollars à 10 ans": low >= high) is dropped, the
// quantity ending before it; a part the quantity cannot do without makes it
// nullopt.  Never throws.  Undisclosed words are not read here: "inconnu"
// names no quantity in running text (parse_quantity's whole-field rule).
struct QuantityRead {
    std::optional<Quantity> quantity;
    std::size_t end = 0;  // the token after the quantity; `from` when there is none
    std::string reason;   // empty when nothing was refused on the way
};
QuantityRead read_quantity(TokenSpan tokens, std::size_t from, Language language,
                           const UnitRules& rules);

// The whole field: read_quantity at 0, after the whole-field rules (an
// undisclosed word anywhere -> undisclosed; one final full stop ignored),
// and nothing may be left over ("unexpected text '...'", except words naming
// what a count counts).  Throws NormalizeError with the first reason met.
// An undisclosed quantity has an empty unit: the caller looks for one itself
// if it wants it.
Quantity parse_quantity(TokenSpan tokens, Language language, const UnitRules& rules);

// Running text: whether the match [begin, end) of tokens stands alone rather
// than being a piece of a longer expression that no recogniser reads in full
// (grammar.cpp lists the cases: "H100", "1er", "24/7", "3 millions 500 000").
// Precondition: tokens come from one tokenize() call (their raw views are
// adjacent in one text), so "glued" (no white space between) is decidable.
bool stands_alone(TokenSpan tokens, std::size_t begin, std::size_t end, Language language);

// True when tokens i and i + 1 touch (no white space between them).
bool glued(TokenSpan tokens, std::size_t i);

}  // namespace factdb::lang
