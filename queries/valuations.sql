-- name: valuations
-- title: Valuations
-- description: A company's valuation history, oldest first: every valuation fact and every funding round that states a valuation, with its amount, basis (pre_money, post_money, market_cap, unspecified), as-of date and where that date comes from, how sure, and how many documents say so.
-- param: company entity NULL the company valued (any alias, case and accents ignored); NULL = every company
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
-- label: company Company
-- label.fr: company Entreprise
-- label: amount Valuation
-- label.fr: amount Valorisation
-- label: basis Basis
-- label.fr: basis Base
-- label: modality How sure
-- label.fr: modality Certitude
-- label: quote Quote
-- label.fr: quote Citation
--
-- source is 'valuation' (a valuation fact) or 'funding_round' (the
-- valuation a round states; round is its code, NULL for a valuation fact).
-- as_of is the valuation's own as_of when the claim gave one (as_of_source
-- 'fact'), else the earliest published date of the documents stating the
-- fact ('document'), else NULL; dates are text 'YYYY', 'YYYY-MM' or
-- 'YYYY-MM-DD' and sort in time order ('2024' before '2024-01').
-- Rows: by company, then as_of (NULL last), then fact id (the order facts
-- were first loaded): a stable tie-break between two valuations of one
-- date.  Amounts are whole units (valuations_v has the exact decimal text).
-- chosen reads each table through its company index (valuations_company,
-- funding_rounds_company) when a company is given, the whole tables only
-- when it is not; each branch is guarded so that only one per table runs.
WITH target AS (
    SELECT entity_id AS id FROM entity_aliases WHERE alias_key = :company
),
chosen AS (
    SELECT fact_id, 'valuation' AS source FROM valuations
    WHERE company_id = (SELECT id FROM target)
    UNION ALL
    SELECT fact_id, 'valuation' FROM valuations WHERE :company IS NULL
    UNION ALL
    SELECT fact_id, 'funding_round' FROM funding_rounds
    WHERE company_id = (SELECT id FROM target) AND valuation_qualifier <> 'undisclosed'
    UNION ALL
    SELECT fact_id, 'funding_round' FROM funding_rounds
    WHERE :company IS NULL AND valuation_qualifier <> 'undisclosed'
),
stated AS (
    SELECT c.fact_id, c.source, v.company_id, v.amount_low, v.amount_high,
           v.amount_qualifier, v.currency, v.basis, NULL AS round, v.as_of
    FROM chosen c JOIN valuations v ON v.fact_id = c.fact_id
    WHERE c.source = 'valuation'
    UNION ALL
    SELECT c.fact_id, c.source, r.company_id, r.valuation_low, r.valuation_high,
           r.valuation_qualifier, r.valuation_currency, r.valuation_basis, r.round, NULL
    FROM chosen c JOIN funding_rounds r ON r.fact_id = c.fact_id
    WHERE c.source = 'funding_round'
),
dated AS (
    SELECT s.*,
           coalesce(s.as_of, (SELECT min(d.published) FROM evidence e
                              JOIN documents d ON d.id = e.document_id
                              WHERE e.fact_id = s.fact_id)) AS as_of_date
    FROM stated s
)
SELECT company.name AS company,
       x.as_of_date AS as_of,
       CASE WHEN x.as_of IS NOT NULL THEN 'fact'
            WHEN x.as_of_date IS NOT NULL THEN 'document' END AS as_of_source,
       x.amount_low,
       x.amount_high,
       x.amount_qualifier,
       x.currency,
       x.basis,
       x.source,
       x.round,
       f.modality,
       f.documents AS documents,
       (SELECT e.quote FROM evidence e WHERE e.id = f.first_evidence_id) AS quote
FROM dated x
JOIN facts f ON f.id = x.fact_id
JOIN entities company ON company.id = x.company_id
WHERE (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
ORDER BY company.name, x.as_of_date IS NULL, x.as_of_date, x.fact_id;
