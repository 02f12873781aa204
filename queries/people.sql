-- name: people
-- title: People and their roles
-- description: People named with a title, and the organisation they hold it at.
-- param: organization entity NULL the organisation (any alias); NULL = any
SELECT person.name AS person,
       r.title,
       organization.name AS organization,
       (SELECT e.quote FROM evidence e WHERE e.fact_id = r.fact_id ORDER BY e.id LIMIT 1) AS quote
FROM roles r
JOIN entities person ON person.id = r.person_id
LEFT JOIN entities organization ON organization.id = r.organization_id
WHERE :organization IS NULL
   OR r.organization_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :organization)
ORDER BY organization.name, person.name, r.fact_id;
