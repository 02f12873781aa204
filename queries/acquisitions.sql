-- name: acquisitions
-- title: Acquisitions
-- description: Who bought whom (or what stake in it), from whom, at what price, at what status (announced, agreed, completed, terminated, blocked), how sure, and how many documents say so.
-- param: acquirer entity NULL the buyer (any alias, case and accents ignored); NULL = any
-- param: target entity NULL the company bought; NULL = any
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
-- label: acquirer Acquirer
-- label.fr: acquirer Acquéreur
-- label: target Target
-- label.fr: target Cible
-- label: seller Seller
-- label.fr: seller Vendeur
-- label: amount Price
-- label.fr: amount Prix
-- label: share_low Share from (%)
-- label.fr: share_low Part min. (%)
-- label: share_high Share to (%)
-- label.fr: share_high Part max. (%)
-- label: status Status
-- label.fr: status Statut
-- label: completed_on Completed on
-- label.fr: completed_on Finalisée le
-- label: modality How sure
-- label.fr: modality Certitude
-- label: quote Quote
-- label.fr: quote Citation
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
WHERE (:target IS NULL
       OR a.target_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :target))
  AND (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
ORDER BY target.name, acquirer.name, f.id;
