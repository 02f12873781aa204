// Validation of the top level and the "document" object of a claim file.
//
// text_file is confined to the claim file's folder: absolute paths and any
// ".." component are refused outright, and the resolved path (symbolic links
// followed) must still lie inside the folder, so a claim file can never make
// factdb read elsewhere.  Only a regular file is read (files/regular_file.h):
// a FIFO, device, socket or folder is refused by its kind, and the 16 MiB
// limit is enforced while reading, not from the size stat() reports.
#include "loader/document.h"

#include <array>
#include <vector>

#include "errors/error.h"
#include "files/regular_file.h"
#include "lang/calendar_date.h"
#include "loader/sha256.h"
#include "text/unicode.h"

namespace factdb {
namespace {

constexpr std::array<std::string_view, 3> kTopKeys = {"format", "document", "claims"};
constexpr std::array<std::string_view, 7> kDocumentKeys = {
    "id", "title", "language", "published", "url", "text_file", "text"};
constexpr std::size_t kMaxIdLength = 200;

template <std::size_t N>
bool allowed(const std::array<std::string_view, N>& keys, const std::string& key) {
    for (auto k : keys) {
        if (k == key) return true;
    }
    return false;
}

class Checker {
  public:
    explicit Checker(const SourceDocument& source, std::vector<InputError>* notes = nullptr)
        : source_(source), notes_(notes) {}

    [[noreturn]] void fail(const std::string& field, const std::string& reason,
                           const std::string& text = {}) const {
        throw InputError({source_.file, source_.line, "", field}, reason, text);
    }

    // A problem that does not keep the claims from being read: recorded, and
    // the document is refused after its claims have been checked too.
    void note(const std::string& field, const std::string& reason,
              const std::string& text = {}) const {
        notes_->emplace_back(Location{source_.file, source_.line, "", field}, reason, text);
    }

    // string() for a field whose problems are notes: "" after one.
    std::string noted_string(const nlohmann::json& object, const char* key,
                             const std::string& field, bool required) const {
        auto it = object.find(key);
        if (it == object.end() || it->is_null()) {
            if (required) note(field, "missing required field");
            return {};
        }
        if (!it->is_string()) {
            note(field, std::string("must be a string, not ") + it->type_name());
            return {};
        }
        return it->get<std::string>();
    }

    const std::string& string(const nlohmann::json& object, const char* key,
                              const std::string& field, bool required) const {
        static const std::string empty;
        auto it = object.find(key);
        if (it == object.end() || it->is_null()) {
            if (required) fail(field, "missing required field");
            return empty;
        }
        if (!it->is_string()) fail(field, std::string("must be a string, not ") + it->type_name());
        return it->get_ref<const std::string&>();
    }

