// The document part of a claim file (loader/document.h) on its own: the
// top-level keys and "format", each document field's rule with its exact
// located error (id, title, language, published as a real calendar day, url,
// exactly one of text and text_file), text_file confined to the claim file's
// folder (absolute paths, "..", symbolic links out, missing files, invalid
// UTF-8, the 16 MiB limit) and only a regular file (a folder, FIFO or socket
// is refused by its kind, a FIFO without blocking), the NFC text, and the
// fingerprints.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "errors/error.h"
#include "loader/document.h"
#include "loader/sha256.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;
using nlohmann::json;

namespace {

json valid_object() {
    return {{"format", "factdb.claims/1"},
            {"document",
             {{"id", "doc-1"},
              {"title", "Un titre"},
              {"language", "fr"},
              {"published", "2024-02-29"},
              {"url", "https://example.com/a"},
              {"text", "Amazon a investi."}}},
            {"claims", json::array({{{"id", "c1"}}})}};
}

// One change to the valid object: set the value at pointer, or remove it.
struct Edit {
    std::string pointer;
    std::optional<json> value;  // nullopt: remove the key
};

Edit set(std::string pointer, json value) {
    return {std::move(pointer), std::move(value)};
}
Edit drop(std::string pointer) {
    return {std::move(pointer), std::nullopt};
}

json edited(const std::vector<Edit>& edits) {
    json o = valid_object();
    for (const auto& e : edits) {
        const json::json_pointer p(e.pointer);
        if (e.value) {
            o[p] = *e.value;
        } else {
            o[p.parent_pointer()].erase(p.back());
        }
    }
    return o;
}

// The document's fields, or the InputError's what().
std::string outcome(const SourceDocument& source) {
    try {
        const DocumentInput d = parse_document(source);
        // Problems that leave the claims readable are collected, not thrown:
        // each one a line, in the order they were found.
        if (!d.problems.empty()) {
            std::string out;
            for (const auto& p : d.problems) out += (out.empty() ? "" : "\n") + std::string(p.what());
            return out;
        }
        return "ok id=" + d.id + " title=" + d.title +
               " language=" + std::string(to_string(d.language)) +
               " published=" + d.published.value_or("-") + " url=" + d.url.value_or("-") +
               " text=" + d.text;
    } catch (const InputError& e) {
        return e.what();
    }
}

SourceDocument source(json object, const fs::path& base_dir, long line = 4,
                      std::string file = "in.jsonl") {
    return SourceDocument{std::move(file), line, base_dir, std::move(object)};
}

struct Row {
    std::vector<Edit> edits;
    std::string expected;
};

void check_rows(const std::vector<Row>& rows, const fs::path& base_dir) {
    for (const auto& row : rows) {
        const json object = edited(row.edits);
        INFO(object.dump());
        CHECK(outcome(source(object, base_dir)) == row.expected);
    }
}

const std::string kOk =
    "ok id=doc-1 title=Un titre language=fr published=2024-02-29 url=https://example.com/a "
    "text=Amazon a investi.";

}  // namespace

