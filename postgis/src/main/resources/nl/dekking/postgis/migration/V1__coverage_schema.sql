-- Dekking coverage store, version 1. ${schema} is replaced by the configured schema name (quoted).
-- Geometry is RD New (EPSG:28992); the typmod enforces the SRID on every geometry column.

CREATE EXTENSION IF NOT EXISTS postgis;

-- versions of groups come from one sequence, so a stale version never matches again, not even after a new save
CREATE SEQUENCE ${schema}.group_version;

-- numbers the household partitions: each save writes a new one
CREATE SEQUENCE ${schema}.household_partition;

CREATE TABLE ${schema}.dataset (
  municipality        text PRIMARY KEY CHECK (length(municipality) BETWEEN 1 AND 64),
  name                text NOT NULL,
  saved_at            timestamptz NOT NULL DEFAULT now(),
  -- the partition of household that holds this municipality's households
  household_partition text
);

-- one row per household, one partition per municipality. A save COPYs into a new, unindexed partition, builds
-- its indexes in bulk (a sorted GiST build is ~10x faster than inserting a million points into a GiST index one
-- by one), then swaps it for the old partition in the same transaction.
CREATE TABLE ${schema}.household (
  municipality text NOT NULL,
  ordinal      integer NOT NULL CHECK (ordinal >= 0),
  id           text NOT NULL CHECK (length(id) > 0),
  street       text NOT NULL,
  house_number integer NOT NULL CHECK (house_number BETWEEN 1 AND 99999),
  letter       text NOT NULL,
  suffix       text NOT NULL,
  postcode     text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  place        text NOT NULL,
  -- a point with finite coordinates (the store checks them) is always valid; the typmod enforces type and SRID
  location     geometry(Point, 28992) NOT NULL,
  PRIMARY KEY (municipality, id)
) PARTITION BY LIST (municipality);
-- the BAG address key is unique per municipality (letters and suffixes compare case-insensitively)
CREATE UNIQUE INDEX household_address_key ON ${schema}.household (municipality, postcode, house_number, upper(letter), upper(suffix));
CREATE INDEX household_location ON ${schema}.household USING gist (location);

CREATE TABLE ${schema}.coverage_group (
  municipality    text NOT NULL REFERENCES ${schema}.dataset ON DELETE CASCADE,
  id              text NOT NULL CHECK (length(id) > 0),
  -- the id as UTF-16BE bytes (written by the store): bytea order is Java's String.compareTo order, whatever the
  -- database collation; unique because the id is
  sort_key        bytea NOT NULL,
  name            text NOT NULL,
  members         integer NOT NULL CHECK (members >= 0),
  -- the area as drawn, possibly invalid (the analysis reports repairs)
  area            geometry(Geometry, 28992) NOT NULL CHECK (GeometryType(area) IN ('POLYGON', 'MULTIPOLYGON')),
  -- the area as JTS GeometryFixer repairs it, as CoverageIndex uses it: what the spatial queries run on
  coverage        geometry(Geometry, 28992) NOT NULL
                    CHECK (GeometryType(coverage) IN ('POLYGON', 'MULTIPOLYGON') AND ST_IsValid(coverage)),
  metadata_keys   text[] NOT NULL,
  metadata_values text[] NOT NULL CHECK (cardinality(metadata_keys) = cardinality(metadata_values)),
  version         bigint NOT NULL CHECK (version > 0),
  PRIMARY KEY (municipality, id)
);
CREATE INDEX coverage_group_coverage ON ${schema}.coverage_group USING gist (coverage);

-- admins' contact details live apart from the groups, with their consent, so exports can filter them in SQL
CREATE TABLE ${schema}.contact (
  municipality text NOT NULL,
  group_id     text NOT NULL,
  position     integer NOT NULL CHECK (position >= 0),
  name         text NOT NULL CHECK (length(name) > 0),
  email        text NOT NULL,
  phone        text NOT NULL,
  consent      text NOT NULL CHECK (consent IN ('PUBLIC', 'MUNICIPALITY_ONLY', 'NONE')),
  PRIMARY KEY (municipality, group_id, position),
  FOREIGN KEY (municipality, group_id) REFERENCES ${schema}.coverage_group ON DELETE CASCADE
);

CREATE TABLE ${schema}.street (
  municipality text NOT NULL REFERENCES ${schema}.dataset ON DELETE CASCADE,
  ordinal      integer NOT NULL CHECK (ordinal >= 0),
  name         text NOT NULL,
  place        text NOT NULL,
  line         geometry(Geometry, 28992) CHECK (line IS NULL OR GeometryType(line) IN ('LINESTRING', 'MULTILINESTRING')),
  PRIMARY KEY (municipality, ordinal)
);

CREATE TABLE ${schema}.neighbourhood (
  municipality        text NOT NULL REFERENCES ${schema}.dataset ON DELETE CASCADE,
  ordinal             integer NOT NULL CHECK (ordinal >= 0),
  code                text NOT NULL,
  name                text NOT NULL,
  municipality_code   text NOT NULL,
  municipality_name   text NOT NULL,
  area                geometry(Geometry, 28992) NOT NULL CHECK (GeometryType(area) IN ('POLYGON', 'MULTIPOLYGON')),
  reported_households integer CHECK (reported_households >= 0),
  PRIMARY KEY (municipality, ordinal)
);
