// Claim validation and normalisation (see claim_normalizer.h).
//
// Invariants: a draft is produced only for a claim with no problem at all, so
// the writer never sees a half-normalised claim; a value that cannot be
// normalised is an error, never NULL; an absent optional value is NULL and
// says so in the canonical form ("").  JSON null counts as absent.
// Open vocabularies (supply items, places) never refuse: an unknown word is
// stored as written (item "other", place without a code) and the draft
// carries a warning naming it.  An absent stage is inferred from the
// evidence's verb (lang/stage_cues.h), else "unspecified"; so is an absent
// data-centre status (lang/datacenter_status.h).  A location or locality
// written "City, State" (lang/locality.h) gives the state's code and keeps
// the city as text; an absent role tense is inferred from the words
// governing the title (lang/role_tense.h), else "current".
// Agreement: every amount, count, share, year and place of a valid claim is
// looked for in its evidence, read by the span matchers (lang/span_match.h)
// left to right, each match taken whole (so "more than $3bn" does not agree
// with an exact $3bn); a value no match equals is a warning.
#include "loader/claim_normalizer.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <set>
#include <utility>

#include "lang/acquisition_status.h"
#include "lang/calendar_date.h"
#include "lang/count.h"
#include "lang/datacenter_status.h"
#include "lang/duration.h"
#include "lang/funding_round.h"
#include "lang/locality.h"
#include "lang/money.h"
#include "lang/name_shape.h"
#include "lang/nearest.h"
#include "lang/percent.h"
#include "lang/power.h"
#include "lang/period.h"
#include "lang/role_tense.h"
#include "lang/share.h"
#include "lang/stage_cues.h"
#include "lang/structured.h"
#include "lang/vocabulary.h"
#include "lang/range_format.h"
#include "loader/entities.h"
#include "text/sentences.h"
#include "text/unicode.h"

namespace factdb {
namespace {

using nlohmann::json;
namespace nz = lang;

// How much longer than its quote the text's span of a claim's evidence may
// be (white space folds: one space in the quote matches any run in the text).
// Ordinary text adds a few bytes (a line break and an indent); the bound
// keeps each stored quote within a constant times the claim (issue 11).
constexpr std::size_t kMaxSpanGrowth = 4;
constexpr std::size_t kSpanSlackBytes = 1024;


std::string suggestion(const ClaimTypeSpec& spec, std::string_view key) {
    std::string best;
    std::size_t best_distance = 3;
    auto consider = [&](std::string_view candidate) {
        const std::size_t d = nz::edit_distance(key, candidate);
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    };
    for (auto k : common_claim_keys()) consider(k);
    for (const auto& f : spec.fields) consider(f.name);
    return best.empty() ? std::string() : " (did you mean \"" + best + "\"?)";
}

SqlValue integer_or_null(const std::optional<nz::Decimal>& d) {
    if (!d) return std::monostate{};
    const auto i = d->to_integer();
    if (!i) throw NormalizeError("not a whole number: " + d->to_string());
    return *i;
}

// An end of an amount in whole units; NULL when absent or when it has a
// fraction of a unit (its exact value is in the minor column).
SqlValue whole_or_null(const std::optional<nz::Decimal>& d) {
    if (!d) return std::monostate{};
    const auto i = d->to_integer();
    if (!i) return std::monostate{};
    return *i;
}

// An end of an amount in minor units of its currency (4.99 USD -> 499).
SqlValue minor_or_null(const std::optional<nz::Decimal>& d, const std::string& currency) {
    if (!d) return std::monostate{};
    return nz::to_minor_units(*d, currency);
}

SqlValue real_or_null(const std::optional<nz::Decimal>& d) {
    if (!d) return std::monostate{};
    return d->to_double();
}

SqlValue text_or_null(const std::string& s) {
    if (s.empty()) return std::monostate{};
    return s;
}

// Whether parse reads text without an error: to say what a refused value
// is ("49 %" given as a price is a percentage).
template <class Parse>
bool reads_as(const std::string& text, Language language, Parse&& parse) {
    try {
        (void)parse(text, language);
        return true;
    } catch (const NormalizeError&) {
        return false;
    }
}

// A closed-vocabulary code the claim gives (stage, data-centre or
// acquisition status, tense): its column, its key and display, and no cue,
// since nothing was inferred from the evidence's words.
void put_given_code(FactDraft& d, const std::string& column, const std::string& field,
                    const std::string& code, std::string display) {
    d.columns[column] = code;
    d.columns[column + "_cue"] = std::monostate{};
    d.canonical[field] = code;
    d.display[field] = std::move(display);
}

// "under_construction" -> "under construction", as summaries show it.
std::string status_display(std::string status) {
    std::replace(status.begin(), status.end(), '_', ' ');
    return status;
}

// Normalises one claim; problems go to errors with the claim's location.
class ClaimContext {
  public:
    ClaimContext(const DocumentInput& doc, const text::FoldedText& folded,
                 const text::SentenceIndex& sentences, const SourceDocument& source,
                 const PlaceResolver& places, std::vector<InputError>& errors)
        : doc_(doc),
          folded_(folded),
          sentences_(sentences),
          source_(source),
          places_(places),
          errors_(errors) {}

    bool failed() const { return failed_; }
    bool over_budget() const { return over_budget_; }

    void problem(const std::string& field, const std::string& reason,
                 const std::string& text = {}) {
        errors_.emplace_back(Location{source_.file, source_.line, claim_id_, field}, reason, text);
        failed_ = true;
    }

    void set_claim(std::string id) { claim_id_ = std::move(id); }

    // A warning of the claim: it loads, and the load reports it (an error
    // with --strict).
    void warn(FactDraft& d, const std::string& field, const std::string& reason,
              const std::string& text = {}) {
        d.warnings.emplace_back(Location{source_.file, source_.line, claim_id_, field}, reason,
                                text);
    }

    std::optional<FactDraft> run(const json& claim, std::size_t index,
                                 std::set<std::string>& seen_ids);

  private:
    const json* string_value(const json& claim, std::string_view field);
    bool entity_name(const std::string& name, const std::string& field);
    void evidence(const json& claim, FactDraft& draft);
    void modality(const json& claim, FactDraft& draft);
    void drafted(const json& claim, FactDraft& draft);
    void field(const json& value, const FieldSpec& spec, FactDraft& draft);
    void absent(const FieldSpec& spec, FactDraft& draft);
    void infer_tense(const FieldSpec& spec, FactDraft& draft);
    void agree(FactDraft& draft);

    // The normalised values agree() looks for in the evidence, by field.
    template <class V>
    using Stated = std::vector<std::pair<std::string, V>>;
    Stated<nz::Money> money_;
    Stated<nz::Range> counts_;
    Stated<nz::Range> powers_;  // megawatts
    Stated<nz::Share> shares_;
    Stated<nz::Range> percents_;  // an acquisition's stake
    Stated<nz::Range> quantities_;  // a compute deal's count of chips
    Stated<int> years_;
    Stated<const Place*> places_stated_;

