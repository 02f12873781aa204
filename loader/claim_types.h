// The claim types of the factdb.claims/1 format, as data: for each type its
// fields, how each field is normalised, the columns it fills, and the SQL
// that writes the typed row.  Adding a claim type is adding an entry here and
// a table in schema/, nothing else.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace factdb {

enum class FieldKind {
    entity,       // a name resolved to an entity; column = "<name>_id"
    entity_list,  // a JSON list of names; rows in fact_entities only
    money,        // <prefix>_low/_high (whole units), _low_minor/_high_minor (exact), _qualifier/_text + currency
    count,        // <prefix>_low/_high/_qualifier/_text
    quantity,     // a count of things named after it, figures allowed ("100,000 Nvidia H100
                  // chips", lang/count.h parse_count_of_items); columns as count
    share,        // relation + share_low/_high/_qualifier/_text
    place,        // place_code (NULL for an unknown place) + location_text
    text,         // free text, NFC with white space folded; column = <column>
    text_list,    // a string or list of strings; rows in datacenter_purposes
    stage,        // investment stage vocabulary; columns stage + stage_cue
    supply_item,  // supply item vocabulary (open: unknown = other); columns item + item_text
    year,         // column year
    ratio,        // growth_ratio + growth_text
    power,        // <prefix>_mw_low/_mw_high (megawatts, REAL) + <prefix>_qualifier/_text
    locality,     // locality + locality_text; may give place_code (datacenter)
    dc_status,    // data-centre status vocabulary; columns status + status_cue
    tense,        // role tense vocabulary (given, else inferred); columns tense + tense_cue
    start_year,   // a year, also "since 2021" / "depuis 2021"; column <column>
    period,       // free text (the key) read into years: <column>, <column>_start, <column>_end
    round,        // funding-round vocabulary (lang/funding_round.h); absent = unspecified; column <column>
    valuation_basis,  // valuation basis (lang/funding_round.h), market_cap only where allow_market_cap;
                      // absent = unspecified; column <column>
    date,         // an ISO date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (text, sorts in time); column <column>
    acq_status,   // acquisition status (lang/acquisition_status.h): given, else inferred from the
                  // evidence, else announced; columns <column> + <column>_cue
    stake_acquired,  // a percentage of the company (lang/percent.h); absent = the whole company
                     // (100 exact, <prefix>_text NULL); <prefix>_low/_high/_qualifier/_text
    duration,     // a deal's length (lang/duration.h); <column>_months + <column>_text
};

struct FieldSpec {
    std::string_view name;  // JSON key in the claim
    FieldKind kind;
    bool required;
    std::string_view column;       // column, or column prefix for ranges
    std::string_view entity_kind;  // kind given to a new entity (entity fields)
    std::string_view role;         // fact_entities role (entity fields)
    bool identity;                 // part of the subject key: what the fact is about
                                   // (for a share, only its relation is)
    int min_items = 0;             // lists: fewest entries accepted
    // A field added after facts of its type were first keyed: its line
    // enters the fact and subject keys only when its canonical value is not
    // this one, so a fact stored before the field existed keeps its key
    // (nullptr: always keyed).
    const char* key_unless = nullptr;
    // money: the currency column (a type with two amounts, a round's amount
    // and its valuation, needs one each).
    std::string_view currency_column = "currency";
    // valuation_basis: whether market_cap is a basis here (a valuation fact,
    // not a round: a round prices new shares, not listed ones).
    bool allow_market_cap = false;
};

// A field that means something only beside another (a valuation basis
// qualifies a valuation): a claim that gives `field` without `needs` is
// refused, the error naming `field` and saying why.
struct FieldNeed {
    std::string_view field;
    std::string_view needs;
    std::string_view why;  // what `field` says of `needs`, for the error
};

struct ClaimTypeSpec {
    std::string_view type;
    std::vector<FieldSpec> fields;
    // INSERT of the typed row with :named parameters, one per column the
    // fields produce, plus :fact_id.
    std::string_view insert_sql;
    // One-line summary; {field} is the field's display value, and a [...]
    // part is kept only when every field inside it has a value.
    std::string_view summary;
    // Fields of which at least one must be present (empty: no such rule).
    std::vector<std::string_view> one_of;
    // Fields given only with another (empty: no such rule).
    std::vector<FieldNeed> needs = {};
};

const std::vector<ClaimTypeSpec>& claim_types();
const ClaimTypeSpec* find_claim_type(std::string_view type);  // nullptr when unknown
const FieldSpec* find_field(const ClaimTypeSpec& spec, std::string_view name);

// The keys every claim may have whatever its type.
std::span<const std::string_view> common_claim_keys();

}  // namespace factdb
