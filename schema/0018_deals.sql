-- 0018_deals.sql: acquisitions and compute deals (issue 13), the typed rows
-- of the claim types acquisition and compute_deal (loader/claim_types.cpp).
--
-- * facts.type's CHECK gains the two types and fact_entities.role's the
--   roles acquirer, target, seller and chip (provider and recipient exist,
--   from supply).  A CHECK changes only by a rebuild, as 0016 did: new
--   table, copy, drop, rename, every index again.  Every column and CHECK
--   of 0016's tables is carried; no trigger names them.  Nothing is lost:
--   rows are copied as they are.
-- * money as 0014: whole units (NULL for a fraction), exact minor units, a
--   qualifier whose invariants are stated on the minor columns.
-- * acquisitions.share_*: the percentage of the target acquired, REAL
--   0..100 as stakes.share_*; a claim without a share is the whole company,
--   stored 100/100/exact with share_text NULL (NULL text: not written).
-- * acquisitions.status: lang/acquisition_status.cpp's codes; status_cue the
--   evidence's words it was inferred from (NULL when given, or when nothing
--   was read and the status is the default 'announced').
-- * compute_deals: quantity a count (INTEGER ranges), value an amount,
--   duration_months a whole number of months (lang/duration.h), power
--   megawatts as datacenters.capacity_* (REAL, 0012).
-- Views: acquisitions_v, compute_deals_v (names, *_exact decimal text of
-- the amounts as 0014's views).

PRAGMA legacy_alter_table = ON;

CREATE TABLE facts_new (
    id                INTEGER PRIMARY KEY,
    type              TEXT NOT NULL CHECK (type IN ('investment', 'stake', 'datacenter', 'spending',
                                                    'role', 'founding', 'product', 'supply',
                                                    'partnership', 'quote', 'funding_round',
                                                    'valuation', 'acquisition', 'compute_deal')),
    fact_key          TEXT NOT NULL,
    fact_hash         INTEGER NOT NULL,
    subject_key       TEXT NOT NULL,
    subject_hash      INTEGER NOT NULL,
    summary           TEXT NOT NULL,
    modality          TEXT NOT NULL REFERENCES modalities (name),
    documents         INTEGER NOT NULL CHECK (documents >= 1),
    first_evidence_id INTEGER NOT NULL,
    first_loaded_at   TEXT NOT NULL
) STRICT;

INSERT INTO facts_new (id, type, fact_key, fact_hash, subject_key, subject_hash, summary,
                       modality, documents, first_evidence_id, first_loaded_at)
SELECT id, type, fact_key, fact_hash, subject_key, subject_hash, summary,
       modality, documents, first_evidence_id, first_loaded_at
FROM facts;

DROP TABLE facts;
ALTER TABLE facts_new RENAME TO facts;
CREATE UNIQUE INDEX facts_hash ON facts (fact_hash);
CREATE INDEX facts_subject ON facts (subject_hash);
CREATE INDEX facts_first_loaded ON facts (first_loaded_at);

CREATE TABLE fact_entities_new (
    fact_id   INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('investor', 'investee', 'holder', 'company',
                                            'operator', 'beneficiary', 'spender', 'person',
                                            'organization', 'founder', 'founders_from',
                                            'product', 'competitor', 'competitor_organization',
                                            'provider', 'recipient', 'subject', 'party',
                                            'speaker', 'venture', 'lead_investor',
                                            'participant', 'acquirer', 'target', 'seller',
                                            'chip')),
    position  INTEGER NOT NULL CHECK (position >= 1),
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (fact_id, role, position)
) STRICT, WITHOUT ROWID;

INSERT INTO fact_entities_new (fact_id, role, position, entity_id)
SELECT fact_id, role, position, entity_id FROM fact_entities;

DROP TABLE fact_entities;
ALTER TABLE fact_entities_new RENAME TO fact_entities;
CREATE INDEX fact_entities_entity ON fact_entities (entity_id, role);

PRAGMA legacy_alter_table = OFF;