TEST_CASE("the top level: format first, no unknown key, a document object, a claims array",
          "[document]") {
    TempDir dir;
    check_rows(
        {
            {{}, kOk},
            {{drop("/format")}, "in.jsonl:4: format: missing required field"},
            {{set("/format", nullptr)}, "in.jsonl:4: format: missing required field"},
            {{set("/format", 1)}, "in.jsonl:4: format: must be a string, not number"},
            {{set("/format", "factdb.claims/2")},
             "in.jsonl:4: format: unsupported format, expected \"factdb.claims/1\" "
             "(factdb.claims/2)"},
            {{set("/format", std::string(130, 'f'))},
             "in.jsonl:4: format: unsupported format, expected \"factdb.claims/1\" (" +
                 std::string(120, 'f') + "...)"},
            // A file that is not a claim file at all: the format is the problem.
            {{set("/format", "npm"), set("/name", "pkg")},
             "in.jsonl:4: format: unsupported format, expected \"factdb.claims/1\" (npm)"},
            {{set("/extra", 1)}, "in.jsonl:4: extra: unknown field (known: format, document, claims)"},
            {{drop("/document")}, "in.jsonl:4: document: missing required field"},
            {{set("/document", json::array())},
             "in.jsonl:4: document: must be an object, not array"},
            {{set("/document", nullptr)}, "in.jsonl:4: document: must be an object, not null"},
            {{set("/document/author", "A. N. Other")},
             "in.jsonl:4: document.author: unknown field (known: id, title, language, published, url, text_file, text)"},
            {{drop("/claims")}, "in.jsonl:4: claims: missing required field"},
            {{set("/claims", json::object())}, "in.jsonl:4: claims: must be an array, not object"},
            {{set("/claims", nullptr)}, "in.jsonl:4: claims: must be an array, not null"},
            // The document is checked before the claims.
            {{drop("/claims"), set("/document/language", "de")},
             "in.jsonl:4: document.language: must be \"fr\" or \"en\" (de)"},
        },
        dir.path());
    // A .json file has no line.
    CHECK(outcome(source(edited({set("/document/id", "")}), dir.path(), 0, "doc.json")) ==
          "doc.json: document.id: must not be empty");
}

TEST_CASE("document id, title and language", "[document]") {
    TempDir dir;
    const std::string id200(200, 'i');
    check_rows(
        {
            {{drop("/document/id")}, "in.jsonl:4: document.id: missing required field"},
            {{set("/document/id", nullptr)}, "in.jsonl:4: document.id: missing required field"},
            {{set("/document/id", 5)}, "in.jsonl:4: document.id: must be a string, not number"},
            {{set("/document/id", "")}, "in.jsonl:4: document.id: must not be empty"},
            {{set("/document/id", id200)},
             "ok id=" + id200 +
                 " title=Un titre language=fr published=2024-02-29 url=https://example.com/a "
                 "text=Amazon a investi."},
            {{set("/document/id", id200 + "i")}, "in.jsonl:4: document.id: longer than 200 bytes"},
            {{set("/document/id", "a\nb")},
             "in.jsonl:4: document.id: must not contain control characters (a\\nb)"},
            {{set("/document/id", "a\x1b[31m")},
             "in.jsonl:4: document.id: must not contain control characters (a\\u001b[31m)"},
            {{set("/document/id", "a\x7f")},
             "in.jsonl:4: document.id: must not contain control characters (a\\u007f)"},
            {{set("/document/id", "d\xC3\xA9j\xC3\xA0 vu")},
             "ok id=d\xC3\xA9j\xC3\xA0 vu title=Un titre language=fr published=2024-02-29 "
             "url=https://example.com/a text=Amazon a investi."},
            {{drop("/document/title")}, "in.jsonl:4: document.title: missing required field"},
            {{set("/document/title", "")}, "in.jsonl:4: document.title: must not be empty"},
            {{set("/document/title", json::array({"a"}))},
             "in.jsonl:4: document.title: must be a string, not array"},
            {{drop("/document/language")}, "in.jsonl:4: document.language: missing required field"},
            {{set("/document/language", "de")},
             "in.jsonl:4: document.language: must be \"fr\" or \"en\" (de)"},
            {{set("/document/language", "FR")},
             "in.jsonl:4: document.language: must be \"fr\" or \"en\" (FR)"},
            {{set("/document/language", "")},
             "in.jsonl:4: document.language: must be \"fr\" or \"en\""},
            {{set("/document/language", true)},
             "in.jsonl:4: document.language: must be a string, not boolean"},
            {{set("/document/language", "en")},
             "ok id=doc-1 title=Un titre language=en published=2024-02-29 "
             "url=https://example.com/a text=Amazon a investi."},
        },
        dir.path());
}

