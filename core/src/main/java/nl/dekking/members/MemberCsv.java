package nl.dekking.members;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;

/**
 * Writes the internal {@code members.csv}: one line per offending member with the address and what is wrong, for
 * the safety officer only (personal data: never part of a public output). Columns
 * {@code groep;postcode;huisnummer;huisletter;toevoeging;bevinding;overtreding}, separator {@code ;}, UTF-8 with a
 * byte-order mark so Excel on Dutch Windows reads it. Stateless; thread-safe.
 */
public final class MemberCsv {

  /** The file name in an output folder. */
  public static final String FILE = "members.csv";

  private MemberCsv() {
  }

  /** The CSV bytes. */
  public static byte[] bytes(MemberCheck check) {
    requireNonNull(check, "check");
    StringBuilder sb = new StringBuilder("\uFEFFgroep;postcode;huisnummer;huisletter;toevoeging;bevinding;overtreding\r\n");
    for (MemberCheck.Finding f : check.findings()) {
      Member m = f.member();
      sb.append(cell(m.group())).append(';').append(m.key().postcode()).append(';').append(m.key().houseNumber()).append(';')
          .append(cell(m.key().letter())).append(';').append(cell(m.key().suffix())).append(';').append(f.problem().dutch())
          .append(';').append(f.violation() ? "ja" : "nee").append("\r\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String cell(String s) {
    String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return safe.contains(";") || safe.contains("\"") || safe.contains("\n") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }
}
