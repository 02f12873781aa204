// Sentence templates per claim type and language (see templates.h).
//
// A template is a pattern with {placeholders}; the placeholders are filled
// with the same strings the claim's fields carry (or the entity's other
// spelling, which resolves to the same entity), so what the text says and
// what the claim says cannot drift apart.  Hedges come from two sources:
// the stage words of investments (vocabulary.cpp) and the frames put before
// a clause ("Selon Reuters, "), some inside the evidence, most outside.
#include "bench/gen/templates.h"

#include <map>

namespace factdb::bench {
namespace {

using json = nlohmann::ordered_json;
using Vars = std::map<std::string, std::string>;

std::string fill(std::string_view pattern, const Vars& vars) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '{') {
            out += pattern[i];
            continue;
        }
        const std::size_t close = pattern.find('}', i);
        out += vars.at(std::string(pattern.substr(i + 1, close - i - 1)));
        i = close;
    }
    return out;
}

template <std::size_t N>
std::string_view pick(Rng& rng, const std::string_view (&options)[N]) {
    return options[rng.below(N)];
}

// "A et B", "A, B et C".
std::string list_names(const std::vector<std::string>& names, Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? (lang == Lang::fr ? " et " : " and ") : ", ";
        out += names[i];
    }
    return out;
}

// A share as words, and whether it reads as a role ("actionnaire
// minoritaire": "X est ... de Y") or as a holding ("49 % du capital":
// "X détient ... de Y").
struct ShareText {
    std::string text;
    bool role;
};

ShareText render_share(const Fact& f, Lang lang, Rng& rng) {
    const bool fr = lang == Lang::fr;
    std::string pct;
    if (f.has_share_figure) {
        const std::int64_t t = f.share.low_tenths;
        std::string m = std::to_string(t / 10);
        if (t % 10) m += std::string(fr ? "," : ".") + static_cast<char>('0' + t % 10);
        pct = fr ? m + (rng.chance(500) ? "\u00A0%" : " %") : m + "%";
        if (f.share.qualifier == more_than) pct = (fr ? "plus de " : "more than ") + pct;
    }
    switch (f.relation) {
        case 1:  // minority
            if (!f.has_share_figure)
                return fr ? ShareText{"actionnaire minoritaire", true}
                          : ShareText{"a minority stake", false};
            return fr ? ShareText{"une participation minoritaire de " + pct, false}
                      : ShareText{"a minority stake of " + pct, false};
        case 2:  // majority
            if (!f.has_share_figure)
                return fr ? ShareText{"une participation majoritaire", false}
                          : ShareText{"a majority stake", false};
            return fr ? ShareText{"une participation majoritaire de " + pct, false}
                      : ShareText{"a majority stake of " + pct, false};
        case 3:  // principal
            if (!f.has_share_figure)
                return fr ? ShareText{rng.chance(500) ? "le principal actionnaire"
                                                      : "le premier actionnaire",
                                      true}
                          : ShareText{rng.chance(500) ? "the main shareholder"
                                                      : "the largest shareholder",
                                      true};
            return fr ? ShareText{"premier actionnaire avec " + pct, true}
                      : ShareText{"the largest shareholder with " + pct, true};
        default:
            if (!f.has_share_figure)
                return fr ? ShareText{"actionnaire", true} : ShareText{"a stake", false};
            if (f.share.qualifier == exact && rng.chance(500))
                return fr ? ShareText{pct + " du capital", false}
                          : ShareText{"a " + pct + " stake", false};
            return fr ? ShareText{"une participation de " + pct, false}
                      : ShareText{"a stake of " + pct, false};
    }
}

class Renderer {
  public:
    Renderer(const World& w, const Fact& f, Lang lang, Rng& rng)
        : w_(w), f_(f), lang_(lang), fr_(lang == Lang::fr), rng_(rng) {}

