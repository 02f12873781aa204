// The claim-type table (see claim_types.h).  Kept in step with the typed
// tables of schema/0001_core.sql: every :parameter of an insert_sql is a
// column some field of the type produces, which the loader checks when it
// prepares the statement, so a mismatch fails on the first load, loudly.
#include "loader/claim_types.h"

#include <array>

namespace factdb {
namespace {

using K = FieldKind;

std::vector<ClaimTypeSpec> make_types() {
    return {
        {"investment",
         {
             {"investor", K::entity, true, "investor_id", "organization", "investor", true},
             {"investee", K::entity, true, "investee_id", "organization", "investee", true},
             {"amount", K::money, false, "amount", "", "", false},
             // Optional: absent, it is inferred from the evidence's verb
             // (stage_cue keeps the words), else "unspecified".
             {"stage", K::stage, false, "stage", "", "", true},
         },
         "INSERT INTO investments (fact_id, investor_id, investee_id, amount_low, amount_high,"
         " amount_low_minor, amount_high_minor, amount_qualifier, currency, amount_text, stage,"
         " stage_cue) VALUES (:fact_id, :investor_id, :investee_id, :amount_low, :amount_high,"
         " :amount_low_minor, :amount_high_minor, :amount_qualifier, :currency, :amount_text,"
         " :stage, :stage_cue)",
         "{investor} invests in {investee}: {amount} ({stage})",
         {}},
        {"stake",
         {
             {"holder", K::entity, true, "holder_id", "organization", "holder", true},
             {"company", K::entity, true, "company_id", "organization", "company", true},
             {"share", K::share, true, "share", "", "", true},  // identity: the relation only
         },
         "INSERT INTO stakes (fact_id, holder_id, company_id, relation, share_low, share_high,"
         " share_qualifier, share_text) VALUES (:fact_id, :holder_id, :company_id, :relation,"
         " :share_low, :share_high, :share_qualifier, :share_text)",
         "{holder} holds a stake in {company}: {share}",
         {}},
        {"datacenter",
         {
             {"operator", K::entity, true, "operator_id", "organization", "operator", true},
             {"location", K::place, false, "place_code", "", "", true},
             {"description", K::text, false, "description", "", "", false},
             {"purpose", K::text_list, false, "", "", "", false},
             {"count", K::count, false, "count", "", "", false},
             {"previous_count", K::count, false, "previous_count", "", "", false},
             {"growth", K::ratio, false, "growth", "", "", false},
             {"investment", K::money, false, "investment", "", "", false},
             {"beneficiary", K::entity, false, "beneficiary_id", "organization", "beneficiary",
              false},
             // issue 13: one site below the state.  A named site needs no
             // count (absent, it is undisclosed, never an invented 1).
             {"site", K::text, false, "site", "", "", true, 0, ""},
             {"locality", K::locality, false, "locality", "", "", true, 0, ""},
             {"capacity", K::power, false, "capacity", "", "", false, 0, ""},
             // Optional: absent, it is inferred from the evidence's verb
             // (status_cue keeps the words), else "unspecified".
             {"status", K::dc_status, false, "status", "", "", false, 0, ""},
         },
         "INSERT INTO datacenters (fact_id, operator_id, place_code, location_text, description,"
         " count_low, count_high, count_qualifier, count_text, previous_count_low,"
         " previous_count_high, previous_count_qualifier, previous_count_text, growth_ratio,"
         " growth_text, investment_low, investment_high, investment_low_minor,"
         " investment_high_minor, investment_qualifier, currency,"
         " investment_text, beneficiary_id, site, locality, locality_text, capacity_mw_low,"
         " capacity_mw_high, capacity_qualifier, capacity_text, status, status_cue) VALUES"
         " (:fact_id, :operator_id, :place_code,"
         " :location_text, :description, :count_low, :count_high, :count_qualifier, :count_text,"
         " :previous_count_low, :previous_count_high, :previous_count_qualifier,"
         " :previous_count_text, :growth_ratio, :growth_text, :investment_low, :investment_high,"
         " :investment_low_minor, :investment_high_minor,"
         " :investment_qualifier, :currency, :investment_text, :beneficiary_id, :site, :locality,"
         " :locality_text, :capacity_mw_low, :capacity_mw_high, :capacity_qualifier,"
         " :capacity_text, :status, :status_cue)",
         "{operator} data centres[ {site}][ in {locality}][ in {location}][: {count}]"
         "[ (previously {previous_count})][, {capacity}][, {investment}][, for {beneficiary}]"
         "[ ({status})][: {description}]",
         {}},
        {"spending",
         {
             {"spender", K::entity, true, "spender_id", "organization", "spender", true},
             {"amount", K::money, true, "amount", "", "", false},
             {"purpose", K::text, false, "purpose", "", "", true},
             // Text as given (the key), read into period_start/period_end
             // years when a form of lang/period.h fits.
             {"period", K::period, false, "period", "", "", true},
         },
         "INSERT INTO spending (fact_id, spender_id, amount_low, amount_high, amount_low_minor,"
         " amount_high_minor, amount_qualifier, currency, amount_text, purpose, period,"
         " period_start, period_end) VALUES (:fact_id, :spender_id, :amount_low, :amount_high,"
         " :amount_low_minor, :amount_high_minor, :amount_qualifier, :currency, :amount_text,"
         " :purpose, :period, :period_start, :period_end)",
         "{spender} spends {amount}[ on {purpose}][ ({period})]",
         {}},
        // issue 13: a round of financing.  Its identity is the company and
        // the round: two statements of one Series C with different amounts
        // are one subject (`conflicts` shows them).  Investors are lists,
        // in fact_entities only (roles lead_investor, participant).
        {"funding_round",
         {
             {"company", K::entity, true, "company_id", "organization", "company", true},
             {"round", K::round, false, "round", "", "", true},
             {"amount", K::money, false, "amount", "", "", false},
             {"lead", K::entity_list, false, "", "organization", "lead_investor", false, 1},
             {"participants", K::entity_list, false, "", "organization", "participant", false,
              1},
             {"valuation", K::money, false, "valuation", "", "", false, 0, nullptr,
              "valuation_currency"},
             {"valuation_basis", K::valuation_basis, false, "valuation_basis", "", "", false},
         },
         "INSERT INTO funding_rounds (fact_id, company_id, round, amount_low, amount_high,"
         " amount_low_minor, amount_high_minor, amount_qualifier, currency, amount_text,"
         " valuation_low, valuation_high, valuation_low_minor, valuation_high_minor,"
         " valuation_qualifier, valuation_currency, valuation_text, valuation_basis) VALUES"
         " (:fact_id, :company_id, :round, :amount_low, :amount_high, :amount_low_minor,"
         " :amount_high_minor, :amount_qualifier, :currency, :amount_text, :valuation_low,"
         " :valuation_high, :valuation_low_minor, :valuation_high_minor, :valuation_qualifier,"
         " :valuation_currency, :valuation_text, :valuation_basis)",
         "{company} raises {amount}[ ({round})][ led by {lead}][ with {participants}]"
         "[, valued at {valuation}][ {valuation_basis}]",
         {},
         // A basis with no valuation would be stored beside an undisclosed
         // valuation and read as a stated one: refused.
         {{"valuation_basis", "valuation", "the basis (pre- or post-money) of the round's valuation"}}},
        // issue 13: what a company is worth, on a basis, as of a date (absent:
        // the document's published date, in the views).
        {"valuation",
         {
             {"company", K::entity, true, "company_id", "organization", "company", true},
             {"amount", K::money, true, "amount", "", "", false},
             {"basis", K::valuation_basis, false, "basis", "", "", true, 0, nullptr, "currency",
              true},
             {"as_of", K::date, false, "as_of", "", "", true},
         },
         "INSERT INTO valuations (fact_id, company_id, amount_low, amount_high, amount_low_minor,"
         " amount_high_minor, amount_qualifier, currency, amount_text, basis, as_of) VALUES"
         " (:fact_id, :company_id, :amount_low, :amount_high, :amount_low_minor,"
         " :amount_high_minor, :amount_qualifier, :currency, :amount_text, :basis, :as_of)",
         "{company} valued at {amount}[ {basis}][ as of {as_of}]",
         {}},
        // issue 13: one company buying another (or a stake in it).  Its
        // identity is the acquirer and the target: an announcement and the
        // completion of one deal are one subject (`conflicts` shows their
        // differing prices).  Absent share: the whole company (100 %);
        // absent status: read from the evidence's verbs, else announced.
        {"acquisition",
         {
             {"acquirer", K::entity, true, "acquirer_id", "organization", "acquirer", true},
             {"target", K::entity, true, "target_id", "organization", "target", true},
             {"seller", K::entity, false, "seller_id", "organization", "seller", false},
             {"amount", K::money, false, "amount", "", "", false},
             {"share", K::stake_acquired, false, "share", "", "", false},
             {"status", K::acq_status, false, "status", "", "", false},
             {"completed_on", K::date, false, "completed_on", "", "", false},
         },
         "INSERT INTO acquisitions (fact_id, acquirer_id, target_id, seller_id, amount_low,"
         " amount_high, amount_low_minor, amount_high_minor, amount_qualifier, currency,"
         " amount_text, share_low, share_high, share_qualifier, share_text, status, status_cue,"
         " completed_on) VALUES (:fact_id, :acquirer_id, :target_id, :seller_id, :amount_low,"
         " :amount_high, :amount_low_minor, :amount_high_minor, :amount_qualifier, :currency,"
         " :amount_text, :share_low, :share_high, :share_qualifier, :share_text, :status,"
         " :status_cue, :completed_on)",
         "{acquirer} acquires[ {share} of] {target}[ from {seller}]: {amount} ({status})"
         "[, completed {completed_on}]",
         {}},
        // issue 13: compute bought or leased (chips, cloud capacity, power),
        // distinct from `supply` (support and services).  Its identity is
        // the two parties, the item and the chip: one contract's value and
        // its power are one subject when stated for the same item.
        {"compute_deal",
         {
             {"provider", K::entity, true, "provider_id", "organization", "provider", true},
             {"recipient", K::entity, true, "recipient_id", "organization", "recipient", true},
             {"item", K::supply_item, false, "item", "", "", true},
             {"chip", K::entity, false, "chip_id", "product", "chip", true},
             {"quantity", K::quantity, false, "quantity", "", "", false},
             {"value", K::money, false, "value", "", "", false},
             {"duration", K::duration, false, "duration", "", "", false},
             {"power", K::power, false, "power", "", "", false},
         },
         "INSERT INTO compute_deals (fact_id, provider_id, recipient_id, item, item_text, chip_id,"
         " quantity_low, quantity_high, quantity_qualifier, quantity_text, value_low, value_high,"
         " value_low_minor, value_high_minor, value_qualifier, currency, value_text,"
         " duration_months, duration_text, power_mw_low, power_mw_high, power_qualifier,"
         " power_text) VALUES (:fact_id, :provider_id, :recipient_id, :item, :item_text,"
         " :chip_id, :quantity_low, :quantity_high, :quantity_qualifier, :quantity_text,"
         " :value_low, :value_high, :value_low_minor, :value_high_minor, :value_qualifier,"
         " :currency, :value_text, :duration_months, :duration_text, :power_mw_low,"
         " :power_mw_high, :power_qualifier, :power_text)",
         "{provider} compute deal with {recipient}[: {item}][ ({chip})][, {quantity} units]"
         "[, {value}][, {duration}][, {power}]",
         {}},
        {"role",
         {
             {"person", K::entity, true, "person_id", "person", "person", true},
             {"organization", K::entity, false, "organization_id", "organization", "organization",
              true},
             {"title", K::text, true, "title", "", "", false},
             // After title: an absent tense is read from the words that
             // govern the title in the evidence (lang/role_tense.h).
             // Unkeyed when current or absent: roles stored before these
             // fields keep their keys.
             {"tense", K::tense, false, "tense", "", "", false, 0, "current"},
             {"start_year", K::start_year, false, "start_year", "", "", false, 0, ""},
         },
         "INSERT INTO roles (fact_id, person_id, organization_id, title, tense, tense_cue,"
         " start_year) VALUES (:fact_id, :person_id, :organization_id, :title, :tense,"
         " :tense_cue, :start_year)",
         "{person}: {title}[ at {organization}][ ({tense})][ since {start_year}]",
         {}},
        {"founding",
         {
             {"organization", K::entity, true, "organization_id", "organization", "organization",
              true},
             {"year", K::year, false, "year", "", "", false},
             {"founders", K::entity_list, false, "", "person", "founder", false, 1},
             {"founders_count", K::count, false, "founders_count", "", "", false},
             {"founders_from", K::entity, false, "founders_from_id", "organization",
              "founders_from", false},
         },
         "INSERT INTO foundings (fact_id, organization_id, year, founders_count_low,"
         " founders_count_high, founders_count_qualifier, founders_count_text, founders_from_id)"
         " VALUES (:fact_id, :organization_id, :year, :founders_count_low, :founders_count_high,"
         " :founders_count_qualifier, :founders_count_text, :founders_from_id)",
         "{organization} founded[ in {year}][ by {founders}][ by {founders_count} founders]"
         "[ from {founders_from}]",
         {}},
        {"product",
         {
             {"organization", K::entity, true, "organization_id", "organization", "organization",
              true},
             {"product", K::entity, true, "product_id", "product", "product", true},
             {"description", K::text, false, "description", "", "", false},
             {"competitor", K::entity, false, "competitor_id", "product", "competitor", false},
             {"competitor_organization", K::entity, false, "competitor_organization_id",
              "organization", "competitor_organization", false},
         },
         "INSERT INTO products (fact_id, organization_id, product_id, description, competitor_id,"
         " competitor_organization_id) VALUES (:fact_id, :organization_id, :product_id,"
         " :description, :competitor_id, :competitor_organization_id)",
         "{product} by {organization}[ ({description})][, competes with {competitor}]"
         "[ of {competitor_organization}]",
         {}},
        {"supply",
         {
             {"provider", K::entity, true, "provider_id", "organization", "provider", true},
             {"recipient", K::entity, true, "recipient_id", "organization", "recipient", true},
             {"item", K::supply_item, true, "item", "", "", true},
             {"subject", K::entity, false, "subject_id", "product", "subject", true},
         },
         "INSERT INTO supplies (fact_id, provider_id, recipient_id, item, item_text, subject_id)"
         " VALUES (:fact_id, :provider_id, :recipient_id, :item, :item_text, :subject_id)",
         "{provider} supplies {item} to {recipient}[ for {subject}]",
         {}},
        {"partnership",
         {
             {"parties", K::entity_list, true, "", "organization", "party", true, 2},
             {"purpose", K::text, false, "purpose", "", "", true},
             // The joint venture or programme the partnership is ("Stargate"):
             // an entity of its own (a project), role "venture".  Unkeyed
             // when absent: partnerships stored before it keep their keys.
             {"name", K::entity, false, "name_id", "project", "venture", true, 0, ""},
         },
         "INSERT INTO partnerships (fact_id, purpose, name_id) VALUES (:fact_id, :purpose,"
         " :name_id)",
         "[{name}: ]partnership of {parties}[: {purpose}]",
         {}},
        {"quote",
         {
             {"speaker", K::entity, false, "speaker_id", "person", "speaker", true},
             {"speaker_description", K::text, false, "speaker_description", "", "", true},
             {"organization", K::entity, false, "organization_id", "organization", "organization",
              true},
             {"text", K::text, true, "text", "", "", true},
         },
         "INSERT INTO quotes (fact_id, speaker_id, speaker_description, organization_id, text)"
         " VALUES (:fact_id, :speaker_id, :speaker_description, :organization_id, :text)",
         "[{speaker}][{speaker_description}][ ({organization})]: \"{text}\"",
         {"speaker", "organization"}},
    };
}

// "draft" (issue 14): {"rule": ID, "confidence": 0..1} on a drafter's claim;
// absent on a curated one (claim_normalizer.cpp, ClaimContext::drafted).
constexpr std::array<std::string_view, 7> kCommonKeys = {
    "id", "type", "evidence", "occurrence", "modality", "note", "draft"};

}  // namespace

const std::vector<ClaimTypeSpec>& claim_types() {
    static const std::vector<ClaimTypeSpec> types = make_types();
    return types;
}

const ClaimTypeSpec* find_claim_type(std::string_view type) {
    for (const auto& spec : claim_types()) {
        if (spec.type == type) return &spec;
    }
    return nullptr;
}

const FieldSpec* find_field(const ClaimTypeSpec& spec, std::string_view name) {
    for (const auto& field : spec.fields) {
        if (field.name == name) return &field;
    }
    return nullptr;
}

std::span<const std::string_view> common_claim_keys() {
    return kCommonKeys;
}

}  // namespace factdb