TEST_CASE("published is a real calendar day or null, url is http(s) or null", "[document]") {
    TempDir dir;
    const auto with_published = [](const std::string& date) {
        return "ok id=doc-1 title=Un titre language=fr published=" + date +
               " url=https://example.com/a text=Amazon a investi.";
    };
    const auto with_url = [](const std::string& url) {
        return "ok id=doc-1 title=Un titre language=fr published=2024-02-29 url=" + url +
               " text=Amazon a investi.";
    };
    const auto bad_date = [](const std::string& date) {
        return "in.jsonl:4: document.published: not a valid YYYY-MM-DD date (" + date + ")";
    };
    const auto bad_url = [](const std::string& url) {
        return "in.jsonl:4: document.url: must start with http:// or https:// (" + url + ")";
    };
    check_rows(
        {
            {{drop("/document/published")}, with_published("-")},
            {{set("/document/published", nullptr)}, with_published("-")},
            {{set("/document/published", "2000-02-29")}, with_published("2000-02-29")},
            {{set("/document/published", "2023-12-31")}, with_published("2023-12-31")},
            {{set("/document/published", "2023-01-01")}, with_published("2023-01-01")},
            {{set("/document/published", "2023-02-29")}, bad_date("2023-02-29")},
            {{set("/document/published", "1900-02-29")}, bad_date("1900-02-29")},
            {{set("/document/published", "2024-02-30")}, bad_date("2024-02-30")},
            {{set("/document/published", "2024-04-31")}, bad_date("2024-04-31")},
            {{set("/document/published", "2024-13-01")}, bad_date("2024-13-01")},
            {{set("/document/published", "2024-00-10")}, bad_date("2024-00-10")},
            {{set("/document/published", "2024-01-00")}, bad_date("2024-01-00")},
            {{set("/document/published", "2024-4-01")}, bad_date("2024-4-01")},
            {{set("/document/published", "2024/04/01")}, bad_date("2024/04/01")},
            {{set("/document/published", "+024-04-01")}, bad_date("+024-04-01")},
            {{set("/document/published", "2024-04-01T10:00:00Z")},
             bad_date("2024-04-01T10:00:00Z")},
            {{set("/document/published", "")},
             "in.jsonl:4: document.published: not a valid YYYY-MM-DD date"},
            {{set("/document/published", 20240401)},
             "in.jsonl:4: document.published: must be a string, not number"},
            {{drop("/document/url")}, with_url("-")},
            {{set("/document/url", nullptr)}, with_url("-")},
            {{set("/document/url", "http://example.com")}, with_url("http://example.com")},
            {{set("/document/url", "ftp://example.com")}, bad_url("ftp://example.com")},
            {{set("/document/url", "HTTPS://EXAMPLE.COM")}, bad_url("HTTPS://EXAMPLE.COM")},
            {{set("/document/url", "example.com")}, bad_url("example.com")},
            {{set("/document/url", "")},
             "in.jsonl:4: document.url: must start with http:// or https://"},
            {{set("/document/url", 5)}, "in.jsonl:4: document.url: must be a string, not number"},
        },
        dir.path());
}

TEST_CASE("exactly one of text and text_file, the text is stored NFC and must not be blank",
          "[document]") {
    TempDir dir;
    dir.write("a.txt", "Depuis un fichier.");
    const auto with_text = [](const std::string& text) {
        return "ok id=doc-1 title=Un titre language=fr published=2024-02-29 "
               "url=https://example.com/a text=" +
               text;
    };
    const std::string neither =
        "in.jsonl:4: document: give exactly one of \"text\" and \"text_file\"";
    check_rows(
        {
            {{set("/document/text_file", "a.txt")}, neither},
            {{drop("/document/text")}, neither},
            {{set("/document/text", nullptr)}, neither},
            {{set("/document/text", nullptr), set("/document/text_file", "a.txt")},
             with_text("Depuis un fichier.")},
            {{set("/document/text_file", nullptr)}, with_text("Amazon a investi.")},
            {{set("/document/text", 12)},
             "in.jsonl:4: document.text: must be a string, not number"},
            {{set("/document/text", "")}, "in.jsonl:4: document.text: the text is empty"},
            {{set("/document/text", " \n\t\r\n")}, "in.jsonl:4: document.text: the text is empty"},
            // Blank by Unicode White_Space, not only ASCII.
            {{set("/document/text", "\u00A0\u3000\u202F \u2028")},
             "in.jsonl:4: document.text: the text is empty"},
            // NFD "e" + U+0301 is stored as NFC "é"; U+212B ANGSTROM SIGN as U+00C5.
            {{set("/document/text", "Cafe\xCC\x81 \xE2\x84\xAB")},
             with_text("Caf\xC3\xA9 \xC3\x85")},
            {{set("/document/text", "  Amazon a investi.\n")}, with_text("  Amazon a investi.\n")},
        },
        dir.path());
}

