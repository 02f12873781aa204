-- name: people
-- title: People and their roles
-- description: People named with a title, and the organisation they hold it at.
-- param: organization entity NULL the organisation (any alias); NULL = any
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
       (SELECT e.quote FROM facts x JOIN evidence e ON e.id = x.first_evidence_id
        WHERE x.id = r.fact_id) AS quote
FROM chosen c
JOIN roles r ON r.fact_id = c.fact_id
JOIN entities person ON person.id = r.person_id
LEFT JOIN entities organization ON organization.id = r.organization_id
ORDER BY organization.name, person.name, r.fact_id;
