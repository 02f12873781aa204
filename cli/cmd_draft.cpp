// factdb draft: read articles, draft their claims with the built-in rules,
// print or write factdb.claims/1 files.  Parses arguments and prints; the
// reading is article/'s, the drafting draft/'s.
#include <filesystem>
#include <ostream>

#include "article/article.h"
#include "cli/command.h"
#include "draft/drafter.h"
#include "loader/places_table.h"
#include "report/atomic_file.h"

namespace factdb::cli {

int run_draft(Context& ctx) {
    article::ReadOptions options;
    const std::string language = take_option(ctx.args, "--language");
    if (!language.empty() && language != "auto") {
        options.language = parse_language(language);
        if (!options.language)
            throw UsageError{"--language takes fr, en or auto, not '" + language + "'"};
    }
    if (std::string v = take_option(ctx.args, "--id"); !v.empty()) options.id = v;
    if (std::string v = take_option(ctx.args, "--title"); !v.empty()) options.title = v;
    if (std::string v = take_option(ctx.args, "--published"); !v.empty()) options.published = v;
    if (std::string v = take_option(ctx.args, "--url"); !v.empty()) options.url = v;
    const std::string out = take_option(ctx.args, "--out");
    const std::string format = take_option(ctx.args, "--format");
    if (!format.empty() && format != "claims")
        throw UsageError{"--format takes claims, not '" + format + "'"};
    std::vector<std::string> files;
    for (std::size_t i = 0; i < ctx.args.size(); ++i) {
        if (ctx.args[i] == "--") {
            files.insert(files.end(), ctx.args.begin() + static_cast<long>(i) + 1, ctx.args.end());
            break;
        }
        if (ctx.args[i] != "-" && ctx.args[i].starts_with("-"))
            throw UsageError{"unknown option " + ctx.args[i]};
        files.push_back(ctx.args[i]);
    }
    if (files.empty()) throw UsageError{"draft needs at least one FILE (or - for standard input)"};
    if (files.size() > 1 && options.id) throw UsageError{"--id names one document: give one FILE"};
    const bool out_dir = !out.empty() && (std::filesystem::is_directory(out) || files.size() > 1);
    if (out_dir && !std::filesystem::is_directory(out))
        throw UsageError{"--out " + out + ": several FILEs are written into a folder, and it does not exist"};

    const PlaceResolver places(reference_places());
    const draft::Drafter drafter(&places);
    std::string stdout_text;
    for (const std::string& file : files) {
        const article::Article a = article::read_article(file, options);
        if (a.language_detected)
            ctx.err << file << ": language " << to_string(a.language) << " (detected)\n";
        const draft::Draft d = drafter.draft(a);
        const auto json = draft::claims_json(a, d);
        if (out.empty()) {
            // One file: an indented .json object; several: JSON Lines, one
            // document a line, as a .jsonl file holds them.
            ctx.out << (files.size() == 1 ? json.dump(1) : json.dump()) << "\n";
        } else {
            const std::string path = out_dir ? (std::filesystem::path(out) / (a.id + ".claims.json")).string() : out;
            report::write_file_atomically(path, json.dump(1) + "\n");
            ctx.err << file << ": " << d.claims.size() << " claim(s) drafted -> " << path << "\n";
        }
    }
    return kOk;
}

}  // namespace factdb::cli
