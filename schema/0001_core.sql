-- 0001_core.sql: the core of factdb.
--
-- A document says things; a fact is what is said, normalised; evidence is
-- where and how a document says it.  The invariants this schema keeps:
--   * one fact per normalised content: facts.fact_key is a hash of the fact's
--     type and normalised fields, so two documents stating the same thing give
--     ONE fact with TWO evidence rows, and a different value is another fact;
--   * every fact has at least one evidence row (the loader removes facts left
--     without evidence in the same transaction);
--   * every vocabulary is closed by a CHECK constraint, and every low/high
--     range has the shape its qualifier implies (see docs/SCHEMA.md);
--   * evidence offsets count characters: substr(d.text, e.start_char + 1,
--     e.end_char - e.start_char) is the quote.
-- Connection settings (foreign_keys=ON, journal_mode=WAL) are set by the
-- program, not here, because PRAGMAs are not part of a schema.

CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    title           TEXT NOT NULL,
    language        TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    published       TEXT CHECK (published IS NULL OR
                                (published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                 AND date(published) = published)),
    url             TEXT,
    text            TEXT NOT NULL,              -- NFC
    text_sha256     TEXT NOT NULL CHECK (length(text_sha256) = 64),
    input_sha256    TEXT NOT NULL CHECK (length(input_sha256) = 64),  -- document + claims as loaded
    source_file     TEXT NOT NULL,
    first_loaded_at TEXT NOT NULL,
    loaded_at       TEXT NOT NULL
) STRICT;

CREATE TABLE entities (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL
              CHECK (kind IN ('organization', 'person', 'product', 'chip', 'place', 'project')),
    name      TEXT NOT NULL,
    name_key  TEXT NOT NULL UNIQUE,             -- folded name: case, accents, dashes ignored
    parent_id INTEGER REFERENCES entities (id),
    wikidata  TEXT CHECK (wikidata IS NULL OR wikidata GLOB 'Q[1-9]*'),
    origin    TEXT NOT NULL CHECK (origin IN ('gazetteer', 'discovered')),
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX entities_parent ON entities (parent_id);

-- Every spelling that resolves to an entity, its canonical name included.
CREATE TABLE entity_aliases (
    alias_key TEXT PRIMARY KEY,                 -- folded alias; one entity per spelling
    alias     TEXT NOT NULL,
    language  TEXT CHECK (language IS NULL OR language IN ('fr', 'en')),
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id);

-- Reference data: US states, DC and countries (rows in 0002_places.sql).
CREATE TABLE places (
    code    TEXT PRIMARY KEY CHECK (code GLOB '[A-Z][A-Z]' OR code GLOB 'US-[A-Z][A-Z]'),
    kind    TEXT NOT NULL CHECK (kind IN ('state', 'district', 'country')),
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    postal  TEXT UNIQUE CHECK (postal IS NULL OR postal GLOB '[A-Z][A-Z]')
) STRICT;

-- How a document states a fact, most certain first.
CREATE TABLE modalities (
    name        TEXT PRIMARY KEY,
    certainty   INTEGER NOT NULL UNIQUE,        -- 1 = most certain
    description TEXT NOT NULL
) STRICT;
INSERT INTO modalities (name, certainty, description) VALUES
    ('asserted',    1, 'stated as fact by the document'),
    ('reported',    2, 'attributed to another source: "il a été rapporté", "selon", "according to"'),
    ('expected',    3, 'anticipated: "on s''attend", "devrait", "expects"'),
    ('planned',     4, 'intended by the actor: "prévoit", "envisage", "plans to", "will"'),
    ('conditional', 5, 'hypothetical or unconfirmed: "serait", "aurait", "would"'),
    ('possible',    6, 'one possibility: "pourrait", "may", "could"'),
    ('negated',     7, 'stated as not so: "n''a pas", "denied"');

-- One row per document per load invocation (run).
CREATE TABLE loads (
    id              INTEGER PRIMARY KEY,
    run             INTEGER NOT NULL,           -- one factdb load invocation
    loaded_at       TEXT NOT NULL,
    file            TEXT NOT NULL,
    line            INTEGER,                    -- line of a .jsonl file
    document_id     TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('new', 'replaced', 'unchanged')),
    facts_added     INTEGER NOT NULL CHECK (facts_added >= 0),
    facts_removed   INTEGER NOT NULL CHECK (facts_removed >= 0),
    facts_unchanged INTEGER NOT NULL CHECK (facts_unchanged >= 0),
    factdb_version  TEXT NOT NULL
) STRICT;
CREATE INDEX loads_document ON loads (document_id);

