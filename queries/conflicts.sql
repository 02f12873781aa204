-- name: conflicts
-- title: Conflicting facts
-- description: Facts about the same thing (same type and participants, e.g. one investor and investee at one stage) whose values disagree, side by side.
--
-- Two facts conflict when they share subject_key (type + identity fields:
-- participants, place, stage, stake relation...) but not fact_key (some
-- value differs: an amount, a count, a title...).
-- The pairs are found first from the facts_subject index alone (subject_key
-- and id, no fact rows) and materialised; only the facts in a pair are then
-- read.  Joining whole fact rows instead reads every fact of the database.
WITH pairs AS MATERIALIZED (
    SELECT a.id AS a_id, b.id AS b_id
    FROM facts a
    JOIN facts b ON b.subject_key = a.subject_key AND b.id > a.id
)
SELECT a.type,
       a.id AS fact_a,
       a.summary AS summary_a,
       a.modality AS modality_a,
       (SELECT count(DISTINCT e.document_id) FROM evidence e WHERE e.fact_id = a.id) AS documents_a,
       (SELECT e.quote FROM evidence e
        WHERE e.id = (SELECT min(x.id) FROM evidence x WHERE x.fact_id = a.id)) AS quote_a,
       b.id AS fact_b,
       b.summary AS summary_b,
       b.modality AS modality_b,
       (SELECT count(DISTINCT e.document_id) FROM evidence e WHERE e.fact_id = b.id) AS documents_b,
       (SELECT e.quote FROM evidence e
        WHERE e.id = (SELECT min(x.id) FROM evidence x WHERE x.fact_id = b.id)) AS quote_b
FROM pairs p
JOIN facts a ON a.id = p.a_id
JOIN facts b ON b.id = p.b_id
ORDER BY a.type, a.id, b.id;
