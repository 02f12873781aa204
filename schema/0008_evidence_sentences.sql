-- 0008_evidence_sentences.sql: an evidence row points at its sentence
-- instead of copying it (issue 11, defect 2).
--
-- Until now each evidence row stored its whole sentence: 500 claims whose
-- evidence lay in one 400 KB sentence wrote 200 MB.  The sentence is part of
-- documents.text, stored once; a row now keeps its character offsets,
-- sentence_start_char and sentence_end_char (end exclusive), with
--     substr(d.text, sentence_start_char + 1,
--            sentence_end_char - sentence_start_char)
-- the sentence, as start_char/end_char give the quote.  evidence_v and the
-- provenance query show it under the old name, `sentence`.  What a row
-- still copies is its quote, which is bounded by the claim's own evidence
-- (the loader refuses a quote whose place in the text is far longer than it:
-- docs/NORMALISATION.md, "Evidence").
--
-- Existing rows: the stored sentence contains the quote, so it starts at
-- most length(sentence) characters before the quote's end and at the latest
-- at the quote's start; instr() finds it in that window of the text (any
-- occurrence there contains the quote, and all give the same text).
--
-- A rebuild, as in 0007 (a column is dropped and constraints added): new
-- table, copy, drop, rename, then the index, the full-text triggers and the
-- view that named the old column.  Ids and quotes are kept, so evidence_fts
-- (external content, rowid = evidence.id) stays valid as it is.

PRAGMA legacy_alter_table = ON;

DROP VIEW evidence_v;

CREATE TABLE evidence_new (
    id                  INTEGER PRIMARY KEY,
    fact_id             INTEGER NOT NULL REFERENCES facts (id),
    document_id         TEXT NOT NULL REFERENCES documents (id),
    claim_id            TEXT NOT NULL,
    start_char          INTEGER NOT NULL CHECK (start_char >= 0),
    end_char            INTEGER NOT NULL CHECK (end_char > start_char),
    quote               TEXT NOT NULL,              -- the text's own characters
    sentence_start_char INTEGER NOT NULL CHECK (sentence_start_char BETWEEN 0 AND start_char),
    sentence_end_char   INTEGER NOT NULL CHECK (sentence_end_char >= end_char),
    modality            TEXT NOT NULL REFERENCES modalities (name),
    modality_cue        TEXT,                       -- the words that decided it
    modality_source     TEXT NOT NULL CHECK (modality_source IN ('given', 'evidence', 'sentence', 'default')),
    note                TEXT,
    UNIQUE (document_id, claim_id)
) STRICT;

INSERT INTO evidence_new (id, fact_id, document_id, claim_id, start_char, end_char, quote,
                          sentence_start_char, sentence_end_char, modality, modality_cue,
                          modality_source, note)
SELECT id, fact_id, document_id, claim_id, start_char, end_char, quote,
       sentence_start, sentence_start + length(sentence),
       modality, modality_cue, modality_source, note
FROM (
    SELECT e.*,
           w + instr(substr(d.text, w + 1, e.start_char + length(e.sentence) - w), e.sentence) - 1
               AS sentence_start
    FROM (SELECT *, max(0, end_char - length(sentence)) AS w FROM evidence) e
    JOIN documents d ON d.id = e.document_id
);

DROP TABLE evidence;
ALTER TABLE evidence_new RENAME TO evidence;
CREATE INDEX evidence_fact ON evidence (fact_id, document_id);

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

CREATE VIEW evidence_v AS
SELECT e.id AS evidence_id,
       e.fact_id,
       f.type,
       f.summary,
       e.document_id,
       d.title,
       d.published,
       e.claim_id,
       e.start_char,
       e.end_char,
       e.quote,
       substr(d.text, e.sentence_start_char + 1,
              e.sentence_end_char - e.sentence_start_char) AS sentence,
       e.modality,
       e.modality_cue,
       e.modality_source,
       e.note
FROM evidence e
JOIN facts f ON f.id = e.fact_id
JOIN documents d ON d.id = e.document_id;

UPDATE schema_docs
SET description = 'where and how a document states a fact: character offsets of the quote and of its sentence in documents.text, the quote, modality and its cue'
WHERE name = 'evidence';
PRAGMA legacy_alter_table = OFF;