  private:
    const SourceDocument& source_;
    std::vector<InputError>* notes_;
};

template <std::size_t N>
std::string listed(const std::array<std::string_view, N>& keys) {
    std::string out;
    for (auto k : keys) out += (out.empty() ? "" : ", ") + std::string(k);
    return out;
}

std::string read_text_file(const SourceDocument& source, const Checker& check,
                           const std::string& name) {
    namespace fs = std::filesystem;
    const fs::path rel(name);
    if (name.empty()) check.fail("document.text_file", "must not be empty");
    if (rel.is_absolute() || rel.has_root_name() || rel.has_root_directory()) {
        check.fail("document.text_file", "must be a path relative to the claim file's folder",
                   name);
    }
    for (const auto& part : rel) {
        if (part == "..")
            check.fail("document.text_file", "must not leave the claim file's folder", name);
    }
    std::error_code ec;
    const fs::path base = fs::weakly_canonical(source.base_dir, ec);
    const fs::path full = fs::weakly_canonical(source.base_dir / rel, ec);
    const auto [base_end, full_it] =
        std::mismatch(base.begin(), base.end(), full.begin(), full.end());
    if (ec || base_end != base.end()) {
        check.fail("document.text_file", "must not leave the claim file's folder", name);
    }
    // The resolved path has no symbolic link left: O_NOFOLLOW keeps its last
    // component from becoming one (out of the folder) before the open.
    RegularFile file(full, RegularFile::Follow::no_link_last);
    if (!file.is_open()) {
        check.fail("document.text_file", file.refused_kind() ? file.problem() : "cannot read file",
                   name);
    }
    if (file.size_hint() > kMaxDocumentBytes)
        check.fail("document.text_file", std::string(kDocumentTooLarge), name);
    std::string text;
    switch (file.read_all(text, kMaxDocumentBytes)) {
        case RegularFile::ReadAll::ok:
            break;
        case RegularFile::ReadAll::too_large:  // it grew after the fstat
            check.fail("document.text_file", std::string(kDocumentTooLarge), name);
        case RegularFile::ReadAll::failed:
            check.fail("document.text_file", "cannot read file", name);
    }
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    return text;
}

}  // namespace

namespace {

void parse_into(const SourceDocument& source, DocumentInput& out) {
    const Checker check(source, &out.problems);
    const auto& top = source.object;
    // The format first: for a JSON file that is not a claim file at all (a
    // package.json in the folder), "format" is the problem, not its keys.
    const std::string& format = check.string(top, "format", "format", true);
    if (format != kClaimsFormat) {
        check.fail("format", "unsupported format, expected \"factdb.claims/1\"", format);
    }
    for (const auto& [key, value] : top.items()) {
        if (!allowed(kTopKeys, key))
            check.note(key, "unknown field (known: " + listed(kTopKeys) + ")");
    }
    auto doc_it = top.find("document");
    if (doc_it == top.end()) check.fail("document", "missing required field");
    if (!doc_it->is_object())
        check.fail("document", std::string("must be an object, not ") + doc_it->type_name());
    const auto& doc = *doc_it;
    for (const auto& [key, value] : doc.items()) {
        if (!allowed(kDocumentKeys, key))
            check.note("document." + key, "unknown field (known: " + listed(kDocumentKeys) + ")");
    }

    // From here to the text, a problem is a note: the claims can still be
    // read and checked, so that one run reports them all.
    out.id = check.noted_string(doc, "id", "document.id", true);
    if (doc.contains("id") && doc["id"].is_string() && out.id.empty())
        check.note("document.id", "must not be empty");
    if (out.id.size() > kMaxIdLength) check.note("document.id", "longer than 200 bytes");
    for (unsigned char c : out.id) {
        if (c < 0x20 || c == 0x7F) {
            check.note("document.id", "must not contain control characters", out.id);
            break;
        }
    }
    out.title = check.noted_string(doc, "title", "document.title", true);
    if (doc.contains("title") && doc["title"].is_string() && out.title.empty())
        check.note("document.title", "must not be empty");
    const std::string& lang = check.string(doc, "language", "document.language", true);
    const auto language = parse_language(lang);
    if (!language) check.fail("document.language", "must be \"fr\" or \"en\"", lang);
    out.language = *language;
    const std::string published =
        check.noted_string(doc, "published", "document.published", false);
    if (doc.contains("published") && doc["published"].is_string()) {
        if (!lang::is_calendar_date(published)) {
            check.note("document.published", "not a valid YYYY-MM-DD date",
                       published);
        }
        out.published = published;
    }
    const std::string url = check.noted_string(doc, "url", "document.url", false);
    if (doc.contains("url") && doc["url"].is_string()) {
        if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) {
            check.note("document.url", "must start with http:// or https://", url);
        }
        out.url = url;
    }

    const bool has_text = doc.contains("text") && !doc["text"].is_null();
    const bool has_file = doc.contains("text_file") && !doc["text_file"].is_null();
    if (has_text == has_file)
        check.fail("document", "give exactly one of \"text\" and \"text_file\"");
    std::string raw =
        has_text ? check.string(doc, "text", "document.text", true)
                 : read_text_file(source, check,
                                  check.string(doc, "text_file", "document.text_file", true));
    // A JSON string is valid UTF-8 already: the claims reader's parser
    // rejects the file otherwise ("invalid UTF-8 at byte N" of the file).
    // Only a text file's bytes are unchecked (3.5 % of a re-load when every
    // text was checked twice).
    if (has_file) {
        const std::size_t bad = text::first_invalid_utf8(raw);
        if (bad != std::string::npos)
            check.fail("document.text_file", "invalid UTF-8 at byte " + std::to_string(bad));
    }
    out.text = text::nfc(raw);
    // Blank by the one definition of white space (text/unicode.h): a text
    // of no-break or ideographic spaces is as empty as one of blanks.
    if (text::is_blank(out.text)) {
        check.fail(has_text ? "document.text" : "document.text_file", "the text is empty");
    }
    out.text_sha256 = sha256_hex(out.text);

    auto claims_it = top.find("claims");
    if (claims_it == top.end()) check.fail("claims", "missing required field");
    if (!claims_it->is_array())
        check.fail("claims", std::string("must be an array, not ") + claims_it->type_name());
    out.claims = &*claims_it;

    // What decides the rows a load writes: the object as given, the text it
    // points to, and the normaliser that reads them.
    Sha256 input;
    input.update("factdb " FACTDB_VERSION "\n");
    input.update(top.dump());
    input.update("\n");
    input.update(out.text_sha256);
    out.input_sha256 = input.hex_digest();
}

}  // namespace

DocumentInput parse_document(const SourceDocument& source) {
    DocumentInput out;
    try {
        parse_into(source, out);
    } catch (const InputError&) {
        // The claims cannot be read: the document's first problem is the
        // one reported, a note found before the stop included.
        if (!out.problems.empty()) throw InputError(out.problems.front());
        throw;
    }
    return out;
}

}  // namespace factdb
