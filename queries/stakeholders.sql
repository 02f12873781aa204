-- name: stakeholders
-- title: Stakeholders
-- description: Who holds stakes in, has invested in, has bought (a completed acquisition) or took part in a funding round of a company: one row per stakeholder and relation, with the total of completed investments.
-- param: company entity 'Anthropic' the company (any alias)
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
-- label: stakeholder Stakeholder
-- label.fr: stakeholder Actionnaire
-- label: relation Relation
-- label: share_low Share from (%)
-- label.fr: share_low Part min. (%)
-- label: share_high Share to (%)
-- label.fr: share_high Part max. (%)
-- label: invested_low_total Invested at least
-- label.fr: invested_low_total Investi au moins
-- label: currency Currency
-- label.fr: currency Devise
-- label: modality How sure
-- label.fr: modality Certitude
-- label: quote Quote
-- label.fr: quote Citation
--
-- relation is the stake's relation (shareholder, principal_shareholder, ...),
-- 'investor' for an investor with no stated stake, 'owner' for the buyer of
-- the whole company in a completed acquisition and 'acquirer' for the buyer
-- of a stake of it (share_low/share_high: the share acquired).  invested_low_total
-- sums the low ends of the stakeholder's completed investments in the
-- company, exactly, on amount_low_minor (minor units: cents), in whole
-- units: an integer when the total is whole and fits in 64 bits, else its
-- exact decimal text ("1004.99").  NULL when those investments are in more
-- than one currency (never adds dollars to euros); currency says which.
-- A round's investors take part in the company (issue 13): relation
-- 'lead_investor' or 'participant' (their fact_entities roles), one row per
-- investor and role over all the company's funding rounds, with the most
-- certain modality and the quote of the first such round; a round's amount
-- is the whole round's, not the investor's, so it adds nothing to
-- invested_low_total (which still shows the investor's own investments).
WITH target AS (
    SELECT entity_id AS id FROM entity_aliases WHERE alias_key = :company
),
invested AS (
    SELECT i.investor_id AS holder_id,
           -- Whole billions and remainder, as in investment_totals.sql: exact,
           -- and no overflow before 10^9 investments.
           sum(CASE WHEN i.stage = 'completed' THEN i.amount_low_minor / 1000000000 END)
               + sum(CASE WHEN i.stage = 'completed' THEN i.amount_low_minor % 1000000000 END)
                 / 1000000000 AS billions,
           sum(CASE WHEN i.stage = 'completed' THEN i.amount_low_minor % 1000000000 END)
               % 1000000000 AS units,
           count(DISTINCT CASE WHEN i.stage = 'completed' AND i.amount_low_minor IS NOT NULL
                               THEN i.currency END) AS currencies,
           group_concat(DISTINCT CASE WHEN i.stage = 'completed'
                                           AND i.amount_low_minor IS NOT NULL
                                      THEN i.currency END) AS currency,
           min(m.certainty) AS certainty,
           min(i.fact_id) AS fact_id
    FROM investments i
    JOIN facts f ON f.id = i.fact_id
    JOIN modalities m ON m.name = f.modality
    WHERE i.investee_id = (SELECT id FROM target)
    AND (:min_confidence IS NULL
         OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
    AND (:curated_only IS NOT 1
         OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
    GROUP BY i.investor_id
),
backers AS (
    SELECT fe.entity_id AS holder_id, fe.role AS relation, min(m.certainty) AS certainty,
           min(r.fact_id) AS fact_id
    FROM funding_rounds r
    JOIN fact_entities fe ON fe.fact_id = r.fact_id AND fe.role IN ('lead_investor', 'participant')
    JOIN facts f ON f.id = r.fact_id
    JOIN modalities m ON m.name = f.modality
    WHERE r.company_id = (SELECT id FROM target)
    AND (:min_confidence IS NULL
         OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
    AND (:curated_only IS NOT 1
         OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
    GROUP BY fe.entity_id, fe.role
),
rows AS (
    SELECT s.holder_id, s.relation, s.share_low, s.share_high, f.modality, s.fact_id
    FROM stakes s
    JOIN facts f ON f.id = s.fact_id
    WHERE s.company_id = (SELECT id FROM target)
    AND (:min_confidence IS NULL
         OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
    AND (:curated_only IS NOT 1
         OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
    UNION ALL
    SELECT v.holder_id, 'investor', NULL, NULL,
           (SELECT name FROM modalities WHERE certainty = v.certainty), v.fact_id
    FROM invested v
    WHERE NOT EXISTS (SELECT 1 FROM stakes s JOIN facts f ON f.id = s.fact_id
                      WHERE s.holder_id = v.holder_id AND s.company_id = (SELECT id FROM target)
                        AND (:min_confidence IS NULL
                             OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
                        AND (:curated_only IS NOT 1
                             OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated'))
    UNION ALL
    -- A completed acquisition: the buyer owns what it bought ('owner' for
    -- the whole company, 'acquirer' for a stake of it, share as acquired);
    -- a negated one ("did not complete") makes no owner.
    SELECT a.acquirer_id,
           CASE WHEN a.share_low = 100 AND a.share_high = 100 THEN 'owner' ELSE 'acquirer' END,
           a.share_low, a.share_high, f.modality, a.fact_id
    FROM acquisitions a
    JOIN facts f ON f.id = a.fact_id
    WHERE a.target_id = (SELECT id FROM target) AND a.status = 'completed'
      AND f.modality <> 'negated'
      AND (:min_confidence IS NULL
           OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
      AND (:curated_only IS NOT 1
           OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
    UNION ALL
    SELECT k.holder_id, k.relation, NULL, NULL,
           (SELECT name FROM modalities WHERE certainty = k.certainty), k.fact_id
    FROM backers k
)
SELECT holder.name AS stakeholder,
       r.relation,
       r.share_low,
       r.share_high,
       CASE WHEN v.billions IS NULL OR v.currencies > 1 OR b.minor_per_unit IS NULL THEN NULL
            -- the whole units fit in 64 bits (2^63 - 1 = 9223372036854775807)
            WHEN v.units % b.minor_per_unit = 0 AND v.billions <= (9223372036854775807 - v.units / b.minor_per_unit) / (1000000000 / b.minor_per_unit)
            THEN v.billions * (1000000000 / b.minor_per_unit) + v.units / b.minor_per_unit
            WHEN v.billions <= (9223372036854775807 - v.units / b.minor_per_unit) / (1000000000 / b.minor_per_unit)
            THEN (v.billions * (1000000000 / b.minor_per_unit) + v.units / b.minor_per_unit) || '.'
                 || printf('%0*d', b.minor_unit, v.units % b.minor_per_unit)
            -- beyond: the exact digits of the minor units, point put back
            ELSE substr((v.billions || printf('%09d', v.units)), 1, length((v.billions || printf('%09d', v.units))) - b.minor_unit)
                 || CASE WHEN v.units % b.minor_per_unit = 0 THEN ''
                         ELSE '.' || substr((v.billions || printf('%09d', v.units)), length((v.billions || printf('%09d', v.units))) - b.minor_unit + 1) END
       END AS invested_low_total,
       v.currency,
       r.modality,
       (SELECT e.quote FROM facts x JOIN evidence e ON e.id = x.first_evidence_id
        WHERE x.id = r.fact_id) AS quote
FROM rows r
JOIN entities holder ON holder.id = r.holder_id
LEFT JOIN invested v ON v.holder_id = r.holder_id
LEFT JOIN currency_bounds b ON b.currency = v.currency
ORDER BY holder.name, r.relation, r.fact_id;
