// Shared by the report tests: the seed database (loaded by the real binary
// with a fixed FACTDB_NOW, so first_loaded_at is known), a small database
// with hostile names and an error the checks find, running `factdb report`
// with a fixed generated_at, and a device node an --out test may point at.
#pragma once

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "support/fixtures.h"

namespace factdb::testing {

inline constexpr const char* kLoadedAt = "2025-01-02T03:04:05Z";
inline constexpr const char* kReportAt = "2025-03-01T00:00:00Z";

// seeds/ loaded into a fresh database.
struct SeedReportDb {
    TempDir dir;
    fs::path db = dir / "seed.sqlite";
    RunResult load = run_factdb({"--db", db.string(), "load", (source_dir() / "seeds").string()},
                                "", {std::string("FACTDB_NOW=") + kLoadedAt});
};

// A document whose entity names are HTML ("<script>...") and whose stakes in
// one company add up to 110 %: the stakes_over_100 rule's error.
inline constexpr const char* kHostileClaims = R"json({"format": "factdb.claims/1",
 "document": {"id": "hostile", "title": "Hostile <b>names</b>", "language": "en",
  "published": null, "url": null,
  "text": "<script>alert(1)</script> Capital invested $5 million in Gamma & Co. Acme holds 60% of Gamma & Co. Beta holds 50% of Gamma & Co."},
 "claims": [
  {"id": "inv", "type": "investment",
   "evidence": "<script>alert(1)</script> Capital invested $5 million in Gamma & Co",
   "investor": "<script>alert(1)</script> Capital", "investee": "Gamma & Co",
   "amount": "$5 million", "stage": "invested"},
  {"id": "s1", "type": "stake", "evidence": "Acme holds 60% of Gamma & Co",
   "holder": "Acme", "company": "Gamma & Co", "share": "60%"},
  {"id": "s2", "type": "stake", "evidence": "Beta holds 50% of Gamma & Co",
   "holder": "Beta", "company": "Gamma & Co", "share": "50%"}]})json";

struct HostileDb {
    TempDir dir;
    fs::path db = dir / "hostile.sqlite";
    fs::path claims = dir.write("hostile.claims.json", kHostileClaims);
    RunResult load = run_factdb({"--db", db.string(), "load", claims.string()}, "",
                                {std::string("FACTDB_NOW=") + kLoadedAt});
};

// Two Texas data centres of two operators (one bar of 3 + 2 = 5), one in
// Ohio (1), investments in two currencies by one investor, and one whose
// quote is a long sentence (it must wrap, not widen the page).
inline constexpr const char* kSitesClaims = R"json({"format": "factdb.claims/1",
 "document": {"id": "many", "title": "Sites", "language": "en", "published": "2026-05-01",
  "url": null,
  "text": "Oracle runs 3 data centers in Texas. Google runs 2 data centers in Texas. Meta runs 1 data center in Ohio. Acme invested $2 billion in Beta. Acme invested €1.5 billion in Beta. Acme invested $500 million in Gamma. Meanwhile, according to several people familiar with the negotiations who asked not to be named because the talks are private, Acme was also weighing a far larger commitment to Gamma, one that would dwarf every investment it has made so far and that its board has been debating for months without reaching any decision."},
 "claims": [
  {"id": "tx1", "type": "datacenter", "evidence": "Oracle runs 3 data centers in Texas",
   "operator": "Oracle", "location": "Texas", "count": "3"},
  {"id": "tx2", "type": "datacenter", "evidence": "Google runs 2 data centers in Texas",
   "operator": "Google", "location": "Texas", "count": "2"},
  {"id": "oh", "type": "datacenter", "evidence": "Meta runs 1 data center in Ohio",
   "operator": "Meta", "location": "Ohio", "count": "1"},
  {"id": "i1", "type": "investment", "evidence": "Acme invested $2 billion in Beta",
   "investor": "Acme", "investee": "Beta", "amount": "$2 billion"},
  {"id": "i2", "type": "investment", "evidence": "Acme invested €1.5 billion in Beta",
   "investor": "Acme", "investee": "Beta", "amount": "€1.5 billion"},
  {"id": "i3", "type": "investment", "evidence": "Acme invested $500 million in Gamma",
   "investor": "Acme", "investee": "Gamma", "amount": "$500 million"},
  {"id": "i4", "type": "investment",
   "evidence": "according to several people familiar with the negotiations who asked not to be named because the talks are private, Acme was also weighing a far larger commitment to Gamma, one that would dwarf every investment it has made so far and that its board has been debating for months without reaching any decision",
   "investor": "Acme", "investee": "Gamma", "stage": "considered"}]})json";

struct SitesDb {
    TempDir dir;
    fs::path db = dir / "sites.sqlite";
    fs::path claims = dir.write("sites.claims.json", kSitesClaims);
    RunResult load = run_factdb({"--db", db.string(), "load", claims.string()}, "",
                                {std::string("FACTDB_NOW=") + kLoadedAt});
};

// factdb --db DB report ARGS... with generated_at fixed.
inline RunResult run_report(const fs::path& db, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db.string(), "report"});
    return run_factdb(args, "", {std::string("FACTDB_NOW=") + kReportAt});
}

inline std::string overview_spec() {
    return (source_dir() / "reports/overview.json").string();
}

// Every file in dir, by name (to prove no temporary file is left behind).
inline std::vector<std::string> file_names(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

// A character device node an --out test may point at: a copy of /dev/null
// (1, 3) made with mknod in dir when that is permitted (CAP_MKNOD: root in
// CI); else, for a user who may not write /dev, /dev/null itself, which such
// a user could not replace even if the refusal regressed.  Never /dev/null
// for root: a regression would replace the system's /dev/null with a
// report.  nullopt when neither is safe (root without CAP_MKNOD).
inline std::optional<fs::path> device_for_out(const fs::path& dir) {
    const fs::path node = dir / "null-device";
    if (::mknod(node.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0) return node;
    if (::geteuid() != 0 && ::access("/dev", W_OK) != 0) return fs::path("/dev/null");
    return std::nullopt;
}

// Occurrences of needle in hay.
inline std::size_t count_of(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1))
        ++n;
    return n;
}

}  // namespace factdb::testing
