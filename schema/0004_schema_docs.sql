-- 0004_schema_docs.sql: a one-line description of every table and view, so
-- that `factdb schema` (or SELECT * FROM schema_docs) tells a new user what
-- is where without reading the code.  A test checks that every table and
-- view has a row here.

CREATE TABLE schema_docs (
    name        TEXT PRIMARY KEY,
    description TEXT NOT NULL
) STRICT;

INSERT INTO schema_docs (name, description) VALUES
    ('documents', 'the articles: id, title, language, date, URL, full NFC text and fingerprints'),
    ('entities', 'organisations, people, products, chips, places, projects: canonical name, kind, parent, Wikidata QID'),
    ('entity_aliases', 'every spelling of an entity (folded key -> entity), its own name included'),
    ('places', 'reference data: US states and DC (ISO 3166-2, English and French names, USPS code) and countries'),
    ('modalities', 'how a document states a fact, most certain first: asserted, reported, expected, planned, conditional, possible, negated'),
    ('loads', 'one row per document per factdb load run: when, file, status, facts added/removed/unchanged'),
    ('facts', 'one row per normalised statement: type, content key, subject key, one-line summary, modality'),
    ('evidence', 'where and how a document states a fact: character offsets, quote, sentence, modality and its cue'),
    ('fact_entities', 'every entity taking part in a fact, with its role (investor, holder, operator, founder, party...)'),
    ('investments', 'investment facts: investor, investee, amount range and currency, stage'),
    ('stakes', 'stake facts: holder, company, relation, share percentage range'),
    ('datacenters', 'data-centre facts: operator, place, counts now and before, stated growth, investment, beneficiary'),
    ('datacenter_purposes', 'what a data centre is for, in order'),
    ('spending', 'spending facts: spender, amount range and currency, purpose, period'),
    ('roles', 'people and the title they hold at an organisation'),
    ('foundings', 'founding facts: organisation, year, number of founders and where they came from'),
    ('products', 'product facts: organisation, product, description, competitor and its organisation'),
    ('supplies', 'supply facts: provider, recipient, item (chips, compute, cloud capacity, technical support, funding), subject'),
    ('partnerships', 'partnership facts (parties in fact_entities) and their purpose'),
    ('quotes', 'quotations: speaker or unnamed speaker, organisation, text'),
    ('schema_docs', 'this list'),
    ('facts_v', 'facts with the number of documents and evidence rows and the first quote'),
    ('evidence_v', 'evidence with its fact summary and document title'),
    ('investments_v', 'investments with names, amounts, modality, documents and quote'),
    ('stakes_v', 'stakes with names, relation, share, modality, documents and quote'),
    ('datacenters_v', 'data centres with operator, place name, counts, investment, beneficiary, modality and quote'),
    ('spending_v', 'spending with names, amounts, purpose, period, modality and quote'),
    ('roles_v', 'people with title and organisation, modality and quote'),
    ('foundings_v', 'foundings with year, founders and where they came from'),
    ('products_v', 'products with organisation and competitor'),
    ('supplies_v', 'supplies with provider, recipient, item and subject'),
    ('partnerships_v', 'partnerships with their parties and purpose'),
    ('quotes_v', 'quotations with speaker, organisation and text');