    RenderedClaim run() {
        switch (f_.type) {
            case ClaimType::investment:
                investment();
                break;
            case ClaimType::stake:
                stake();
                break;
            case ClaimType::datacenter:
                datacenter();
                break;
            case ClaimType::spending:
                spending();
                break;
            case ClaimType::role:
                role();
                break;
            case ClaimType::founding:
                founding();
                break;
            case ClaimType::product:
                product();
                break;
            case ClaimType::supply:
                supply();
                break;
            case ClaimType::partnership:
                partnership();
                break;
            case ClaimType::quote:
                quote();
                break;
            case ClaimType::acquisition:
                acquisition();
                break;
            case ClaimType::compute_deal:
                compute_deal();
                break;
            case ClaimType::funding_round:
                funding_round();
                break;
            case ClaimType::valuation:
                valuation();
                break;
        }
        return std::move(out_);
    }

  private:
    // An organisation field: the claim names it one way, the text maybe
    // another (alias or full name), both resolving to the same entity.
    std::string org(const char* field, int index) {
        const std::string text = org_mention(w_, index, rng_);
        out_.claim[field] = rng_.chance(600) ? w_.org_name(index) : text;
        return text;
    }
    std::string person(const char* field, int index) {
        const std::string name = w_.person_name(index);
        out_.claim[field] = name;
        return name;
    }
    std::string value(const char* field, std::string text) {
        out_.claim[field] = text;
        return text;
    }
    std::string text_field(const char* field, std::span<const Bilingual> table, int index) {
        return value(field, std::string(table[static_cast<std::size_t>(index)].in(lang_)));
    }

    void investment() {
        out_.claim["type"] = "investment";
        Vars v;
        v["investor"] = org("investor", f_.a);
        v["investee"] = org("investee", f_.b);
        // A stage row of the fact's stage; its clause carries the hedge.
        static constexpr std::string_view kCodes[] = {"completed", "committed", "considered"};
        std::vector<const StageWord*> rows;
        for (const auto& s : stage_words())
            if (s.code == kCodes[f_.stage]) rows.push_back(&s);
        const StageWord& stage = *rows[rng_.below(rows.size())];
        value("stage", std::string(fr_ ? stage.fr_word : stage.en_word));
        if (!f_.has_amount) {
            out_.clause = fill(fr_ ? "{investor} figure parmi les investisseurs de {investee}"
                                   : "{investor} is among the investors in {investee}",
                               v);
            return;
        }
        v["amount"] = value("amount", render_amount(f_.amount, lang_, rng_));
        v["clause"] = std::string(fr_ ? stage.fr_clause : stage.en_clause);
        out_.clause = fill(fr_ ? "{investor} {clause} {amount} dans {investee}"
                               : "{investor} {clause} {amount} in {investee}",
                           v);
    }

    void stake() {
        out_.claim["type"] = "stake";
        Vars v;
        v["holder"] = org("holder", f_.a);
        v["company"] = org("company", f_.b);
        const ShareText share = render_share(f_, lang_, rng_);
        v["share"] = value("share", share.text);
        if (share.role)
            out_.clause = fill(
                fr_ ? "{holder} est {share} de {company}" : "{holder} is {share} of {company}", v);
        else
            out_.clause = fill(fr_ ? "{holder} détient {share} dans {company}"
                                   : "{holder} holds {share} in {company}",
                               v);
    }

    void datacenter() {
        out_.claim["type"] = "datacenter";
        Vars v;
        std::string s = org("operator", f_.a);
        if (f_.has_count) {
            s += fr_ ? " exploite " : " operates ";
            s += value("count", render_count(f_.count, Noun::datacenters, lang_, rng_));
        } else {
            s += fr_ ? " construit un nouveau campus" : " is building a new campus";
        }
        if (f_.place >= 0)
            s += " " + value("location", render_place(places()[static_cast<std::size_t>(f_.place)],
                                                      lang_, rng_));
        if (f_.has_previous) {
            s += fr_ ? ", contre " : ", up from ";
            s += value("previous_count", render_count(f_.previous, Noun::datacenters, lang_, rng_));
        }
        if (f_.ratio_tenths) {
            s += fr_ ? ", une croissance de type " : ", a growth of ";
            s += value("growth", render_ratio(f_.ratio_tenths, lang_, rng_));
        }
        if (f_.has_amount) {
            s += fr_ ? " pour " : " for ";
            s += value("investment", render_amount(f_.amount, lang_, rng_));
        }
        if (f_.c >= 0) {
            s += fr_ ? " au profit de " : " on behalf of ";
            s += org("beneficiary", f_.c);
        }
        if (!f_.purposes.empty()) {
            std::vector<std::string> names;
            json list = json::array();
            for (int p : f_.purposes) {
                names.emplace_back(datacenter_purposes()[static_cast<std::size_t>(p)].in(lang_));
                list.push_back(names.back());
            }
            out_.claim["purpose"] = names.size() == 1 && rng_.chance(500) ? json(names[0]) : list;
            s += fr_ ? " dédiés à " : " dedicated to ";
            s += list_names(names, lang_);
        }
        if (f_.text1 >= 0)
            s += ", " + text_field("description", datacenter_descriptions(), f_.text1);
        out_.clause = s;
        (void)v;
    }

