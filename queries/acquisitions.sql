-- name: acquisitions
-- title: Acquisitions
-- description: Who bought whom (or what stake in it), from whom, at what price, at what status (announced, agreed, completed, terminated, blocked), how sure, and how many documents say so.
-- param: acquirer entity NULL the buyer (any alias, case and accents ignored); NULL = any
-- param: target entity NULL the company bought; NULL = any
--
-- share_low/share_high: the percentage acquired; 100 and 100 when the claim
-- stated no share (the whole company, docs/NORMALISATION.md).  amount_*
-- NULL with amount_qualifier 'undisclosed': no price was stated.
-- The chosen CTE reads acquisitions through an index whichever parameter is
-- given (acquirer first, then target); only when neither is given does it
-- read the whole table.  Each branch is guarded so exactly one runs.
WITH chosen AS (
    SELECT fact_id FROM acquisitions
    WHERE acquirer_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :acquirer)
    UNION ALL
    SELECT fact_id FROM acquisitions
    WHERE :acquirer IS NULL
      AND target_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :target)
    UNION ALL
    SELECT fact_id FROM acquisitions
    WHERE :acquirer IS NULL AND :target IS NULL
)
SELECT acquirer.name AS acquirer,
       target.name AS target,
       seller.name AS seller,
       a.amount_low,
       a.amount_high,
       a.amount_qualifier,
       a.currency,
       a.share_low,
       a.share_high,
       a.status,
       a.completed_on,
       f.modality,
       f.documents AS documents,
       (SELECT e.quote FROM evidence e WHERE e.id = f.first_evidence_id) AS quote
FROM chosen c
JOIN acquisitions a ON a.fact_id = c.fact_id
JOIN facts f ON f.id = a.fact_id
JOIN entities acquirer ON acquirer.id = a.acquirer_id
JOIN entities target ON target.id = a.target_id
LEFT JOIN entities seller ON seller.id = a.seller_id
WHERE :target IS NULL
   OR a.target_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :target)
ORDER BY target.name, acquirer.name, f.id;