CREATE TABLE acquisitions (
    fact_id           INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    acquirer_id       INTEGER NOT NULL REFERENCES entities (id),
    target_id         INTEGER NOT NULL REFERENCES entities (id),
    seller_id         INTEGER REFERENCES entities (id),
    amount_low        INTEGER CHECK (amount_low >= 0),
    amount_high       INTEGER CHECK (amount_high >= 0),
    amount_low_minor  INTEGER CHECK (amount_low_minor >= 0),
    amount_high_minor INTEGER CHECK (amount_high_minor >= 0),
    amount_qualifier  TEXT NOT NULL,
    currency          TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]'),
    amount_text       TEXT,
    share_low         REAL CHECK (share_low BETWEEN 0 AND 100),
    share_high        REAL CHECK (share_high BETWEEN 0 AND 100),
    share_qualifier   TEXT NOT NULL CHECK (share_qualifier IN ('exact', 'approximately',
                                                               'at_least', 'more_than',
                                                               'at_most', 'less_than',
                                                               'between')),
    share_text        TEXT,
    status            TEXT NOT NULL CHECK (status IN ('announced', 'agreed', 'completed',
                                                      'terminated', 'blocked')),
    status_cue        TEXT,
    completed_on      TEXT CHECK (completed_on IS NULL
                                  OR completed_on GLOB '[12][0-9][0-9][0-9]'
                                  OR completed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                                  OR completed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    CHECK ((amount_qualifier IN ('exact', 'approximately') AND amount_high_minor = amount_low_minor)
        OR (amount_qualifier IN ('at_least', 'more_than') AND amount_low_minor IS NOT NULL AND amount_high_minor IS NULL)
        OR (amount_qualifier IN ('at_most', 'less_than') AND amount_low_minor IS NULL AND amount_high_minor IS NOT NULL)
        OR (amount_qualifier = 'between' AND amount_low_minor < amount_high_minor)
        OR (amount_qualifier = 'undisclosed' AND amount_low_minor IS NULL AND amount_high_minor IS NULL)),
    CHECK (amount_low IS NULL OR (amount_low_minor IS NOT NULL AND amount_low_minor >= amount_low)),
    CHECK (amount_high IS NULL OR (amount_high_minor IS NOT NULL AND amount_high_minor >= amount_high)),
    CHECK (amount_low IS NULL OR amount_high IS NULL OR amount_low <= amount_high),
    CHECK (amount_qualifier = 'undisclosed' OR currency IS NOT NULL),
    CHECK ((share_qualifier IN ('exact', 'approximately') AND share_high = share_low)
        OR (share_qualifier IN ('at_least', 'more_than') AND share_low IS NOT NULL AND share_high IS NULL)
        OR (share_qualifier IN ('at_most', 'less_than') AND share_low IS NULL AND share_high IS NOT NULL)
        OR (share_qualifier = 'between' AND share_low < share_high)),
    CHECK (share_text IS NOT NULL OR (share_low = 100 AND share_high = 100)),
    CHECK (status_cue IS NULL OR status_cue <> '')
) STRICT;
CREATE INDEX acquisitions_acquirer ON acquisitions (acquirer_id);
CREATE INDEX acquisitions_target ON acquisitions (target_id);