    const DocumentInput& doc_;
    const text::FoldedText& folded_;          // doc_.text, folded once for every claim
    const text::SentenceIndex& sentences_;    // its sentence ends, found once
    const SourceDocument& source_;
    const PlaceResolver& places_;
    std::vector<InputError>& errors_;
    std::string claim_id_;
    bool failed_ = false;
    bool over_budget_ = false;  // the document's search budget is spent
};

std::optional<FactDraft> ClaimContext::run(const json& claim, std::size_t index,
                                           std::set<std::string>& seen_ids) {
    FactDraft draft;
    set_claim("#" + std::to_string(index));  // until the claim's own id is known
    if (!claim.is_object()) {
        problem("", std::string("a claim must be an object, not ") + claim.type_name());
        return std::nullopt;
    }
    auto id = claim.find("id");
    if (id == claim.end() || id->is_null()) {
        problem("id", "missing required field");
    } else if (!id->is_string() || id->get_ref<const std::string&>().empty()) {
        problem("id", "must be a non-empty string");
    } else {
        set_claim(id->get<std::string>());
        if (!seen_ids.insert(claim_id_).second)
            problem("id", "duplicate claim id in this document", claim_id_);
    }
    draft.claim_id = claim_id_;

    auto type = claim.find("type");
    if (type == claim.end() || type->is_null()) {
        problem("type", "missing required field");
        return std::nullopt;
    }
    if (!type->is_string()) {
        problem("type", std::string("must be a string, not ") + type->type_name());
        return std::nullopt;
    }
    draft.spec = find_claim_type(type->get_ref<const std::string&>());
    if (!draft.spec) {
        std::vector<std::string_view> known;
        for (const auto& t : claim_types()) known.push_back(t.type);
        const std::string near = nz::nearest_words(type->get_ref<const std::string&>(), known);
        problem("type",
                "unknown claim type" + (near.empty() ? "" : " (nearest: " + near + ")") +
                    "; give one of " + nz::listed(known) + " in \"type\"",
                type->get<std::string>());
        return std::nullopt;
    }
    const ClaimTypeSpec& spec = *draft.spec;
    for (const auto& [key, value] : claim.items()) {
        const bool common = std::find(common_claim_keys().begin(), common_claim_keys().end(),
                                      key) != common_claim_keys().end();
        if (!common && !find_field(spec, key)) {
            std::vector<std::string_view> fields;
            for (const auto& f : spec.fields) fields.push_back(f.name);
            problem(key, "unknown field for claim type " + std::string(spec.type) +
                             suggestion(spec, key) + "; " +
                             (std::string_view("aeiou").find(spec.type.front()) ==
                                      std::string_view::npos
                                  ? "a "
                                  : "an ") +
                             std::string(spec.type) +
                             " claim takes " + nz::listed(fields) + " and " +
                             nz::listed(common_claim_keys()) +
                             ": rename the field or remove it");
        }
    }

    evidence(claim, draft);
    modality(claim, draft);
    drafted(claim, draft);
    if (auto note = claim.find("note"); note != claim.end() && !note->is_null()) {
        if (!note->is_string()) {
            problem("note", std::string("must be a string, not ") + note->type_name());
        } else {
            draft.note = note->get<std::string>();
        }
    }
    for (const auto& f : spec.fields) {
        auto it = claim.find(f.name);
        if (it == claim.end() || it->is_null()) {
            if (f.required) problem(std::string(f.name), "missing required field");
            absent(f, draft);
        } else {
            field(*it, f, draft);
        }
    }
    if (!spec.one_of.empty()) {
        bool any = false;
        std::string names;
        for (auto name : spec.one_of) {
            auto it = claim.find(name);
            any = any || (it != claim.end() && !it->is_null());
            names += (names.empty() ? "\"" : " or \"") + std::string(name) + "\"";
        }
        if (!any) problem("", "a " + std::string(spec.type) + " claim needs " + names);
    }
    const auto given = [&](std::string_view name) {
        const auto it = claim.find(name);
        return it != claim.end() && !it->is_null();
    };
    for (const FieldNeed& need : spec.needs) {
        if (given(need.field) && !given(need.needs)) {
            problem(std::string(need.field),
                    "\"" + std::string(need.field) + "\" is " + std::string(need.why) +
                        ", and this claim gives no \"" + std::string(need.needs) +
                        "\": add \"" + std::string(need.needs) + "\" or remove \"" +
                        std::string(need.field) + "\"");
        }
    }
    if (failed_) return std::nullopt;
    draft.location = Location{source_.file, source_.line, claim_id_, ""};
    agree(draft);
    return draft;
}

void ClaimContext::evidence(const json& claim, FactDraft& draft) {
    auto ev = claim.find("evidence");
    if (ev == claim.end() || ev->is_null()) return problem("evidence", "missing required field");
    if (!ev->is_string())
        return problem("evidence", std::string("must be a string, not ") + ev->type_name());
    const std::string& raw = ev->get_ref<const std::string&>();
    if (!text::is_valid_utf8(raw)) return problem("evidence", "invalid UTF-8");
    const std::string quote = text::nfc(raw);
    // Which occurrence is wanted, when "occurrence" is a valid number; it is
    // checked after the search, so that a quote not in the text is reported
    // as that first.
    auto occ = claim.find("occurrence");
    const bool has_occurrence = occ != claim.end() && !occ->is_null();
    const bool valid_occurrence =
        has_occurrence && occ->is_number_integer() && occ->get<long long>() >= 1;
    const std::size_t wanted =
        valid_occurrence ? static_cast<std::size_t>(occ->get<long long>() - 1) : 0;
    text::Occurrences found;
    try {
        found = folded_.locate(quote, wanted);
    } catch (const text::SearchBudgetError& e) {
        over_budget_ = true;
        return problem("evidence", std::string(e.what()) +
                                       ": too many distinct quotes for a text this long; split "
                                       "the text into smaller documents");
    }
    if (found.count == 0) return problem("evidence", "not found in the document text", raw);
    if (has_occurrence) {
        if (!valid_occurrence) return problem("occurrence", "must be a whole number from 1");
        if (!found.chosen) {
            return problem("occurrence", "the evidence occurs " + std::to_string(found.count) +
                                             " time(s), not " + std::to_string(wanted + 1));
        }
    } else if (found.count > 1) {
        return problem("evidence",
                       "occurs " + std::to_string(found.count) +
                           " times in the text; give \"occurrence\" (1 to " +
                           std::to_string(found.count) + ")",
                       raw);
    }
    draft.span = *found.chosen;
    // The row stores the text's own characters, which may hold far more
    // white space than the quote ("a" + 1 MB of spaces + "b" for "a b"):
    // bounded, so that a row stays a constant times the claim it came from.
    const std::size_t span_bytes = draft.span.end_byte - draft.span.begin_byte;
    if (span_bytes > kMaxSpanGrowth * quote.size() + kSpanSlackBytes) {
        return problem("evidence",
                       "spans " + std::to_string(span_bytes) +
                           " bytes of the text, mostly white space, for a quote of " +
                           std::to_string(quote.size()) + " bytes; at most " +
                           std::to_string(kMaxSpanGrowth) + " times the quote plus " +
                           std::to_string(kSpanSlackBytes) +
                           " bytes are stored: quote a passage without the long run of white "
                           "space",
                       raw);
    }
    draft.quote = doc_.text.substr(draft.span.begin_byte, span_bytes);
    draft.sentence_span = sentences_.around(draft.span);
}

void ClaimContext::modality(const json& claim, FactDraft& draft) {
    auto m = claim.find("modality");
    if (m != claim.end() && !m->is_null()) {
        if (!m->is_string())
            return problem("modality", std::string("must be a string, not ") + m->type_name());
        const auto parsed = parse_modality(m->get_ref<const std::string&>());
        if (!parsed) {
            const std::string near =
                nz::nearest_words(m->get_ref<const std::string&>(), modality_names());
            return problem("modality",
                           "unknown modality" + (near.empty() ? "" : " (nearest: " + near + ")") +
                               "; give one of " + nz::listed(modality_names()) +
                               ", or leave \"modality\" out to have it inferred from the "
                               "evidence",
                           m->get<std::string>());
        }
        draft.modality = {*parsed, "", CueScope::given};
        return;
    }
    // Otherwise inferred from the sentence once every claim of the document
    // is read (infer_modalities): claims on one sentence share its reading.
}

// A drafter's claim says how it came to be: "draft": {"rule": ID,
// "confidence": 0..1}, nothing else (schema/0017_provenance.sql stores it on
// the evidence row).  Absent or null: the claim is curated.  Every problem
// of the object is reported, each naming its key ("draft.confidence").
void ClaimContext::drafted(const json& claim, FactDraft& draft) {
    auto d = claim.find("draft");
    if (d == claim.end() || d->is_null()) return;
    if (!d->is_object()) {
        return problem("draft",
                       std::string("must be an object {\"rule\": ID, \"confidence\": 0..1}, "
                                   "not ") +
                           d->type_name() +
                           "; leave \"draft\" out for a claim typed by a person");
    }
    static constexpr std::string_view kKeys[] = {"rule", "confidence"};
    bool ok = true;
    for (const auto& [key, value] : d->items()) {
        (void)value;
        if (std::find(std::begin(kKeys), std::end(kKeys), key) == std::end(kKeys)) {
            problem("draft." + key, "unknown key; \"draft\" takes only rule and confidence: "
                                    "remove it");
            ok = false;
        }
    }
    DraftOrigin origin;
    auto rule = d->find("rule");
    if (rule == d->end() || rule->is_null()) {
        problem("draft.rule", "missing required field: give the id of the drafter's rule");
        ok = false;
    } else if (!rule->is_string()) {
        problem("draft.rule", std::string("must be a string, not ") + rule->type_name());
        ok = false;
    } else {
        origin.rule = rule->get<std::string>();
        const bool shaped =
            !origin.rule.empty() &&
            std::all_of(origin.rule.begin(), origin.rule.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                       c == '.' || c == ':' || c == '-';
            });
        if (!shaped) {
            problem("draft.rule",
                    "must be a non-empty rule id of lower-case letters, digits and _ . : - "
                    "(e.g. \"en.investment.invest_in\")",
                    text::is_valid_utf8(origin.rule) ? origin.rule : std::string("invalid UTF-8"));
            ok = false;
        }
    }
    auto confidence = d->find("confidence");
    if (confidence == d->end() || confidence->is_null()) {
        problem("draft.confidence", "missing required field: give a number from 0 to 1");
        ok = false;
    } else if (!confidence->is_number()) {
        problem("draft.confidence", std::string("must be a number from 0 to 1, not ") +
                                        confidence->type_name());
        ok = false;
    } else {
        origin.confidence = confidence->get<double>();
        if (!(origin.confidence >= 0.0 && origin.confidence <= 1.0)) {
            problem("draft.confidence", "must be a number from 0 to 1", confidence->dump());
            ok = false;
        }
    }
    if (ok) draft.drafted = std::move(origin);
}

const json* ClaimContext::string_value(const json& value, std::string_view field) {
    if (!value.is_string()) {
        problem(std::string(field), std::string("must be a string, not ") + value.type_name());
        return nullptr;
    }
    if (text::squash_white_space(value.get_ref<const std::string&>()).empty()) {
        problem(std::string(field), "must not be empty");
        return nullptr;
    }
    return &value;
}

// A name whose folded key keeps no letter or digit ("---", a zero-width
// space) would be an entity with a meaningless, shared key: refused.
bool ClaimContext::entity_name(const std::string& name, const std::string& field) {
    if (names_something(name)) return true;
    problem(field, std::string(kNameNeedsLetterOrDigit), name);
    return false;
}

void ClaimContext::absent(const FieldSpec& f, FactDraft& d) {
    const std::string p(f.column);
    switch (f.kind) {
        case FieldKind::entity:
            d.columns[p] = std::monostate{};
            break;
        case FieldKind::money:
            d.columns[p + "_low"] = std::monostate{};
            d.columns[p + "_high"] = std::monostate{};
            d.columns[p + "_low_minor"] = std::monostate{};
            d.columns[p + "_high_minor"] = std::monostate{};
            d.columns[p + "_qualifier"] = std::string("undisclosed");
            d.columns[std::string(f.currency_column)] = std::monostate{};
            d.columns[p + "_text"] = std::monostate{};
            d.display[std::string(f.name)] = f.required ? "" : "undisclosed amount";
            break;
        case FieldKind::count:
        case FieldKind::quantity:
            d.columns[p + "_low"] = std::monostate{};
            d.columns[p + "_high"] = std::monostate{};
            d.columns[p + "_qualifier"] = std::string("undisclosed");
            d.columns[p + "_text"] = std::monostate{};
            break;
        case FieldKind::share:
            break;  // required: reported as missing
        case FieldKind::place:
            d.columns["place_code"] = std::monostate{};
            d.columns["location_text"] = std::monostate{};
            break;
        case FieldKind::supply_item:
            // Optional only in compute_deal (supply requires it).
            d.columns["item"] = std::monostate{};
            d.columns["item_text"] = std::monostate{};
            break;
        case FieldKind::acq_status: {
            // The most advanced status the evidence's verbs show, else
            // announced (the least a reported acquisition has been); never
            // NULL.  status_cue NULL says no cue was read.
            const auto cue = d.quote.empty()
                                 ? std::nullopt
                                 : nz::infer_acquisition_status(d.quote, doc_.language);
            const std::string status = cue ? std::string(cue->status) : "announced";
            d.columns[p] = status;
            d.columns[p + "_cue"] = cue ? SqlValue(std::string(cue->cue)) : SqlValue();
            d.canonical[std::string(f.name)] = status;
            d.display[std::string(f.name)] = status;
            return;
        }
        case FieldKind::stake_acquired:
            // Not stated: the whole company (docs/NORMALISATION.md,
            // "Acquisitions"); the NULL text says it was not written.
            d.columns[p + "_low"] = 100.0;
            d.columns[p + "_high"] = 100.0;
            d.columns[p + "_qualifier"] = std::string("exact");
            d.columns[p + "_text"] = std::monostate{};
            d.canonical[std::string(f.name)] = "";
            d.display[std::string(f.name)] = "";
            return;
        case FieldKind::duration:
            d.columns[p + "_months"] = std::monostate{};
            d.columns[p + "_text"] = std::monostate{};
            break;
        case FieldKind::ratio:
            d.columns["growth_ratio"] = std::monostate{};
            d.columns["growth_text"] = std::monostate{};
            break;
        case FieldKind::stage: {
            // Inferred from the evidence's verb, else unspecified; never NULL.
            const auto cue = d.quote.empty() ? std::nullopt : nz::infer_stage(d.quote, doc_.language);
            const std::string stage = cue ? std::string(cue->stage) : "unspecified";
            d.columns[p] = stage;
            d.columns[p + "_cue"] = cue ? SqlValue(std::string(cue->cue)) : SqlValue();
            d.canonical[std::string(f.name)] = stage;
            d.display[std::string(f.name)] = stage;
            return;
        }
        case FieldKind::power:
            d.columns[p + "_mw_low"] = std::monostate{};
            d.columns[p + "_mw_high"] = std::monostate{};
            d.columns[p + "_qualifier"] = std::string("undisclosed");
            d.columns[p + "_text"] = std::monostate{};
            break;
        case FieldKind::locality:
            // A location written "City, State" may have given one already.
            if (!d.columns.count("locality")) d.columns["locality"] = std::monostate{};
            d.columns["locality_text"] = std::monostate{};
            break;
        case FieldKind::dc_status: {
            // Inferred from the evidence's verb, else unspecified; never NULL.
            // Unspecified has no key line (key_unless ""): "" canonical.
            const auto cue = d.quote.empty()
                                 ? std::nullopt
                                 : nz::infer_datacenter_status(d.quote, doc_.language);
            const std::string status = cue ? std::string(cue->status) : "unspecified";
            d.columns[p] = status;
            d.columns[p + "_cue"] = cue ? SqlValue(std::string(cue->cue)) : SqlValue();
            d.canonical[std::string(f.name)] = cue ? status : "";
            d.display[std::string(f.name)] = cue ? status_display(status) : "";
            return;
        }
        case FieldKind::period:
            d.columns[p + "_start"] = std::monostate{};
            d.columns[p + "_end"] = std::monostate{};
            [[fallthrough]];
        case FieldKind::text:
        case FieldKind::year:
        case FieldKind::start_year:
            d.columns[p] = std::monostate{};
            break;
        case FieldKind::tense:
            return infer_tense(f, d);
        case FieldKind::round:
        case FieldKind::valuation_basis:
            // Not stated is "unspecified", never NULL (docs/NORMALISATION.md §14).
            d.columns[p] = std::string("unspecified");
            d.canonical[std::string(f.name)] = "unspecified";
            d.display[std::string(f.name)] = "";
            return;
        case FieldKind::date:
            // NULL: the document's published date is meant (valuations_v and
            // the valuations query apply it, schema/0017).  The keys take
            // that date too, so two undated valuations of documents
            // published on different days are two subjects, not a conflict,
            // and an undated one equals one dated its document's day.  A
            // document without a published date keys "" (as before).
            d.columns[p] = std::monostate{};
            d.canonical[std::string(f.name)] = doc_.published.value_or("");
            d.display[std::string(f.name)] = "";
            return;
        case FieldKind::entity_list:
        case FieldKind::text_list:
            break;
    }
    d.canonical[std::string(f.name)] = "";
}

// An absent tense: read from the words governing the title in the
// evidence, else current (never NULL).  The title is read before (the field
// comes after it in the claim-type table).
void ClaimContext::infer_tense(const FieldSpec& f, FactDraft& d) {
    const std::string p(f.column);
    const std::string name(f.name);
    std::string tense = "current";
    SqlValue cue;
    const auto title = d.columns.find("title");
    if (!d.quote.empty() && title != d.columns.end() &&
        std::holds_alternative<std::string>(title->second)) {
        const std::string& title_text = std::get<std::string>(title->second);
        if (d.quote.size() > nz::kMaxTenseTextBytes) {
            warn(d, name,
                 "not read from an evidence of " + std::to_string(d.quote.size()) +
                     " bytes (at most " + std::to_string(nz::kMaxTenseTextBytes) +
                     " are read), so the role is current; give \"tense\" or quote fewer words");
        } else {
            try {
                const nz::TenseReading reading = nz::infer_tense(d.quote, title_text, doc_.language);
                if (reading.cue) {
                    tense = std::string(reading.cue->tense);
                    cue = std::string(reading.cue->cue);
                } else if (!reading.title_found && !reading.stray_cue.empty()) {
                    warn(d, name,
                         "the evidence holds the tense cue '" + std::string(reading.stray_cue) +
                             "' but not the title '" + title_text +
                             "', so no tense was read and the role is current; give \"tense\", "
                             "or the title as the evidence writes it");
                }
            } catch (const NormalizeError& e) {
                problem(name, e.what());
            }
        }
    }
    d.columns[p] = tense;
    d.columns[p + "_cue"] = cue;
    d.canonical[name] = tense;
    d.display[name] = tense == "current" ? "" : tense;
}

void ClaimContext::field(const json& value, const FieldSpec& f, FactDraft& d) {
    const std::string name(f.name);
    const std::string p(f.column);
    const Language lang = doc_.language;
    auto located = [&](auto&& body, const std::string& text) {
        try {
            body();
        } catch (const NormalizeError& e) {
            problem(name, e.what(), text);
        }
    };
    switch (f.kind) {
        case FieldKind::entity: {
            if (!string_value(value, name)) return;
            const std::string n = text::squash_white_space(value.get<std::string>());
            if (!entity_name(n, name)) return;
            d.participants.push_back({&f, 1, n, nullptr, nz::phrase_like(n, lang).value_or("")});
            return;
        }
        case FieldKind::entity_list: {
            if (!value.is_array())
                return problem(name,
                               std::string("must be a list of names, not ") + value.type_name());
            if (static_cast<int>(value.size()) < f.min_items) {
                return problem(name, "needs at least " + std::to_string(f.min_items) + " names");
            }
            std::set<std::string> keys;
            int position = 0;
            for (const auto& item : value) {
                if (!string_value(item, name)) return;
                const std::string n = text::squash_white_space(item.get<std::string>());
                if (!entity_name(n, name)) return;
                if (!keys.insert(text::fold_key(n)).second)
                    return problem(name, "names the same entity twice", n);
                d.participants.push_back(
                    {&f, ++position, n, nullptr, nz::phrase_like(n, lang).value_or("")});
            }
            return;
        }
        case FieldKind::money: {
            nz::Money money;
            std::string text;
            if (value.is_string()) {
                text = text::squash_white_space(value.get<std::string>());
                located(
                    [&] {
                        try {
                            money = nz::parse_money(text, lang);
                        } catch (const NormalizeError&) {
                            if (!reads_as(text, lang, nz::parse_percent)) throw;
                            throw NormalizeError(
                                "a percentage, not an amount: give an amount with its currency "
                                "('$700 million', '700 millions de dollars')" +
                                std::string(find_field(*d.spec, "share") && name != "share"
                                                ? "; the percentage acquired goes in \"share\""
                                                : ""));
                        }
                    },
                    text);
            } else if (value.is_object()) {
                located([&] { money = nz::money_from_json(value); }, value.dump());
            } else {
                return problem(
                    name, std::string("must be a string or an object, not ") + value.type_name());
            }
            if (failed_) return;
            // Beyond its currency's plausibility bound: refused here, where
            // the claim is known, so that no stored amount can make a total
            // overflow (docs/NORMALISATION.md, "Plausibility bounds").
            if (const std::string why = nz::implausible_amount(money); !why.empty())
                return problem(name, why, value.is_string() ? text : value.dump());
            // Exact in minor units of the currency always; whole units only
            // when the amount is a whole number of units (schema/0014).
            located(
                [&] {
                    d.columns[p + "_low"] = whole_or_null(money.range.low);
                    d.columns[p + "_high"] = whole_or_null(money.range.high);
                    d.columns[p + "_low_minor"] = minor_or_null(money.range.low, money.currency);
                    d.columns[p + "_high_minor"] =
                        minor_or_null(money.range.high, money.currency);
                },
                text);
            d.columns[p + "_qualifier"] = std::string(nz::to_string(money.range.qualifier));
            d.columns[std::string(f.currency_column)] = text_or_null(money.currency);
            money_.emplace_back(name, money);
            d.columns[p + "_text"] = text_or_null(text);
            d.canonical[name] = canonical_range(money.range) + ":" + money.currency;
            d.display[name] = money.range.qualifier == nz::Qualifier::undisclosed
                                  ? "undisclosed amount"
                                  : display_range(money.range, " " + money.currency);
            return;
        }
        case FieldKind::count:
        case FieldKind::quantity: {
            nz::Range range;
            std::string text;
            if (value.is_string()) {
                text = text::squash_white_space(value.get<std::string>());
                located(
                    [&] {
                        range = f.kind == FieldKind::quantity
                                    ? nz::parse_count_of_items(text, lang)
                                    : nz::parse_count(text, lang);
                    },
                    text);
            } else if (value.is_number_integer() && !value.is_number_unsigned()) {
                return problem(name, "count is negative", value.dump());
            } else if (value.is_number_unsigned()) {
                text = value.dump();
                if (value.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
                    return problem(name, "count exceeds the 64-bit integer range", text);
                }
                const nz::Decimal n{static_cast<std::int64_t>(value.get<std::uint64_t>()), 0};
                range = {nz::Qualifier::exact, n, n};
            } else if (value.is_object()) {
                located([&] { range = nz::range_from_json(value, nz::Kind::count); }, value.dump());
            } else {
                return problem(
                    name,
                    std::string("must be a string, a non-negative integer or an object, not ") +
                        value.type_name());
            }
            if (failed_) return;
            located(
                [&] {
                    d.columns[p + "_low"] = integer_or_null(range.low);
                    d.columns[p + "_high"] = integer_or_null(range.high);
                },
                text);
            d.columns[p + "_qualifier"] = std::string(nz::to_string(range.qualifier));
            d.columns[p + "_text"] = text_or_null(text);
            (f.kind == FieldKind::quantity ? quantities_ : counts_).emplace_back(name, range);
            d.canonical[name] = canonical_range(range);
            d.display[name] = display_range(range);
            return;
        }
        case FieldKind::share: {
            nz::Share share;
            std::string text;
            if (value.is_string()) {
                text = text::squash_white_space(value.get<std::string>());
                located([&] { share = nz::parse_share(text, lang); }, text);
            } else if (value.is_object()) {
                text = value.dump();
                located(
                    [&] {
                        share.relation = "shareholder";
                        share.percent = nz::range_from_json(value, nz::Kind::percent);
                    },
                    text);
            } else {
                return problem(
                    name, std::string("must be a string or an object, not ") + value.type_name());
            }
            if (failed_) return;
            d.columns["relation"] = share.relation;
            d.columns["share_low"] = real_or_null(share.percent.low);
            d.columns["share_high"] = real_or_null(share.percent.high);
            d.columns["share_qualifier"] = std::string(nz::to_string(share.percent.qualifier));
            d.columns["share_text"] = text;
            shares_.emplace_back(name, share);
            d.canonical[name] = share.relation + ":" + canonical_range(share.percent);
            {
                std::string shown = display_range(share.percent, " %");
                std::string relation = share.relation;
                std::replace(relation.begin(), relation.end(), '_', ' ');
                d.display[name] =
                    shown.empty()
                        ? relation
                        : shown + (share.relation == "shareholder" ? "" : " (" + relation + ")");
            }
            return;
        }
        case FieldKind::place: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            const Place* place = places_.resolve(text, lang);
            if (!place) {
                if (auto read = split_locality(text, lang, places_)) {
                    // "Abilene, Texas": the state's code, the city as text.
                    d.columns["place_code"] = read->place->code;
                    d.columns["location_text"] = text;
                    d.columns["locality"] = read->locality;
                    d.canonical[name] = read->place->code + "|" + text::fold_key(read->locality);
                    d.display[name] = read->locality + ", " + read->place->name_en;
                    return;
                }
                // Open: the world has more places than the reference list
                // (cities, regions); kept as written, without a code.
                d.columns["place_code"] = std::monostate{};
                d.columns["location_text"] = text;
                d.canonical[name] = "text:" + text::fold_key(text);
                d.display[name] = text;
                if (const auto shared = places_.candidates(text, lang); !shared.empty()) {
                    // A name of several places of one rank: say which, and how to choose.
                    std::string which, codes;
                    for (std::size_t i = 0; i < shared.size(); ++i) {
                        const Place* p = shared[i];
                        const Place* country = places_.find_code(p->country);
                        which += (i ? ", " : "") + p->code + " (" + p->name_en +
                                 (country && country != p ? ", " + country->name_en : "") + ")";
                        codes += std::string(i == 0 ? "" : i + 1 == shared.size() ? " or " : ", ") +
                                 "\"" + p->code + "\"";
                    }
                    warn(d, name,
                         "ambiguous place, stored as written without a place code: it names " +
                             which + "; write its ISO 3166-2 code (" + codes + ") to choose",
                         text);
                    return;
                }
                warn(d, name,
                     "unknown place, stored as written without a place code; the known places "
                     "are the US states, DC, the ISO 3166 countries and their subdivisions, by "
                     "their English or French name, postal code or ISO 3166-2 code "
                     "(docs/NORMALISATION.md 8)",
                     text);
                return;
            }
            places_stated_.emplace_back(name, place);
            d.columns["place_code"] = place->code;
            d.columns["location_text"] = text;
            d.canonical[name] = place->code;
            d.display[name] = place->name_en;
            return;
        }
        case FieldKind::power: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            located(
                [&] {
                    const nz::Range range = nz::parse_power(text, lang);
                    d.columns[p + "_mw_low"] = real_or_null(range.low);
                    d.columns[p + "_mw_high"] = real_or_null(range.high);
                    d.columns[p + "_qualifier"] = std::string(nz::to_string(range.qualifier));
                    d.columns[p + "_text"] = text;
                    powers_.emplace_back(name, range);
                    d.canonical[name] = canonical_range(range);
                    d.display[name] = range.qualifier == nz::Qualifier::undisclosed
                                          ? "undisclosed capacity"
                                          : display_range(range, " MW");
                },
                text);
            return;
        }
        case FieldKind::locality: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            if (text.empty()) return problem(name, "empty text");
            if (const auto from_location = d.columns.find("locality");
                from_location != d.columns.end() &&
                std::holds_alternative<std::string>(from_location->second))
                return problem(name,
                               "the location already names a locality ('" +
                                   std::get<std::string>(from_location->second) +
                                   "'): give the city, county or parish in one field only",
                               text);
            if (const Place* whole = places_.resolve(text, lang))
                return problem(name,
                               "names a place (" + whole->name_en + ", " + whole->code +
                                   "), not a city, county or parish in it: give it as "
                                   "\"location\"",
                               text);
            const auto read = split_locality(text, lang, places_);
            const std::string locality = read ? read->locality : bare_locality(text, lang);
            const auto given = d.columns.find("place_code");
            const bool location_coded = given != d.columns.end() &&
                                        std::holds_alternative<std::string>(given->second);
            if (read && location_coded &&
                std::get<std::string>(given->second) != read->place->code)
                return problem(name,
                               "is in " + read->place->name_en + " (" + read->place->code +
                                   ") but the location is " +
                                   std::get<std::string>(given->second) +
                                   ": correct one of them, or give the state in one only",
                               text);
            if (read && !location_coded) {
                d.columns["place_code"] = read->place->code;
                if (d.display["location"].empty()) d.display["location"] = read->place->name_en;
            }
            if (!read && !location_coded)
                warn(d, name,
                     "names no state: factdb has no gazetteer of cities, counties or parishes, "
                     "so the locality is kept as text without a place code; write it 'City, "
                     "State' ('Abilene, Texas', 'la paroisse de Richland, en Louisiane') or "
                     "give \"location\"",
                     text);
            d.columns["locality"] = locality;
            d.columns["locality_text"] = text;
            d.canonical[name] =
                text::fold_key(locality) + "|" + (read ? std::string(read->place->code) : "");
            d.display[name] = locality;
            return;
        }
        case FieldKind::dc_status: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            located(
                [&] {
                    const std::string status = nz::parse_datacenter_status(text, lang);
                    put_given_code(d, p, name, status, status_display(status));
                },
                text);
            return;
        }
        case FieldKind::round:
        case FieldKind::valuation_basis:
        case FieldKind::date: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            located(
                [&] {
                    const std::string code =
                        f.kind == FieldKind::round ? nz::parse_funding_round(text, lang)
                        : f.kind == FieldKind::valuation_basis
                            ? nz::parse_valuation_basis(text, lang, f.allow_market_cap)
                            : nz::parse_fact_date(text);
                    d.columns[p] = code;
                    d.canonical[name] = code;
                    d.display[name] = code == "unspecified" ? "" : code;
                },
                text);
            return;
        }
        case FieldKind::acq_status: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            located(
                [&] {
                    const std::string status = nz::parse_acquisition_status(text, lang);
                    put_given_code(d, p, name, status, status);
                },
                text);
            return;
        }
        case FieldKind::stake_acquired: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            located(
                [&] {
                    nz::Range range;
                    try {
                        range = nz::parse_percent(text, lang);
                    } catch (const NormalizeError&) {
                        if (!reads_as(text, lang, nz::parse_money)) throw;
                        throw NormalizeError(
                            "an amount, not a percentage: the price goes in \"amount\"; "
                            "\"share\" is the percentage acquired ('49 %'), or leave it out "
                            "for the whole company");
                    }
                    if (range.qualifier == nz::Qualifier::undisclosed)
                        throw NormalizeError(
                            "an undisclosed stake is no share; leave \"share\" out for the "
                            "whole company, or give the percentage acquired");
                    d.columns[p + "_low"] = real_or_null(range.low);
                    d.columns[p + "_high"] = real_or_null(range.high);
                    d.columns[p + "_qualifier"] = std::string(nz::to_string(range.qualifier));
                    d.columns[p + "_text"] = text;
                    percents_.emplace_back(name, range);
                    d.canonical[name] = canonical_range(range);
                    d.display[name] = display_range(range, " %");
                },
                text);
            return;
        }
        case FieldKind::duration: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            located(
                [&] {
                    const int months = nz::parse_duration(text, lang);
                    d.columns[p + "_months"] = std::int64_t{months};
                    d.columns[p + "_text"] = text;
                    d.canonical[name] = std::to_string(months);
                    d.display[name] = months % 12 == 0
                                          ? std::to_string(months / 12) +
                                                (months == 12 ? " year" : " years")
                                          : std::to_string(months) +
                                                (months == 1 ? " month" : " months");
                },
                text);
            return;
        }
        case FieldKind::text: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            d.columns[p] = text;
            d.canonical[name] = text;
            d.display[name] = text;
            return;
        }
        case FieldKind::period: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            d.columns[p] = text;
            d.canonical[name] = text;  // the key is the text, as before the years
            d.display[name] = text;
            located(
                [&] {
                    std::optional<int> published_year;
                    if (doc_.published) published_year = std::stoi(doc_.published->substr(0, 4));
                    const nz::PeriodReading r = nz::parse_period(text, lang, published_year);
                    const auto year = [](const std::optional<int>& y) {
                        return y ? SqlValue(std::int64_t{*y}) : SqlValue();
                    };
                    d.columns[p + "_start"] = year(r.start);
                    d.columns[p + "_end"] = year(r.end);
                    if (!r.unread.empty()) {
                        warn(d, name,
                             r.unread + "; the text is kept (docs/NORMALISATION.md 5.12)", text);
                    }
                },
                text);
            return;
        }
        case FieldKind::text_list: {
            std::vector<const json*> items;
            if (value.is_string()) {
                items.push_back(&value);
            } else if (value.is_array() && !value.empty()) {
                for (const auto& item : value) items.push_back(&item);
            } else {
                return problem(name, "must be a string or a non-empty list of strings");
            }
            std::string canonical;
            for (const json* item : items) {
                if (!string_value(*item, name)) return;
                d.purposes.push_back(text::squash_white_space(item->get<std::string>()));
                canonical += (canonical.empty() ? "" : "\x1f") + d.purposes.back();
            }
            d.canonical[name] = canonical;
            return;
        }
        case FieldKind::stage: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            located(
                [&] {
                    const std::string stage = nz::parse_stage(text, lang);
                    put_given_code(d, p, name, stage, stage);
                },
                text);
            return;
        }
        case FieldKind::supply_item: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            located(
                [&] {
                    const nz::SupplyItem item = nz::parse_supply_item(text, lang);
                    d.columns["item"] = item.code;
                    d.columns["item_text"] = text;
                    // Two unknown items are two facts: the text tells them apart.
                    d.canonical[name] = item.known ? item.code : "other:" + text::fold_key(text);
                    d.display[name] = text;
                    if (!item.known) {
                        warn(d, name,
                             "unknown supply item, stored as other with its text; the known "
                             "items are " + nz::supply_item_codes() +
                                 " (docs/NORMALISATION.md 5.6): use one of their words if it "
                                 "is one",
                             text);
                    }
                },
                text);
            return;
        }
        case FieldKind::tense: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            located(
                [&] {
                    const std::string tense(nz::parse_tense(text, lang));
                    put_given_code(d, p, name, tense, tense == "current" ? "" : tense);
                },
                text);
            return;
        }
        case FieldKind::start_year:
        case FieldKind::year: {
            std::string text;
            if (value.is_number_integer()) {
                text = value.dump();
            } else if (value.is_string()) {
                text = text::squash_white_space(value.get<std::string>());
            } else {
                return problem(
                    name, std::string("must be a string or an integer, not ") + value.type_name());
            }
            located(
                [&] {
                    const int year = f.kind == FieldKind::start_year
                                         ? nz::parse_start_year(text, lang)
                                         : nz::parse_year(text, lang);
                    years_.emplace_back(name, year);
                    d.columns[p] = std::int64_t{year};
                    d.canonical[name] = std::to_string(year);
                    d.display[name] = std::to_string(year);
                },
                text);
            return;
        }
        case FieldKind::ratio: {
            if (!string_value(value, name)) return;
            const std::string text = text::squash_white_space(value.get<std::string>());
            located(
                [&] {
                    const double ratio = nz::parse_ratio(text, lang);
                    d.columns["growth_ratio"] = ratio;
                    d.columns["growth_text"] = text;
                    d.canonical[name] =
                        nz::Decimal{static_cast<std::int64_t>(ratio * 1000 + 0.5), -3}.to_string();
                    d.display[name] = text;
                },
                text);
            return;
        }
    }
}

