-- name: datacenters_by_state
-- title: Data centres per US state
-- description: Data centres by US state (and DC): how many, how many before, the money, how sure, and the site, locality and capacity (MW) when stated. States named without a count have a NULL count.
-- param: operator entity NULL the operator (any alias); NULL = any
-- param: rollup integer 1 with 1, an operator also matches its subsidiaries (AWS counts for Amazon)
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
--
-- datacenter_count is the count's low bound, or its high bound for "at most"
-- counts; count_qualifier says which.  Likewise previous_count.  The
-- capacity is a range in megawatts with its qualifier (as amounts are);
-- site and locality are NULL when the claim names none.  The columns up to
-- quote are those of earlier versions, in the same order.
WITH RECURSIVE operators (id) AS (
    SELECT entity_id FROM entity_aliases WHERE alias_key = :operator
    UNION
    SELECT e.id FROM entities e JOIN operators o ON e.parent_id = o.id WHERE :rollup = 1
),
-- Through the operator index when an operator is given; the whole table only
-- when it is not.
chosen AS (
    SELECT d.fact_id FROM operators o JOIN datacenters d ON d.operator_id = o.id
    UNION ALL
    SELECT fact_id FROM datacenters WHERE :operator IS NULL
)
SELECT p.code AS state_code,
       p.name_en AS state_name,
       operator.name AS operator,
       coalesce(d.count_low, d.count_high) AS datacenter_count,
       d.count_qualifier,
       coalesce(d.previous_count_low, d.previous_count_high) AS previous_count,
       d.investment_low,
       d.investment_high,
       d.investment_qualifier,
       d.currency,
       f.modality,
       (SELECT e.quote FROM evidence e WHERE e.id = f.first_evidence_id) AS quote,
       d.capacity_mw_low,
       d.capacity_mw_high,
       d.capacity_qualifier,
       d.site,
       d.locality
FROM chosen c
JOIN datacenters d ON d.fact_id = c.fact_id
JOIN facts f ON f.id = d.fact_id
JOIN places p ON p.code = d.place_code AND p.kind IN ('state', 'district')
JOIN entities operator ON operator.id = d.operator_id
WHERE (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
ORDER BY p.code, operator.name, f.id;
