-- 0012_datacenter_sites.sql: a data-centre fact may name one site below the
-- state, its electrical capacity and its status (issue 13).
--
-- New columns of datacenters (the claims format's new optional fields):
--   site            the campus or project name as written ("Colossus",
--                   "Stargate Abilene"); NULL when not given;
--   locality        the city, county or parish as written ("Abilene",
--                   "Shackelford County", "la paroisse de Richland"), from
--                   the claim's `locality`, or from a location written
--                   "City, State"; its state, when named, is place_code;
--   locality_text   the `locality` field as written ("Abilene, Texas"); NULL
--                   when the locality came from the location (whose text is
--                   location_text) or when there is none;
--   capacity_mw_*   the capacity as a range in megawatts (lang/power.cpp:
--                   1 GW = 1000 MW, 500 kW = 0.5 MW), with the range shape
--                   of every amount column; REAL because a capacity may be a
--                   fraction of a megawatt; the loader stores whole watts up
--                   to 1 TW only, at most 13 significant digits, which a
--                   REAL holds exactly; capacity_text as written;
--   status          planned | under_construction | operating | expanded |
--                   cancelled | unspecified (given, inferred from the
--                   evidence's verb with its words in status_cue, or neither);
--   status_cue      NULL for a given or unspecified status.
--
-- Columns are added, not rebuilt: existing rows are every datacenter fact of
-- an earlier factdb, and get site, locality and capacity NULL (undisclosed),
-- status 'unspecified'.  SQLite checks an added column's CHECK against the
-- existing rows, which these defaults pass.  Each multi-column rule is the
-- CHECK of the last column it names, so every column it names exists.
-- datacenters_v is recreated with the new columns.
--
-- Note for the integrator: a migration that rebuilds datacenters (its money
-- columns) must carry these columns and CHECKs too if it runs after this one.

ALTER TABLE datacenters ADD COLUMN site TEXT;
ALTER TABLE datacenters ADD COLUMN locality TEXT;
ALTER TABLE datacenters ADD COLUMN locality_text TEXT
    CHECK (locality_text IS NULL OR locality IS NOT NULL);
ALTER TABLE datacenters ADD COLUMN capacity_mw_low REAL CHECK (capacity_mw_low >= 0);
ALTER TABLE datacenters ADD COLUMN capacity_mw_high REAL CHECK (capacity_mw_high >= 0);
ALTER TABLE datacenters ADD COLUMN capacity_qualifier TEXT NOT NULL DEFAULT 'undisclosed'
    CHECK ((capacity_qualifier IN ('exact', 'approximately') AND capacity_mw_high = capacity_mw_low)
        OR (capacity_qualifier IN ('at_least', 'more_than') AND capacity_mw_low IS NOT NULL AND capacity_mw_high IS NULL)
        OR (capacity_qualifier IN ('at_most', 'less_than') AND capacity_mw_low IS NULL AND capacity_mw_high IS NOT NULL)
        OR (capacity_qualifier = 'between' AND capacity_mw_low < capacity_mw_high)
        OR (capacity_qualifier = 'undisclosed' AND capacity_mw_low IS NULL AND capacity_mw_high IS NULL));
ALTER TABLE datacenters ADD COLUMN capacity_text TEXT
    CHECK (capacity_text IS NOT NULL OR capacity_qualifier = 'undisclosed');
ALTER TABLE datacenters ADD COLUMN status TEXT NOT NULL DEFAULT 'unspecified'
    CHECK (status IN ('planned', 'under_construction', 'operating', 'expanded', 'cancelled',
                      'unspecified'));
ALTER TABLE datacenters ADD COLUMN status_cue TEXT
    CHECK (status_cue IS NULL OR status <> 'unspecified');

DROP VIEW datacenters_v;
CREATE VIEW datacenters_v AS
SELECT f.fact_id,
       operator.name AS operator,
       d.place_code,
       p.name_en AS place_name,
       d.location_text,
       d.site,
       d.locality,
       d.locality_text,
       d.description,
       d.count_low, d.count_high, d.count_qualifier,
       d.previous_count_low, d.previous_count_high, d.previous_count_qualifier,
       d.growth_ratio, d.growth_text,
       d.capacity_mw_low, d.capacity_mw_high, d.capacity_qualifier, d.capacity_text,
       d.status, d.status_cue,
       d.investment_low, d.investment_high, d.investment_qualifier, d.currency,
       beneficiary.name AS beneficiary,
       f.modality, f.documents, f.quote, f.first_loaded_at
FROM datacenters d
JOIN facts_v f ON f.fact_id = d.fact_id
JOIN entities operator ON operator.id = d.operator_id
LEFT JOIN places p ON p.code = d.place_code
LEFT JOIN entities beneficiary ON beneficiary.id = d.beneficiary_id;

UPDATE schema_docs
SET description = 'data-centre facts: operator, place, site and locality (city, county, parish), counts now and before, stated growth, capacity in MW, status (given, inferred with its cue, or unspecified), investment, beneficiary'
WHERE name = 'datacenters';
UPDATE schema_docs
SET description = 'data centres with operator, place name, site, locality, counts, capacity, status, investment, beneficiary, modality and quote'
WHERE name = 'datacenters_v';