bool same_range(const nz::Range& a, const nz::Range& b) {
    return a.qualifier == b.qualifier && a.low == b.low && a.high == b.high;
}

// Every value a span matcher reads in tokens, left to right, each match
// whole: the scan resumes after a match, so a nested reading (the exact "3
// milliards" inside "plus de 3 milliards") is never offered.
template <class Match>
auto scan(nz::TokenSpan t, Match&& match) {
    using Value = decltype(match(t, 0)->value);
    std::vector<Value> out;
    for (std::size_t i = 0; i < t.size();) {
        if (const auto m = match(t, i)) {
            out.push_back(m->value);
            i = std::max(m->end, i + 1);
        } else {
            ++i;
        }
    }
    return out;
}

std::string share_display(const nz::Share& share) {
    std::string relation = share.relation;
    std::replace(relation.begin(), relation.end(), '_', ' ');
    const std::string shown = display_range(share.percent, " %");
    return shown.empty() ? relation : shown + " (" + relation + ")";
}

// "X, Y" of the values shown, or "none".
template <class V, class Show>
std::string listed(const std::vector<V>& values, Show&& show) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : ", ") + show(v);
    return out.empty() ? "none" : out;
}

void ClaimContext::agree(FactDraft& d) {
    const std::string_view quote = d.quote;
    if (quote.empty()) return;
    if (money_.empty() && counts_.empty() && powers_.empty() && shares_.empty() &&
        percents_.empty() && quantities_.empty() && years_.empty() && places_stated_.empty()) {
        return;  // nothing to compare
    }
    // The whole quote is read: every span matcher costs a bounded number of
    // tokens per position (docs/RELIABILITY.md, the complexity rule), so a
    // scan of every token is linear in the quote.
    const Language lang = doc_.language;
    const nz::Tokens tokens = nz::tokenize_running_text(quote, lang);
    const nz::TokenSpan t(tokens);
    const auto disagree = [&](const std::string& field, const std::string& value,
                              const std::string& noun, const std::string& found) {
        warn(d, field,
             value + " does not occur in the evidence (" + noun + " it states: " + found +
                 "); correct the value, or quote the words that state it");
    };
    const auto match_money = [&](nz::TokenSpan s, std::size_t i) { return nz::match_money(s, i, lang); };
    const auto match_count = [&](nz::TokenSpan s, std::size_t i) { return nz::match_count(s, i, lang); };
    if (std::any_of(money_.begin(), money_.end(), [](const auto& m) {
            return m.second.range.qualifier != nz::Qualifier::undisclosed;
        })) {
        const auto found = scan(t, match_money);
        const auto show = [](const nz::Money& m) {
            return display_range(m.range, " " + m.currency);
        };
        // Plain references, not structured bindings: clang 14 (the fuzz
        // build) cannot capture a binding in a lambda.
        for (const auto& entry : money_) {
            const auto& field = entry.first;
            const auto& money = entry.second;
            if (money.range.qualifier == nz::Qualifier::undisclosed) continue;
            const bool ok = std::any_of(found.begin(), found.end(), [&](const nz::Money& m) {
                return m.currency == money.currency && same_range(m.range, money.range);
            });
            if (!ok) disagree(field, show(money), "amounts", listed(found, show));
        }
    }
    if (!counts_.empty()) {
        const auto found = scan(t, match_count);
        const auto show = [](const nz::Range& r) { return display_range(r); };
        for (const auto& entry : counts_) {
            const auto& field = entry.first;
            const auto& range = entry.second;
            if (range.qualifier == nz::Qualifier::undisclosed) continue;
            const bool ok = std::any_of(found.begin(), found.end(),
                                        [&](const nz::Range& r) { return same_range(r, range); });
            if (!ok) disagree(field, show(range), "counts", listed(found, show));
        }
    }
    if (!powers_.empty()) {
        const auto found = scan(t, [&](nz::TokenSpan s, std::size_t i) {
            return nz::match_power(s, i, lang);
        });
        const auto show = [](const nz::Range& r) { return display_range(r, " MW"); };
        for (const auto& entry : powers_) {
            const auto& field = entry.first;
            const auto& range = entry.second;
            if (range.qualifier == nz::Qualifier::undisclosed) continue;
            const bool ok = std::any_of(found.begin(), found.end(),
                                        [&](const nz::Range& r) { return same_range(r, range); });
            if (!ok) disagree(field, show(range), "capacities", listed(found, show));
        }
    }
    if (!shares_.empty()) {
        const auto found = scan(t, [&](nz::TokenSpan s, std::size_t i) {
            return nz::match_share(s, i, lang);
        });
        const auto percents = scan(t, [&](nz::TokenSpan s, std::size_t i) {
            return nz::match_percent(s, i, lang);
        });
        for (const auto& entry : shares_) {
            const auto& field = entry.first;
            const auto& share = entry.second;
            const bool as_share = std::any_of(found.begin(), found.end(), [&](const nz::Share& m) {
                return m.relation == share.relation && same_range(m.percent, share.percent);
            });
            const bool as_percent =
                share.percent.qualifier != nz::Qualifier::undisclosed &&
                std::any_of(percents.begin(), percents.end(),
                            [&](const nz::Range& r) { return same_range(r, share.percent); });
            if (!as_share && !as_percent)
                disagree(field, share_display(share), "shares", listed(found, share_display));
        }
    }
    if (!quantities_.empty()) {
        const auto found = scan(t, [&](nz::TokenSpan s, std::size_t i) {
            return nz::match_count_of_items(s, i, lang);
        });
        const auto show = [](const nz::Range& r) { return display_range(r); };
        for (const auto& entry : quantities_) {
            const auto& field = entry.first;
            const auto& range = entry.second;
            if (range.qualifier == nz::Qualifier::undisclosed) continue;
            const bool ok = std::any_of(found.begin(), found.end(),
                                        [&](const nz::Range& r) { return same_range(r, range); });
            if (!ok) disagree(field, show(range), "counts", listed(found, show));
        }
    }
    if (!percents_.empty()) {
        const auto found = scan(t, [&](nz::TokenSpan s, std::size_t i) {
            return nz::match_percent(s, i, lang);
        });
        const auto show = [](const nz::Range& r) { return display_range(r, " %"); };
        for (const auto& entry : percents_) {
            const auto& field = entry.first;
            const auto& range = entry.second;
            const bool ok = std::any_of(found.begin(), found.end(),
                                        [&](const nz::Range& r) { return same_range(r, range); });
            if (!ok) disagree(field, show(range), "percentages", listed(found, show));
        }
    }
    if (!years_.empty()) {
        const auto found = scan(t, [&](nz::TokenSpan s, std::size_t i) {
            return nz::match_year(s, i, lang);
        });
        const auto show = [](int y) { return std::to_string(y); };
        for (const auto& [field, year] : years_) {
            if (std::find(found.begin(), found.end(), year) == found.end())
                disagree(field, show(year), "years", listed(found, show));
        }
    }
    if (!places_stated_.empty()) {
        const auto found = scan(t, [&](nz::TokenSpan s, std::size_t i) {
            return places_.match(s, i, lang);
        });
        const auto show = [](const Place* p) { return p->name_en + " (" + p->code + ")"; };
        for (const auto& [field, place] : places_stated_) {
            if (std::find(found.begin(), found.end(), place) == found.end())
                disagree(field, show(place), "places", listed(found, show));
        }
    }
}

