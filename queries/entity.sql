-- name: entity
-- title: Everything about an entity
-- description: Every fact in which the entity takes part, in any role, with a one-line summary, its modality, the first document stating it and the quote.
-- param: name entity required the entity (any alias, case and accents ignored)
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
ORDER BY f.type, f.id, fe.role;
