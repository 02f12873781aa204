// factdb check: runs the consistency rules (check/) on the read-only
// connection, prints the violations, and exits 1 when any is at or above
// --fail-on (default error), so it can gate a pipeline.
#include <sqlite3.h>

#include <SQLiteCpp/Exception.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ostream>

#include "check/checks.h"
#include "cli/command.h"
#include "cli/query_options.h"
#include "query/readonly.h"

namespace factdb::cli {
namespace {

// Severity rank: lower is more severe, so "at or above" is <=.
int rank(check::Severity s) {
    switch (s) {
        case check::Severity::error:
            return 0;
        case check::Severity::warning:
            return 1;
        case check::Severity::info:
            return 2;
    }
    return 2;
}

// The rules run as plain statements on the guarded connection, outside
// ReadOnlyDatabase::run(), so --timeout is enforced here with a progress
// handler of our own (the connection's is only active inside run()).
int past(void* deadline) {
    return std::chrono::steady_clock::now() >
                   *static_cast<std::chrono::steady_clock::time_point*>(deadline)
               ? 1
               : 0;
}

}  // namespace

int run_check(Context& ctx) {
    const std::string fail_on_name = take_option(ctx.args, "--fail-on");
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
    auto deadline = std::chrono::steady_clock::now() +
                    std::chrono::milliseconds(
                        static_cast<long long>(std::llround(o.guard.timeout_seconds * 1000)));
    sqlite3_progress_handler(db.db().getHandle(), 1000, past, &deadline);
    std::vector<check::Violation> violations;
    try {
        violations = check::run_checks(db.db());
    } catch (const SQLite::Exception& e) {
        sqlite3_progress_handler(db.db().getHandle(), 0, nullptr, nullptr);
        if (e.getErrorCode() == SQLITE_INTERRUPT) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%g", o.guard.timeout_seconds);
            throw QueryError(std::string("check stopped after ") + buf +
                                    " s (the --timeout limit)");
        }
        throw;
    }
    sqlite3_progress_handler(db.db().getHandle(), 0, nullptr, nullptr);

    query::write(ctx.out, check::to_table(violations), o.format);
    int counts[3] = {0, 0, 0};
    bool failed = false;
    for (const auto& v : violations) {
        ++counts[rank(v.severity)];
        if (rank(v.severity) <= rank(fail_on)) failed = true;
    }
    ctx.err << counts[0] << (counts[0] == 1 ? " error, " : " errors, ") << counts[1]
            << (counts[1] == 1 ? " warning, " : " warnings, ") << counts[2] << " info\n";
    return failed ? kPartial : kOk;
}

}  // namespace factdb::cli
