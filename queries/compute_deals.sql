-- name: compute_deals
-- title: Compute deals
-- description: Who provides compute (chips, cloud capacity, power) to whom: item, chip, quantity, contract value, duration in months and power in megawatts, how sure, and how many documents say so.
-- param: provider entity NULL the provider (any alias, case and accents ignored); NULL = any
-- param: recipient entity NULL the buyer of the compute; NULL = any
-- param: min_confidence real NULL only facts of at least this confidence, 0 to 1 (curated facts count as 1: docs/QUERIES.md); NULL = all
-- param: curated_only integer 0 with 1, only facts that some curated evidence states (typed by a person, not only drafted)
-- label: provider Provider
-- label.fr: provider Fournisseur
-- label: recipient Recipient
-- label.fr: recipient Client
-- label: item Item
-- label.fr: item Objet
-- label: chip Chip
-- label.fr: chip Puce
-- label: quantity Quantity
-- label.fr: quantity Quantité
-- label: value Value
-- label.fr: value Valeur
-- label: power Power
-- label.fr: power Puissance
-- label: modality How sure
-- label.fr: modality Certitude
-- label: quote Quote
-- label.fr: quote Citation
--
-- item is the code (chips, compute, cloud_capacity, ..., other) and
-- item_text the words of the claim; duration_months NULL: not stated.
-- The chosen CTE reads compute_deals through an index whichever parameter
-- is given (provider first, then recipient); only when neither is given does
-- it read the whole table.  Each branch is guarded so exactly one runs.
WITH chosen AS (
    SELECT fact_id FROM compute_deals
    WHERE provider_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :provider)
    UNION ALL
    SELECT fact_id FROM compute_deals
    WHERE :provider IS NULL
      AND recipient_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :recipient)
    UNION ALL
    SELECT fact_id FROM compute_deals
    WHERE :provider IS NULL AND :recipient IS NULL
)
SELECT provider.name AS provider,
       recipient.name AS recipient,
       d.item,
       d.item_text,
       chip.name AS chip,
       d.quantity_low,
       d.quantity_high,
       d.quantity_qualifier,
       d.value_low,
       d.value_high,
       d.value_qualifier,
       d.currency,
       d.duration_months,
       d.power_mw_low,
       d.power_mw_high,
       d.power_qualifier,
       f.modality,
       f.documents AS documents,
       (SELECT e.quote FROM evidence e WHERE e.id = f.first_evidence_id) AS quote
FROM chosen c
JOIN compute_deals d ON d.fact_id = c.fact_id
JOIN facts f ON f.id = d.fact_id
JOIN entities provider ON provider.id = d.provider_id
JOIN entities recipient ON recipient.id = d.recipient_id
LEFT JOIN entities chip ON chip.id = d.chip_id
WHERE (:recipient IS NULL
       OR d.recipient_id = (SELECT entity_id FROM entity_aliases WHERE alias_key = :recipient))
  AND (:min_confidence IS NULL
       OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = f.id) >= :min_confidence)
  AND (:curated_only IS NOT 1
       OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = f.id) = 'curated')
ORDER BY provider.name, recipient.name, f.id;
