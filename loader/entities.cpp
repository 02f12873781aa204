// Entity resolution and gazetteer loading (see entities.h).
//
// Invariant: every entity has an alias row for its own canonical name, so
// resolution is one lookup by folded key.  A spelling belongs to one entity
// only (entity_aliases.alias_key is the primary key); a gazetteer that gives
// one spelling to two entities is refused.
#include "loader/entities.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <span>

#include "loader/claims_file.h"
#include "errors/error.h"
#include "lang/language.h"
#include "lang/nearest.h"
#include "text/unicode.h"

namespace factdb {

bool names_something(std::string_view name) {
    // fold_key strips every mark (M*), so a word character left in the key
    // is a letter or a digit (L*, N*).
    const std::string key = text::fold_key(name);
    for (std::size_t i = 0; i < key.size();) {
        const text::CodePoint c = text::decode_at(key, i);
        if (text::is_word_char(c.value)) return true;
        i += c.size;
    }
    return false;
}

namespace {
constexpr std::string_view kKinds[] = {"organization", "person", "product",
                                       "chip",         "place",  "project"};
// The fields of a gazetteer file and of each entity in it.
constexpr std::string_view kTopFields[] = {"format", "entities"};
constexpr std::string_view kEntityFields[] = {"name", "kind", "parent", "wikidata", "aliases"};

// " (nearest: 'kind')" when a word of words is near text, else "".
std::string nearest_of(std::string_view text, std::span<const std::string_view> words) {
    const std::string near = lang::nearest_words(text, words);
    return near.empty() ? "" : " (nearest: " + near + ")";
}
}  // namespace

EntityResolver::EntityResolver(SQLite::Database& db)
    : find_(db,
            "SELECT e.id, e.name, e.name_key, e.kind FROM entity_aliases a"
            " JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = ?"),
      insert_entity_(db,
                     "INSERT INTO entities (kind, name, name_key, origin)"
                     " VALUES (?, ?, ?, 'discovered') RETURNING id"),
      insert_alias_(db,
                    "INSERT INTO entity_aliases (alias_key, alias, language, entity_id) VALUES (?, "
                    "?, NULL, ?)") {}

const ResolvedEntity& EntityResolver::resolve(const std::string& name, std::string_view kind) {
    if (auto it = by_spelling_.find(name); it != by_spelling_.end()) return *it->second;
    std::string key = text::fold_key(name);
    if (auto it = cache_.find(key); it != cache_.end()) {
        by_spelling_.emplace(name, &it->second);
        return it->second;
    }
    ResolvedEntity entity;
    find_.reset();
    find_.bind(1, key);
    if (find_.executeStep()) {
        entity = {find_.getColumn(0).getInt64(), find_.getColumn(1).getString(),
                  find_.getColumn(2).getString(), find_.getColumn(3).getString()};
    } else {
        insert_entity_.reset();
        insert_entity_.bind(1, std::string(kind));
        insert_entity_.bind(2, name);
        insert_entity_.bind(3, key);
        insert_entity_.executeStep();
        entity = {insert_entity_.getColumn(0).getInt64(), name, key, std::string(kind)};
        insert_entity_.reset();
        insert_alias_.reset();
        insert_alias_.bind(1, key);
        insert_alias_.bind(2, name);
        insert_alias_.bind(3, entity.id);
        insert_alias_.exec();
        created_.push_back(name + " (" + std::string(kind) + ")");
        document_keys_.push_back(key);
    }
    find_.reset();
    const ResolvedEntity& cached = cache_.emplace(std::move(key), std::move(entity)).first->second;
    by_spelling_.emplace(name, &cached);
    return cached;
}

void EntityResolver::begin_document() {
    document_keys_.clear();
    document_created_mark_ = created_.size();
}

void EntityResolver::rollback_document() {
    // Spellings may point at the entries erased below; rollbacks are rare,
    // so forget them all rather than track which.
    by_spelling_.clear();
    for (const auto& key : document_keys_) cache_.erase(key);
    document_keys_.clear();
    created_.resize(document_created_mark_);
}

bool is_gazetteer_file(const std::filesystem::path& path) {
    const std::string name = path.filename().string();
    const std::string suffix = ".entities.json";
    return name == "entities.json" ||
           (name.size() > suffix.size() &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0);
}

namespace {

struct Declared {
    std::string name, kind, parent, wikidata;
    std::vector<std::pair<std::string, std::string>> aliases;  // alias, language ("" = any)
};

class GazetteerReader {
  public:
    explicit GazetteerReader(std::string file) : file_(std::move(file)) {}

    [[noreturn]] void fail(const std::string& where, const std::string& reason,
                           const std::string& text = {}) const {
        throw InputError({file_, 0, "", where}, reason, text);
    }