    void spending() {
        out_.claim["type"] = "spending";
        Vars v;
        v["spender"] = org("spender", f_.a);
        v["amount"] = value("amount", render_amount(f_.amount, lang_, rng_));
        v["purpose"] = f_.text1 >= 0 ? " " + text_field("purpose", spending_purposes(), f_.text1)
                                     : std::string();
        v["period"] = f_.text2 >= 0 ? " " + text_field("period", spending_periods(), f_.text2)
                                    : std::string();
        static constexpr std::string_view kFr[] = {
            "{spender} prévoit de dépenser {amount}{purpose}{period}",
            "{spender} a dépensé {amount}{purpose}{period}",
            "{spender} devrait consacrer {amount}{purpose}{period}"};
        static constexpr std::string_view kEn[] = {
            "{spender} plans to spend {amount}{purpose}{period}",
            "{spender} spent {amount}{purpose}{period}",
            "{spender} could spend {amount}{purpose}{period}"};
        out_.clause = fill(fr_ ? pick(rng_, kFr) : pick(rng_, kEn), v);
    }

    void role() {
        out_.claim["type"] = "role";
        Vars v;
        v["person"] = person("person", f_.a);
        v["title"] = text_field("title", role_titles(), f_.text1);
        if (f_.b >= 0) {
            v["organization"] = org("organization", f_.b);
            out_.clause = fill(
                fr_ ? "{person}, {title} de {organization}" : "{person}, {title} at {organization}",
                v);
        } else {
            out_.clause = fill("{person}, {title}", v);
        }
        static constexpr std::string_view kFr[] = {", a présenté la stratégie du groupe",
                                                   ", a confirmé l'information",
                                                   ", s'est exprimé lors d'une conférence"};
        static constexpr std::string_view kEn[] = {
            ", presented the strategy", ", confirmed the news", ", spoke at a conference"};
        out_.after = fr_ ? pick(rng_, kFr) : pick(rng_, kEn);
    }

    void founding() {
        out_.claim["type"] = "founding";
        std::string s = org("organization", f_.a);
        s += fr_ ? " a été fondée " : " was founded ";
        // The sentence always says "en 2019"/"in 2019"; the claim may give
        // the bare year or a JSON integer.
        const std::string year = std::to_string(f_.year);
        s += (fr_ ? "en " : "in ") + year;
        const int roll = static_cast<int>(rng_.below(3));
        if (roll == 0)
            out_.claim["year"] = f_.year;
        else
            out_.claim["year"] = roll == 1 ? year : (fr_ ? "en " : "in ") + year;
        if (!f_.list.empty()) {
            std::vector<std::string> names;
            json list = json::array();
            for (int p : f_.list) {
                names.push_back(w_.person_name(p));
                list.push_back(names.back());
            }
            out_.claim["founders"] = list;
            s += (fr_ ? " par " : " by ") + list_names(names, lang_);
        }
        if (f_.has_count) {
            s += fr_ ? " par " : " by ";
            s += value("founders_count", render_count(f_.count, Noun::founders, lang_, rng_));
        }
        if (f_.b >= 0) {
            s += fr_ ? " venus de " : " from ";
            s += org("founders_from", f_.b);
        }
        out_.clause = s;
    }

