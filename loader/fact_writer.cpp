// Fact and evidence writing (see fact_writer.h).
//
// Keys: fact_key = sha256 over "type\nfield=value\n..." for every field of the
// type in table order, where an entity field's value is the entity's folded
// canonical name (so "AWS" and "Amazon Web Services" give one key), a list
// is its sorted keys, and any other field is its canonical normalised form
// ("" when absent).  subject_key is the same over the identity fields only
// (a share contributes its relation, not its percentage).  A field added
// after its type's facts were keyed (FieldSpec::key_unless) adds no line
// while it holds its old value, so stored facts keep their keys.
// Both depend on content alone, never on row ids or load order.  Each is
// indexed by its first 64 bits (key_hash; migration 0007): facts are found
// by fact_hash and the full fact_key compared, so two facts whose keys share
// 64 bits are refused (the UNIQUE index on fact_hash), never merged.
//
// Derived columns: a fact's modality, documents and first_evidence_id
// summarise its evidence.  A new fact is written with its one evidence row's
// values (the row's id is assigned here, before the row is inserted); a fact
// whose evidence changes afterwards is recomputed by finish().
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

#include <sqlite3.h>

#include <algorithm>
#include <charconv>

#include "errors/error.h"
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

// Appends an entity field's value as keys hash it: the folded canonical
// name, or a list's names sorted and joined by commas.
void append_entity_value(std::string& out, const FactDraft& draft, const FieldSpec& field) {
    const std::string* one = nullptr;
    std::vector<const std::string*> keys;
    for (const auto& p : draft.participants) {
        if (p.field != &field) continue;
        if (field.kind == FieldKind::entity) {
            one = &p.entity->key;
        } else {
            keys.push_back(&p.entity->key);
        }
    }
    if (one) {
        out += *one;
        return;
    }
    std::sort(keys.begin(), keys.end(),
              [](const std::string* a, const std::string* b) { return *a < *b; });
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i) out += ',';
        out += *keys[i];
    }
}

