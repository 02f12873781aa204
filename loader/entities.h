// Entities: resolving names through the alias table, creating the unknown
// ones, and loading the gazetteer (seeds/entities.json, format
// factdb.entities/1) that declares canonical entities, kinds, parents and
// aliases in both languages.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace factdb {

inline constexpr std::string_view kEntitiesFormat = "factdb.entities/1";

// A name names something only if its folded key (text::fold_key) keeps a
// letter or a digit: "---", "..." or a zero-width space fold to nothing or
// to punctuation, and would all be one entity with a meaningless key.  Both
// the claims' entity fields and the gazetteer's names and aliases are held
// to it, with this reason.  Throws NormalizeError on invalid UTF-8.
bool names_something(std::string_view name);
inline constexpr std::string_view kNameNeedsLetterOrDigit =
    "a name needs at least one letter or digit";

struct ResolvedEntity {
    std::int64_t id = 0;
    std::string name;  // canonical
    std::string key;   // folded canonical name: stable across spellings, used in fact keys
    std::string kind;
};

// Resolves names within one load transaction.  Lookups are cached; the cache
// remembers which entries the current document created so that a document
// rolled back (--keep-going) takes its entities out of the cache too.
class EntityResolver {
  public:
    explicit EntityResolver(SQLite::Database& db);

    // The entity a name (any alias, any case or accents) stands for; an
    // unknown name becomes a new 'discovered' entity of the given kind.
    const ResolvedEntity& resolve(const std::string& name, std::string_view kind);

    // Marks the start of a document; rollback_document() forgets what it created.
    void begin_document();
    void rollback_document();

    // "Name (kind)" of every entity created since construction, in order.
    const std::vector<std::string>& created() const { return created_; }

  private:
    SQLite::Statement find_;
    SQLite::Statement insert_entity_;
    SQLite::Statement insert_alias_;
    std::unordered_map<std::string, ResolvedEntity> cache_;  // alias key -> entity
    // Spelling as given -> entry of cache_: most names recur verbatim, and
    // folding (NFKC, case, accents via utf8proc) costs more than the lookup.
    std::unordered_map<std::string, const ResolvedEntity*> by_spelling_;
    std::vector<std::string> document_keys_;  // cache keys created by this document
    std::size_t document_created_mark_ = 0;
    std::vector<std::string> created_;
};

// Where each entity the gazetteers of one load declare was declared
// ("FILE: entities[3]"), so that a conflict between two files names both.
struct GazetteerDeclarations {
    std::map<std::string, std::string> by_key;  // folded canonical name -> where
};

// Loads a gazetteer file into entities/entity_aliases: new entities are
// inserted, existing ones (even 'discovered' ones) take the gazetteer's
// kind and parent, and its QID when they have none.  Integrity, whatever
// the order of the entries and files:
//   * a spelling names exactly one entity: a declared name that is already
//     another entity's alias, or an alias that is another entity's name or
//     alias, is an error;
//   * a gazetteer never renames an entity through an alias nor changes a
//     QID it already has: a different QID is an error naming both;
//   * parent chains are acyclic.
// Throws InputError naming the file and entity (and the other declaration).
// Returns how many entities the file declares.
int load_gazetteer(SQLite::Database& db, const std::filesystem::path& path,
                   const std::string& display_name, GazetteerDeclarations& declarations);

// True for file names the loader treats as gazetteers: entities.json and
// *.entities.json.
bool is_gazetteer_file(const std::filesystem::path& path);

}  // namespace factdb
