-- name: new_since
-- title: New facts
-- description: Facts first loaded after a moment, newest first.
-- param: since timestamp required an ISO timestamp: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
SELECT f.id AS fact_id,
       f.type,
       f.summary,
       f.modality,
       f.first_loaded_at,
       f.documents AS documents,
       (SELECT e.quote FROM evidence e WHERE e.id = f.first_evidence_id) AS quote
FROM facts f
WHERE f.first_loaded_at > :since
  AND (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
ORDER BY f.first_loaded_at DESC, f.id;
