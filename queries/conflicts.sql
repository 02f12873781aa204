-- name: conflicts
-- title: Conflicting facts
-- description: Facts about the same thing (same type and participants, e.g. one investor and investee at one stage) whose values disagree, side by side.
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
--
-- Two facts conflict when they share subject_key (type + identity fields:
-- participants, place, stage, stake relation...) but not fact_key (some
-- value differs: an amount, a count, a title...).
-- The subjects stated by more than one fact are found first by one pass over
-- the facts_subject index (subject_hash, 64 bits of subject_key), then the
-- pairs within each; only the facts in a pair are read, and their full
-- subject_key compared, so two subjects whose hashes collide never pair.
WITH shared AS MATERIALIZED (
    SELECT subject_hash FROM facts GROUP BY subject_hash HAVING count(*) > 1
),
pairs AS MATERIALIZED (
    SELECT a.id AS a_id, b.id AS b_id
    FROM shared s
    JOIN facts a ON a.subject_hash = s.subject_hash
    JOIN facts b ON b.subject_hash = s.subject_hash AND b.id > a.id
)
SELECT a.type,
       a.id AS fact_a,
       a.summary AS summary_a,
       a.modality AS modality_a,
       a.documents AS documents_a,
       (SELECT e.quote FROM evidence e WHERE e.id = a.first_evidence_id) AS quote_a,
       b.id AS fact_b,
       b.summary AS summary_b,
       b.modality AS modality_b,
       b.documents AS documents_b,
       (SELECT e.quote FROM evidence e WHERE e.id = b.first_evidence_id) AS quote_b
FROM pairs p
JOIN facts a ON a.id = p.a_id
JOIN facts b ON b.id = p.b_id
WHERE b.subject_key = a.subject_key
  AND (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = a.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = a.id) = 'curated')
  AND (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = b.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = b.id) = 'curated')
ORDER BY a.type, a.id, b.id;