    void product() {
        out_.claim["type"] = "product";
        std::string s = org("organization", f_.a);
        s += fr_ ? " a lancé " : " launched ";
        s += value("product", w_.product_name(f_.a, f_.b));
        if (f_.text1 >= 0) s += ", " + text_field("description", product_descriptions(), f_.text1);
        if (f_.flag && f_.c >= 0) {
            s += fr_ ? ", pour concurrencer " : ", to compete with ";
            s += value("competitor", w_.product_name(f_.c, f_.year));
            s += fr_ ? " de " : " from ";
            s += org("competitor_organization", f_.c);
        } else if (f_.c >= 0) {
            s += fr_ ? ", face à " : ", against ";
            s += org("competitor_organization", f_.c);
        }
        out_.clause = s;
    }

    void supply() {
        out_.claim["type"] = "supply";
        const SupplyItem& item = supply_items()[static_cast<std::size_t>(f_.item)];
        Vars v;
        v["provider"] = org("provider", f_.a);
        v["recipient"] = org("recipient", f_.b);
        v["item"] = value("item", std::string(fr_ ? item.fr : item.en));
        v["subject"] = f_.c >= 0 ? (fr_ ? " pour " : " for ") + value("subject", w_.chip_name(f_.c))
                                 : std::string();
        static constexpr std::string_view kFr[] = {
            "{provider} fournit {item} à {recipient}{subject}",
            "{provider} fournira {item} à {recipient}{subject}"};
        static constexpr std::string_view kEn[] = {
            "{provider} supplies {item} to {recipient}{subject}",
            "{provider} will supply {item} to {recipient}{subject}"};
        out_.clause = fill(fr_ ? pick(rng_, kFr) : pick(rng_, kEn), v);
    }

    void partnership() {
        out_.claim["type"] = "partnership";
        std::vector<std::string> names;
        json parties = json::array();
        for (int o : f_.list) {
            names.push_back(org_mention(w_, o, rng_));
            parties.push_back(rng_.chance(500) ? w_.org_name(o) : names.back());
        }
        out_.claim["parties"] = parties;
        std::string s = list_names(names, lang_);
        s += fr_ ? " ont annoncé un partenariat" : " announced a partnership";
        if (f_.text1 >= 0) s += " " + text_field("purpose", partnership_purposes(), f_.text1);
        out_.clause = s;
    }

    // The status is left to the verb (lang/acquisition_status.cpp): agreed
    // to buy / a accepté de racheter, completed / a finalisé, announced /
    // a annoncé.
    void acquisition() {
        out_.claim["type"] = "acquisition";
        Vars v;
        v["acquirer"] = org("acquirer", f_.a);
        std::string target = org("target", f_.b);
        if (f_.has_share_figure) {
            const std::string pct = value("share", render_percent(f_.share, lang_, rng_));
            target = fr_ ? "une participation de " + pct + " dans " + target
                         : "a " + pct + " stake in " + target;
        }
        v["target"] = target;
        v["price"] = f_.has_amount ? (fr_ ? " pour " : " for ") +
                                         value("amount", render_amount(f_.amount, lang_, rng_))
                                   : std::string();
        static constexpr std::string_view kFr[] = {
            "{acquirer} a accepté de racheter {target}{price}",
            "{acquirer} a finalisé le rachat de {target}{price}",
            "{acquirer} a annoncé l'acquisition de {target}{price}"};
        static constexpr std::string_view kEn[] = {
            "{acquirer} agreed to buy {target}{price}",
            "{acquirer} completed the acquisition of {target}{price}",
            "{acquirer} announced a deal for {target}{price}"};
        out_.clause = fill(fr_ ? kFr[f_.status] : kEn[f_.status], v);
    }

    void compute_deal() {
        out_.claim["type"] = "compute_deal";
        Vars v;
        v["provider"] = org("provider", f_.a);
        v["recipient"] = org("recipient", f_.b);
        std::string what;
        if (f_.c >= 0) {
            const std::string chip = value("chip", w_.chip_name(f_.c));
            value("item", fr_ ? "puces" : "chips");
            const std::string n =
                f_.has_count ? group_thousands(f_.count.low, fr_ ? " " : ",") + " " : "";
            what = fr_ ? n + "puces " + chip : n + chip + " chips";
            if (f_.has_count) value("quantity", what);
        } else {
            what = value("item", fr_ ? "capacité de calcul" : "computing capacity");
        }
        v["what"] = what;
        v["value"] = f_.has_amount ? (fr_ ? " de " : " worth ") +
                                         value("value", render_amount(f_.amount, lang_, rng_))
                                   : std::string();
        v["duration"] =
            f_.duration >= 0
                ? " " + value("duration", std::string(deal_durations()[static_cast<std::size_t>(
                                                          f_.duration)].in(lang_)))
                : std::string();
        out_.clause = fill(fr_ ? "{provider} a signé un contrat{value}{duration} pour fournir "
                                 "{what} à {recipient}"
                               : "{provider} signed a{duration} deal{value} to provide "
                                 "{recipient} with {what}",
                           v);
    }

