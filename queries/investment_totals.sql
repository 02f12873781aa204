-- name: investment_totals
-- title: Investment totals per investor and investee
-- description: Per investor and investee: the sum of the low bounds of completed, asserted investments, how many facts, how many without an amount, how many hedged.
--
-- completed_low_total adds amount_low over investments that are completed
-- AND asserted (a floor: "more than 3 bn" adds 3 bn).  It is NULL when those
-- amounts are in more than one currency; currency then lists them.
SELECT investor.name AS investor,
       investee.name AS investee,
       CASE WHEN count(DISTINCT CASE WHEN i.stage = 'completed' AND f.modality = 'asserted'
                                     THEN i.currency END) <= 1
            THEN sum(CASE WHEN i.stage = 'completed' AND f.modality = 'asserted'
                          THEN i.amount_low END)
       END AS completed_low_total,
       group_concat(DISTINCT CASE WHEN i.stage = 'completed' AND f.modality = 'asserted'
                                  THEN i.currency END) AS currency,
       count(*) AS facts,
       sum(i.amount_qualifier = 'undisclosed') AS undisclosed,
       sum(f.modality <> 'asserted') AS hedged
FROM investments i
JOIN facts f ON f.id = i.fact_id
JOIN entities investor ON investor.id = i.investor_id
JOIN entities investee ON investee.id = i.investee_id
GROUP BY i.investor_id, i.investee_id
ORDER BY investee.name, investor.name;
