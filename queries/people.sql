-- name: people
-- title: People and their roles
-- description: People named with a title, the organisation they hold it at, its tense (current, former, incoming) and start year, its as-of date (the earliest published date of the documents stating it) and how sure the documents are.
-- param: organization entity NULL the organisation (any alias); NULL = any
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
-- chosen reads roles through an index when an organisation is given and
-- the whole table only when it is not.
WITH chosen AS (
    SELECT fact_id FROM roles
    WHERE organization_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :organization)
    UNION ALL
    SELECT fact_id FROM roles WHERE :organization IS NULL
)
SELECT person.name AS person,
       r.title,
       organization.name AS organization,
       r.tense,
       r.start_year,
       (SELECT d.as_of FROM fact_dates d WHERE d.fact_id = r.fact_id) AS as_of,
       x.modality,
       (SELECT e.quote FROM evidence e WHERE e.id = x.first_evidence_id) AS quote
FROM chosen c
JOIN roles r ON r.fact_id = c.fact_id
JOIN facts x ON x.id = r.fact_id
JOIN entities person ON person.id = r.person_id
LEFT JOIN entities organization ON organization.id = r.organization_id
WHERE (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = x.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = x.id) = 'curated')
ORDER BY organization.name, person.name, r.fact_id;