    std::string string(const nlohmann::json& obj, const char* key, const std::string& where,
                       bool required) const {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required) fail(where + "." + key, "missing required field");
            return {};
        }
        if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
            fail(where + "." + key, "must be a non-empty string");
        }
        return it->get<std::string>();
    }

    // A name or alias that folds to no letter or digit (names_something).
    void nameable(const std::string& name, const std::string& where) const {
        bool ok = false;
        try {
            ok = names_something(name);
        } catch (const NormalizeError& e) {
            fail(where, e.what(), name);
        }
        if (!ok) fail(where, std::string(kNameNeedsLetterOrDigit), name);
    }

    std::vector<Declared> read(const nlohmann::json& top) const {
        for (const auto& [key, value] : top.items()) {
            if (key != "format" && key != "entities")
                fail(key, "unknown field" + nearest_of(key, kTopFields) + " (known: " +
                              lang::listed(kTopFields) + "): rename the field or remove it");
        }
        if (string(top, "format", "", true) != kEntitiesFormat) {
            fail("format", "unsupported format, expected \"factdb.entities/1\"");
        }
        auto list = top.find("entities");
        if (list == top.end() || !list->is_array()) fail("entities", "must be an array");
        std::vector<Declared> out;
        for (const auto& e : *list) {
            const std::string where = "entities[" + std::to_string(out.size()) + "]";
            if (!e.is_object()) fail(where, "must be an object");
            for (const auto& [key, value] : e.items()) {
                if (std::find(std::begin(kEntityFields), std::end(kEntityFields), key) ==
                    std::end(kEntityFields)) {
                    fail(where + "." + key, "unknown field" + nearest_of(key, kEntityFields) +
                                                " (known: " + lang::listed(kEntityFields) +
                                                "): rename the field or remove it");
                }
            }
            Declared d;
            d.name = string(e, "name", where, true);
            nameable(d.name, where + ".name");
            const std::string at = "entity " + d.name;
            d.kind = string(e, "kind", at, true);
            if (std::find(std::begin(kKinds), std::end(kKinds), d.kind) == std::end(kKinds)) {
                fail(at + ".kind",
                     "unknown kind" + nearest_of(d.kind, kKinds) + " (known: " +
                         lang::listed(kKinds) + "): give one of them",
                     d.kind);
            }
            d.parent = string(e, "parent", at, false);
            d.wikidata = string(e, "wikidata", at, false);
            if (!d.wikidata.empty() &&
                (d.wikidata[0] != 'Q' || d.wikidata.size() < 2 || d.wikidata[1] == '0' ||
                 d.wikidata.find_first_not_of("0123456789", 1) != std::string::npos)) {
                fail(at + ".wikidata", "not a Wikidata QID (Q followed by digits)", d.wikidata);
            }
            if (auto al = e.find("aliases"); al != e.end() && !al->is_null()) {
                if (!al->is_array()) fail(at + ".aliases", "must be an array");
                for (const auto& a : *al) {
                    if (a.is_string()) {
                        nameable(a.get_ref<const std::string&>(), at + ".aliases");
                        d.aliases.emplace_back(a.get<std::string>(), "");
                    } else if (a.is_object()) {
                        const std::string lang = string(a, "language", at + ".aliases", false);
                        if (!lang.empty() && !parse_language(lang)) {
                            fail(at + ".aliases.language", "must be \"fr\" or \"en\"", lang);
                        }
                        const std::string alias = string(a, "alias", at + ".aliases", true);
                        nameable(alias, at + ".aliases");
                        d.aliases.emplace_back(alias, lang);
                    } else {
                        fail(at + ".aliases",
                             "each alias must be a string or {\"alias\", \"language\"}");
                    }
                }
            }
            out.push_back(std::move(d));
        }
        return out;
    }

  private:
    std::string file_;
};

}  // namespace

