// Writing the adversarial inputs (bench_adversarial.h).  Each is one claim
// file built as a string: the texts are ASCII and French accents only, and
// every quote is unique in its text unless the case says otherwise, so each
// file loads (exit 0) and the figure is the cost of loading, not of refusing.
#include "bench/bench_adversarial.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace factdb::bench {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

json document(const std::string& id, const std::string& text, json claims) {
    return json{{"format", "factdb.claims/1"},
                {"document", {{"id", id}, {"title", id}, {"language", "fr"}, {"text", text}}},
                {"claims", std::move(claims)}};
}

json founding(const std::string& id, const std::string& organization,
              const std::string& evidence) {
    return json{{"id", id},
                {"type", "founding"},
                {"organization", organization},
                {"evidence", evidence}};
}

AdversarialInput write(const fs::path& dir, std::string name, std::string what,
                       const std::string& content, const char* extension = ".json") {
    AdversarialInput in{std::move(name), std::move(what), dir / "x", 0};
    in.path = dir / (in.name + extension);
    std::ofstream(in.path, std::ios::binary) << content;
    in.bytes = fs::file_size(in.path);
    return in;
}

// Ordinary input: articles of about 3 KB with 10 claims each, one per line.
AdversarialInput ordinary(const fs::path& dir, std::size_t bytes) {
    std::string out;
    for (int d = 1; out.size() < bytes; ++d) {
        std::string text;
        json claims = json::array();
        for (int i = 1; i <= 40; ++i) {
            const std::string firm = "Firme" + std::to_string(d) + "-" + std::to_string(i);
            text += "Le groupe " + firm +
                    " a été fondé à Paris en 2019 et emploie quarante personnes. ";
            if (i % 4 == 0) {
                claims.push_back(founding("c" + std::to_string(i), firm, firm + " a été fondé"));
            }
        }
        out += document("article-" + std::to_string(d), text, claims).dump() + "\n";
    }
    return write(dir, "ordinary", "articles of 3 KB, 10 claims each (the reference)", out,
                 ".jsonl");
}

// One sentence as long as the file, with 500 claims in it (defect 2).
AdversarialInput long_sentence(const fs::path& dir, std::size_t bytes) {
    std::string text = "Ont été fondées";
    json claims = json::array();
    for (int n = 1; text.size() < bytes * 9 / 10; ++n) {
        const std::string firm = "Firme" + std::to_string(n);
        text += " la société " + firm + " à Paris,";
        if (n <= 500) claims.push_back(founding("c" + std::to_string(n), firm, "société " + firm + " à"));
    }
    text += " et d'autres.";
    return write(dir, "long-sentence", "one sentence of the whole text, 500 claims in it",
                 document("long-sentence", text, claims).dump());
}

// n x "a", then the quote "b" + n/2 x "a": Boyer-Moore-Horspool's worst
// case (defect 1).
AdversarialInput repetitive(const fs::path& dir, std::size_t bytes) {
    const std::size_t n = bytes / 2;
    const std::string quote = "b" + std::string(n / 2, 'a');
    const std::string text = std::string(n, 'a') + " " + quote + ".";
    return write(dir, "repetitive", "n x 'a', then the quote 'b' + n/2 x 'a'",
                 document("repetitive", text, json::array({founding("c1", "Acme", quote)})).dump());
}

// Ordinary sentences in one document with a claim on one in 20: k
// distinct quotes over one text, the O(k * n) product the search budget
// bounds.
AdversarialInput many_claims(const fs::path& dir, std::size_t bytes) {
    std::string text;
    json claims = json::array();
    for (int i = 1; text.size() < bytes * 3 / 4; ++i) {
        const std::string firm = "Firme" + std::to_string(i);
        text += "Le groupe " + firm + " a été fondé à Paris en 2019 et emploie quarante personnes. ";
        if (i % 20 == 0) claims.push_back(founding("c" + std::to_string(i), firm, firm + " a été fondé"));
    }
    return write(dir, "many-claims", "one long article, a claim on every 20th sentence",
                 document("many-claims", text, claims).dump());
}

// One sentence dense with modality cues, clause markers and coordinators,
// 500 claims in it: the per-sentence reading and each claim's decision.
AdversarialInput cue_dense(const fs::path& dir, std::size_t bytes) {
    std::string text = "Selon Reuters,";
    json claims = json::array();
    for (int n = 1; text.size() < bytes * 9 / 10; ++n) {
        const std::string firm = "Firme" + std::to_string(n);
        text += " " + firm + " et Google pourraient investir mais Meta ne prévoit pas, qui";
        if (n <= 500) claims.push_back(founding("c" + std::to_string(n), firm, firm + " et Google"));
    }
    text += " investira.";
    return write(dir, "cue-dense", "one sentence of cues, clauses and coordinators, 500 claims",
                 document("cue-dense", text, claims).dump());
}

}  // namespace

std::vector<AdversarialInput> write_adversarial_inputs(const fs::path& dir, std::size_t bytes) {
    fs::create_directories(dir);
    return {ordinary(dir, bytes), long_sentence(dir, bytes), repetitive(dir, bytes),
            many_claims(dir, bytes), cue_dense(dir, bytes)};
}

}  // namespace factdb::bench
