-- name: investment_totals
-- title: Investment totals per investor and investee
-- description: Per investor and investee: the sum of the low bounds of completed, asserted investments, how many facts, how many without an amount, how many hedged.
--
-- completed_low_total adds amount_low over investments that are completed
-- AND asserted (a floor: "more than 3 bn" adds 3 bn).  It is NULL when those
-- amounts are in more than one currency; currency then lists them.
--
-- The total is exact, never a float and never an overflow: each amount is
-- summed as its whole billions (amount_low / 1e9) and its remainder
-- (amount_low % 1e9), neither of which can overflow before 10^9 rows, and
-- the two are put back together as an integer when the total fits in 64
-- bits, else as its exact decimal digits in text (only a database holding
-- amounts beyond the loader's plausibility bounds can get there; see
-- docs/NORMALISATION.md, "Plausibility bounds of amounts").
WITH counted AS (
    SELECT i.investor_id, i.investee_id,
           CASE WHEN i.stage = 'completed' AND f.modality = 'asserted'
                THEN i.amount_low END AS amount,
           CASE WHEN i.stage = 'completed' AND f.modality = 'asserted'
                THEN i.currency END AS currency,
           i.amount_qualifier, f.modality
    FROM investments i
    JOIN facts f ON f.id = i.fact_id
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
       CASE WHEN t.currencies > 1 OR t.billions IS NULL THEN NULL
            -- 9223372036854775807 is 2^63 - 1, the largest 64-bit integer
            WHEN t.billions < 9223372036 OR (t.billions = 9223372036 AND t.units <= 854775807)
            THEN t.billions * 1000000000 + t.units
            ELSE t.billions || printf('%09d', t.units)
       END AS completed_low_total,
       t.currency,
       t.facts,
       t.undisclosed,
       t.hedged
FROM totals t
JOIN entities investor ON investor.id = t.investor_id
JOIN entities investee ON investee.id = t.investee_id
ORDER BY investee.name, investor.name;
