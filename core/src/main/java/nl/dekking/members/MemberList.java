package nl.dekking.members;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.dekking.model.Address;

/**
 * Reads a member list: CSV {@code groep;postcode;huisnummer[;huisletter;toevoeging]}, one member a line, separator
 * {@code ;} or {@code ,}, an optional header line (recognised by a house number that is not a number), UTF-8.
 * Stateless; thread-safe.
 */
public final class MemberList {

  private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");

  private MemberList() {
  }

  /**
   * The members in the file, in file order.
   *
   * @throws IllegalArgumentException naming the file and line that cannot be read
   */
  public static List<Member> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read member list " + file + ": " + e.getMessage(), e);
    }
    return parse(lines, file.toString());
  }

  static List<Member> parse(List<String> lines, String source) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(line.contains(";") ? ";" : ",", -1);
      for (int k = 0; k < f.length; k++) {
        f[k] = f[k].strip().replaceAll("^\"|\"$", "");
      }
      if (f.length < 3) {
        throw new IllegalArgumentException("member list " + source + ", line " + (i + 1)
            + ": expected groep;postcode;huisnummer[;huisletter;toevoeging], was '" + line + "'");
      }
      if (members.isEmpty() && !f[2].matches("\\d+")) {
        continue; // the header
      }
      if (!POSTCODE.matcher(f[1]).matches()) {
        throw new IllegalArgumentException("member list " + source + ", line " + (i + 1) + ": postcode must look like 1234AB, was '" + f[1] + "'");
      }
      int number;
      try {
        number = Integer.parseInt(f[2]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("member list " + source + ", line " + (i + 1) + ": house number must be a number, was '" + f[2] + "'", e);
      }
      String letter = f.length > 3 ? f[3] : "";
      String suffix = f.length > 4 ? f[4] : "";
      members.add(new Member(f[0], new Address.Key(f[1], number, letter, suffix), i + 1));
    }
    return members;
  }
}