    void quote() {
        out_.claim["type"] = "quote";
        const std::string words(quote_texts()[static_cast<std::size_t>(f_.text1)].in(lang_));
        std::string s =
            fr_ ? "«\u00A0" + words + "\u00A0», a déclaré " : "\"" + words + "\", said ";
        if (f_.flag) {
            s += person("speaker", f_.a);
            if (f_.b >= 0) s += (fr_ ? " de " : " of ") + org("organization", f_.b);
        } else {
            s += text_field("speaker_description", speaker_descriptions(), f_.text2);
            s += (fr_ ? " de " : " at ") + org("organization", f_.b);
        }
        value("text", words);
        out_.clause = s;
    }

    // Investors as named in the text, their claim list beside.
    std::string investors(const char* field, const std::vector<int>& orgs) {
        std::vector<std::string> names;
        json list = json::array();
        for (int o : orgs) {
            names.push_back(org_mention(w_, o, rng_));
            list.push_back(rng_.chance(500) ? w_.org_name(o) : names.back());
        }
        out_.claim[field] = list;
        return list_names(names, lang_);
    }

    void funding_round() {
        out_.claim["type"] = "funding_round";
        const RoundWord& round = round_words()[static_cast<std::size_t>(f_.stage)];
        std::string s = org("company", f_.a);
        value("round", std::string(fr_ ? round.fr : round.en));
        if (f_.has_amount) {
            s += fr_ ? " a levé " : " raised ";
            s += value("amount", render_amount(f_.amount, lang_, rng_));
        } else {
            s += fr_ ? " a bouclé un financement" : " closed a round";
        }
        s += " " + std::string(fr_ ? round.fr_phrase : round.en_phrase);
        s += fr_ ? " mené par " : " led by ";
        s += investors("lead", f_.list);
        if (!f_.list2.empty()) {
            s += fr_ ? ", avec " : ", with ";
            s += investors("participants", f_.list2);
        }
        if (f_.has_valuation) {
            const BasisWord& basis = basis_words()[static_cast<std::size_t>(f_.basis)];
            s += fr_ ? ", pour une valorisation de " : ", at a valuation of ";
            s += value("valuation", render_amount(f_.valuation, lang_, rng_));
            if (!basis.en.empty()) s += " " + value("valuation_basis", std::string(basis.in(lang_)));
        }
        out_.clause = s;
    }

    void valuation() {
        out_.claim["type"] = "valuation";
        const BasisWord& basis = basis_words()[static_cast<std::size_t>(f_.basis)];
        std::string s = org("company", f_.a);
        if (basis.code == "market_cap")
            s += fr_ ? " affiche une capitalisation boursière de " : " has a market value of ";
        else
            s += fr_ ? " est valorisée à " : " is valued at ";
        s += value("amount", render_amount(f_.valuation, lang_, rng_));
        if (!basis.en.empty()) {
            value("basis", std::string(basis.in(lang_)));
            if (basis.code != "market_cap") s += " " + std::string(basis.in(lang_));
        }
        if (f_.year) {
            const std::string year = std::to_string(f_.year);
            value("as_of", year);
            s += (fr_ ? " en " : " in ") + year;
        }
        out_.clause = s;
    }

    const World& w_;
    const Fact& f_;
    Lang lang_;
    bool fr_;
    Rng& rng_;
    RenderedClaim out_;
};

}  // namespace

std::string org_mention(const World& world, int org, Rng& rng) {
    return rng.chance(500) ? world.org_name(org) : world.org_short(org);
}

RenderedClaim render_claim(const World& world, const Fact& fact, Lang lang, Rng& rng) {
    return Renderer(world, fact, lang, rng).run();
}

}  // namespace factdb::bench
