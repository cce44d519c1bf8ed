-- Dekking coverage store, version 2: one household table per municipality, outside any parent table.
-- Version 1 kept them as partitions of one parent, so every save took locks on that parent: saves of two
-- municipalities deadlocked, and reads of every municipality waited for a save's partition swap. Now a save
-- loads a new table household_<n> that nobody else sees, builds its indexes in bulk, and points its dataset row
-- at it; the old table is retired and dropped as soon as no reader uses it. No save locks anything that another
-- municipality's reads or saves use, and no DDL statement holds a value.

-- the columns and checks every household table copies (CREATE TABLE ... (LIKE household_template INCLUDING
-- DEFAULTS INCLUDING CONSTRAINTS)); it never holds rows
CREATE TABLE ${schema}.household_template (
  municipality text NOT NULL,
  ordinal      integer NOT NULL CHECK (ordinal >= 0),
  id           text NOT NULL CHECK (length(id) > 0),
  street       text NOT NULL,
  house_number integer NOT NULL CHECK (house_number BETWEEN 1 AND 99999),
  letter       text NOT NULL,
  suffix       text NOT NULL,
  postcode     text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  place        text NOT NULL,
  location     geometry(Point, 28992) NOT NULL
);

-- keep version 1's partitions as plain tables (with their own indexes), then drop the parent
DO $$
DECLARE
  p record;
BEGIN
  FOR p IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = '${schema}.household'::regclass LOOP
    EXECUTE format('ALTER TABLE %s.household DETACH PARTITION %s.%I', '${schema}', '${schema}', p.relname);
  END LOOP;
END
$$;
DROP TABLE ${schema}.household;

ALTER TABLE ${schema}.dataset RENAME COLUMN household_partition TO household_table;
ALTER TABLE ${schema}.dataset ADD CONSTRAINT dataset_household_table_name
  CHECK (household_table ~ '^household_[0-9]{1,19}$');

-- household tables replaced by a save, dropped as soon as no reader holds them
CREATE TABLE ${schema}.retired_table (
  name       text PRIMARY KEY CHECK (name ~ '^household_[0-9]{1,19}$'),
  retired_at timestamptz NOT NULL DEFAULT now()
);
