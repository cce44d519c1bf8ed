package nl.dekking.postgis;

/**
 * The coverage rule of {@link nl.dekking.index} in SQL, exactly, and the analysis queries built on it: per-group
 * household counts, the uncovered households, overlapping pairs, and the rule for one point or one group.
 *
 * <p><b>Why not plain {@code ST_Covers}.</b> PostGIS answers {@code ST_Covers}, {@code ST_Contains} and
 * {@code ST_Intersects} of a polygon and a point with its own point-in-polygon test in floating point, not with
 * GEOS's exact predicates. For a point on or within about 10⁻¹² m of a diagonal edge it may answer wrongly: a point
 * of a shared diagonal edge covered by both groups or by neither, a boundary point called interior. JTS, and so
 * Dekking's index, decides such points exactly, as does GEOS's {@code ST_Relate}.
 *
 * <p><b>How the SQL stays exact and fast.</b> A pair (group, household) is decided by {@code ST_Covers} only when
 * the household lies more than {@value #NEAR_M} m from the group's boundary: there the fast test cannot err, and
 * a covered point is in the group's interior. Pairs within {@value #NEAR_M} m of the boundary are found through the
 * household table's GiST index with {@code ST_DWithin} on the boundary cut into pieces ({@code ST_Subdivide},
 * {@value #PIECE_VERTICES} vertices), and decided exactly ({@link #exactClass}): on the boundary when
 * {@code ST_Intersects(ST_Boundary(area), point)} (GEOS, exact orientation tests), else interior when
 * {@code ST_Relate(area, point, 'T********')}, else exterior. Then the shared-boundary rule: a household in some
 * group's interior is covered by every group that covers it; one on boundaries only, by the group whose
 * {@code sort_key} (the id in UTF-16BE, Java's {@link String#compareTo} order) is smallest.
 *
 * <p>The bulk join runs group by group ({@code LATERAL ... OFFSET 0}, so the planner cannot turn it around): each
 * group's area is then the same argument for all its households, and PostGIS's per-statement cache of an indexed
 * ring ({@code ST_Covers}'s "rtree cache") serves them all; household by household, it would miss on every
 * row (21 s instead of 2 s for a million households, measured). A household table holds one municipality's
 * households. Immutable.
 */
final class AnalysisSql {

  /** How close to a group's boundary a household is decided exactly, m: far above the fast test's error. */
  static final String NEAR_M = "0.001";
  /** The most vertices of a piece of boundary probed through the household index. */
  static final int PIECE_VERTICES = 64;

  private final String schema;

  AnalysisSql(String quotedSchema) {
    this.schema = quotedSchema;
  }

  /** 2 when the point lies in the area's interior, 1 on its boundary, 0 outside: exact (GEOS). */
  static String exactClass(String area, String point) {
    return "(CASE WHEN ST_Intersects(ST_Boundary(" + area + "), " + point + ") THEN 1"
        + " WHEN ST_Relate(" + area + ", " + point + ", 'T********') THEN 2 ELSE 0 END)";
  }

  /**
   * {@link #exactClass}, with the fast test where it cannot err: for a point more than {@value #NEAR_M} m from the
   * boundary (a floating-point distance, O(n) in the vertices, no GEOS graph), {@code ST_Covers} decides.
   */
  static String pointClass(String area, String point) {
    return "(CASE WHEN ST_DWithin(ST_Boundary(" + area + "), " + point + ", " + NEAR_M + ") THEN "
        + exactClass(area, point) + " WHEN ST_Covers(" + area + ", " + point + ") THEN 2 ELSE 0 END)";
  }

