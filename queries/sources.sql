-- name: sources
-- title: Sources
-- description: The documents the facts come from: title, date, link, language and how many facts each states, newest first.
-- param: min_confidence real NULL count only facts of at least this confidence, 0 to 1 (curated facts count as 1); NULL = all
-- param: curated_only integer 0 with 1, count only facts that some curated evidence states
-- label: document Document
-- label: title Title
-- label.fr: title Titre
-- label: published Published
-- label.fr: published Publié le
-- label: url Link
-- label.fr: url Lien
-- label: language Language
-- label.fr: language Langue
-- label: facts Facts
-- label.fr: facts Faits
--
-- Every loaded document, whether or not it states a fact (a document whose
-- claims all failed is not loaded at all).  Documents without a published
-- date come last, then by id, so the order is total.  The filters count
-- facts, as in every named query; every document is still listed.
SELECT d.id AS document,
       d.title,
       d.published,
       d.url,
       d.language,
       (SELECT count(DISTINCT e.fact_id) FROM evidence e
        WHERE e.document_id = d.id
          AND (:min_confidence IS NULL
               OR (SELECT fc.confidence FROM fact_confidence_v fc WHERE fc.fact_id = e.fact_id)
                  >= :min_confidence)
          AND (:curated_only IS NOT 1
               OR (SELECT fc.origin FROM fact_confidence_v fc WHERE fc.fact_id = e.fact_id)
                  = 'curated')) AS facts
FROM documents d
ORDER BY d.published IS NULL, d.published DESC, d.id;
