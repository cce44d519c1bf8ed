package nl.dekking.model;

import static java.util.Objects.requireNonNull;

import nl.dekking.crs.RdNew;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A neighbourhood-watch WhatsApp group: the area it watches and who runs it.
 *
 * <p>The area is a Polygon or MultiPolygon in RD New. It need not be valid: hand-drawn maps self-intersect,
 * and the analysis repairs and reports them. It must be non-empty with finite coordinates inside the
 * Netherlands' extent ({@link RdNew#requireInNetherlands(Geometry, String)}, as a {@link Household}'s point), with
 * SRID 28992 or none. Lists and maps hold no nulls, and every text follows {@link Text}'s rule; a value that
 * breaks either is refused with a message naming the group.
 *
 * @param id a stable identifier, not blank; groups in one dataset have distinct ids
 * @param name the name shown to people
 * @param area the watched area, Polygon or MultiPolygon in RD New
 * @param members the number of members (deelnemers), 0 or more
 * @param admins the admins (beheerders, coördinatoren) with their contact details
 * @param metadata free properties from the source (status, patrols, notes), in their source order
 */
public record Group(String id, String name, Geometry area, int members, List<Contact> admins, Map<String, String> metadata) {

  public Group {
    requireNonNull(id, "group id");
    id = Text.requirePlain(id, "group id").strip();
    String group = "group '" + id + "'";
    requireNonNull(name, () -> group + " name");
    requireNonNull(area, () -> group + " area");
    requireNonNull(admins, () -> group + " admins");
    requireNonNull(metadata, () -> group + " metadata");
    name = Text.requirePlain(name, group + " name").strip();
    if (id.isEmpty()) {
      throw new IllegalArgumentException("group id must not be blank (name '" + name + "')");
    }
    if (name.isEmpty()) {
      name = id;
    }
    if (!(area instanceof Polygon || area instanceof MultiPolygon)) {
      throw new IllegalArgumentException("group '" + id + "' area is not a polygon: " + area.getGeometryType());
    }
    if (area.isEmpty()) {
      throw new IllegalArgumentException("group '" + id + "' area is empty");
    }
    for (Coordinate c : area.getCoordinates()) {
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        throw new IllegalArgumentException("group '" + id + "' area has a non-finite coordinate: " + c.x + ", " + c.y);
      }
    }
    if (area.getSRID() != 0 && area.getSRID() != RdNew.EPSG) {
      throw new IllegalArgumentException(group + " area is in EPSG:" + area.getSRID() + "; a group's area is in RD New"
          + " (EPSG:28992): transform it first (CrsTransform)");
    }
    RdNew.requireInNetherlands(area, group + " area");
    if (members < 0) {
      throw new IllegalArgumentException("group '" + id + "' member count must be 0 or more, was " + members);
    }
    for (int i = 0; i < admins.size(); i++) {
      if (admins.get(i) == null) {
        throw new IllegalArgumentException(group + " admin " + (i + 1) + " of " + admins.size() + " is null");
      }
    }
    admins = List.copyOf(admins);
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : metadata.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException(group + " metadata " + (e.getKey() == null ? "has a null key"
            : "'" + e.getKey() + "' is null") + "; leave absent properties out");
      }
      copy.put(Text.requirePlain(e.getKey(), group + " metadata key"),
          Text.requirePlain(e.getValue(), group + " metadata '" + e.getKey() + "'"));
    }
    metadata = Collections.unmodifiableMap(copy);
    area = area.copy();
    area.setUserData(null);
  }

  /** A group with an area and no members, admins or metadata yet. */
  public static Group of(String id, String name, Geometry area) {
    return new Group(id, name, area, 0, List.of(), Map.of());
  }

  /**
   * The area. JTS geometries are mutable; this returns a copy so the group stays immutable. Hot paths build a
   * {@code CoverageIndex} once instead of calling this per lookup.
   */
  @Override
  public Geometry area() {
    return area.copy();
  }

  /** This group with another member count. */
  public Group withMembers(int newMembers) {
    return new Group(id, name, area, newMembers, admins, metadata);
  }

  /** This group with another area. */
  public Group withArea(Geometry newArea) {
    return new Group(id, name, newArea, members, admins, metadata);
  }

  /** This group with other admins. */
  public Group withAdmins(List<Contact> newAdmins) {
    return new Group(id, name, area, members, newAdmins, metadata);
  }

  /** The admins whose details may be published. */
  public List<Contact> publicAdmins() {
    return admins.stream().filter(Contact::isPublic).toList();
  }

  @Override
  public String toString() {
    return "Group[" + id + " '" + name + "', " + members + " members, " + admins.size() + " admins]";
  }
}
