// factdb summary: prints the main named queries, for a person at a terminal
// (make run prints it after loading the seeds) or, with --format json, for a
// program.  Which queries, in which order, is this file's choice;
// query::summarize runs them.  Several tables make no one CSV, TSV or JSONL
// stream, so those formats are refused with the command that gives one.
#include <ostream>
#include <sstream>

#include "cli/command.h"
#include "cli/query_options.h"
#include "query/format.h"
#include "query/summary.h"

namespace factdb::cli {

int run_summary(Context& ctx) {
    // Aligned tables unless asked otherwise, on a terminal or not: the
    // summary is for reading (json is one flag away).
    const query::Format format = take_format(ctx.args, query::Format::table);
    reject_unknown_options(ctx.args);
    if (!ctx.args.empty()) throw UsageError{"summary takes no arguments"};
    if (format != query::Format::table && format != query::Format::markdown &&
        format != query::Format::json)
        throw UsageError{"summary prints several tables: use --format table, markdown or json "
                         "(or 'factdb query NAME' for one table in any format)"};
    // One name a line: the issue-13 sections (acquisitions, money raised and
    // what companies are worth, money spent, data-centre sites with their
    // capacity) follow the original four, each self-contained.
    const std::vector<std::string_view> sections = {
        "investments",
        "stakeholders",
        "datacenters_by_state",
        "acquisitions",
        "people",
        "funding_rounds",
        "valuations",
        "spending",
        "datacenters",
    };
    // Cells are cut for reading; json keeps every value whole.
    const query::FormatOptions options{format == query::Format::json ? 0u : 60u};
    bool first = true;
    if (format == query::Format::json) ctx.out << "{";
    query::summarize(ctx.db_path, sections, [&](const query::NamedQuery& q, const query::Table& t) {
        if (format == query::Format::json) {
            // {"investments": [rows...], ...}: each value is the query's
            // json output, an array of row objects.
            std::ostringstream rows;
            query::write(rows, t, query::Format::json, options);
            std::string text = rows.str();
            while (!text.empty() && text.back() == '\n') text.pop_back();
            ctx.out << (first ? "\n" : ",\n") << "\"" << q.name << "\": " << text;
            first = false;
            return;
        }
        if (!first) ctx.out << "\n";
        first = false;
        ctx.out << "## " << q.title << " (" << t.rows.size() << ")\n\n";
        query::write(ctx.out, t, format, options);
    });
    if (format == query::Format::json) ctx.out << "\n}\n";
    return kOk;
}

}  // namespace factdb::cli