CREATE TABLE facts (
    id              INTEGER PRIMARY KEY,
    type            TEXT NOT NULL CHECK (type IN ('investment', 'stake', 'datacenter', 'spending',
                                                  'role', 'founding', 'product', 'supply',
                                                  'partnership', 'quote')),
    fact_key        TEXT NOT NULL UNIQUE,       -- sha256 of type + normalised fields
    subject_key     TEXT NOT NULL,              -- sha256 of type + participants only
    summary         TEXT NOT NULL,              -- one line for people
    modality        TEXT NOT NULL REFERENCES modalities (name),  -- most certain of its evidence
    first_loaded_at TEXT NOT NULL
) STRICT;
CREATE INDEX facts_subject ON facts (subject_key);
CREATE INDEX facts_first_loaded ON facts (first_loaded_at);

CREATE TABLE evidence (
    id              INTEGER PRIMARY KEY,
    fact_id         INTEGER NOT NULL REFERENCES facts (id),
    document_id     TEXT NOT NULL REFERENCES documents (id),
    claim_id        TEXT NOT NULL,
    start_char      INTEGER NOT NULL CHECK (start_char >= 0),
    end_char        INTEGER NOT NULL CHECK (end_char > start_char),
    quote           TEXT NOT NULL,              -- the text's own characters
    sentence        TEXT NOT NULL,
    modality        TEXT NOT NULL REFERENCES modalities (name),
    modality_cue    TEXT,                       -- the words that decided it
    modality_source TEXT NOT NULL CHECK (modality_source IN ('given', 'evidence', 'sentence', 'default')),
    note            TEXT,
    UNIQUE (document_id, claim_id)
) STRICT;
CREATE INDEX evidence_fact ON evidence (fact_id);

-- Every entity taking part in a fact, in every role: what "all facts about X"
-- reads, and where lists (founders, partnership parties) live.
CREATE TABLE fact_entities (
    fact_id   INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('investor', 'investee', 'holder', 'company',
                                            'operator', 'beneficiary', 'spender', 'person',
                                            'organization', 'founder', 'founders_from',
                                            'product', 'competitor', 'competitor_organization',
                                            'provider', 'recipient', 'subject', 'party',
                                            'speaker')),
    position  INTEGER NOT NULL CHECK (position >= 1),
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (fact_id, role, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX fact_entities_entity ON fact_entities (entity_id, role);

-- ---------------------------------------------------------------- typed facts
-- One table per claim type, keyed by fact.  Ranges: see the CHECKs.

CREATE TABLE investments (
    fact_id          INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    investor_id      INTEGER NOT NULL REFERENCES entities (id),
    investee_id      INTEGER NOT NULL REFERENCES entities (id),
    amount_low       INTEGER CHECK (amount_low >= 0),
    amount_high      INTEGER CHECK (amount_high >= 0),
    amount_qualifier TEXT NOT NULL,
    currency         TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]'),
    amount_text      TEXT,                      -- as written; NULL when not given
    stage            TEXT NOT NULL CHECK (stage IN ('completed', 'committed', 'considered')),
    CHECK ((amount_qualifier IN ('exact', 'approximately') AND amount_high = amount_low)
        OR (amount_qualifier IN ('at_least', 'more_than') AND amount_low IS NOT NULL AND amount_high IS NULL)
        OR (amount_qualifier IN ('at_most', 'less_than') AND amount_low IS NULL AND amount_high IS NOT NULL)
        OR (amount_qualifier = 'between' AND amount_low < amount_high)
        OR (amount_qualifier = 'undisclosed' AND amount_low IS NULL AND amount_high IS NULL)),
    CHECK (amount_qualifier = 'undisclosed' OR currency IS NOT NULL)
) STRICT;
CREATE INDEX investments_investor ON investments (investor_id);
CREATE INDEX investments_investee ON investments (investee_id);

