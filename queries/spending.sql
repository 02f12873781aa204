-- name: spending
-- title: Spending
-- description: Who spends how much on what, over which period (as written, and its years when read), how sure, and how many documents say so.
-- param: spender entity NULL the spender (any alias, case and accents ignored); NULL = any
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
-- label: spender Spender
-- label.fr: spender Dépensier
-- label: amount Amount
-- label.fr: amount Montant
-- label: purpose Purpose
-- label.fr: purpose Objet
-- label: period Period
-- label.fr: period Période
-- label: modality How sure
-- label.fr: modality Certitude
-- label: quote Quote
-- label.fr: quote Citation
--
-- period is the claim's text; period_start and period_end its years
-- (lang/period.h: "fiscal 2025" is 2025..2025, "over four years" counts
-- from the published year), NULL when the text is in no form read as years.
-- Amounts are whole units (spending_v has the exact decimal text).
-- chosen reads spending through spending_spender when a spender is given,
-- and the whole table only when it is not.
WITH chosen AS (
    SELECT fact_id FROM spending
    WHERE spender_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :spender)
    UNION ALL
    SELECT fact_id FROM spending WHERE :spender IS NULL
)
SELECT spender.name AS spender,
       s.amount_low,
       s.amount_high,
       s.amount_qualifier,
       s.currency,
       s.purpose,
       s.period,
       s.period_start,
       s.period_end,
       f.modality,
       f.documents AS documents,
       (SELECT e.quote FROM evidence e WHERE e.id = f.first_evidence_id) AS quote
FROM chosen c
JOIN spending s ON s.fact_id = c.fact_id
JOIN facts f ON f.id = s.fact_id
JOIN entities spender ON spender.id = s.spender_id
WHERE (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
ORDER BY spender.name, s.period_start IS NULL, s.period_start, s.amount_low_minor DESC NULLS LAST,
         f.id;
