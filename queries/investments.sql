-- name: investments
-- title: Investments
-- description: Who invested how much in whom, at what stage, how sure, and how many documents say so.
-- param: investor entity NULL the investor (any alias, case and accents ignored); NULL = any
-- param: investee entity NULL the company invested in; NULL = any
-- param: modality text NULL only facts of this modality (asserted, reported, ...); NULL = any
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
--
-- Entity parameters are matched against entity_aliases.alias_key: factdb folds
-- the value for you; in the sqlite3 shell give the folded form ('amazon').
-- The chosen CTE picks the facts through an index whichever parameter is
-- given (investor first, then investee); only when neither is given does it
-- read the whole table.  Each branch is guarded so exactly one runs.
WITH chosen AS (
    SELECT fact_id FROM investments
    WHERE investor_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :investor)
    UNION ALL
    SELECT fact_id FROM investments
    WHERE :investor IS NULL
      AND investee_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :investee)
    UNION ALL
    SELECT fact_id FROM investments
    WHERE :investor IS NULL AND :investee IS NULL
)
SELECT investor.name AS investor,
       investee.name AS investee,
       i.amount_low,
       i.amount_high,
       i.amount_qualifier,
       i.currency,
       i.stage,
       f.modality,
       f.documents AS documents,
       (SELECT e.quote FROM evidence e WHERE e.id = f.first_evidence_id) AS quote
FROM chosen c
JOIN investments i ON i.fact_id = c.fact_id
JOIN facts f ON f.id = i.fact_id
JOIN entities investor ON investor.id = i.investor_id
JOIN entities investee ON investee.id = i.investee_id
WHERE (:investee IS NULL
       OR i.investee_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :investee))
  AND (:modality IS NULL OR f.modality = :modality)
  AND (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
ORDER BY investee.name, investor.name, i.amount_low DESC NULLS LAST, f.id;
