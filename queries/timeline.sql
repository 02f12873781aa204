-- name: timeline
-- title: Facts over time
-- description: How many facts the documents of each published date state (documents without a date are left out: see sources).
-- param: min_confidence real NULL count only facts of at least this confidence, 0 to 1 (curated facts count as 1); NULL = all
-- param: curated_only integer 0 with 1, count only facts that some curated evidence states
-- label: published Published
-- label.fr: published Publié le
-- label: documents Documents
-- label: facts Facts
-- label.fr: facts Faits
--
-- One row per published date.  A fact stated by documents of two dates
-- counts once on each (it was said on both days); facts counts distinct
-- facts within a date.  Reports chart it with {"type": "timeline"}, which
-- sums the dates of a month.
SELECT d.published,
       count(DISTINCT d.id) AS documents,
       count(DISTINCT e.fact_id) AS facts
FROM documents d
JOIN evidence e ON e.document_id = d.id
WHERE d.published IS NOT NULL
  AND (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = e.fact_id)
          >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = e.fact_id) = 'curated')
GROUP BY d.published
ORDER BY d.published;
