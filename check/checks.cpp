// Running the consistency rules (see checks.h; the rules are in rules.cpp).
//
// Invariants: the rules only read (each is one SELECT, prepared and stepped
// on the guarded read-only connection, so the authorizer vets every rule),
// the whole run is under one deadline, and the result is deterministic:
// violations in rule order, then by their facts, then in the rule's own
// order.
#include "check/checks.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <charconv>

#include "check/rule_sql.h"
#include "db/error.h"

namespace factdb::check {
namespace {

// "12,14" -> {12, 14}; NULL or "" -> {}.
std::vector<std::int64_t> parse_ids(const std::string& list) {
    std::vector<std::int64_t> ids;
    const char* p = list.data();
    const char* end = list.data() + list.size();
    while (p < end) {
        std::int64_t id = 0;
        const auto [next, ec] = std::from_chars(p, end, id);
        if (ec != std::errc()) break;
        ids.push_back(id);
        p = next;
        while (p < end && (*p == ',' || *p == ' ')) ++p;
    }
    return ids;
}

// Lower is more severe, so "at or above" is <=.
int rank(Severity s) {
    switch (s) {
        case Severity::error:
            return 0;
        case Severity::warning:
            return 1;
        case Severity::info:
            return 2;
    }
    return 2;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += separator;
        out += parts[i];
    }
    return out;
}

}  // namespace

std::string_view to_string(Severity s) {
    switch (s) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "info";
    }
    return "?";
}

bool at_or_above(Severity s, Severity level) {
    return rank(s) <= rank(level);
}

const std::vector<Rule>& rules() {
    static const std::vector<Rule> list = [] {
        std::vector<Rule> out;
        for (const auto& spec : rule_specs()) out.push_back(spec.rule);
        return out;
    }();
    return list;
}

std::vector<Violation> run_checks(query::ReadOnlyDatabase& db, std::string_view run_name,
                                  const CheckOptions& options) {
    std::vector<Violation> all;
    // The rules are stepped here rather than through db.run(): a violation's
    // quotes are looked up while its rule's rows are read, and the deadline
    // is the whole run's, not each statement's.
    db::translating(db.path(), [&] {
        db.run_with_deadline(run_name, [&] {
            const auto first_quote =
                db.prepare("SELECT quote FROM evidence WHERE fact_id = ? ORDER BY id LIMIT 1");
            for (const auto& spec : rule_specs()) {
                const auto st = db.prepare(std::string(spec.sql));
                if (const int at = st->getIndex(":draft_threshold"); at != 0)
                    st->bind(at, options.draft_threshold);
                std::vector<Violation> found;
                while (st->executeStep()) {
                    Violation v;
                    v.rule = std::string(spec.rule.name);
                    v.severity = spec.rule.severity;
                    v.message = st->getColumn(0).getString();
                    v.facts =
                        parse_ids(st->getColumn(1).isNull() ? "" : st->getColumn(1).getString());
                    for (const std::int64_t id : v.facts) {
                        first_quote->reset();
                        first_quote->bind(1, id);
                        v.quotes.push_back(first_quote->executeStep()
                                               ? first_quote->getColumn(0).getString()
                                               : "");
                    }
                    found.push_back(std::move(v));
                }
                std::stable_sort(
                    found.begin(), found.end(),
                    [](const Violation& a, const Violation& b) { return a.facts < b.facts; });
                for (auto& v : found) all.push_back(std::move(v));
            }
        });
    });
    return all;
}

query::Table to_table(const std::vector<Violation>& violations) {
    query::Table t;
    t.columns = {"severity", "rule", "message", "facts", "quotes"};
    for (const auto& v : violations) {
        std::vector<std::string> ids;
        for (const std::int64_t id : v.facts) ids.push_back(std::to_string(id));
        t.rows.push_back({std::string(to_string(v.severity)), v.rule, v.message, join(ids, ", "),
                          join(v.quotes, " | ")});
    }
    return t;
}

}  // namespace factdb::check