CREATE TABLE stakes (
    fact_id         INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    holder_id       INTEGER NOT NULL REFERENCES entities (id),
    company_id      INTEGER NOT NULL REFERENCES entities (id),
    relation        TEXT NOT NULL CHECK (relation IN ('shareholder', 'minority_shareholder',
                                                      'majority_shareholder', 'principal_shareholder')),
    share_low       REAL CHECK (share_low BETWEEN 0 AND 100),
    share_high      REAL CHECK (share_high BETWEEN 0 AND 100),
    share_qualifier TEXT NOT NULL,
    share_text      TEXT NOT NULL,
    CHECK ((share_qualifier IN ('exact', 'approximately') AND share_high = share_low)
        OR (share_qualifier IN ('at_least', 'more_than') AND share_low IS NOT NULL AND share_high IS NULL)
        OR (share_qualifier IN ('at_most', 'less_than') AND share_low IS NULL AND share_high IS NOT NULL)
        OR (share_qualifier = 'between' AND share_low < share_high)
        OR (share_qualifier = 'undisclosed' AND share_low IS NULL AND share_high IS NULL))
) STRICT;
CREATE INDEX stakes_company ON stakes (company_id);
CREATE INDEX stakes_holder ON stakes (holder_id);

CREATE TABLE datacenters (
    fact_id                  INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    operator_id              INTEGER NOT NULL REFERENCES entities (id),
    place_code               TEXT REFERENCES places (code),  -- NULL: no location given
    location_text            TEXT,
    description              TEXT,              -- "le plus grand centre de données du monde"
    count_low                INTEGER CHECK (count_low >= 0),
    count_high               INTEGER CHECK (count_high >= 0),
    count_qualifier          TEXT NOT NULL,
    count_text               TEXT,
    previous_count_low       INTEGER CHECK (previous_count_low >= 0),
    previous_count_high      INTEGER CHECK (previous_count_high >= 0),
    previous_count_qualifier TEXT NOT NULL,
    previous_count_text      TEXT,
    growth_ratio             REAL CHECK (growth_ratio > 0),  -- "doublant" = 2: count / previous_count as stated
    growth_text              TEXT,
    investment_low           INTEGER CHECK (investment_low >= 0),
    investment_high          INTEGER CHECK (investment_high >= 0),
    investment_qualifier     TEXT NOT NULL,
    currency                 TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]'),
    investment_text          TEXT,
    beneficiary_id           INTEGER REFERENCES entities (id),
    CHECK ((count_qualifier IN ('exact', 'approximately') AND count_high = count_low)
        OR (count_qualifier IN ('at_least', 'more_than') AND count_low IS NOT NULL AND count_high IS NULL)
        OR (count_qualifier IN ('at_most', 'less_than') AND count_low IS NULL AND count_high IS NOT NULL)
        OR (count_qualifier = 'between' AND count_low < count_high)
        OR (count_qualifier = 'undisclosed' AND count_low IS NULL AND count_high IS NULL)),
    CHECK ((previous_count_qualifier IN ('exact', 'approximately') AND previous_count_high = previous_count_low)
        OR (previous_count_qualifier IN ('at_least', 'more_than') AND previous_count_low IS NOT NULL AND previous_count_high IS NULL)
        OR (previous_count_qualifier IN ('at_most', 'less_than') AND previous_count_low IS NULL AND previous_count_high IS NOT NULL)
        OR (previous_count_qualifier = 'between' AND previous_count_low < previous_count_high)
        OR (previous_count_qualifier = 'undisclosed' AND previous_count_low IS NULL AND previous_count_high IS NULL)),
    CHECK ((investment_qualifier IN ('exact', 'approximately') AND investment_high = investment_low)
        OR (investment_qualifier IN ('at_least', 'more_than') AND investment_low IS NOT NULL AND investment_high IS NULL)
        OR (investment_qualifier IN ('at_most', 'less_than') AND investment_low IS NULL AND investment_high IS NOT NULL)
        OR (investment_qualifier = 'between' AND investment_low < investment_high)
        OR (investment_qualifier = 'undisclosed' AND investment_low IS NULL AND investment_high IS NULL)),
    CHECK (investment_qualifier = 'undisclosed' OR currency IS NOT NULL)
) STRICT;
CREATE INDEX datacenters_operator ON datacenters (operator_id);
CREATE INDEX datacenters_place ON datacenters (place_code);