std::string display_of(const FactDraft& draft, const FieldSpec& field) {
    if (field.kind == FieldKind::entity || field.kind == FieldKind::entity_list) {
        std::vector<std::string> names;
        for (const auto& p : draft.participants) {
            if (p.field == &field) names.push_back(p.entity->name);
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
constexpr KindPair kCompatible[] = {{"product", "chip"},
                                     {"product", "project"},
                                     {"organization", "project"},
                                     {"project", "organization"}};  // a named venture

bool kinds_compatible(std::string_view expected, std::string_view actual) {
    if (expected == actual) return true;
    for (const auto& pair : kCompatible) {
        if (pair.expected == expected && pair.actual == actual) return true;
    }
    return false;
}

}  // namespace

std::int64_t key_hash(std::string_view key) {
    std::uint64_t bits = 0;
    const auto [end, ec] = std::from_chars(key.data(), key.data() + 16, bits, 16);
    if (key.size() < 16 || ec != std::errc() || end != key.data() + 16)
        throw Error(ErrorKind::internal, "key_hash: not a hex key: " + std::string(key));
    return static_cast<std::int64_t>(bits);  // two's complement, as SQLite's << gives
}

FactIdentity identify(const FactDraft& draft) {
    Sha256 fact, subject;
    // One buffer for every "field=value\n" line: this runs once per claim on
    // the load's writing thread.
    std::string line;
    line.reserve(256);
    line.append(draft.spec->type).push_back('\n');
    fact.update(line);
    subject.update(line);
    for (const auto& field : draft.spec->fields) {
        line.assign(field.name).push_back('=');
        const std::size_t value_at = line.size();
        if (field.kind == FieldKind::entity || field.kind == FieldKind::entity_list) {
            append_entity_value(line, draft, field);
        } else if (auto it = draft.canonical.find(field.name); it != draft.canonical.end()) {
            line += it->second;
        }
        // A later field at its old value adds nothing: older keys stay.
        if (field.key_unless && std::string_view(line).substr(value_at) == field.key_unless)
            continue;
        line.push_back('\n');
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
    FactIdentity out;
    out.fact_key = fact.hex_digest();
    out.fact_hash = key_hash(out.fact_key);
    out.subject_key = subject.hex_digest();
    out.subject_hash = key_hash(out.subject_key);
    return out;
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
      find_fact_(db, "SELECT id, fact_key FROM facts WHERE fact_hash = ?"),
      insert_fact_(db,
                   "INSERT INTO facts (type, fact_key, fact_hash, subject_key, subject_hash,"
                   " summary, modality, documents, first_evidence_id, first_loaded_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
      insert_participant_(db,
                          "INSERT INTO fact_entities (fact_id, role, position, entity_id)"
                          " VALUES (?, ?, ?, ?)"),
      insert_purpose_(
          db, "INSERT INTO datacenter_purposes (fact_id, position, purpose) VALUES (?, ?, ?)"),
      delete_orphan_(db,
                     "DELETE FROM facts WHERE id = ?"
                     " AND NOT EXISTS (SELECT 1 FROM evidence WHERE fact_id = facts.id)"),
      refresh_derived_(
          db,
          "UPDATE facts SET modality = (SELECT e.modality FROM evidence e"
          " JOIN modalities m ON m.name = e.modality WHERE e.fact_id = facts.id"
          " ORDER BY m.certainty LIMIT 1),"
          " documents = (SELECT count(DISTINCT document_id) FROM evidence"
          " WHERE fact_id = facts.id),"
          " first_evidence_id = (SELECT min(id) FROM evidence"
          " WHERE fact_id = facts.id)"
          " WHERE id = ? AND EXISTS (SELECT 1 FROM evidence WHERE fact_id = facts.id)"),
      search_(db),
      savepoint_begin_(db, "SAVEPOINT document"),
      savepoint_release_(db, "RELEASE document"),
      savepoint_rollback_(db, "ROLLBACK TO document") {
    next_evidence_id_ = db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM evidence").getInt64();
}

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
            "INSERT INTO evidence (id, fact_id, document_id, claim_id, start_char, end_char,"
            " quote, sentence_start_char, sentence_end_char, modality, modality_cue,"
            " cue_start_char, cue_end_char, modality_source, note, origin, rule, confidence)"
            " VALUES ";
        for (std::size_t i = 0; i < rows; ++i)
            sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        slot = std::make_unique<SQLite::Statement>(db_, sql);
    }
    return *slot;
}

void FactWriter::insert_evidence(const DocumentInput& document,
                                 const std::vector<FactDraft>& drafts,
                                 const std::vector<std::int64_t>& fact_ids, std::int64_t first_id) {
    // 32 rows x 18 parameters stays far below SQLite's parameter limit; a
    // document's rows go in claim order with the ids write() gave them.
    constexpr std::size_t kRowsPerInsert = 32;
    for (std::size_t first = 0; first < drafts.size(); first += kRowsPerInsert) {
        const std::size_t rows = std::min(kRowsPerInsert, drafts.size() - first);
        SQLite::Statement& st = evidence_insert(rows);
        st.reset();
        int p = 0;
        for (std::size_t i = first; i < first + rows; ++i) {
            const FactDraft& draft = drafts[i];
            st.bind(++p, static_cast<std::int64_t>(first_id + static_cast<std::int64_t>(i)));
            st.bind(++p, static_cast<std::int64_t>(fact_ids[i]));
            st.bindNoCopy(++p, document.id);
            st.bindNoCopy(++p, draft.claim_id);
            st.bind(++p, static_cast<std::int64_t>(draft.span.begin_char));
            st.bind(++p, static_cast<std::int64_t>(draft.span.end_char));
            st.bindNoCopy(++p, draft.quote);
            st.bind(++p, static_cast<std::int64_t>(draft.sentence_span.begin_char));
            st.bind(++p, static_cast<std::int64_t>(draft.sentence_span.end_char));
            st.bind(++p, std::string(to_string(draft.modality.modality)));
            // The cue and where it stands in the document: the decision's
            // code points count from the sentence start (lang/modality.h).
            if (draft.modality.cue.empty()) {
                st.bind(++p);
                st.bind(++p);
                st.bind(++p);
            } else {
                st.bindNoCopy(++p, draft.modality.cue);
                st.bind(++p, static_cast<std::int64_t>(draft.sentence_span.begin_char +
                                                       draft.modality.cue_begin_char));
                st.bind(++p, static_cast<std::int64_t>(draft.sentence_span.begin_char +
                                                       draft.modality.cue_end_char));
            }
            st.bind(++p, std::string(to_string(draft.modality.scope)));
            if (draft.note)
                st.bindNoCopy(++p, *draft.note);
            else
                st.bind(++p);
            // Provenance (0017): a drafted claim's rule and confidence; a
            // curated row has neither (the table's CHECK ties the three).
            if (draft.drafted) {
                st.bind(++p, "drafted");
                st.bindNoCopy(++p, draft.drafted->rule);
                st.bind(++p, draft.drafted->confidence);
            } else {
                st.bind(++p, "curated");
                st.bind(++p);
                st.bind(++p);
            }
        }
        st.exec();
        search_.evidence_inserted(first_id + static_cast<std::int64_t>(first));
    }
}

std::int64_t FactWriter::write_fact(FactDraft& draft, const std::string& source_file,
                                    std::int64_t evidence_id) {
    for (auto& p : draft.participants) {
        const std::size_t known = entities_.created().size();
        const ResolvedEntity& e = entities_.resolve(p.name, p.field->entity_kind);
        if (!p.phrase.empty() && entities_.created().size() > known) {
            Location at = draft.location;
            at.field = std::string(p.field->name);
            document_warnings_.emplace_back(
                at,
                "the new entity's name looks like a phrase, not a name (it " + p.phrase +
                    "); give the entity's own name, or declare it in a gazetteer if that is "
                    "its name",
                p.name);
        }
        if (!kinds_compatible(p.field->entity_kind, e.kind)) {
            warnings_.push_back(source_file + ": claim " + draft.claim_id + ": " +
                                std::string(p.field->name) + ": '" + p.name + "' is a known " +
                                e.kind + " (" + e.name + "), not a " +
                                std::string(p.field->entity_kind));
        }
        p.entity = &e;
        if (p.field->kind == FieldKind::entity) draft.columns[std::string(p.field->column)] = e.id;
    }
    const FactIdentity identity = identify(draft);
    find_fact_.reset();
    find_fact_.bind(1, static_cast<std::int64_t>(identity.fact_hash));
    if (find_fact_.executeStep()) {
        const std::int64_t id = find_fact_.getColumn(0).getInt64();
        const std::string stored_key = find_fact_.getColumn(1).getString();
        find_fact_.reset();
        if (stored_key != identity.fact_key) {
            // 1 in 2^64 per pair of facts.  A constraint error: the document
            // is rejected like any other the database refuses.
            throw SQLite::Exception("claim " + draft.claim_id + ": its fact's key shares its" +
                                        " first 64 bits (" + identity.fact_key.substr(0, 16) +
                                        ") with fact " + std::to_string(id) +
                                        ", a different fact; factdb cannot store both",
                                    SQLITE_CONSTRAINT);
        }
        touched_.push_back(id);  // gains evidence: its derived columns may change
        return id;
    }
    find_fact_.reset();

    insert_fact_.reset();
    insert_fact_.bind(1, std::string(draft.spec->type));
    insert_fact_.bindNoCopy(2, identity.fact_key);
    insert_fact_.bind(3, static_cast<std::int64_t>(identity.fact_hash));
    insert_fact_.bindNoCopy(4, identity.subject_key);
    insert_fact_.bind(5, static_cast<std::int64_t>(identity.subject_hash));
    // Rendered here, not in identify(): a fact found again (a fifth of
    // the claims at 1M) never needs it.
    const std::string summary = render(draft.spec->summary, draft);
    insert_fact_.bindNoCopy(6, summary);
    insert_fact_.bind(7, std::string(to_string(draft.modality.modality)));
    insert_fact_.bind(8, static_cast<std::int64_t>(evidence_id));
    insert_fact_.bindNoCopy(9, now_);
    // Not RETURNING id: SQLite 3.40 runs a RETURNING statement to completion
    // into a temporary table before the first row is read, which cost 30 %
    // of the fact INSERT (5 s of a million-claim load).
    insert_fact_.exec();
    const std::int64_t fact_id = db_.getLastInsertRowid();
    ++created_;

    TypedInsert& typed = typed_insert(*draft.spec);
    typed.statement->reset();
    typed.statement->bind(typed.fact_id_index, static_cast<std::int64_t>(fact_id));
    for (const auto& [index, column] : typed.columns) {
        auto it = draft.columns.find(column);
        if (it == draft.columns.end()) {
            // A claim-type table entry that does not produce a column its SQL
            // names: a programming error, never a silent NULL.
            throw Error(ErrorKind::internal, "claim type " + std::string(draft.spec->type) +
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
        insert_participant_.bind(4, static_cast<std::int64_t>(p.entity->id));
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

namespace {

void run(SQLite::Statement& st) {
    st.reset();
    st.exec();
}

// Resets every statement of the connection.  A statement whose step failed
// keeps that error until it is reset, and SQLiteCpp's reset() throws it: the
// next document using the statement (the same evidence INSERT, say) would be
// rejected for this one's fault.  Called when a document is undone, when no
// statement is in the middle of its rows.
void clear_statement_errors(SQLite::Database& db) {
    sqlite3* h = db.getHandle();
    for (sqlite3_stmt* st = sqlite3_next_stmt(h, nullptr); st; st = sqlite3_next_stmt(h, st))
        sqlite3_reset(st);
}

}  // namespace

FactWriter::Document FactWriter::begin(const DocumentInput& document, bool undo_alone) {
    // A pass of search indexing runs between documents, never inside a
    // document's savepoint: a rolled-back document would take the pass's
    // index rows with it.
    if (search_.pass_due()) search_.index_written();
    document_warnings_.clear();
    return Document(*this, document, undo_alone);
}

void FactWriter::document_kept() {
    search_.keep_document();
}

void FactWriter::document_dropped() {
    search_.drop_document();
    next_evidence_id_ = document_first_evidence_;  // its rows are gone
}

FactWriter::Document::Document(FactWriter& writer, const DocumentInput& document, bool savepoint)
    : writer_(writer), document_(document), savepoint_(savepoint) {
    if (savepoint_) run(writer_.savepoint_begin_);
    writer_.entities_.begin_document();
    writer_.document_first_evidence_ = writer_.next_evidence_id_;
}

DocumentCounts FactWriter::Document::write(std::vector<FactDraft>& drafts,
                                           const std::string& source_file, bool existed) {
    return writer_.write(document_, drafts, source_file, existed);
}

void FactWriter::Document::commit() {
    if (savepoint_) run(writer_.savepoint_release_);
    committed_ = true;
    writer_.document_kept();
}

FactWriter::Document::~Document() {
    if (committed_) return;
    if (savepoint_) {
        try {
            run(writer_.savepoint_rollback_);
            run(writer_.savepoint_release_);
        } catch (const SQLite::Exception&) {
            // The transaction is gone (SQLite rolled it back on a storage
            // error); the caller reports the error that got us here.
        }
    }
    writer_.entities_.rollback_document();
    writer_.document_dropped();
    clear_statement_errors(writer_.db_);
}

DocumentCounts FactWriter::write(const DocumentInput& document, std::vector<FactDraft>& drafts,
                                 const std::string& source_file, bool existed) {
    DocumentCounts counts;
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
    // Claim i's evidence row will have id first_evidence + i: a new fact is
    // written with it as its first_evidence_id before the row exists.
    const std::int64_t first_evidence = next_evidence_id_;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        fact_ids.push_back(
            write_fact(drafts[i], source_file, first_evidence + static_cast<std::int64_t>(i)));
        after.insert(fact_ids.back());
    }
    insert_evidence(document, drafts, fact_ids, first_evidence);
    next_evidence_id_ = first_evidence + static_cast<std::int64_t>(drafts.size());

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
// found again has exactly one evidence row, whose modality and id it was
// inserted with (documents = 1).  (A document rolled back under --keep-going takes the facts it
// created with it; a recomputation of an id that no longer exists updates
// nothing.)  At a million claims this skips ~3/4 of the updates.
void FactWriter::finish() {
    std::sort(touched_.begin(), touched_.end());
    touched_.erase(std::unique(touched_.begin(), touched_.end()), touched_.end());
    for (std::int64_t id : touched_) {
        refresh_derived_.reset();
        refresh_derived_.bind(1, static_cast<std::int64_t>(id));
        refresh_derived_.exec();
    }
    touched_.clear();
    search_.finish();
}

}  // namespace factdb