  /**
   * The CTEs {@code near}, {@code near_ids} and {@code cover} over a household table: {@code cover} holds one row
   * (id, sort_key, ordinal, cls) per group and household the group's area covers, cls 2 interior, 1 boundary.
   * Parameters 1 to 3: the municipality.
   */
  private String cover(String table) {
    String s = schema;
    return "WITH near AS MATERIALIZED (SELECT DISTINCT ON (p.id, h.ordinal) p.id, h.ordinal, h.location"
        + " FROM (SELECT g.id, ST_Subdivide(ST_Boundary(g.coverage), " + PIECE_VERTICES + ") AS piece"
        + " FROM " + s + ".coverage_group g WHERE g.municipality = ?) p"
        + " JOIN " + table + " h ON ST_DWithin(p.piece, h.location, " + NEAR_M + ")),"
        + " near_ids AS (SELECT id, array_agg(ordinal) AS ordinals FROM near GROUP BY id),"
        + " cover AS ("
        + "SELECT g.id, g.sort_key, x.ordinal, 2 AS cls FROM " + s + ".coverage_group g"
        + " LEFT JOIN near_ids n ON n.id = g.id"
        + " CROSS JOIN LATERAL (SELECT h.ordinal FROM " + table + " h WHERE ST_Covers(g.coverage, h.location)"
        + " AND h.ordinal <> ALL (coalesce(n.ordinals, '{}')) OFFSET 0) x"
        + " WHERE g.municipality = ?"
        + " UNION ALL SELECT e.id, e.sort_key, e.ordinal, e.cls FROM (SELECT n.id, g.sort_key, n.ordinal, "
        + exactClass("g.coverage", "n.location") + " AS cls FROM near n JOIN " + s + ".coverage_group g"
        + " ON g.municipality = ? AND g.id = n.id) e WHERE e.cls > 0)";
  }

  /**
   * {@link #cover} and {@code assigned}: the rows of {@code cover} the shared-boundary rule keeps, with
   * {@code k}, how many groups cover the household, and {@code rn}, 1 on one row per household. Parameters 1 to 3:
   * the municipality.
   */
  private String assigned(String table) {
    return cover(table) + ", ranked AS (SELECT id, sort_key, ordinal, count(*) OVER p AS n,"
        + " bool_or(cls = 2) OVER p AS inside, row_number() OVER q AS rn FROM cover"
        + " WINDOW p AS (PARTITION BY ordinal), q AS (PARTITION BY ordinal ORDER BY sort_key)),"
        + " assigned AS (SELECT id, sort_key, ordinal, CASE WHEN inside THEN n ELSE 1 END AS k, rn FROM ranked"
        + " WHERE inside OR rn = 1)";
  }

  /**
   * Per group id: households, shared households; and one row with a null id: households covered by one group, by
   * several. Parameters 1 to 3: the municipality.
   */
  String householdCounts(String table) {
    return assigned(table) + " SELECT id, count(*), count(*) FILTER (WHERE k > 1),"
        + " count(*) FILTER (WHERE rn = 1 AND k = 1), count(*) FILTER (WHERE rn = 1 AND k > 1)"
        + " FROM assigned GROUP BY GROUPING SETS ((id), ())";
  }

  /** The households no group covers, in dataset order. Parameters 1 to 3: the municipality. */
  String uncoveredHouseholds(String table) {
    return cover(table) + " SELECT " + CoverageSql.HOUSEHOLD_COLUMNS + " FROM " + table + " h"
        + " WHERE NOT EXISTS (SELECT 1 FROM cover c WHERE c.ordinal = h.ordinal) ORDER BY h.ordinal";
  }

  /**
   * Pairs of groups that share interior or households: id a, id b (a's sort_key first), shared area m², shared
   * households. Parameters 1 to 7: the municipality.
   */
  String overlaps(String table) {
    String s = schema;
    return assigned(table) + ", multi AS MATERIALIZED (SELECT id, sort_key, ordinal FROM assigned WHERE k > 1),"
        + " shared AS (SELECT a.id AS a, b.id AS b, count(*) AS households FROM multi a JOIN multi b"
        + " ON a.ordinal = b.ordinal AND a.sort_key < b.sort_key GROUP BY a.id, b.id),"
        + " inner_shared AS (SELECT a.id AS a, b.id AS b FROM " + s + ".coverage_group a JOIN " + s
        + ".coverage_group b ON a.coverage && b.coverage AND a.sort_key < b.sort_key"
        + " WHERE a.municipality = ? AND b.municipality = ? AND ST_Relate(a.coverage, b.coverage, 'T********')),"
        + " pairs AS (SELECT a, b FROM shared UNION SELECT a, b FROM inner_shared)"
        + " SELECT p.a, p.b, ST_Area(ST_Intersection(ga.coverage, gb.coverage)), coalesce(sh.households, 0)"
        + " FROM pairs p LEFT JOIN shared sh ON sh.a = p.a AND sh.b = p.b"
        + " JOIN " + s + ".coverage_group ga ON ga.municipality = ? AND ga.id = p.a"
        + " JOIN " + s + ".coverage_group gb ON gb.municipality = ? AND gb.id = p.b"
        + " ORDER BY ga.sort_key, gb.sort_key";
  }

