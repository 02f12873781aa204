// factdb load: print the load report; problems go to stderr, one per line.
#include <ostream>

#include "cli/command.h"
#include "loader/loader.h"

namespace factdb::cli {
namespace {

constexpr std::size_t kMaxErrorsShown = 100;
// A large load discovers tens of thousands of entities and may warn as
// often: the summary names the first few and counts the rest, which stay
// queryable (entities.origin = 'discovered'), so the terminal is not
// flooded with megabytes of names.
constexpr std::size_t kMaxNewEntitiesShown = 10;
constexpr std::size_t kMaxWarningsShown = 20;

std::string plural(int n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

int run_load(Context& ctx) {
    LoadOptions options;
    options.keep_going = take_flag(ctx.args, "--keep-going");
    options.force = take_flag(ctx.args, "--force");
    options.adopt = take_flag(ctx.args, "--adopt");
    options.strict = take_flag(ctx.args, "--strict");
    reject_unknown_options(ctx.args);
    for (const auto& a : ctx.args) {
        if (a != "--") options.paths.push_back(a);
    }
    if (options.paths.empty()) throw UsageError{"load needs at least one FILE or DIR"};

    const LoadReport r = load_database(ctx.db_path, options);

    for (std::size_t i = 0; i < r.errors.size() && i < kMaxErrorsShown; ++i) {
        ctx.err << r.errors[i].what() << "\n";
    }
    if (r.errors.size() > kMaxErrorsShown) {
        ctx.err << "... and " << r.errors.size() - kMaxErrorsShown << " more problems\n";
    }
    if (!r.committed) {
        ctx.err << "factdb: load failed with "
                << plural(static_cast<int>(r.errors.size()), "problem")
                << "; the database was not changed\n";
        return kBadInput;
    }
    const int docs = r.documents_new + r.documents_replaced + r.documents_unchanged;
    ctx.out << "loaded " << plural(docs, "document") << " from " << plural(r.files, "file")
            << " (run " << r.run << "): " << r.documents_new << " new, " << r.documents_replaced
            << " replaced, " << r.documents_unchanged << " unchanged";
    if (r.documents_failed > 0) ctx.out << ", " << r.documents_failed << " skipped";
    ctx.out << "\n";
    ctx.out << "facts: " << r.facts_added << " added, " << r.facts_removed << " removed, "
            << r.facts_unchanged << " unchanged (" << r.facts_created << " new to the database, "
            << r.facts_deleted << " deleted)\n";
    ctx.out << "entities: " << r.gazetteer_entities << " from gazetteers, " << r.new_entities.size()
            << " new";
    for (std::size_t i = 0; i < r.new_entities.size() && i < kMaxNewEntitiesShown; ++i) {
        ctx.out << (i == 0 ? ": " : ", ") << r.new_entities[i];
    }
    if (r.new_entities.size() > kMaxNewEntitiesShown)
        ctx.out << ", ... and " << r.new_entities.size() - kMaxNewEntitiesShown << " more";
    ctx.out << "\n";
    ctx.out << "warnings: " << r.warnings.size() << "\n";
    for (std::size_t i = 0; i < r.warnings.size() && i < kMaxWarningsShown; ++i)
        ctx.out << "  " << r.warnings[i] << "\n";
    if (r.warnings.size() > kMaxWarningsShown)
        ctx.out << "  ... and " << r.warnings.size() - kMaxWarningsShown << " more warnings\n";
    if (r.documents_failed > 0) {
        ctx.err << "factdb: " << plural(r.documents_failed, "document")
                << " skipped because of the problems above\n";
        return kPartial;
    }
    return kOk;
}

}  // namespace factdb::cli