CREATE TABLE compute_deals (
    fact_id            INTEGER PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    provider_id        INTEGER NOT NULL REFERENCES entities (id),
    recipient_id       INTEGER NOT NULL REFERENCES entities (id),
    item               TEXT CHECK (item IN ('chips', 'compute', 'cloud_capacity',
                                            'technical_support', 'funding', 'other')),
    item_text          TEXT,
    chip_id            INTEGER REFERENCES entities (id),
    quantity_low       INTEGER CHECK (quantity_low >= 0),
    quantity_high      INTEGER CHECK (quantity_high >= 0),
    quantity_qualifier TEXT NOT NULL CHECK (quantity_qualifier IN ('exact', 'approximately',
                                                                   'at_least', 'more_than',
                                                                   'at_most', 'less_than',
                                                                   'between', 'undisclosed')),
    quantity_text      TEXT,
    value_low          INTEGER CHECK (value_low >= 0),
    value_high         INTEGER CHECK (value_high >= 0),
    value_low_minor    INTEGER CHECK (value_low_minor >= 0),
    value_high_minor   INTEGER CHECK (value_high_minor >= 0),
    value_qualifier    TEXT NOT NULL,
    currency           TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]'),
    value_text         TEXT,
    duration_months    INTEGER CHECK (duration_months BETWEEN 1 AND 1200),
    duration_text      TEXT CHECK ((duration_text IS NULL) = (duration_months IS NULL)),
    power_mw_low       REAL CHECK (power_mw_low >= 0),
    power_mw_high      REAL CHECK (power_mw_high >= 0),
    power_qualifier    TEXT NOT NULL CHECK (power_qualifier IN ('exact', 'approximately',
                                                                 'at_least', 'more_than',
                                                                 'at_most', 'less_than',
                                                                 'between', 'undisclosed')),
    power_text         TEXT,
    CHECK ((item IS NULL) = (item_text IS NULL)),
    CHECK ((quantity_qualifier IN ('exact', 'approximately') AND quantity_high = quantity_low)
        OR (quantity_qualifier IN ('at_least', 'more_than') AND quantity_low IS NOT NULL AND quantity_high IS NULL)
        OR (quantity_qualifier IN ('at_most', 'less_than') AND quantity_low IS NULL AND quantity_high IS NOT NULL)
        OR (quantity_qualifier = 'between' AND quantity_low < quantity_high)
        OR (quantity_qualifier = 'undisclosed' AND quantity_low IS NULL AND quantity_high IS NULL)),
    CHECK ((value_qualifier IN ('exact', 'approximately') AND value_high_minor = value_low_minor)
        OR (value_qualifier IN ('at_least', 'more_than') AND value_low_minor IS NOT NULL AND value_high_minor IS NULL)
        OR (value_qualifier IN ('at_most', 'less_than') AND value_low_minor IS NULL AND value_high_minor IS NOT NULL)
        OR (value_qualifier = 'between' AND value_low_minor < value_high_minor)
        OR (value_qualifier = 'undisclosed' AND value_low_minor IS NULL AND value_high_minor IS NULL)),
    CHECK (value_low IS NULL OR (value_low_minor IS NOT NULL AND value_low_minor >= value_low)),
    CHECK (value_high IS NULL OR (value_high_minor IS NOT NULL AND value_high_minor >= value_high)),
    CHECK (value_low IS NULL OR value_high IS NULL OR value_low <= value_high),
    CHECK (value_qualifier = 'undisclosed' OR currency IS NOT NULL),
    CHECK ((power_qualifier IN ('exact', 'approximately') AND power_mw_high = power_mw_low)
        OR (power_qualifier IN ('at_least', 'more_than') AND power_mw_low IS NOT NULL AND power_mw_high IS NULL)
        OR (power_qualifier IN ('at_most', 'less_than') AND power_mw_low IS NULL AND power_mw_high IS NOT NULL)
        OR (power_qualifier = 'between' AND power_mw_low < power_mw_high)
        OR (power_qualifier = 'undisclosed' AND power_mw_low IS NULL AND power_mw_high IS NULL))
) STRICT;
CREATE INDEX compute_deals_provider ON compute_deals (provider_id);
CREATE INDEX compute_deals_recipient ON compute_deals (recipient_id);

CREATE VIEW acquisitions_v AS
SELECT f.fact_id,
       acquirer.name AS acquirer,
       target.name AS target,
       seller.name AS seller,
       a.amount_low, a.amount_high, a.amount_qualifier, a.currency, a.amount_text,
       a.share_low, a.share_high, a.share_qualifier, a.share_text,
       a.status, a.status_cue, a.completed_on,
       f.modality, f.documents, f.quote, f.first_loaded_at,
       a.amount_low_minor, a.amount_high_minor,
       CASE WHEN a.amount_low_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN a.amount_low_minor % b.minor_per_unit = 0 THEN CAST(a.amount_low_minor / b.minor_per_unit AS TEXT)
            ELSE (a.amount_low_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, a.amount_low_minor % b.minor_per_unit)
       END AS amount_low_exact,
       CASE WHEN a.amount_high_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN a.amount_high_minor % b.minor_per_unit = 0 THEN CAST(a.amount_high_minor / b.minor_per_unit AS TEXT)
            ELSE (a.amount_high_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, a.amount_high_minor % b.minor_per_unit)
       END AS amount_high_exact
