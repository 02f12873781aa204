// factdb check: parses the options, runs the consistency rules (check/) on
// the read-only connection, prints the violations and their counts, and
// exits 1 when any is at or above --fail-on (default error), so it can gate
// a pipeline.  --draft-threshold X sets low_confidence_draft's threshold
// (default 0.5).  The --timeout deadline and its message are check/'s and
// query/'s (check::run_checks, ReadOnlyDatabase::run_with_deadline).
#include <algorithm>
#include <ostream>
#include <string>

#include "check/checks.h"
#include "cli/command.h"
#include "cli/query_options.h"
#include "query/named_query.h"
#include "query/readonly.h"

namespace factdb::cli {

int run_check(Context& ctx) {
    const std::string fail_on_name = take_option(ctx.args, "--fail-on");
    check::CheckOptions options;
    if (std::find(ctx.args.begin(), ctx.args.end(), "--draft-threshold") != ctx.args.end() ||
        std::any_of(ctx.args.begin(), ctx.args.end(), [](const std::string& a) {
            return a.rfind("--draft-threshold=", 0) == 0;
        })) {
        const std::string t = take_option(ctx.args, "--draft-threshold");
        if (const std::string why = query::check_confidence_value(t); !why.empty())
            throw UsageError{"--draft-threshold " + why};
        options.draft_threshold = std::stod(t);
    }
    QueryOptions o = take_query_options(ctx.args, false);
    reject_unknown_options(ctx.args);
    if (!o.params.empty()) throw UsageError{"check takes no -p parameters"};
    if (!ctx.args.empty()) throw UsageError{"check takes no arguments"};
    check::Severity fail_on = check::Severity::error;
    if (!fail_on_name.empty()) {
        if (fail_on_name == "error") {
            fail_on = check::Severity::error;
        } else if (fail_on_name == "warning") {
            fail_on = check::Severity::warning;
        } else if (fail_on_name == "info") {
            fail_on = check::Severity::info;
        } else {
            throw UsageError{"--fail-on takes error, warning or info, not '" + fail_on_name + "'"};
        }
    }

    query::ReadOnlyDatabase db(ctx.db_path, o.guard);
    const std::vector<check::Violation> violations = check::run_checks(db, "check", options);

    query::write(ctx.out, check::to_table(violations), o.format);
    int errors = 0, warnings = 0, infos = 0;
    bool failed = false;
    for (const auto& v : violations) {
        switch (v.severity) {
            case check::Severity::error:
                ++errors;
                break;
            case check::Severity::warning:
                ++warnings;
                break;
            case check::Severity::info:
                ++infos;
                break;
        }
        if (check::at_or_above(v.severity, fail_on)) failed = true;
    }
    ctx.err << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning, " : " warnings, ") << infos << " info\n";
    return failed ? kPartial : kOk;
}

}  // namespace factdb::cli
