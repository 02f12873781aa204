-- 0005_search.sql: full-text search over document titles and texts and over
-- evidence quotes (docs/SEARCH.md).
--
-- Two FTS5 indexes with external content: they store only the index, the
-- text stays in documents and evidence.  The invariants:
--   * documents_fts row r indexes documents.rowid r (title, text), and
--     evidence_fts row r indexes evidence.id r (quote);
--   * the triggers below keep both in step with every INSERT, UPDATE and
--     DELETE on their tables (the loader upserts documents and deletes and
--     re-inserts a reloaded document's evidence), so a search never finds
--     text that is no longer there;
--   * the tokenizer folds case and removes diacritics (remove_diacritics 2
--     also folds letters whose accent is a separate code point), so
--     "donnees" finds "données" and "Etats" finds "États".
-- documents has a TEXT primary key, so its rowid is implicit; rowids of rows
-- are kept by UPDATE (the loader's ON CONFLICT DO UPDATE) and by VACUUM of
-- a table that has an index, which documents has.  Should they ever drift,
-- INSERT INTO documents_fts(documents_fts) VALUES ('rebuild') repairs it.

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE evidence_fts USING fts5(
    quote,
    content = 'evidence', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Rows loaded before this migration.
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
INSERT INTO evidence_fts (evidence_fts) VALUES ('rebuild');

-- An external-content index is updated by telling it the old values to
-- remove ('delete' with the old row) and the new values to add.
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
    INSERT INTO evidence_fts (rowid, quote) VALUES (new.id, new.quote);
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
END;
CREATE TRIGGER evidence_fts_update AFTER UPDATE OF id, quote ON evidence BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
    INSERT INTO evidence_fts (rowid, quote) VALUES (new.id, new.quote);
END;

INSERT INTO schema_docs (name, description) VALUES
    ('documents_fts', 'full-text index (FTS5, accents and case ignored) of document titles and texts; rowid = documents.rowid'),
    ('evidence_fts', 'full-text index (FTS5, accents and case ignored) of evidence quotes; rowid = evidence.id');