  /**
   * The ids of the groups covering one point by the rule. Parameters 1 the point's WKB, 2 the municipality.
   */
  String covering() {
    return "WITH c AS (SELECT o.id, o.sort_key, " + pointClass("o.coverage", "p.pt") + " AS cls"
        + " FROM " + schema + ".coverage_group o, (SELECT ST_GeomFromWKB(?, 28992) AS pt) p"
        + " WHERE o.municipality = ? AND o.coverage && p.pt), v AS (SELECT id, sort_key, cls FROM c WHERE cls > 0)"
        + " SELECT v.id FROM v WHERE EXISTS (SELECT 1 FROM v i WHERE i.cls = 2)"
        + " OR v.sort_key = (SELECT f.sort_key FROM v f ORDER BY f.sort_key LIMIT 1)";
  }

  /** The households in an area or on its boundary, decided exactly, in dataset order. Parameter 1: the area's WKB. */
  String householdsIn(String table) {
    String columns = "h.ordinal, h.id, h.street, h.house_number, h.letter, h.suffix, h.postcode, h.place, h.location";
    return "WITH a AS MATERIALIZED (SELECT ST_GeomFromWKB(?, 28992) AS area),"
        + " near AS MATERIALIZED (SELECT DISTINCT ON (h.ordinal) " + columns
        + " FROM (SELECT ST_Subdivide(ST_Boundary(a.area), " + PIECE_VERTICES + ") AS piece FROM a) p"
        + " JOIN " + table + " h ON ST_DWithin(p.piece, h.location, " + NEAR_M + ")),"
        + " near_ordinals AS (SELECT coalesce(array_agg(ordinal), '{}') AS ordinals FROM near),"
        + " inside AS (SELECT x.* FROM a, near_ordinals n CROSS JOIN LATERAL (SELECT " + columns + " FROM " + table
        + " h WHERE ST_Covers(a.area, h.location) AND h.ordinal <> ALL (n.ordinals) OFFSET 0) x"
        + " UNION ALL SELECT h.* FROM near h, a WHERE " + exactClass("a.area", "h.location") + " > 0)"
        + " SELECT " + CoverageSql.HOUSEHOLD_COLUMNS + " FROM inside h ORDER BY h.ordinal";
  }

  /**
   * The households a group covers by the rule, in dataset order. Parameters 1 municipality, 2 group id, 3 and 4
   * municipality.
   */
  String householdsCoveredBy(String table) {
    String s = schema;
    String columns = "h.ordinal, h.id, h.street, h.house_number, h.letter, h.suffix, h.postcode, h.place, h.location";
    String covers = pointClass("o.coverage", "h.location");
    return "WITH g AS MATERIALIZED (SELECT id, sort_key, coverage FROM " + s + ".coverage_group"
        + " WHERE municipality = ? AND id = ?),"
        + " near AS MATERIALIZED (SELECT DISTINCT ON (h.ordinal) " + columns
        + " FROM (SELECT ST_Subdivide(ST_Boundary(g.coverage), " + PIECE_VERTICES + ") AS piece FROM g) p"
        + " JOIN " + table + " h ON ST_DWithin(p.piece, h.location, " + NEAR_M + ")),"
        + " near_ordinals AS (SELECT coalesce(array_agg(ordinal), '{}') AS ordinals FROM near),"
        + " mine AS (SELECT x.* FROM g, near_ordinals n CROSS JOIN LATERAL (SELECT " + columns + " FROM " + table
        + " h WHERE ST_Covers(g.coverage, h.location) AND h.ordinal <> ALL (n.ordinals) OFFSET 0) x"
        + " UNION ALL SELECT h.* FROM near h, g WHERE CASE " + exactClass("g.coverage", "h.location")
        + " WHEN 2 THEN true WHEN 1 THEN"
        + " EXISTS (SELECT 1 FROM " + s + ".coverage_group o WHERE o.municipality = ? AND o.coverage && h.location"
        + " AND " + covers + " = 2)"
        + " OR NOT EXISTS (SELECT 1 FROM " + s + ".coverage_group o WHERE o.municipality = ?"
        + " AND o.sort_key < g.sort_key AND o.coverage && h.location AND " + covers + " > 0)"
        + " ELSE false END)"
        + " SELECT " + CoverageSql.HOUSEHOLD_COLUMNS + " FROM mine h ORDER BY h.ordinal";
  }
}
