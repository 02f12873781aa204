-- name: sources
-- title: Sources
-- description: The documents the facts come from: title, date, link, language and how many facts each states, newest first.
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
-- date come last, then by id, so the order is total.
SELECT d.id AS document,
       d.title,
       d.published,
       d.url,
       d.language,
       (SELECT count(DISTINCT e.fact_id) FROM evidence e WHERE e.document_id = d.id) AS facts
FROM documents d
ORDER BY d.published IS NULL, d.published DESC, d.id;