CREATE TABLE datacenter_purposes (
    fact_id  INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    purpose  TEXT NOT NULL,
    PRIMARY KEY (fact_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE spending (
    fact_id          INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    spender_id       INTEGER NOT NULL REFERENCES entities (id),
    amount_low       INTEGER CHECK (amount_low >= 0),
    amount_high      INTEGER CHECK (amount_high >= 0),
    amount_qualifier TEXT NOT NULL,
    currency         TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]'),
    amount_text      TEXT,
    purpose          TEXT,
    period           TEXT,
    CHECK ((amount_qualifier IN ('exact', 'approximately') AND amount_high = amount_low)
        OR (amount_qualifier IN ('at_least', 'more_than') AND amount_low IS NOT NULL AND amount_high IS NULL)
        OR (amount_qualifier IN ('at_most', 'less_than') AND amount_low IS NULL AND amount_high IS NOT NULL)
        OR (amount_qualifier = 'between' AND amount_low < amount_high)
        OR (amount_qualifier = 'undisclosed' AND amount_low IS NULL AND amount_high IS NULL)),
    CHECK (amount_qualifier = 'undisclosed' OR currency IS NOT NULL)
) STRICT;
CREATE INDEX spending_spender ON spending (spender_id);

CREATE TABLE roles (
    fact_id         INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES entities (id),
    organization_id INTEGER REFERENCES entities (id),
    title           TEXT NOT NULL
) STRICT;
CREATE INDEX roles_organization ON roles (organization_id);
CREATE INDEX roles_person ON roles (person_id);

CREATE TABLE foundings (
    fact_id                   INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    organization_id           INTEGER NOT NULL REFERENCES entities (id),
    year                      INTEGER CHECK (year BETWEEN 1800 AND 2200),
    founders_count_low        INTEGER CHECK (founders_count_low >= 0),
    founders_count_high       INTEGER CHECK (founders_count_high >= 0),
    founders_count_qualifier  TEXT NOT NULL,
    founders_count_text       TEXT,
    founders_from_id          INTEGER REFERENCES entities (id),  -- where the founders came from
    CHECK ((founders_count_qualifier IN ('exact', 'approximately') AND founders_count_high = founders_count_low)
        OR (founders_count_qualifier IN ('at_least', 'more_than') AND founders_count_low IS NOT NULL AND founders_count_high IS NULL)
        OR (founders_count_qualifier IN ('at_most', 'less_than') AND founders_count_low IS NULL AND founders_count_high IS NOT NULL)
        OR (founders_count_qualifier = 'between' AND founders_count_low < founders_count_high)
        OR (founders_count_qualifier = 'undisclosed' AND founders_count_low IS NULL AND founders_count_high IS NULL))
) STRICT;
CREATE INDEX foundings_organization ON foundings (organization_id);

CREATE TABLE products (
    fact_id                    INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    organization_id            INTEGER NOT NULL REFERENCES entities (id),
    product_id                 INTEGER NOT NULL REFERENCES entities (id),
    description                TEXT,              -- "produit phare", "flagship product"
    competitor_id              INTEGER REFERENCES entities (id),
    competitor_organization_id INTEGER REFERENCES entities (id)
) STRICT;
CREATE INDEX products_organization ON products (organization_id);

CREATE TABLE supplies (
    fact_id      INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    provider_id  INTEGER NOT NULL REFERENCES entities (id),
    recipient_id INTEGER NOT NULL REFERENCES entities (id),
    item         TEXT NOT NULL CHECK (item IN ('chips', 'compute', 'cloud_capacity',
                                               'technical_support', 'funding', 'other')),
    item_text    TEXT NOT NULL,
    subject_id   INTEGER REFERENCES entities (id)   -- what the item is for, e.g. the chip Trainium2
) STRICT;
CREATE INDEX supplies_provider ON supplies (provider_id);
CREATE INDEX supplies_recipient ON supplies (recipient_id);

CREATE TABLE partnerships (
    fact_id INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    purpose TEXT
) STRICT;

CREATE TABLE quotes (
    fact_id             INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    speaker_id          INTEGER REFERENCES entities (id),
    speaker_description TEXT,                     -- "un haut responsable" when unnamed
    organization_id     INTEGER REFERENCES entities (id),
    text                TEXT NOT NULL,
    CHECK (speaker_id IS NOT NULL OR organization_id IS NOT NULL)
) STRICT;
CREATE INDEX quotes_speaker ON quotes (speaker_id);
CREATE INDEX quotes_organization ON quotes (organization_id);
