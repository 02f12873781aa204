-- name: new_since
-- title: New facts
-- description: Facts first loaded after a moment, newest first.
-- param: since timestamp required an ISO timestamp: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)
-- label: fact_id Fact id
-- label.fr: fact_id N° de fait
-- label: type Type
-- label: summary Fact
-- label.fr: summary Fait
-- label: modality How sure
-- label.fr: modality Certitude
-- label: first_loaded_at First loaded
-- label.fr: first_loaded_at Chargé le
-- label: quote Quote
-- label.fr: quote Citation
SELECT f.id AS fact_id,
       f.type,
       f.summary,
       f.modality,
       f.first_loaded_at,
       f.documents AS documents,
       (SELECT e.quote FROM evidence e WHERE e.id = f.first_evidence_id) AS quote
FROM facts f
WHERE f.first_loaded_at > :since
ORDER BY f.first_loaded_at DESC, f.id;