FROM acquisitions a
JOIN facts_v f ON f.fact_id = a.fact_id
JOIN entities acquirer ON acquirer.id = a.acquirer_id
JOIN entities target ON target.id = a.target_id
LEFT JOIN entities seller ON seller.id = a.seller_id
LEFT JOIN currency_bounds b ON b.currency = a.currency;

CREATE VIEW compute_deals_v AS
SELECT f.fact_id,
       provider.name AS provider,
       recipient.name AS recipient,
       c.item, c.item_text,
       chip.name AS chip,
       c.quantity_low, c.quantity_high, c.quantity_qualifier, c.quantity_text,
       c.value_low, c.value_high, c.value_qualifier, c.currency, c.value_text,
       c.duration_months, c.duration_text,
       c.power_mw_low, c.power_mw_high, c.power_qualifier, c.power_text,
       f.modality, f.documents, f.quote, f.first_loaded_at,
       c.value_low_minor, c.value_high_minor,
       CASE WHEN c.value_low_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN c.value_low_minor % b.minor_per_unit = 0 THEN CAST(c.value_low_minor / b.minor_per_unit AS TEXT)
            ELSE (c.value_low_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, c.value_low_minor % b.minor_per_unit)
       END AS value_low_exact,
       CASE WHEN c.value_high_minor IS NULL OR b.minor_per_unit IS NULL THEN NULL
            WHEN c.value_high_minor % b.minor_per_unit = 0 THEN CAST(c.value_high_minor / b.minor_per_unit AS TEXT)
            ELSE (c.value_high_minor / b.minor_per_unit) || '.' || printf('%0*d', b.minor_unit, c.value_high_minor % b.minor_per_unit)
       END AS value_high_exact
FROM compute_deals c
JOIN facts_v f ON f.fact_id = c.fact_id
JOIN entities provider ON provider.id = c.provider_id
JOIN entities recipient ON recipient.id = c.recipient_id
LEFT JOIN entities chip ON chip.id = c.chip_id
LEFT JOIN currency_bounds b ON b.currency = c.currency;

INSERT INTO schema_docs (name, description) VALUES
    ('acquisitions', 'acquisition facts: acquirer_id, target_id, seller_id (NULL: not stated); amount_* the price (whole units in amount_low/high, NULL for a fraction; exact minor units in amount_low_minor/high_minor; amount_qualifier undisclosed when not stated) and currency; share_low/high/qualifier the percentage acquired (100 exact with share_text NULL: the whole company, not stated); status (announced, agreed, completed, terminated, blocked) and status_cue (the evidence''s words it was inferred from, NULL when given or defaulted to announced); completed_on (YYYY[-MM[-DD]])'),
    ('compute_deals', 'compute-deal facts: provider_id, recipient_id; item (chips, compute, cloud_capacity, technical_support, funding, other) and item_text as written; chip_id (the chip, an entity); quantity_low/high/qualifier/text (a count of chips or units); value_* the contract''s amount (whole and exact minor units) and currency; duration_months and duration_text; power_mw_low/high/qualifier/text (megawatts)'),
    ('acquisitions_v', 'acquisitions with acquirer, target and seller names, price (amount_low_exact/high_exact: exact decimal text), share acquired, status and its cue, completed_on, modality, documents and quote'),
    ('compute_deals_v', 'compute deals with provider, recipient and chip names, item, quantity, value (value_low_exact/high_exact: exact decimal text), duration in months, power in MW, modality, documents and quote');
UPDATE schema_docs
SET description = 'every entity taking part in a fact, with its role (investor, holder, operator, founder, party, venture, lead_investor, participant, acquirer, target, seller, provider, recipient, chip...)'
WHERE name = 'fact_entities';
