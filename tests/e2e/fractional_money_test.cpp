// Fractional amounts end to end through the real binary (issue 12): loaded
// from claims in both languages, stored exactly in minor units, summed,
// compared and ordered with plain SQL, totalled by the named queries without
// mixing currencies, and an amount with more decimals than its currency's
// minor unit refused with the database left as it was.
#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

#include "support/fixtures.h"

using namespace factdb::testing;

namespace {

// Five investments by Acme in Beta: $4.99 (text), 12,30 € and 1.250,75 $
// (French notation), "7 dollars et 20 cents", and an exact JSON value
// "0.85" USD; one more, by Gamma, of ¥500.
const char* kClaims = R"({"format": "factdb.claims/1",
  "document": {"id": "prices", "title": "Prices", "language": "fr", "published": null, "url": null,
    "text": "Acme a investi 4,99 $ dans Beta. Acme a investi 12,30 € dans Beta. Acme a investi 1.250,75 $ dans Beta. Acme a investi 7 dollars et 20 cents dans Beta. Acme a investi 0,85 $ dans Beta. Gamma a investi 500 ¥ dans Beta."},
  "claims": [
    {"id": "c1", "type": "investment", "evidence": "Acme a investi 4,99 $ dans Beta",
     "investor": "Acme", "investee": "Beta", "amount": "4,99 $", "stage": "completed"},
    {"id": "c2", "type": "investment", "evidence": "Acme a investi 12,30 € dans Beta",
     "investor": "Acme", "investee": "Beta", "amount": "12,30 €", "stage": "completed"},
    {"id": "c3", "type": "investment", "evidence": "Acme a investi 1.250,75 $ dans Beta",
     "investor": "Acme", "investee": "Beta", "amount": "1.250,75 $", "stage": "completed"},
    {"id": "c4", "type": "investment", "evidence": "Acme a investi 7 dollars et 20 cents dans Beta",
     "investor": "Acme", "investee": "Beta", "amount": "7 dollars et 20 cents", "stage": "completed"},
    {"id": "c5", "type": "investment", "evidence": "Acme a investi 0,85 $ dans Beta",
     "investor": "Acme", "investee": "Beta",
     "amount": {"low": "0.85", "high": "0.85", "qualifier": "exact", "currency": "USD"},
     "stage": "completed"},
    {"id": "c6", "type": "investment", "evidence": "Gamma a investi 500 ¥ dans Beta",
     "investor": "Gamma", "investee": "Beta", "amount": "500 ¥", "stage": "completed"}]})";

std::string sql(const fs::path& db, const std::string& query) {
    const RunResult r = run_factdb({"--db", db.string(), "sql", "--format", "tsv", query});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    return r.out;
}

}  // namespace

TEST_CASE("fractional amounts load exactly and sum, compare and sort in SQL", "[e2e][money]") {
    TempDir dir;
    const fs::path db = dir / "m.sqlite";
    const fs::path claims = dir.write("prices.json", kClaims);
    const RunResult load = run_factdb({"--db", db.string(), "load", claims.string()}, "",
                                      {"FACTDB_NOW=2026-11-28T12:00:00Z"});
    INFO(load.err);
    REQUIRE(load.exit_code == 0);

    // Stored: whole units NULL for a fraction, minor units exact.
    CHECK(sql(db, "SELECT amount_text, coalesce(amount_low, 'NULL'), amount_low_minor, currency"
                  " FROM investments ORDER BY fact_id") ==
          "amount_text\tcoalesce(amount_low, 'NULL')\tamount_low_minor\tcurrency\n"
          "4,99 $\tNULL\t499\tUSD\n"
          "12,30 €\tNULL\t1230\tEUR\n"
          "1.250,75 $\tNULL\t125075\tUSD\n"
          "7 dollars et 20 cents\tNULL\t720\tUSD\n"
          "\tNULL\t85\tUSD\n"
          "500 ¥\t500\t500\tJPY\n");
    // SUM per currency, exact, and the view's exact decimal text.
    CHECK(sql(db, "SELECT currency, sum(amount_low_minor) FROM investments GROUP BY currency"
                  " ORDER BY currency") ==
          "currency\tsum(amount_low_minor)\nEUR\t1230\nJPY\t500\nUSD\t126379\n");
    CHECK(sql(db, "SELECT amount_low_exact FROM investments_v WHERE currency = 'USD'"
                  " ORDER BY amount_low_minor DESC") ==
          "amount_low_exact\n1250.75\n7.20\n4.99\n0.85\n");
    CHECK(sql(db, "SELECT count(*) FROM investments WHERE currency = 'USD'"
                  " AND amount_low_minor > 500") == "count(*)\n2\n");

    // investment_totals: Acme's are in two currencies (NULL, never added);
    // Gamma's is whole.  stakeholders the same.
    const RunResult totals =
        run_factdb({"--db", db.string(), "query", "investment_totals", "--format", "tsv"});
    CHECK(totals.out ==
          "investor\tinvestee\tcompleted_low_total\tcurrency\tfacts\tundisclosed\thedged\n"
          "Acme\tBeta\t\tUSD,EUR\t5\t0\t0\n"
          "Gamma\tBeta\t500\tJPY\t1\t0\t0\n");
    // One currency only (the euros edited into dollars): the exact total,
    // 4.99 + 12.30 + 1250.75 + 7.20 + 0.85 = 1276.09.
    {
        SQLite::Database w(db.string(), SQLite::OPEN_READWRITE);
        w.exec("UPDATE investments SET currency = 'USD' WHERE fact_id = 2");
    }
    const RunResult usd =
        run_factdb({"--db", db.string(), "query", "investment_totals", "--format", "tsv"});
    CHECK(usd.out ==
          "investor\tinvestee\tcompleted_low_total\tcurrency\tfacts\tundisclosed\thedged\n"
          "Acme\tBeta\t1276.09\tUSD\t5\t0\t0\n"
          "Gamma\tBeta\t500\tJPY\t1\t0\t0\n");
    const RunResult holders = run_factdb(
        {"--db", db.string(), "query", "stakeholders", "-p", "company", "Beta", "--format", "tsv"});
    CHECK(holders.out.find("Acme\tinvestor\t\t\t1276.09\tUSD\tasserted\t") != std::string::npos);

    // More decimals than the minor unit: refused, nothing stored.
    const fs::path bad = dir.write(
        "bad.json",
        R"({"format": "factdb.claims/1",
  "document": {"id": "bad", "title": "Bad", "language": "en", "published": null, "url": null,
    "text": "Acme pays $0.0004 per token to Beta."},
  "claims": [{"id": "c1", "type": "investment", "evidence": "Acme pays $0.0004 per token to Beta",
     "investor": "Acme", "investee": "Beta", "amount": "$0.0004", "stage": "completed"}]})");
    const RunResult refused = run_factdb({"--db", db.string(), "load", bad.string()}, "",
                                         {"FACTDB_NOW=2026-11-28T12:00:00Z"});
    CHECK(refused.exit_code != 0);
    CHECK(refused.err ==
          bad.string() +
              ": claim c1: amount: amount 0.0004 USD has 4 decimals, but USD counts in cents (2 "
              "decimals): write it with at most 2 decimals (factdb never rounds an amount) "
              "($0.0004)\nfactdb: load failed with 1 problem; the database was not changed\n");
    CHECK(sql(db, "SELECT count(*) FROM investments") == "count(*)\n6\n");
    CHECK(sql(db, "SELECT count(*) FROM documents") == "count(*)\n1\n");
}
