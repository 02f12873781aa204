-- 0020_search_stems.sql: the stemmed search index (docs/SEARCH.md, "Stemming").
--
-- Two ordinary FTS5 tables whose content is text already reduced to search
-- forms by factdb (text/stems.h: accents and case folded, British spellings
-- made American, the Snowball stem of the document's language), one form per
-- word, separated by spaces.  They use only SQLite's built-in unicode61
-- tokenizer, so the file opens and searches in any SQLite tool (sqlite3,
-- Datasette, sqlite-utils): no custom tokenizer is registered anywhere.
--   documents_stems  rowid = documents.rowid; title, text as search forms
--   evidence_stems   rowid = evidence.id;     quote as search forms
-- The forms are computed in C++, never in SQL, so this migration cannot fill
-- them.  Every row that has no forms yet is listed in search_stems_pending:
--   * this migration lists every existing document and quote;
--   * the triggers below list a row another tool inserts or changes (and drop
--     its stale forms), and remove the forms of a deleted row;
--   * `factdb init` and `factdb load` build the forms of every listed row and
--     empty the list, in their transaction (loader/search_stems.h); a load
--     writes the forms of what it loads itself, with these triggers off.
-- While the list is not empty, `factdb search` says so on stderr and searches
-- the unstemmed index (documents_fts, evidence_fts) instead, so that no
-- document is missing from a result.

CREATE VIRTUAL TABLE documents_stems USING fts5(
    title, text,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE evidence_stems USING fts5(
    quote,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE search_stems_pending (
    source TEXT NOT NULL CHECK (source IN ('documents', 'evidence')),
    id     INTEGER NOT NULL,  -- documents.rowid or evidence.id
    PRIMARY KEY (source, id)
) STRICT, WITHOUT ROWID;

INSERT INTO search_stems_pending (source, id) SELECT 'documents', rowid FROM documents;
INSERT INTO search_stems_pending (source, id) SELECT 'evidence', id FROM evidence;

CREATE TRIGGER documents_stems_insert AFTER INSERT ON documents BEGIN
    INSERT OR IGNORE INTO search_stems_pending (source, id) VALUES ('documents', new.rowid);
END;
CREATE TRIGGER documents_stems_update AFTER UPDATE OF title, text, language ON documents BEGIN
    DELETE FROM documents_stems WHERE rowid = old.rowid;
    INSERT OR IGNORE INTO search_stems_pending (source, id) VALUES ('documents', new.rowid);
END;
-- A quote's forms depend on its document's language.
CREATE TRIGGER documents_stems_language AFTER UPDATE OF language ON documents BEGIN
    DELETE FROM evidence_stems WHERE rowid IN (SELECT id FROM evidence WHERE document_id = new.id);
    INSERT OR IGNORE INTO search_stems_pending (source, id)
    SELECT 'evidence', id FROM evidence WHERE document_id = new.id;
END;
CREATE TRIGGER documents_stems_delete AFTER DELETE ON documents BEGIN
    DELETE FROM documents_stems WHERE rowid = old.rowid;
    DELETE FROM search_stems_pending WHERE source = 'documents' AND id = old.rowid;
END;

CREATE TRIGGER evidence_stems_insert AFTER INSERT ON evidence BEGIN
    INSERT OR IGNORE INTO search_stems_pending (source, id) VALUES ('evidence', new.id);
END;
CREATE TRIGGER evidence_stems_update AFTER UPDATE OF id, quote, document_id ON evidence BEGIN
    DELETE FROM evidence_stems WHERE rowid = old.id;
    DELETE FROM search_stems_pending WHERE source = 'evidence' AND id = old.id;
    INSERT OR IGNORE INTO search_stems_pending (source, id) VALUES ('evidence', new.id);
END;
CREATE TRIGGER evidence_stems_delete AFTER DELETE ON evidence BEGIN
    DELETE FROM evidence_stems WHERE rowid = old.id;
    DELETE FROM search_stems_pending WHERE source = 'evidence' AND id = old.id;
END;

INSERT INTO schema_docs (name, description) VALUES
    ('documents_stems', 'stemmed full-text index (FTS5, unicode61) of document titles and texts as search forms: folded, American spelling, Snowball stem of the document language; rowid = documents.rowid; built by factdb init/load'),
    ('evidence_stems', 'stemmed full-text index (FTS5, unicode61) of evidence quotes as search forms (stem of the document language); rowid = evidence.id; built by factdb init/load'),
    ('search_stems_pending', 'rows of documents (rowid) and evidence (id) whose search forms are not built yet; factdb init and factdb load build them; factdb search falls back to the unstemmed index while any is listed');
