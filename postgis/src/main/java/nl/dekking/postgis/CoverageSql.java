package nl.dekking.postgis;

/**
 * The SQL the store runs, for one schema. Spatial predicates run on the {@code coverage} column (the repaired
 * area) and the household {@code location}, both GiST-indexed; ids are ordered by {@code sort_key}, the id in
 * UTF-16BE, which orders as Java's {@link String#compareTo} under any database collation.
 *
 * <p>The shared-boundary rule of {@link nl.dekking.index} in SQL: a group covers a point when it covers it
 * ({@code ST_Covers}) and either some group has the point in its interior ({@code ST_Contains}), or no group with
 * a smaller {@code sort_key} covers it. Immutable.
 */
final class CoverageSql {

  /** The columns of a household row, read by {@link PostgisCoverageStore}. */
  static final String HOUSEHOLD_COLUMNS =
      "h.id, h.street, h.house_number, h.letter, h.suffix, h.postcode, h.place, ST_AsBinary(h.location)";

  final String schema;
  final String groupColumns;
  final String groupsWhere;
  final String groupsCovering;
  final String householdsIn;
  final String householdsCoveredBy;
  final String insertGroupRow;
  final String insertGroup;
  final String updateGroup;
  final String insertContact;

  /** COPY into one household partition (an unquoted name the store made: {@code household_<n>}). */
  String copyHouseholds(String partition) {
    return "COPY " + schema + "." + partition + " (municipality, ordinal, id, street, house_number, letter, suffix,"
        + " postcode, place, location) FROM STDIN";
  }

  CoverageSql(String quotedSchema) {
    String s = quotedSchema;
    schema = s;
    // parameter 1: the consents the reader may see
    groupColumns = "SELECT g.id, g.name, g.members, ST_AsBinary(g.area), g.metadata_keys, g.metadata_values, g.version,"
        + " a.names, a.emails, a.phones, a.consents FROM " + s + ".coverage_group g LEFT JOIN LATERAL ("
        + "SELECT array_agg(c.name ORDER BY c.position) AS names, array_agg(c.email ORDER BY c.position) AS emails,"
        + " array_agg(c.phone ORDER BY c.position) AS phones, array_agg(c.consent ORDER BY c.position) AS consents"
        + " FROM " + s + ".contact c WHERE c.municipality = g.municipality AND c.group_id = g.id"
        + " AND c.consent = ANY (?)) a ON true ";
    // 1 consents, 2 municipality
    groupsWhere = groupColumns + "WHERE g.municipality = ? ";
    // 1 consents, 2 municipality, 3 point WKB, 4 municipality
    groupsCovering = groupColumns + "WHERE g.municipality = ? AND g.id IN ("
        + "WITH c AS (SELECT o.id, o.sort_key, ST_Contains(o.coverage, p.pt) AS inside"
        + " FROM " + s + ".coverage_group o, (SELECT ST_GeomFromWKB(?, 28992) AS pt) p"
        + " WHERE o.municipality = ? AND ST_Covers(o.coverage, p.pt))"
        + " SELECT c.id FROM c WHERE EXISTS (SELECT 1 FROM c i WHERE i.inside)"
        + " OR c.sort_key = (SELECT f.sort_key FROM c f ORDER BY f.sort_key LIMIT 1)) ORDER BY g.sort_key";
    // 1 municipality, 2 area WKB
    householdsIn = "SELECT " + HOUSEHOLD_COLUMNS + " FROM " + s + ".household h WHERE h.municipality = ?"
        + " AND ST_Covers(ST_GeomFromWKB(?, 28992), h.location) ORDER BY h.ordinal";
    // 1 municipality, 2 group id
    householdsCoveredBy = "SELECT " + HOUSEHOLD_COLUMNS + " FROM " + s + ".coverage_group g JOIN " + s + ".household h"
        + " ON h.municipality = g.municipality AND ST_Covers(g.coverage, h.location)"
        + " WHERE g.municipality = ? AND g.id = ?"
        + " AND (EXISTS (SELECT 1 FROM " + s + ".coverage_group o WHERE o.municipality = g.municipality"
        + " AND ST_Contains(o.coverage, h.location))"
        + " OR NOT EXISTS (SELECT 1 FROM " + s + ".coverage_group o WHERE o.municipality = g.municipality"
        + " AND o.sort_key < g.sort_key AND ST_Covers(o.coverage, h.location)))"
        + " ORDER BY h.ordinal";
    // 1 municipality, 2 id, 3 sort_key, 4 name, 5 members, 6 area, 7 coverage, 8 keys, 9 values
    insertGroupRow = "INSERT INTO " + s + ".coverage_group (municipality, id, sort_key, name, members, area, coverage,"
        + " metadata_keys, metadata_values, version) VALUES (?, ?, ?, ?, ?, ST_GeomFromWKB(?, 28992),"
        + " ST_GeomFromWKB(?, 28992), ?, ?, nextval('" + s.replace("'", "''") + ".group_version'))";
    insertGroup = insertGroupRow + " ON CONFLICT (municipality, id) DO NOTHING RETURNING version";
    // 1 name, 2 members, 3 area, 4 coverage, 5 keys, 6 values, 7 municipality, 8 id, 9 expected version
    updateGroup = "UPDATE " + s + ".coverage_group SET name = ?, members = ?, area = ST_GeomFromWKB(?, 28992),"
        + " coverage = ST_GeomFromWKB(?, 28992), metadata_keys = ?, metadata_values = ?,"
        + " version = nextval('" + s.replace("'", "''") + ".group_version')"
        + " WHERE municipality = ? AND id = ? AND version = ? RETURNING version";
    insertContact = "INSERT INTO " + s + ".contact (municipality, group_id, position, name, email, phone, consent)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  }
}
