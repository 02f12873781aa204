// factdb-gen: writes a deterministic benchmark corpus (see generator.h).
//
//   factdb-gen --docs N --claims-per-doc M --seed S --out DIR|FILE.jsonl
//
// Prints what it wrote, one "key: value" per line, for scripts to read.
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>

#include "bench/gen/generator.h"
#include "bench/gen/world.h"

namespace {

int usage() {
    std::cerr << "usage: factdb-gen --docs N --claims-per-doc M --seed S --out DIR|FILE.jsonl\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    factdb::bench::GenOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 >= argc) return usage();
        const char* value = argv[++i];
        char* end = nullptr;
        if (arg == "--docs") {
            options.docs = std::strtol(value, &end, 10);
        } else if (arg == "--claims-per-doc") {
            options.claims_per_doc = static_cast<int>(std::strtol(value, &end, 10));
        } else if (arg == "--seed") {
            options.seed = std::strtoull(value, &end, 10);
        } else if (arg == "--out") {
            options.out = value;
            continue;
        } else {
            return usage();
        }
        if (end == value || *end != '\0') return usage();
    }
    if (options.out.empty() || options.docs < 1 || options.claims_per_doc < 1) return usage();
    try {
        const auto stats = factdb::bench::generate(options);
        std::cout << "claims_file: " << stats.claims_file.string() << "\n"
                  << "gazetteer_file: " << stats.gazetteer_file.string() << "\n"
                  << "documents: " << stats.documents << " (fr " << stats.documents_fr << ", en "
                  << stats.documents_en << ")\n"
                  << "claims: " << stats.claims << "\n"
                  << "repeated_claims: " << stats.repeated_claims << "\n"
                  << "conflicting_claims: " << stats.conflicting_claims << "\n"
                  << "bytes: " << stats.bytes << "\n";
        for (int t = 0; t < factdb::bench::kClaimTypes; ++t)
            std::cout << "claims."
                      << factdb::bench::to_string(static_cast<factdb::bench::ClaimType>(t)) << ": "
                      << stats.claims_by_type[static_cast<std::size_t>(t)] << "\n";
    } catch (const std::exception& e) {
        std::cerr << "factdb-gen: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