void infer_modalities(const DocumentInput& document, std::vector<FactDraft>& drafts) {
    // Claims without a given modality, by sentence: each sentence is read
    // once (SentenceModality), and only one reading is held at a time, so
    // memory stays that of the longest sentence.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        if (drafts[i].modality.scope != CueScope::given) order.push_back(i);
    }
    const auto key = [&](std::size_t i) {
        return std::pair(drafts[i].sentence_span.begin_byte, drafts[i].sentence_span.end_byte);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    std::optional<SentenceModality> reading;
    std::pair<std::size_t, std::size_t> read{0, 0};
    for (const std::size_t i : order) {
        FactDraft& d = drafts[i];
        const text::Span& s = d.sentence_span;
        if (!reading || key(i) != read) {
            reading.reset();
            reading.emplace(std::string_view(document.text).substr(s.begin_byte,
                                                                   s.end_byte - s.begin_byte),
                            document.language);
            read = key(i);
        }
        const std::size_t begin = d.span.begin_byte - s.begin_byte;
        const std::size_t end = std::min(d.span.end_byte, s.end_byte) - s.begin_byte;
        d.modality = reading->decide(begin, end);
    }
}

}  // namespace

std::vector<FactDraft> ClaimNormalizer::normalize(const DocumentInput& document,
                                                  const SourceDocument& source,
                                                  std::vector<InputError>& errors) const {
    std::vector<FactDraft> drafts;
    std::set<std::string> seen_ids;
    drafts.reserve(document.claims->size());
    // Built once per document: every claim's search and sentence cost
    // O(text) at most, not O(text) each for the folding and the sentence
    // ends (docs/RELIABILITY.md, "Hostile input").
    const std::size_t n = document.text.size();
    const std::size_t budget =
        n > (std::numeric_limits<std::size_t>::max() - limits_.allowance) / limits_.per_text_byte
            ? std::numeric_limits<std::size_t>::max()
            : limits_.per_text_byte * n + limits_.allowance;
    const text::FoldedText folded(document.text, budget);
    const text::SentenceIndex sentences(document.text);
    std::size_t index = 0;
    for (const auto& claim : *document.claims) {
        ClaimContext context(document, folded, sentences, source, places_, errors);
        if (auto draft = context.run(claim, ++index, seen_ids)) drafts.push_back(std::move(*draft));
        // The document is refused; the claims after it would each say so.
        if (context.over_budget()) return {};
    }
    infer_modalities(document, drafts);
    return drafts;
}

}  // namespace factdb