int load_gazetteer(SQLite::Database& db, const std::filesystem::path& path,
                   const std::string& display_name, GazetteerDeclarations& declarations) {
    ClaimFileReader reader(path, display_name);
    std::optional<SourceDocument> source = reader.next();
    const GazetteerReader check(display_name);
    const std::vector<Declared> declared = check.read(source->object);

    SQLite::Statement find(db,
                           "SELECT e.id, e.name, e.name_key, coalesce(e.wikidata, ''), e.kind"
                           " FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
                           " WHERE a.alias_key = ?");
    SQLite::Statement insert(db,
                             "INSERT INTO entities (kind, name, name_key, wikidata, origin)"
                             " VALUES (?, ?, ?, ?, 'gazetteer') RETURNING id");
    // A stored QID is kept when the gazetteer gives none (a conflicting one
    // was refused before this runs).
    SQLite::Statement update(db,
                             "UPDATE entities SET kind = ?, name = ?, name_key = ?,"
                             " wikidata = coalesce(?, wikidata), origin = 'gazetteer' WHERE id = ?");
    SQLite::Statement set_parent(db, "UPDATE entities SET parent_id = ? WHERE id = ?");
    SQLite::Statement parent_of(db,
                                "SELECT coalesce(parent_id, 0), name FROM entities WHERE id = ?");
    SQLite::Statement add_alias(db,
                                "INSERT INTO entity_aliases (alias_key, alias, language, entity_id)"
                                " VALUES (?, ?, ?, ?) ON CONFLICT (alias_key) DO UPDATE SET"
                                " alias = excluded.alias, language = excluded.language"
                                " WHERE entity_id = excluded.entity_id RETURNING entity_id");

    struct Stored {
        std::int64_t id = 0;
        std::string name, name_key, wikidata, kind;
    };
    auto lookup = [&](const std::string& key) {
        find.reset();
        find.bind(1, key);
        Stored out;
        if (find.executeStep()) {
            out = {find.getColumn(0).getInt64(), find.getColumn(1).getString(),
                   find.getColumn(2).getString(), find.getColumn(3).getString(),
                   find.getColumn(4).getString()};
        }
        find.reset();
        return out;
    };
    // Where an entity was declared: in this load's gazetteers, or before.
    auto declared_at = [&](const std::string& name_key) {
        const auto it = declarations.by_key.find(name_key);
        return it != declarations.by_key.end() ? "declared at " + it->second
                                               : std::string("stored in the database");
    };
    std::map<std::string, std::int64_t> ids;  // folded canonical name -> id
    for (std::size_t i = 0; i < declared.size(); ++i) {
        const Declared& d = declared[i];
        const std::string key = text::fold_key(d.name);
        const std::string at = "entity " + d.name;
        if (ids.count(key)) check.fail(at, "declared twice");
        const Stored stored = lookup(key);
        std::int64_t id = stored.id;
        if (id != 0 && stored.name_key != key) {
            // The name is another entity's alias: taking it would rename
            // that entity (or merge two), depending on the order of entries.
            check.fail(at, "name is already an alias of entity " + stored.name + " (" +
                               declared_at(stored.name_key) + "); a spelling names one entity");
        }
        if (id != 0 && !d.wikidata.empty() && !stored.wikidata.empty() &&
            d.wikidata != stored.wikidata) {
            check.fail(at + ".wikidata",
                       "conflicts with " + stored.wikidata + " (" + declared_at(key) +
                           "); a gazetteer does not change an entity's QID",
                       d.wikidata);
        }
        if (id != 0 && declarations.by_key.count(key) && d.kind != stored.kind) {
            check.fail(at + ".kind",
                       "conflicts with kind " + stored.kind + " (" + declared_at(key) + ")",
                       d.kind);
        }
        auto bind_common = [&](SQLite::Statement& st) {
            st.bind(1, d.kind);
            st.bind(2, text::nfc(d.name));
            st.bind(3, key);
            if (d.wikidata.empty())
                st.bind(4);
            else
                st.bind(4, d.wikidata);
        };
        if (id == 0) {
            insert.reset();
            bind_common(insert);
            insert.executeStep();
            id = insert.getColumn(0).getInt64();
            insert.reset();
        } else {
            update.reset();
            bind_common(update);
            update.bind(5, id);
            update.exec();
        }
        ids[key] = id;
        declarations.by_key.emplace(key, display_name + ": entities[" + std::to_string(i) + "]");
        auto alias = [&](const std::string& spelling, const std::string& language) {
            const std::string alias_key = text::fold_key(spelling);
            add_alias.reset();
            add_alias.bind(1, alias_key);
            add_alias.bind(2, text::nfc(spelling));
            if (language.empty())
                add_alias.bind(3);
            else
                add_alias.bind(3, language);
            add_alias.bind(4, id);
            const bool ours = add_alias.executeStep();
            add_alias.reset();
            if (!ours)
                check.fail(at + ".aliases", "spelling already names another entity", spelling);
        };
        alias(d.name, "");
        for (const auto& [spelling, language] : d.aliases) alias(spelling, language);
    }
    // A parent's parent... as far as it goes: one row a step, at most as
    // many steps as there are entities (more means a cycle).
    const std::int64_t entity_count = db.execAndGet("SELECT count(*) FROM entities").getInt64();
    for (const auto& d : declared) {
        if (d.parent.empty()) continue;
        const std::string at = "entity " + d.name + ".parent";
        const std::int64_t parent = lookup(text::fold_key(d.parent)).id;
        if (parent == 0)
            check.fail(at,
                       "unknown entity: no entity of the gazetteers or of the database has this "
                       "name or alias; declare the parent as an entity too, or remove \"parent\"",
                       d.parent);
        const std::int64_t id = ids.at(text::fold_key(d.name));
        if (parent == id) check.fail(at, "an entity cannot be its own parent");
        set_parent.reset();
        set_parent.bind(1, parent);
        set_parent.bind(2, id);
        set_parent.exec();
        std::string chain = d.name;
        std::int64_t step = parent;
        for (std::int64_t n = 0; step != 0 && n <= entity_count; ++n) {
            parent_of.reset();
            parent_of.bind(1, step);
            if (!parent_of.executeStep()) break;
            const std::int64_t next = parent_of.getColumn(0).getInt64();
            chain += " -> " + parent_of.getColumn(1).getString();
            parent_of.reset();
            if (step == id) check.fail(at, "parent chain is a cycle: " + chain);
            step = next;
        }
        parent_of.reset();
    }
    return static_cast<int>(declared.size());
}

}  // namespace factdb
