// Fact and evidence writing (see fact_writer.h).
//
// Keys: fact_key = sha256 over "type\nfield=value\n..." for every field of the
// type in table order, where an entity field's value is the entity's folded
// canonical name (so "AWS" and "Amazon Web Services" give one key), a list
// is its sorted keys, and any other field is its canonical normalised form
// ("" when absent).  subject_key is the same over the identity fields only
// (a share contributes its relation, not its percentage).
// Both depend on content alone, never on row ids or load order.
//
// Evidence rows are inserted per document, many rows per INSERT, after the
// document's facts: one statement instead of one per claim.  (This first
// mattered for the FTS5 index: SQLite 3.40 calls FTS5's xSavepoint for every
// statement run under a statement journal, which flushes FTS5's pending
// terms to a new segment.  The search indexes are now written in bulk at
// finish() by SearchIndexWriter, with the 0005 triggers off, so no
// per-document FTS5 work is left.)  The rows, and their ids, are exactly
// those the per-claim inserts made.
#include "loader/fact_writer.h"

#include <algorithm>

#include "loader/errors.h"
#include "loader/sha256.h"

namespace factdb {
namespace {

void bind_value(SQLite::Statement& st, int index, const SqlValue& value) {
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                st.bind(index);
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                st.bind(index, static_cast<std::int64_t>(v));
            } else if constexpr (std::is_same_v<T, double>) {
                st.bind(index, v);
            } else {
                st.bindNoCopy(index, v);  // the draft outlives the statement's exec()
            }
        },
        value);
}

// :name parameters of a statement's SQL, in order.
std::vector<std::string> parameters(std::string_view sql) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        if (sql[i] != ':') continue;
        std::size_t j = i + 1;
        while (j < sql.size() &&
               (std::isalnum(static_cast<unsigned char>(sql[j])) || sql[j] == '_'))
            ++j;
        out.emplace_back(sql.substr(i, j - i));
        i = j;
    }
    return out;
}

std::string entity_value(const FactDraft& draft, const FieldSpec& field) {
    std::vector<std::string> keys;
    for (const auto& p : draft.participants) {
        if (p.field == &field) keys.push_back(p.entity_key);
    }
    if (field.kind == FieldKind::entity_list) std::sort(keys.begin(), keys.end());
    std::string out;
    for (const auto& k : keys) out += (out.empty() ? "" : ",") + k;
    return out;
}

std::string display_of(const FactDraft& draft, const FieldSpec& field) {
    if (field.kind == FieldKind::entity || field.kind == FieldKind::entity_list) {
        std::vector<std::string> names;
        for (const auto& p : draft.participants) {
            if (p.field == &field) names.push_back(p.entity_name);
        }
        std::string out;
        for (std::size_t i = 0; i < names.size(); ++i) {
            out += (i == 0 ? "" : (i + 1 == names.size() ? " and " : ", ")) + names[i];
        }
        return out;
    }
    auto it = draft.display.find(field.name);
    return it == draft.display.end() ? std::string() : it->second;
}

// Fills {field} placeholders; a [...] part survives only when all of its
// placeholders have values.
std::string render(std::string_view tmpl, const FactDraft& draft) {
    std::string out, part;
    bool in_optional = false, part_ok = true;
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        const char c = tmpl[i];
        std::string& target = in_optional ? part : out;
        if (c == '[') {
            in_optional = true;
            part.clear();
            part_ok = true;
        } else if (c == ']') {
            if (part_ok) out += part;
            in_optional = false;
        } else if (c == '{') {
            const std::size_t close = tmpl.find('}', i);
            const std::string_view name = tmpl.substr(i + 1, close - i - 1);
            const FieldSpec* field = find_field(*draft.spec, name);
            const std::string value = field ? display_of(draft, *field) : std::string();
            if (value.empty() && in_optional) part_ok = false;
            target += value;
            i = close;
        } else {
            target += c;
        }
    }
    return out;
}

// Which entity kinds may stand where a field expects another: a chip is a
// product, and so is a project's output.
struct KindPair {
    std::string_view expected, actual;
};
constexpr KindPair kCompatible[] = {
    {"product", "chip"}, {"product", "project"}, {"organization", "project"}};

bool kinds_compatible(std::string_view expected, std::string_view actual) {
    if (expected == actual) return true;
    for (const auto& pair : kCompatible) {
        if (pair.expected == expected && pair.actual == actual) return true;
    }
    return false;
}

}  // namespace

