-- 0017_provenance.sql: how each piece of evidence came to be (issue 14,
-- "Provenance").
--
-- A claim is either typed by a person (curated) or produced by a drafter
-- (`factdb draft`, an external drafter), which marks it with
-- "draft": {"rule": ID, "confidence": 0..1} (docs/CLAIMS_FORMAT.md).  Each
-- evidence row now says which:
--   origin      'curated' | 'drafted' (every row before 0017 is curated);
--   rule        the drafter's rule id, [a-z0-9_.:-]+; NULL for curated rows;
--   confidence  the drafter's confidence, 0 to 1; NULL for curated rows.
-- One CHECK ties the three: a curated row has neither rule nor confidence, a
-- drafted row has both.
--
-- Origin is evidence's, not the fact's: the fact key covers the normalised
-- content only (loader/fact_writer.cpp), so a curated and a drafted claim
-- stating the same thing are ONE fact with TWO evidence rows.  A fact's
-- confidence is derived, never stored (fact_confidence_v): 1.0 when any of
-- its evidence is curated (a person stated it), else the highest confidence
-- of its drafted evidence (the best reading any rule made of it); its origin
-- is 'curated' when any evidence is curated, else 'drafted'.  It is computed
-- from evidence by a correlated subquery on the evidence_fact index, so
-- nothing on facts changes here and nothing needs recomputing at load.
--
-- Plain ADD COLUMNs, no rebuild: origin has a constant default ('curated'),
-- rule and confidence are nullable, and every CHECK holds on the existing
-- rows (curated, NULL, NULL); evidence keeps its ids, index, triggers and
-- full-text index.  facts_v and evidence_v are recreated with the new
-- columns at the end, every earlier column kept in its place.

ALTER TABLE evidence ADD COLUMN origin TEXT NOT NULL DEFAULT 'curated'
    CHECK (origin IN ('curated', 'drafted'));

ALTER TABLE evidence ADD COLUMN rule TEXT
    CHECK (rule IS NULL OR (rule <> '' AND rule NOT GLOB '*[^a-z0-9_.:-]*'));

ALTER TABLE evidence ADD COLUMN confidence REAL
    CHECK ((origin = 'curated' AND rule IS NULL AND confidence IS NULL)
           OR (origin = 'drafted' AND rule IS NOT NULL
               AND confidence IS NOT NULL AND confidence BETWEEN 0 AND 1));

-- One row per fact: its origin and confidence as defined above, and how many
-- of its evidence rows are curated and drafted.  The named queries filter on
-- it (--min-confidence, --curated-only: docs/QUERIES.md).
CREATE VIEW fact_confidence_v AS
SELECT f.id AS fact_id,
       (SELECT min(e.origin) FROM evidence e WHERE e.fact_id = f.id) AS origin,
       (SELECT max(coalesce(e.confidence, 1.0)) FROM evidence e WHERE e.fact_id = f.id)
           AS confidence,
       (SELECT count(*) FROM evidence e WHERE e.fact_id = f.id AND e.origin = 'curated')
           AS curated_evidence,
       (SELECT count(*) FROM evidence e WHERE e.fact_id = f.id AND e.origin = 'drafted')
           AS drafted_evidence
FROM facts f;

DROP VIEW facts_v;

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
       f.subject_key,
       (SELECT min(e.origin) FROM evidence e WHERE e.fact_id = f.id) AS origin,
       (SELECT max(coalesce(e.confidence, 1.0)) FROM evidence e WHERE e.fact_id = f.id)
           AS confidence
FROM facts f;

DROP VIEW evidence_v;

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
       e.cue_start_char,
       e.cue_end_char,
       e.modality_source,
       e.note,
       e.origin,
       e.rule,
       e.confidence
FROM evidence e
JOIN facts f ON f.id = e.fact_id
JOIN documents d ON d.id = e.document_id;

UPDATE schema_docs
SET description = description || '; origin (curated: typed by a person, drafted: by a drafter'
                  || ' rule), rule (the drafter''s rule id) and confidence (0 to 1), both NULL'
                  || ' for curated rows (0017)'
WHERE name = 'evidence';

UPDATE schema_docs
SET description = 'evidence with its fact summary, document title, sentence, modality cue with'
                  || ' its character offsets, and origin, rule and confidence'
WHERE name = 'evidence_v';

UPDATE schema_docs
SET description = 'facts with the number of documents and evidence rows, the first quote, and'
                  || ' origin and confidence (as fact_confidence_v)'
WHERE name = 'facts_v';

INSERT INTO schema_docs (name, description) VALUES
    ('fact_confidence_v', 'per fact: origin (curated when any evidence is curated, else drafted),'
                          || ' confidence (1.0 when any evidence is curated, else the highest'
                          || ' confidence of its drafted evidence), and how many evidence rows'
                          || ' are curated and drafted');
