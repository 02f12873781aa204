// factdb report SPEC.json: runs a report spec's named queries on the
// read-only connection and writes the report as Markdown, HTML or JSON
// (report/), for cron.
//
// Order matters for the exit codes and for the output file: everything that
// can make the spec, a parameter or --out wrong is checked first (exit 2),
// then the database is read (exit 3 on failure), the whole report is rendered in
// memory, and only then written — atomically with --out, so a failed run
// leaves an existing report untouched and no partial file.  --fail-on-check
// runs check::run_checks after the report is ready; its verdict (exit 1)
// never prevents writing the report.  The work is the libraries' (report/,
// check/, query/: the deadlines and their messages); this file parses the
// options and prints.
#include <ostream>

#include "check/checks.h"
#include "cli/command.h"
#include "cli/query_options.h"
#include "db/timestamp.h"
#include "errors/error.h"
#include "query/readonly.h"
#include "report/atomic_file.h"
#include "report/output_path.h"
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
    bool curated_only = false;
    query::GuardOptions guard;
};

ReportOptions take_report_options(std::vector<std::string>& args) {
    ReportOptions o;
    // Report parameters are named as in the spec: NAME is taken as given
    // (no ':' to strip, unlike a query's -p), a later one winning.
    for (auto& [name, value] : take_params(args)) o.params[name] = std::move(value);
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
    o.curated_only = take_flag(args, "--curated-only");
    o.guard = take_guard_options(args);
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

}  // namespace

int run_report(Context& ctx) {
    const ReportOptions o = take_report_options(ctx.args);
    report::Report result;
    std::string rendered;
    std::vector<check::Violation> violations;
    {
        report::ReportSpec spec = report::load_spec(o.spec);
        if (o.curated_only) report::require_curated_only(spec);
        const auto params = report::bind_report_parameters(spec, o.params);
        // Every section's values now, so a bad one is exit 2 even when the
        // database cannot be opened.
        for (const auto& s : spec.sections) (void)report::bind_section_parameters(spec, s, params);
        // Before the database is opened and long before anything is
        // written: --out may not name the database, its -wal/-shm, or a
        // device, FIFO, socket or folder (a read-only command must not be
        // a way to destroy a file).
        if (!o.out.empty()) report::check_output_path(o.out, ctx.db_path);
        query::ReadOnlyDatabase db(ctx.db_path, o.guard);
        result = report::run_report(spec, params, db, db::utc_now());
        if (o.fail_on) violations = check::run_checks(db, "checks");
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
        if (!check::at_or_above(v.severity, *o.fail_on)) continue;
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
