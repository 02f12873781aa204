-- name: conflicts
-- title: Conflicting facts
-- description: Facts about the same thing (same type and participants, e.g. one investor and investee at one stage) whose values disagree, side by side.
--
-- Two facts conflict when they share subject_key (type + identity fields:
-- participants, place, stage, stake relation...) but not fact_key (some
-- value differs: an amount, a count, a title...).
SELECT a.type,
       a.id AS fact_a,
       a.summary AS summary_a,
       a.modality AS modality_a,
       (SELECT count(DISTINCT e.document_id) FROM evidence e WHERE e.fact_id = a.id) AS documents_a,
       (SELECT e.quote FROM evidence e WHERE e.fact_id = a.id ORDER BY e.id LIMIT 1) AS quote_a,
       b.id AS fact_b,
       b.summary AS summary_b,
       b.modality AS modality_b,
       (SELECT count(DISTINCT e.document_id) FROM evidence e WHERE e.fact_id = b.id) AS documents_b,
       (SELECT e.quote FROM evidence e WHERE e.fact_id = b.id ORDER BY e.id LIMIT 1) AS quote_b
FROM facts a
JOIN facts b ON b.subject_key = a.subject_key AND b.id > a.id
ORDER BY a.type, a.id, b.id;
