-- name: spending
-- title: Spending
-- description: Who spends how much on what, over which period (as written, and its years when read), how sure, and how many documents say so.
-- param: spender entity NULL the spender (any alias, case and accents ignored); NULL = any
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
ORDER BY spender.name, s.period_start IS NULL, s.period_start, s.amount_low_minor DESC NULLS LAST,
         f.id;
