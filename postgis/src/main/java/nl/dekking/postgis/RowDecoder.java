package nl.dekking.postgis;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekking.model.Address;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.store.VersionedGroup;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** Turns rows of {@link CoverageSql}'s queries back into model records. Thread-safe and stateless. */
final class RowDecoder {

  private RowDecoder() {
  }

  /** A household from {@link CoverageSql#HOUSEHOLD_COLUMNS}. */
  static Household household(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    Address address = new Address(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getString(7));
    Point p = (Point) GeometryCodec.read(rs.getBytes(8), "household " + id);
    return new Household(id, address, p.getX(), p.getY());
  }

  /** A group with its version from {@link CoverageSql#groupColumns}. */
  static VersionedGroup group(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    Geometry area = GeometryCodec.read(rs.getBytes(4), "group " + id);
    String[] keys = strings(rs.getArray(5));
    String[] values = strings(rs.getArray(6));
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      metadata.put(keys[i], values[i]);
    }
    String[] names = strings(rs.getArray(8));
    String[] emails = strings(rs.getArray(9));
    String[] phones = strings(rs.getArray(10));
    String[] consents = strings(rs.getArray(11));
    List<Contact> admins = new ArrayList<>(names.length);
    for (int i = 0; i < names.length; i++) {
      admins.add(new Contact(names[i], emails[i], phones[i], Consent.valueOf(consents[i])));
    }
    Group group = new Group(id, rs.getString(2), area, rs.getInt(3), admins, metadata);
    return new VersionedGroup(group, rs.getLong(7));
  }

  private static String[] strings(Array array) throws SQLException {
    if (array == null) {
      return new String[0];
    }
    try {
      return (String[]) array.getArray();
    } finally {
      array.free();
    }
  }
}
