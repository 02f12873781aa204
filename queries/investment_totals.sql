-- name: investment_totals
-- title: Investment totals per investor and investee
-- description: Per investor and investee: the sum of the low bounds of completed, asserted investments, how many facts, how many without an amount, how many hedged.
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
--
-- completed_low_total adds the low ends over investments that are completed
-- AND asserted (a floor: "more than 3 bn" adds 3 bn).  It is NULL when those
-- amounts are in more than one currency; currency then lists them.
--
-- The total is exact, never a float and never an overflow: the sum is made
-- on amount_low_minor, the exact low end in minor units of the currency
-- (cents: schema/0014), each summed as its whole billions (/ 1e9) and its
-- remainder (% 1e9), neither of which can overflow before 10^9 rows, and
-- put back together in whole units: an integer when the total is a whole
-- number of units that fits in 64 bits, else its exact decimal text
-- ("1004.99"; beyond 64 bits only a database holding amounts beyond the
-- loader's plausibility bounds can get: docs/NORMALISATION.md, §3.1).
WITH counted AS (
    SELECT i.investor_id, i.investee_id,
           CASE WHEN i.stage = 'completed' AND f.modality = 'asserted'
                THEN i.amount_low_minor END AS amount,
           CASE WHEN i.stage = 'completed' AND f.modality = 'asserted'
                THEN i.currency END AS currency,
           i.amount_qualifier, f.modality
    FROM investments i
    JOIN facts f ON f.id = i.fact_id
    WHERE (:min_confidence IS NULL
         OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
    AND (:curated_only IS NOT 1
         OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
),
totals AS (
    SELECT investor_id, investee_id,
           count(DISTINCT currency) AS currencies,
           group_concat(DISTINCT currency) AS currency,
           sum(amount / 1000000000) + sum(amount % 1000000000) / 1000000000 AS billions,
           sum(amount % 1000000000) % 1000000000 AS units,
           count(*) AS facts,
           sum(amount_qualifier = 'undisclosed') AS undisclosed,
           sum(modality <> 'asserted') AS hedged
    FROM counted
    GROUP BY investor_id, investee_id
)
SELECT investor.name AS investor,
       investee.name AS investee,
       CASE WHEN t.currencies > 1 OR t.billions IS NULL OR b.minor_per_unit IS NULL THEN NULL
            -- the whole units fit in 64 bits (2^63 - 1 = 9223372036854775807)
            WHEN t.units % b.minor_per_unit = 0 AND t.billions <= (9223372036854775807 - t.units / b.minor_per_unit) / (1000000000 / b.minor_per_unit)
            THEN t.billions * (1000000000 / b.minor_per_unit) + t.units / b.minor_per_unit
            WHEN t.billions <= (9223372036854775807 - t.units / b.minor_per_unit) / (1000000000 / b.minor_per_unit)
            THEN (t.billions * (1000000000 / b.minor_per_unit) + t.units / b.minor_per_unit) || '.'
                 || printf('%0*d', b.minor_unit, t.units % b.minor_per_unit)
            -- beyond: the exact digits of the minor units, point put back
            ELSE substr((t.billions || printf('%09d', t.units)), 1, length((t.billions || printf('%09d', t.units))) - b.minor_unit)
                 || CASE WHEN t.units % b.minor_per_unit = 0 THEN ''
                         ELSE '.' || substr((t.billions || printf('%09d', t.units)), length((t.billions || printf('%09d', t.units))) - b.minor_unit + 1) END
       END AS completed_low_total,
       t.currency,
       t.facts,
       t.undisclosed,
       t.hedged
FROM totals t
JOIN entities investor ON investor.id = t.investor_id
JOIN entities investee ON investee.id = t.investee_id
LEFT JOIN currency_bounds b ON b.currency = t.currency
ORDER BY investee.name, investor.name;
