-- 0007_fact_hashes.sql: facts rebuilt with integer keys and the two
-- per-fact figures every listing shows (docs/PERFORMANCE.md).
--
-- * fact_hash replaces the UNIQUE index on the 64-digit hex fact_key, and
--   subject_hash the index on subject_key: each is the first 16 hex digits
--   (64 bits) of its key as a signed integer, computed by the loader
--   (loader/fact_writer.cpp) and here by the same arithmetic.  An 8-byte
--   index is a fifth of the size of the hex one; at a million facts the two
--   hex indexes took most of the load's B-tree work and cache misses.
--   fact_key and subject_key stay, unindexed, as the full keys: the loader
--   compares fact_key when it finds a fact by its hash, and refuses a
--   different fact with the same hash (never merges it); `conflicts` and
--   `check` compare subject_key after matching on subject_hash.
-- * documents (how many documents state the fact) and first_evidence_id
--   (its earliest evidence row, whose quote listings show) are derived from
--   evidence like modality, and kept by the loader in the same transaction.
--   Every named query read them through two subqueries per row.  They are
--   not foreign keys: a new fact is written before its evidence.
--
-- A table's constraints cannot be altered in place, so this is SQLite's
-- rebuild (https://sqlite.org/lang_altertable.html#otheralter): new table,
-- copy, drop, rename.  db::migrate runs every migration with foreign_keys
-- off (dropping facts would otherwise cascade to the typed tables) and
-- checks the foreign keys before committing.  legacy_alter_table keeps the
-- rename from re-checking views that name facts while it does not exist.

PRAGMA legacy_alter_table = ON;

DROP VIEW facts_v;

CREATE TABLE facts_new (
    id                INTEGER PRIMARY KEY,
    type              TEXT NOT NULL CHECK (type IN ('investment', 'stake', 'datacenter', 'spending',
                                                    'role', 'founding', 'product', 'supply',
                                                    'partnership', 'quote')),
    fact_key          TEXT NOT NULL,              -- sha256 of type + normalised fields
    fact_hash         INTEGER NOT NULL,           -- fact_key's first 64 bits; unique
    subject_key       TEXT NOT NULL,              -- sha256 of type + identity fields only
    subject_hash      INTEGER NOT NULL,           -- subject_key's first 64 bits
    summary           TEXT NOT NULL,              -- one line for people
    modality          TEXT NOT NULL REFERENCES modalities (name),  -- most certain of its evidence
    documents         INTEGER NOT NULL CHECK (documents >= 1),     -- documents stating it
    first_evidence_id INTEGER NOT NULL,           -- its evidence row with the smallest id
    first_loaded_at   TEXT NOT NULL
) STRICT;

INSERT INTO facts_new (id, type, fact_key, fact_hash, subject_key, subject_hash, summary,
                       modality, documents, first_evidence_id, first_loaded_at)
SELECT f.id, f.type, f.fact_key,
    (((instr('0123456789abcdef', substr(f.fact_key, 1, 1)) - 1) << 60)
     | ((instr('0123456789abcdef', substr(f.fact_key, 2, 1)) - 1) << 56)
     | ((instr('0123456789abcdef', substr(f.fact_key, 3, 1)) - 1) << 52)
     | ((instr('0123456789abcdef', substr(f.fact_key, 4, 1)) - 1) << 48)
     | ((instr('0123456789abcdef', substr(f.fact_key, 5, 1)) - 1) << 44)
     | ((instr('0123456789abcdef', substr(f.fact_key, 6, 1)) - 1) << 40)
     | ((instr('0123456789abcdef', substr(f.fact_key, 7, 1)) - 1) << 36)
     | ((instr('0123456789abcdef', substr(f.fact_key, 8, 1)) - 1) << 32)
     | ((instr('0123456789abcdef', substr(f.fact_key, 9, 1)) - 1) << 28)
     | ((instr('0123456789abcdef', substr(f.fact_key, 10, 1)) - 1) << 24)
     | ((instr('0123456789abcdef', substr(f.fact_key, 11, 1)) - 1) << 20)
     | ((instr('0123456789abcdef', substr(f.fact_key, 12, 1)) - 1) << 16)
     | ((instr('0123456789abcdef', substr(f.fact_key, 13, 1)) - 1) << 12)
     | ((instr('0123456789abcdef', substr(f.fact_key, 14, 1)) - 1) << 8)
     | ((instr('0123456789abcdef', substr(f.fact_key, 15, 1)) - 1) << 4)
     | (instr('0123456789abcdef', substr(f.fact_key, 16, 1)) - 1)),
    f.subject_key,
    (((instr('0123456789abcdef', substr(f.subject_key, 1, 1)) - 1) << 60)
     | ((instr('0123456789abcdef', substr(f.subject_key, 2, 1)) - 1) << 56)
     | ((instr('0123456789abcdef', substr(f.subject_key, 3, 1)) - 1) << 52)
     | ((instr('0123456789abcdef', substr(f.subject_key, 4, 1)) - 1) << 48)
     | ((instr('0123456789abcdef', substr(f.subject_key, 5, 1)) - 1) << 44)
     | ((instr('0123456789abcdef', substr(f.subject_key, 6, 1)) - 1) << 40)
     | ((instr('0123456789abcdef', substr(f.subject_key, 7, 1)) - 1) << 36)
     | ((instr('0123456789abcdef', substr(f.subject_key, 8, 1)) - 1) << 32)
     | ((instr('0123456789abcdef', substr(f.subject_key, 9, 1)) - 1) << 28)
     | ((instr('0123456789abcdef', substr(f.subject_key, 10, 1)) - 1) << 24)
     | ((instr('0123456789abcdef', substr(f.subject_key, 11, 1)) - 1) << 20)
     | ((instr('0123456789abcdef', substr(f.subject_key, 12, 1)) - 1) << 16)
     | ((instr('0123456789abcdef', substr(f.subject_key, 13, 1)) - 1) << 12)
     | ((instr('0123456789abcdef', substr(f.subject_key, 14, 1)) - 1) << 8)
     | ((instr('0123456789abcdef', substr(f.subject_key, 15, 1)) - 1) << 4)
     | (instr('0123456789abcdef', substr(f.subject_key, 16, 1)) - 1)),
    f.summary, f.modality,
    (SELECT count(DISTINCT e.document_id) FROM evidence e WHERE e.fact_id = f.id),
    (SELECT min(e.id) FROM evidence e WHERE e.fact_id = f.id),
    f.first_loaded_at
FROM facts f;

DROP TABLE facts;
ALTER TABLE facts_new RENAME TO facts;
CREATE UNIQUE INDEX facts_hash ON facts (fact_hash);
CREATE INDEX facts_subject ON facts (subject_hash);
CREATE INDEX facts_first_loaded ON facts (first_loaded_at);

CREATE VIEW facts_v AS
SELECT f.id AS fact_id,
       f.type,
       f.summary,
       f.modality,
       f.documents,
       (SELECT count(*) FROM evidence e WHERE e.fact_id = f.id) AS evidence_count,
       (SELECT e.quote FROM evidence e WHERE e.id = f.first_evidence_id) AS quote,
       f.first_loaded_at,
       f.fact_key,
       f.subject_key
FROM facts f;

UPDATE schema_docs
SET description = 'one row per normalised statement: type, content key, subject key (each with'
                  || ' its 64-bit hash), one-line summary, modality, documents, first evidence'
WHERE name = 'facts';

PRAGMA legacy_alter_table = OFF;
