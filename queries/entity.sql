-- name: entity
-- title: Everything about an entity
-- description: Every fact in which the entity takes part, in any role, with a one-line summary, its modality, the first document stating it and the quote; for a named partnership (a venture such as Stargate) also one row per partner, role member; for a company that raised a funding round also one row per investor of the round, role round_investor.
-- param: name entity required the entity (any alias, case and accents ignored)
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
-- The second branch lists the parties of each partnership the entity is the
-- venture of (its members): both branches reach fact_entities through its
-- (entity_id, role) index and its primary key.
-- The third lists the investors of each funding round the entity raised
-- (it is the round's company): "X: lead investor in C (series_c)" or
-- "X: participant in C (...)", so a round's investors take part in the
-- company (issue 13).
SELECT f.id AS fact_id,
       f.type,
       fe.role,
       f.summary,
       f.modality,
       e.document_id AS document,
       f.documents AS documents,
       e.quote
FROM fact_entities fe
JOIN facts f ON f.id = fe.fact_id
JOIN evidence e ON e.id = f.first_evidence_id
WHERE fe.entity_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :name)
  AND (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
UNION ALL
SELECT f.id AS fact_id,
       f.type,
       'member' AS role,
       party.name || ': partner in ' || venture.name AS summary,
       f.modality,
       e.document_id AS document,
       f.documents AS documents,
       e.quote
FROM fact_entities v
JOIN entities venture ON venture.id = v.entity_id
JOIN fact_entities member ON member.fact_id = v.fact_id AND member.role = 'party'
JOIN entities party ON party.id = member.entity_id
JOIN facts f ON f.id = v.fact_id
JOIN evidence e ON e.id = f.first_evidence_id
WHERE v.entity_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :name)
  AND v.role = 'venture'
  AND (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
UNION ALL
SELECT f.id AS fact_id,
       f.type,
       'round_investor' AS role,
       investor.name || ': ' || CASE backer.role WHEN 'lead_investor' THEN 'lead investor'
                                                 ELSE 'participant' END
           || ' in ' || company.name || ' (' || r.round || ')' AS summary,
       f.modality,
       e.document_id AS document,
       f.documents AS documents,
       e.quote
FROM fact_entities c
JOIN funding_rounds r ON r.fact_id = c.fact_id
JOIN entities company ON company.id = c.entity_id
JOIN fact_entities backer ON backer.fact_id = c.fact_id
                         AND backer.role IN ('lead_investor', 'participant')
JOIN entities investor ON investor.id = backer.entity_id
JOIN facts f ON f.id = c.fact_id
JOIN evidence e ON e.id = f.first_evidence_id
WHERE c.entity_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :name)
  AND c.role = 'company'
  AND (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
ORDER BY type, fact_id, role, summary;
