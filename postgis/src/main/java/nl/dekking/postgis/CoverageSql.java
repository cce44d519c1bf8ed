package nl.dekking.postgis;

import java.util.regex.Pattern;

/**
 * The SQL the store runs, for one schema. Values are always bound parameters; the only names in the text are the
 * schema (checked when configured) and household tables {@code household_<n>} ({@link #householdTable}). Spatial predicates run on the {@code coverage} column (the repaired
 * area) and the household {@code location}, both GiST-indexed; ids are ordered by {@code sort_key}, the id in
 * UTF-16BE, which orders as Java's {@link String#compareTo} under any database collation.
 *
 * <p>The shared-boundary rule of {@link nl.dekking.index} in SQL: a group covers a point when it covers it and either
 * some group has the point in its interior, or no group with a smaller {@code sort_key} covers it; decided exactly
 * as {@link AnalysisSql} explains (PostGIS's own {@code ST_Covers} errs next to diagonal edges). Immutable.
 */
final class CoverageSql {

  /** The columns of a household row, read by {@link PostgisCoverageStore}. */
  static final String HOUSEHOLD_COLUMNS =
      "h.id, h.street, h.house_number, h.letter, h.suffix, h.postcode, h.place, ST_AsBinary(h.location)";

  final String schema;
  final String groupColumns;
  final String groupsWhere;
  final String groupsCovering;
  final String insertGroupRow;
  final String insertGroup;
  final String updateGroup;
  final String insertContact;

  /** The name of a household table the store made: {@code household_<n>}, n from a sequence. */
  private static final Pattern HOUSEHOLD_TABLE = Pattern.compile("household_[0-9]{1,19}");

  /**
   * A household table's name, schema-qualified and quoted, for SQL text. Only names the store makes pass, so
   * whatever a row of {@code dataset} says, nothing but such a name reaches a statement.
   *
   * @throws IllegalStateException when the name is not {@code household_<n>}
   */
  String householdTable(String name) {
    if (name == null || !HOUSEHOLD_TABLE.matcher(name).matches()) {
      throw new IllegalStateException("a household table name must be household_<number>, the database holds '"
          + name + "'");
    }
    return schema + ".\"" + name + '"';
  }

  /** COPY into a household table ({@link #householdTable}). */
  static String copyHouseholds(String table) {
    return "COPY " + table + " (municipality, ordinal, id, street, house_number, letter, suffix,"
        + " postcode, place, location) FROM STDIN";
  }

  /** Every household of a table in dataset order; parameter 1 the municipality. */
  static String households(String table) {
    return "SELECT " + HOUSEHOLD_COLUMNS + " FROM " + table + " h WHERE h.municipality = ? ORDER BY h.ordinal";
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
    groupsCovering = groupColumns + "WHERE g.municipality = ? AND g.id IN (" + new AnalysisSql(s).covering()
        + ") ORDER BY g.sort_key";
    // 1 municipality, 2 id, 3 sort_key, 4 name, 5 members, 6 area, 7 coverage, 8 keys, 9 values
    insertGroupRow = "INSERT INTO " + s + ".coverage_group (municipality, id, sort_key, name, members, area, coverage,"
        + " metadata_keys, metadata_values, version) VALUES (?, ?, ?, ?, ?, ST_GeomFromWKB(?, 28992),"
        + " ST_GeomFromWKB(?, 28992), ?, ?, nextval('" + s + ".group_version'))";
    insertGroup = insertGroupRow + " ON CONFLICT (municipality, id) DO NOTHING RETURNING version";
    // 1 name, 2 members, 3 area, 4 coverage, 5 keys, 6 values, 7 municipality, 8 id, 9 expected version
    updateGroup = "UPDATE " + s + ".coverage_group SET name = ?, members = ?, area = ST_GeomFromWKB(?, 28992),"
        + " coverage = ST_GeomFromWKB(?, 28992), metadata_keys = ?, metadata_values = ?,"
        + " version = nextval('" + s + ".group_version')"
        + " WHERE municipality = ? AND id = ? AND version = ? RETURNING version";
    insertContact = "INSERT INTO " + s + ".contact (municipality, group_id, position, name, email, phone, consent)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  }
}
