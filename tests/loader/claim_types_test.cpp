// The claim-type table agrees with the schema: every :parameter of a type's
// INSERT is a column its fields produce, and every statement prepares.
#include <catch2/catch.hpp>

#include <set>

#include "db/database.h"
#include "loader/claim_types.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;

namespace {

std::set<std::string> produced_columns(const ClaimTypeSpec& spec) {
    std::set<std::string> out = {"fact_id"};
    for (const auto& f : spec.fields) {
        const std::string p(f.column);
        switch (f.kind) {
            case FieldKind::entity:
            case FieldKind::text:
            case FieldKind::year:
            case FieldKind::start_year:
            case FieldKind::round:
            case FieldKind::valuation_basis:
            case FieldKind::date:
                out.insert(p);
                break;
            case FieldKind::period:
                out.insert({p, p + "_start", p + "_end"});
                break;
            case FieldKind::stage:
            case FieldKind::tense:
                out.insert({p, p + "_cue"});
                break;
            case FieldKind::money:
                out.insert({p + "_low", p + "_high", p + "_low_minor", p + "_high_minor",
                            p + "_qualifier", p + "_text", std::string(f.currency_column)});
                break;
            case FieldKind::count:
            case FieldKind::quantity:
                out.insert({p + "_low", p + "_high", p + "_qualifier", p + "_text"});
                break;
            case FieldKind::share:
                out.insert(
                    {"relation", "share_low", "share_high", "share_qualifier", "share_text"});
                break;
            case FieldKind::place:
                out.insert({"place_code", "location_text"});
                break;
            case FieldKind::supply_item:
                out.insert({"item", "item_text"});
                break;
            case FieldKind::ratio:
                out.insert({"growth_ratio", "growth_text"});
                break;
            case FieldKind::power:
                out.insert({p + "_mw_low", p + "_mw_high", p + "_qualifier", p + "_text"});
                break;
            case FieldKind::locality:
                out.insert({"locality", "locality_text"});
                break;
            case FieldKind::dc_status:
            case FieldKind::acq_status:
                out.insert({p, p + "_cue"});
                break;
            case FieldKind::stake_acquired:
                out.insert({p + "_low", p + "_high", p + "_qualifier", p + "_text"});
                break;
            case FieldKind::duration:
                out.insert({p + "_months", p + "_text"});
                break;
            case FieldKind::entity_list:
            case FieldKind::text_list:
                break;
        }
    }
    return out;
}

std::set<std::string> sql_parameters(std::string_view sql) {
    std::set<std::string> out;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        if (sql[i] != ':') continue;
        std::size_t j = i + 1;
        while (j < sql.size() &&
               (std::isalnum(static_cast<unsigned char>(sql[j])) || sql[j] == '_'))
            ++j;
        out.insert(std::string(sql.substr(i + 1, j - i - 1)));
    }
    return out;
}

}  // namespace

TEST_CASE("every claim type's INSERT binds exactly the columns its fields produce",
          "[claim_types]") {
    TempDir dir;
    SQLite::Database db = db::open((dir / "t.sqlite").string(), db::Mode::read_write);
    db::migrate(db);
    CHECK(claim_types().size() == 14);
    for (const auto& spec : claim_types()) {
        INFO(spec.type);
        CHECK(sql_parameters(spec.insert_sql) == produced_columns(spec));
        CHECK_NOTHROW(SQLite::Statement(db, std::string(spec.insert_sql)));
        for (const auto& f : spec.fields) {
            if (f.kind == FieldKind::entity || f.kind == FieldKind::entity_list) {
                CHECK_FALSE(f.role.empty());
                CHECK_FALSE(f.entity_kind.empty());
            }
        }
    }
    CHECK(find_claim_type("merger") == nullptr);
    REQUIRE(find_claim_type("investment") != nullptr);
    CHECK(find_field(*find_claim_type("investment"), "amount")->kind == FieldKind::money);
}
