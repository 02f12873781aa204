// factdb report SPEC.json: runs a report spec's named queries on the
// read-only connection and writes the report as Markdown, HTML or JSON
// (report/), for cron.
//
// Order matters for the exit codes and for the output file: everything that
// can make the spec or a parameter wrong is checked first (exit 2), then the
// database is read (exit 3 on failure), the whole report is rendered in
// memory, and only then written — atomically with --out, so a failed run
// leaves an existing report untouched and no partial file.  --fail-on-check
// runs check::run_checks after the report is ready; its verdict (exit 1)
// never prevents writing the report.
#include <sqlite3.h>

#include <SQLiteCpp/Exception.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ostream>

#include "check/checks.h"
#include "cli/command.h"
#include "errors/error.h"
#include "db/timestamp.h"
#include "query/readonly.h"
#include "report/atomic_file.h"
#include "report/report.h"
#include "report/spec.h"
#include "report/writers.h"

namespace factdb::cli {
namespace {

struct ReportOptions {
    std::string spec;
    std::string out;
    std::optional<report::OutputFormat> format;
    std::map<std::string, std::string> params;
    std::optional<check::Severity> fail_on;
    query::GuardOptions guard;
};

ReportOptions take_report_options(std::vector<std::string>& args) {
    ReportOptions o;
    for (auto it = args.begin(); it != args.end();) {
        if (*it == "--") break;
        if (*it == "-p" || *it == "--param") {
            if (std::distance(it, args.end()) < 3) throw UsageError{*it + " needs NAME and VALUE"};
            o.params[*(it + 1)] = *(it + 2);
            it = args.erase(it, it + 3);
        } else {
            ++it;
        }
    }
    o.out = take_option(args, "--out");
    if (const std::string f = take_option(args, "--format"); !f.empty()) {
        o.format = report::parse_output_format(f);
        if (!o.format)
            throw UsageError{"unknown report format '" + f + "' (formats: md, html, json)"};
    }
    if (const std::string level = take_option(args, "--fail-on-check"); !level.empty()) {
        if (level == "error")
            o.fail_on = check::Severity::error;
        else if (level == "warning")
            o.fail_on = check::Severity::warning;
        else
            throw UsageError{"--fail-on-check takes error or warning, not '" + level + "'"};
    }
    if (const std::string t = take_option(args, "--timeout"); !t.empty()) {
        char* end = nullptr;
        const double seconds = std::strtod(t.c_str(), &end);
        if (end != t.c_str() + t.size() || !(seconds > 0) || seconds > 86400)
            throw UsageError{"--timeout takes a number of seconds greater than 0, not '" + t + "'"};
        o.guard.timeout_seconds = seconds;
    }
    reject_unknown_options(args);
    if (!args.empty() && args[0] == "--") args.erase(args.begin());
    if (args.size() != 1) throw UsageError{"report takes one SPEC file"};
    o.spec = args[0];
    if (o.out == "-") o.out.clear();
    return o;
}

// Without --format: from --out's extension (.html/.htm, .json), else Markdown.
report::OutputFormat default_format(const std::string& out) {
    auto ends_with = [&](std::string_view ext) {
        return out.size() >= ext.size() &&
               out.compare(out.size() - ext.size(), ext.size(), ext) == 0;
    };
    if (ends_with(".html") || ends_with(".htm")) return report::OutputFormat::html;
    if (ends_with(".json")) return report::OutputFormat::json;
    return report::OutputFormat::markdown;
}

int rank(check::Severity s) {
    return s == check::Severity::error ? 0 : s == check::Severity::warning ? 1 : 2;
}

// The checks run as plain statements on the guarded connection, outside
// ReadOnlyDatabase::run(), so the time limit is a progress handler of ours.
int past(void* deadline) {
    return std::chrono::steady_clock::now() >
                   *static_cast<std::chrono::steady_clock::time_point*>(deadline)
               ? 1
               : 0;
}

std::vector<check::Violation> run_checks(query::ReadOnlyDatabase& db, double timeout_seconds) {
    auto deadline =
        std::chrono::steady_clock::now() +
        std::chrono::milliseconds(static_cast<long long>(std::llround(timeout_seconds * 1000)));
    sqlite3_progress_handler(db.db().getHandle(), 1000, past, &deadline);
    try {
        auto v = check::run_checks(db.db());
        sqlite3_progress_handler(db.db().getHandle(), 0, nullptr, nullptr);
        return v;
    } catch (const SQLite::Exception& e) {
        sqlite3_progress_handler(db.db().getHandle(), 0, nullptr, nullptr);
        if (e.getErrorCode() == SQLITE_INTERRUPT) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%g", timeout_seconds);
            throw QueryError(std::string("checks stopped after ") + buf +
                                    " s (the --timeout limit)");
        }
        throw;
    }
}

}  // namespace

int run_report(Context& ctx) {
    const ReportOptions o = take_report_options(ctx.args);
    report::Report result;
    std::string rendered;
    std::vector<check::Violation> violations;
    try {
        const report::ReportSpec spec = report::load_spec(o.spec);
        const auto params = report::bind_report_parameters(spec, o.params);
        // Every section's values now, so a bad one is exit 2 even when the
        // database cannot be opened.
        for (const auto& s : spec.sections) (void)report::bind_section_parameters(spec, s, params);
        query::ReadOnlyDatabase db(ctx.db_path, o.guard);
        result = report::run_report(spec, params, db, db::utc_now());
        if (o.fail_on) violations = run_checks(db, o.guard.timeout_seconds);
    } catch (const SpecError& e) {
        ctx.err << "factdb: " << e.what() << "\n";
        return kBadInput;
    }
    switch (o.format.value_or(default_format(o.out))) {
        case report::OutputFormat::markdown:
            rendered = report::to_markdown(result);
            break;
        case report::OutputFormat::html:
            rendered = report::to_html(result);
            break;
        case report::OutputFormat::json:
            rendered = report::to_json(result);
            break;
    }
    if (o.out.empty()) {
        ctx.out << rendered << std::flush;
        if (!ctx.out) throw StorageError("cannot write the report to standard output");
    } else {
        report::write_file_atomically(o.out, rendered);
    }

    if (!o.fail_on) return kOk;
    int failing = 0;
    for (const auto& v : violations) {
        if (rank(v.severity) > rank(*o.fail_on)) continue;
        ++failing;
        ctx.err << "factdb: check: " << check::to_string(v.severity) << ": " << v.rule << ": "
                << v.message << "\n";
    }
    if (failing == 0) return kOk;
    ctx.err << "factdb: check: " << failing << (failing == 1 ? " problem" : " problems")
            << " at or above " << check::to_string(*o.fail_on) << " (the report was written)\n";
    return kPartial;
}

}  // namespace factdb::cli
