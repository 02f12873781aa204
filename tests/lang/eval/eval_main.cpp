// factdb_lang_eval: measures the whole-field normalisers (parse_money,
// parse_count, parse_percent) on a table of surface forms with the value a
// careful reader gives each, and sorts every row into one of three bins:
//   right   the normaliser gave exactly the expected range (qualifier, both
//           ends, currency), or refused a row whose expected answer is a
//           refusal;
//   missed  the normaliser refused a form that has a value (a refusal names
//           its reason: the promise is kept, the coverage is not);
//   wrong   the normaliser gave a value that differs from the expected one,
//           or a value where the text gives none.  This is the number the
//           project promises is zero.
// Usage: factdb_lang_eval [--max-wrong N] [--min-right FRACTION] [-v] FILE.tsv...
// Exit 0 when every file keeps both limits, 1 otherwise, 2 on bad usage or a
// malformed table.  The tables (dev.tsv, test.tsv beside this file) are
// split once by a hash of each row, and only dev.tsv may be looked at while
// changing the rules (docs/NORMALISATION.md, "Measured on held-out forms").
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "errors/error.h"
#include "lang/count.h"
#include "lang/money.h"
#include "lang/percent.h"

using factdb::Language;
using namespace factdb::lang;

namespace {

struct Row {
    int line = 0;
    std::string kind, language, text, qualifier, low, high, unit;
};

struct Outcome {
    bool refused = false;
    std::string reason;  // when refused
    std::string qualifier, low, high, unit;
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out(1);
    for (char c : line) {
        if (c == '\t')
            out.emplace_back();
        else
            out.back() += c;
    }
    return out;
}

std::string field(const std::string& s) { return s == "-" ? std::string() : s; }

std::string end_text(const std::optional<Decimal>& d) { return d ? d->to_string() : std::string(); }

Outcome run(const Row& row) {
    const auto language = factdb::parse_language(row.language);
    Outcome out;
    try {
        Range range;
        if (row.kind == "money") {
            Money m = parse_money(row.text, *language);
            // The loader's next step: an amount past its currency's
            // plausibility bound is refused too (money.h).
            if (const std::string why = implausible_amount(m); !why.empty())
                throw factdb::NormalizeError(why);
            range = m.range;
            out.unit = m.currency;
        } else if (row.kind == "count") {
            range = parse_count(row.text, *language);
        } else {
            range = parse_percent(row.text, *language);
        }
        out.qualifier = std::string(to_string(range.qualifier));
        out.low = end_text(range.low);
        out.high = end_text(range.high);
    } catch (const factdb::Error& e) {
        out.refused = true;
        out.reason = e.what();
    }
    return out;
}

// Decimal::to_string gives the shortest form; the table may write "7.20".
std::string canonical(const std::string& number) {
    if (number.find('.') == std::string::npos) return number;
    std::string s = number;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

struct Tally {
    int rows = 0, right = 0, missed = 0, wrong = 0;
};

}  // namespace

int main(int argc, char** argv) {
    int max_wrong = 0;
    double min_right = 0.0;
    bool verbose = false;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--max-wrong" && i + 1 < argc)
            max_wrong = std::atoi(argv[++i]);
        else if (a == "--min-right" && i + 1 < argc)
            min_right = std::atof(argv[++i]);
        else if (a == "-v")
            verbose = true;
        else if (!a.empty() && a[0] == '-') {
            std::cerr << "factdb_lang_eval: unknown option " << a << "\n";
            return 2;
        } else
            files.push_back(a);
    }
    if (files.empty()) {
        std::cerr << "usage: factdb_lang_eval [--max-wrong N] [--min-right FRACTION] [-v] FILE.tsv...\n";
        return 2;
    }
    bool ok = true;
    for (const std::string& path : files) {
        std::ifstream in(path);
        if (!in) {
            std::cerr << "factdb_lang_eval: cannot read " << path << "\n";
            return 2;
        }
        std::map<std::string, Tally> by_kind;
        Tally all;
        std::string line;
        int number = 0;
        while (std::getline(in, line)) {
            ++number;
            if (line.empty() || line[0] == '#') continue;
            const auto f = split_tabs(line);
            if (f.size() != 7 || (f[0] != "money" && f[0] != "count" && f[0] != "percent") ||
                !factdb::parse_language(f[1])) {
                std::cerr << path << ":" << number << ": malformed row (kind, language, text, "
                          << "qualifier, low, high, unit; '-' for empty)\n";
                return 2;
            }
            Row row{number, f[0], f[1], f[2], f[3], canonical(field(f[4])), canonical(field(f[5])),
                    field(f[6])};
            const Outcome got = run(row);
            const char* verdict;
            Tally& k = by_kind[row.kind];
            ++k.rows;
            ++all.rows;
            if (row.qualifier == "refuse") {
                verdict = got.refused ? "right" : "WRONG";
            } else if (got.refused) {
                verdict = "missed";
            } else {
                const bool same = got.qualifier == row.qualifier && got.low == row.low &&
                                  got.high == row.high && got.unit == row.unit;
                verdict = same ? "right" : "WRONG";
            }
            const std::string v = verdict;
            if (v == "right") ++k.right, ++all.right;
            if (v == "missed") ++k.missed, ++all.missed;
            if (v == "WRONG") ++k.wrong, ++all.wrong;
            if (verbose || v != "right") {
                std::cout << "  " << v << "\t" << row.kind << "\t" << row.language << "\t"
                          << row.text << "\t";
                if (got.refused)
                    std::cout << "refused: " << got.reason;
                else
                    std::cout << got.qualifier << " " << got.low << ".." << got.high << " "
                              << got.unit;
                if (v == "WRONG")
                    std::cout << "\t(expected " << row.qualifier << " " << row.low << ".."
                              << row.high << " " << row.unit << ")";
                std::cout << "\n";
            }
        }
        auto report = [](const std::string& name, const Tally& t) {
            char pct[32];
            std::snprintf(pct, sizeof pct, "%.1f%%", t.rows ? 100.0 * t.right / t.rows : 0.0);
            std::cout << name << ": " << t.rows << " rows, " << t.right << " right (" << pct
                      << "), " << t.missed << " missed, " << t.wrong << " wrong\n";
        };
        for (const auto& [kind, t] : by_kind) report(path + " " + kind, t);
        report(path, all);
        const double fraction = all.rows ? double(all.right) / all.rows : 0.0;
        if (all.wrong > max_wrong) {
            std::cout << path << ": " << all.wrong << " silently wrong values (at most " << max_wrong
                      << " allowed)\n";
            ok = false;
        }
        if (fraction < min_right) {
            std::cout << path << ": right on " << fraction << " of the rows, below " << min_right
                      << "\n";
            ok = false;
        }
    }
    return ok ? 0 : 1;
}