FactIdentity identify(const FactDraft& draft) {
    Sha256 fact, subject;
    const std::string head = std::string(draft.spec->type) + "\n";
    fact.update(head);
    subject.update(head);
    for (const auto& field : draft.spec->fields) {
        std::string value;
        if (field.kind == FieldKind::entity || field.kind == FieldKind::entity_list) {
            value = entity_value(draft, field);
        } else if (auto it = draft.canonical.find(field.name); it != draft.canonical.end()) {
            value = it->second;
        }
        const std::string line = std::string(field.name) + "=" + value + "\n";
        fact.update(line);
        if (!field.identity) continue;
        if (field.kind == FieldKind::share) {
            // 49 % and 30 % for one holder disagree; "shareholder" and
            // "principal shareholder" are different things, not a conflict.
            auto relation = draft.columns.find("relation");
            subject.update(std::string(field.name) + "=" +
                           (relation == draft.columns.end()
                                ? std::string()
                                : std::get<std::string>(relation->second)) +
                           "\n");
        } else {
            subject.update(line);
        }
    }
    return {fact.hex_digest(), subject.hex_digest(), render(draft.spec->summary, draft)};
}

FactWriter::FactWriter(SQLite::Database& db, EntityResolver& entities, std::string now,
                       std::vector<std::string>& warnings)
    : db_(db),
      entities_(entities),
      now_(std::move(now)),
      warnings_(warnings),
      find_document_(db, "SELECT input_sha256 FROM documents WHERE id = ?"),
      count_document_facts_(db,
                            "SELECT count(DISTINCT fact_id) FROM evidence WHERE document_id = ?"),
      document_facts_(db, "SELECT DISTINCT fact_id FROM evidence WHERE document_id = ?"),
      delete_evidence_(db, "DELETE FROM evidence WHERE document_id = ?"),
      upsert_document_(
          db,
          "INSERT INTO documents (id, title, language, published, url, text, text_sha256,"
          " input_sha256, source_file, first_loaded_at, loaded_at)"
          " VALUES (:id, :title, :language, :published, :url, :text, :text_sha256,"
          " :input_sha256, :source_file, :now, :now)"
          " ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
          " language = excluded.language, published = excluded.published,"
          " url = excluded.url, text = excluded.text, text_sha256 = excluded.text_sha256,"
          " input_sha256 = excluded.input_sha256, source_file = excluded.source_file,"
          " loaded_at = excluded.loaded_at RETURNING rowid"),
      find_fact_(db, "SELECT id FROM facts WHERE fact_key = ?"),
      insert_fact_(
          db,
          "INSERT INTO facts (type, fact_key, subject_key, summary, modality, first_loaded_at)"
          " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
      insert_participant_(db,
                          "INSERT INTO fact_entities (fact_id, role, position, entity_id)"
                          " VALUES (?, ?, ?, ?)"),
      insert_purpose_(
          db, "INSERT INTO datacenter_purposes (fact_id, position, purpose) VALUES (?, ?, ?)"),
      delete_orphan_(db,
                     "DELETE FROM facts WHERE id = ?"
                     " AND NOT EXISTS (SELECT 1 FROM evidence WHERE fact_id = facts.id)"),
      refresh_modality_(db,
                        "UPDATE facts SET modality = (SELECT e.modality FROM evidence e"
                        " JOIN modalities m ON m.name = e.modality WHERE e.fact_id = facts.id"
                        " ORDER BY m.certainty LIMIT 1) WHERE id = ?"
                        " AND EXISTS (SELECT 1 FROM evidence WHERE fact_id = facts.id)"),
      search_(db) {}

std::optional<std::string> FactWriter::stored_input_hash(const std::string& document_id) {
    find_document_.reset();
    find_document_.bind(1, document_id);
    std::optional<std::string> out;
    if (find_document_.executeStep()) out = find_document_.getColumn(0).getString();
    find_document_.reset();
    return out;
}

int FactWriter::stored_fact_count(const std::string& document_id) {
    count_document_facts_.reset();
    count_document_facts_.bind(1, document_id);
    count_document_facts_.executeStep();
    const int n = count_document_facts_.getColumn(0).getInt();
    count_document_facts_.reset();
    return n;
}

FactWriter::TypedInsert& FactWriter::typed_insert(const ClaimTypeSpec& spec) {
    auto it = typed_.find(spec.type);
    if (it != typed_.end()) return it->second;
    TypedInsert typed;
    typed.statement = std::make_unique<SQLite::Statement>(db_, std::string(spec.insert_sql));
    for (const auto& param : parameters(spec.insert_sql)) {
        const int index = typed.statement->getIndex(param.c_str());
        if (param == ":fact_id")
            typed.fact_id_index = index;
        else
            typed.columns.emplace_back(index, param.substr(1));
    }
    return typed_.emplace(spec.type, std::move(typed)).first->second;
}

SQLite::Statement& FactWriter::evidence_insert(std::size_t rows) {
    auto& slot = insert_evidence_[rows];
    if (!slot) {
        std::string sql =
            "INSERT INTO evidence (fact_id, document_id, claim_id, start_char, end_char,"
            " quote, sentence, modality, modality_cue, modality_source, note) VALUES ";
        for (std::size_t i = 0; i < rows; ++i)
            sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        slot = std::make_unique<SQLite::Statement>(db_, sql);
    }
    return *slot;
}

void FactWriter::insert_evidence(const DocumentInput& document,
                                 const std::vector<FactDraft>& drafts,
                                 const std::vector<std::int64_t>& fact_ids) {
    // 32 rows x 11 parameters stays far below SQLite's parameter limit; a
    // document's rows go in claim order, so ids are as one insert per claim.
    constexpr std::size_t kRowsPerInsert = 32;
    for (std::size_t first = 0; first < drafts.size(); first += kRowsPerInsert) {
        const std::size_t rows = std::min(kRowsPerInsert, drafts.size() - first);
        SQLite::Statement& st = evidence_insert(rows);
        st.reset();
        int p = 0;
        for (std::size_t i = first; i < first + rows; ++i) {
            const FactDraft& draft = drafts[i];
            st.bind(++p, static_cast<std::int64_t>(fact_ids[i]));
            st.bindNoCopy(++p, document.id);
            st.bindNoCopy(++p, draft.claim_id);
            st.bind(++p, static_cast<std::int64_t>(draft.span.begin_char));
            st.bind(++p, static_cast<std::int64_t>(draft.span.end_char));
            st.bindNoCopy(++p, draft.quote);
            st.bindNoCopy(++p, draft.sentence);
            st.bind(++p, std::string(to_string(draft.modality.modality)));
            if (draft.modality.cue.empty())
                st.bind(++p);
            else
                st.bindNoCopy(++p, draft.modality.cue);
            st.bind(++p, std::string(to_string(draft.modality.scope)));
            if (draft.note)
                st.bindNoCopy(++p, *draft.note);
            else
                st.bind(++p);
        }
        st.exec();
        // The rows of one INSERT get consecutive ids, the last one reported.
        search_.evidence_inserted(db_.getLastInsertRowid() - static_cast<std::int64_t>(rows) + 1);
    }
}

std::int64_t FactWriter::write_fact(FactDraft& draft, const std::string& source_file) {
    for (auto& p : draft.participants) {
        const ResolvedEntity& e = entities_.resolve(p.name, p.field->entity_kind);
        if (!kinds_compatible(p.field->entity_kind, e.kind)) {
            warnings_.push_back(source_file + ": claim " + draft.claim_id + ": " +
                                std::string(p.field->name) + ": '" + p.name + "' is a known " +
                                e.kind + " (" + e.name + "), not a " +
                                std::string(p.field->entity_kind));
        }
        p.entity_id = e.id;
        p.entity_name = e.name;
        p.entity_key = e.key;
        if (p.field->kind == FieldKind::entity) draft.columns[std::string(p.field->column)] = e.id;
    }
    const FactIdentity identity = identify(draft);
    find_fact_.reset();
    find_fact_.bindNoCopy(1, identity.fact_key);
    if (find_fact_.executeStep()) {
        const std::int64_t id = find_fact_.getColumn(0).getInt64();
        find_fact_.reset();
        touched_.push_back(id);  // gains evidence: its modality may change
        return id;
    }
    find_fact_.reset();

    insert_fact_.reset();
    insert_fact_.bind(1, std::string(draft.spec->type));
    insert_fact_.bindNoCopy(2, identity.fact_key);
    insert_fact_.bindNoCopy(3, identity.subject_key);
    insert_fact_.bindNoCopy(4, identity.summary);
    insert_fact_.bind(5, std::string(to_string(draft.modality.modality)));
    insert_fact_.bindNoCopy(6, now_);
    insert_fact_.executeStep();
    const std::int64_t fact_id = insert_fact_.getColumn(0).getInt64();
    insert_fact_.reset();
    ++created_;

    TypedInsert& typed = typed_insert(*draft.spec);
    typed.statement->reset();
    typed.statement->bind(typed.fact_id_index, static_cast<std::int64_t>(fact_id));
    for (const auto& [index, column] : typed.columns) {
        auto it = draft.columns.find(column);
        if (it == draft.columns.end()) {
            // A claim-type table entry that does not produce a column its SQL
            // names: a programming error, never a silent NULL.
            throw std::logic_error("claim type " + std::string(draft.spec->type) +
                                   " produced no value for :" + column);
        }
        bind_value(*typed.statement, index, it->second);
    }
    typed.statement->exec();

    for (const auto& p : draft.participants) {
        insert_participant_.reset();
        insert_participant_.bind(1, static_cast<std::int64_t>(fact_id));
        insert_participant_.bind(2, std::string(p.field->role));
        insert_participant_.bind(3, p.position);
        insert_participant_.bind(4, static_cast<std::int64_t>(p.entity_id));
        insert_participant_.exec();
    }
    int position = 0;
    for (const auto& purpose : draft.purposes) {
        insert_purpose_.reset();
        insert_purpose_.bind(1, static_cast<std::int64_t>(fact_id));
        insert_purpose_.bind(2, ++position);
        insert_purpose_.bind(3, purpose);
        insert_purpose_.exec();
    }
    return fact_id;
}

DocumentCounts FactWriter::write(const DocumentInput& document, std::vector<FactDraft>& drafts,
                                 const std::string& source_file) {
    DocumentCounts counts;
    const bool existed = stored_input_hash(document.id).has_value();
    counts.status = existed ? "replaced" : "new";

    std::set<std::int64_t> before;
    if (existed) {
        document_facts_.reset();
        document_facts_.bind(1, document.id);
        while (document_facts_.executeStep())
            before.insert(document_facts_.getColumn(0).getInt64());
        document_facts_.reset();
        search_.forget(document.id);
        delete_evidence_.reset();
        delete_evidence_.bind(1, document.id);
        delete_evidence_.exec();
    }

    upsert_document_.reset();
    upsert_document_.bind(":id", document.id);
    upsert_document_.bind(":title", document.title);
    upsert_document_.bind(":language", std::string(to_string(document.language)));
    if (document.published)
        upsert_document_.bind(":published", *document.published);
    else
        upsert_document_.bind(":published");
    if (document.url)
        upsert_document_.bind(":url", *document.url);
    else
        upsert_document_.bind(":url");
    upsert_document_.bindNoCopy(":text", document.text);
    upsert_document_.bind(":text_sha256", document.text_sha256);
    upsert_document_.bind(":input_sha256", document.input_sha256);
    upsert_document_.bind(":source_file", source_file);
    upsert_document_.bind(":now", now_);
    upsert_document_.executeStep();
    search_.written(upsert_document_.getColumn(0).getInt64(), existed);
    upsert_document_.reset();

    std::set<std::int64_t> after;
    const int created_before = created_;
    std::vector<std::int64_t> fact_ids;
    fact_ids.reserve(drafts.size());
    for (auto& draft : drafts) {
        fact_ids.push_back(write_fact(draft, source_file));
        after.insert(fact_ids.back());
    }
    insert_evidence(document, drafts, fact_ids);

    counts.facts_created = created_ - created_before;
    for (std::int64_t id : after) {
        if (before.count(id))
            ++counts.facts_unchanged;
        else
            ++counts.facts_added;
    }
    for (std::int64_t id : before) {
        if (after.count(id)) continue;
        ++counts.facts_removed;
        delete_orphan_.reset();
        delete_orphan_.bind(1, static_cast<std::int64_t>(id));
        counts.facts_deleted += delete_orphan_.exec();
        touched_.push_back(id);
    }
    return counts;
}

// Only facts that can have changed are recomputed: those that gained
// evidence after their creation (write_fact found them) and those that lost
// this document's evidence (before).  A fact created by this load and never
// found again has exactly one evidence row, whose modality it was inserted
// with.  (A document rolled back under --keep-going takes the facts it
// created with it; a recomputation of an id that no longer exists updates
// nothing.)  At a million claims this skips ~3/4 of the updates.
void FactWriter::finish() {
    std::sort(touched_.begin(), touched_.end());
    touched_.erase(std::unique(touched_.begin(), touched_.end()), touched_.end());
    for (std::int64_t id : touched_) {
        refresh_modality_.reset();
        refresh_modality_.bind(1, static_cast<std::int64_t>(id));
        refresh_modality_.exec();
    }
    touched_.clear();
    search_.finish();
}

}  // namespace factdb