TEST_CASE("text_file is read from the claim file's folder and never from elsewhere", "[document]") {
    TempDir outside;
    outside.write("secret.txt", "Hors du dossier.");
    TempDir dir;
    dir.write("a.txt", "Depuis un fichier.");
    dir.write("bom.txt",
              "\xEF\xBB\xBF"
              "Avec BOM.");
    dir.write("nfd.txt", "Cafe\xCC\x81.");
    dir.write("sub/b.txt", "Dans un sous-dossier.");
    dir.write("a..b.txt", "Deux points.");
    dir.write("latin1.txt", "caf\xE9");
    dir.write("empty.txt", "");
    dir.write("blank.txt", " \n\t\r\n");
    fs::create_symlink(dir / "sub/b.txt", dir / "in-link.txt");
    fs::create_symlink("sub/b.txt", dir / "relative-link.txt");
    fs::create_symlink(outside / "secret.txt", dir / "out-link.txt");
    fs::create_directory_symlink(outside.path(), dir / "out-dir");
    fs::create_symlink("../" + outside.path().filename().string() + "/secret.txt",
                       dir / "up-link.txt");
    // A FIFO with no writer: opening it for reading the ordinary way would
    // block this test forever.
    REQUIRE(::mkfifo((dir / "pipe.txt").c_str(), 0600) == 0);
    fs::create_symlink("pipe.txt", dir / "pipe-link.txt");
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(sock >= 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const std::string sock_path = (dir / "sock.txt").string();
    REQUIRE(sock_path.size() < sizeof addr.sun_path);
    std::memcpy(addr.sun_path, sock_path.c_str(), sock_path.size() + 1);
    REQUIRE(::bind(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    ::close(sock);

    const auto file = [](const std::string& name) {
        return std::vector<Edit>{drop("/document/text"), set("/document/text_file", name)};
    };
    const auto with_text = [](const std::string& text) {
        return "ok id=doc-1 title=Un titre language=fr published=2024-02-29 "
               "url=https://example.com/a text=" +
               text;
    };
    const auto outside_folder = [](const std::string& name) {
        return "in.jsonl:4: document.text_file: must not leave the claim file's folder (" + name +
               ")";
    };
    const auto unreadable = [](const std::string& name) {
        return "in.jsonl:4: document.text_file: cannot read file (" + name + ")";
    };
    const auto refused = [](const std::string& name, const std::string& kind) {
        return "in.jsonl:4: document.text_file: is " + kind +
               ", not a regular file; only regular files are read (" + name + ")";
    };
    const std::string absolute = (dir / "a.txt").string();
    check_rows(
        {
            {file("a.txt"), with_text("Depuis un fichier.")},
            {file("./a.txt"), with_text("Depuis un fichier.")},
            {file("bom.txt"), with_text("Avec BOM.")},
            {file("nfd.txt"), with_text("Caf\xC3\xA9.")},
            {file("sub/b.txt"), with_text("Dans un sous-dossier.")},
            {file("a..b.txt"), with_text("Deux points.")},
            {file("in-link.txt"), with_text("Dans un sous-dossier.")},
            {file("relative-link.txt"), with_text("Dans un sous-dossier.")},
            {file(""), "in.jsonl:4: document.text_file: must not be empty"},
            {file(absolute),
             "in.jsonl:4: document.text_file: must be a path relative to the claim file's "
             "folder (" +
                 absolute + ")"},
            {file("../a.txt"), outside_folder("../a.txt")},
            {file("sub/../a.txt"), outside_folder("sub/../a.txt")},
            {file(".."), outside_folder("..")},
            {file("out-link.txt"), outside_folder("out-link.txt")},
            {file("out-dir/secret.txt"), outside_folder("out-dir/secret.txt")},
            {file("up-link.txt"), outside_folder("up-link.txt")},
            {file("missing.txt"), unreadable("missing.txt")},
            {file("sub"), refused("sub", "a folder")},
            {file("."), refused(".", "a folder")},
            {file("pipe.txt"), refused("pipe.txt", "a FIFO")},
            {file("pipe-link.txt"), refused("pipe-link.txt", "a FIFO")},
            {file("sock.txt"), refused("sock.txt", "a socket")},
            {file("latin1.txt"), "in.jsonl:4: document.text_file: invalid UTF-8 at byte 3"},
            {file("empty.txt"), "in.jsonl:4: document.text_file: the text is empty"},
            {file("blank.txt"), "in.jsonl:4: document.text_file: the text is empty"},
            {{drop("/document/text"), set("/document/text_file", 3)},
             "in.jsonl:4: document.text_file: must be a string, not number"},
        },
        dir.path());
}

TEST_CASE("a text_file over 16 MiB is refused, one at the bound is read", "[document]") {
    TempDir dir;
    dir.write("at.txt", std::string(kMaxDocumentBytes, 'a'));
    dir.write("over.txt", std::string(kMaxDocumentBytes + 1, 'a'));
    const json at = edited({drop("/document/text"), set("/document/text_file", "at.txt")});
    CHECK(parse_document(source(at, dir.path())).text.size() == kMaxDocumentBytes);
    const json over = edited({drop("/document/text"), set("/document/text_file", "over.txt")});
    CHECK(outcome(source(over, dir.path())) ==
          "in.jsonl:4: document.text_file: document exceeds the 16 MiB size limit (over.txt)");
}

TEST_CASE("the document's fingerprints and its claims array", "[document]") {
    TempDir dir;
    const SourceDocument src = source(valid_object(), dir.path());
    const DocumentInput d = parse_document(src);
    CHECK(d.claims == &src.object["claims"]);
    CHECK(d.text_sha256 == sha256_hex("Amazon a investi."));
    CHECK(d.input_sha256 == sha256_hex("factdb " FACTDB_VERSION "\n" + src.object.dump() + "\n" +
                                       sha256_hex("Amazon a investi.")));

    // Key order and spacing in the file do not matter: the object does.
    const json reordered = json::parse(
        R"({"claims": [{"id": "c1"}], "document": {"text": "Amazon a investi.",
            "url": "https://example.com/a", "published": "2024-02-29", "language": "fr",
            "title": "Un titre", "id": "doc-1"}, "format": "factdb.claims/1"})");
    CHECK(parse_document(source(reordered, dir.path())).input_sha256 == d.input_sha256);
    // Any change to the object, claims included, changes it.
    CHECK(parse_document(source(edited({set("/claims/0/id", "c2")}), dir.path())).input_sha256 !=
          d.input_sha256);

    // With a text_file, the same object names different texts: the text's
    // hash is part of the input's.
    const json by_file = edited({drop("/document/text"), set("/document/text_file", "t.txt")});
    dir.write("t.txt", "Premier texte.");
    const DocumentInput first = parse_document(source(by_file, dir.path()));
    dir.write("t.txt", "Second texte.");
    const DocumentInput second = parse_document(source(by_file, dir.path()));
    CHECK(first.text_sha256 == sha256_hex("Premier texte."));
    CHECK(second.text_sha256 == sha256_hex("Second texte."));
    CHECK(first.input_sha256 == sha256_hex("factdb " FACTDB_VERSION "\n" + by_file.dump() + "\n" +
                                           sha256_hex("Premier texte.")));
    CHECK(second.input_sha256 != first.input_sha256);
}
