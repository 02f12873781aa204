-- name: datacenters
-- title: Data-centre sites
-- description: Every data-centre fact, wherever it is: country and US state when known, locality and site as written, how many, capacity in MW, investment, operator, status, how sure, how many documents say so.
-- param: operator entity NULL the operator (any alias); NULL = any
-- param: rollup integer 1 with 1, an operator also matches its subsidiaries (AWS counts for Amazon)
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
--
-- country is the place's ISO 3166-1 code (places.country_code): the place
-- itself for a country, 'US' for a state or DC, FR for FR-91; NULL when the place is unknown (location keeps
-- what the claim wrote) or none was given.  state is the ISO 3166-2 code of a
-- US state or DC; subdivision (the last column, added for issue 13) the
-- ISO 3166-2 code of any other subdivision ("FR-91", "IE-D").  datacenter_count is the count's low bound, or its high
-- bound for "at most" counts (count_qualifier says which); a named site with
-- no stated count has a NULL count and 'undisclosed', never an invented 1.
-- Rows: known countries first (by country, state, locality, site), then
-- the facts without a place.
WITH RECURSIVE operators (id) AS (
    SELECT entity_id FROM entity_aliases WHERE alias_key = :operator
    UNION
    SELECT e.id FROM entities e JOIN operators o ON e.parent_id = o.id WHERE :rollup = 1
),
chosen AS (
    SELECT d.fact_id FROM operators o JOIN datacenters d ON d.operator_id = o.id
    UNION ALL
    SELECT fact_id FROM datacenters WHERE :operator IS NULL
)
SELECT p.country_code AS country,
       CASE WHEN p.kind IN ('state', 'district') THEN p.code END AS state,
       d.location_text AS location,
       d.locality,
       d.site,
       operator.name AS operator,
       coalesce(d.count_low, d.count_high) AS datacenter_count,
       d.count_qualifier,
       d.capacity_mw_low,
       d.capacity_mw_high,
       d.capacity_qualifier,
       d.investment_low,
       d.investment_high,
       d.investment_qualifier,
       d.currency,
       d.status,
       f.modality,
       f.documents,
       (SELECT e.quote FROM evidence e WHERE e.id = f.first_evidence_id) AS quote,
       CASE WHEN p.kind = 'subdivision' THEN p.code END AS subdivision
FROM chosen c
JOIN datacenters d ON d.fact_id = c.fact_id
JOIN facts f ON f.id = d.fact_id
JOIN entities operator ON operator.id = d.operator_id
LEFT JOIN places p ON p.code = d.place_code
WHERE (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
ORDER BY country IS NULL, country, state, d.locality, d.site, operator.name, f.id;
