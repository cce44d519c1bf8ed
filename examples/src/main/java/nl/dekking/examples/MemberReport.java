package nl.dekking.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import nl.dekking.report.ReportWriter;
import java.util.Locale;
import java.util.Optional;
import nl.dekking.index.CoverageMap;
import nl.dekking.members.MemberCheck;
import nl.dekking.members.MemberChecker;
import nl.dekking.members.MemberCsv;
import nl.dekking.members.MemberList;
import nl.dekking.analysis.Language;
import nl.dekking.model.Dataset;
import nl.dekking.report.words.MemberText;
import nl.dekking.rules.GroupRules;

/**
 * The {@code report --members FILE} part of the report command, kept apart from the report writing: checks the
 * member list, replaces the declared member counts by the counted ones, writes the offending addresses to the
 * internal {@code members.csv} and prints the counts (no addresses). Without {@code --members} it does nothing.
 */
final class MemberReport {

  private final Optional<MemberCheck> check;

  private MemberReport(Optional<MemberCheck> check) {
    this.check = check;
  }

  static MemberReport check(Path members, Dataset dataset, GroupRules rules) {
    if (members == null) {
      return new MemberReport(Optional.empty());
    }
    return new MemberReport(Optional.of(
        MemberChecker.check(CoverageMap.of(dataset.groups()), dataset.households(), MemberList.read(members), rules)));
  }

  /** The member check, when a list was given: its counts are for report.html and summary.json. */
  Optional<MemberCheck> result() {
    return check;
  }

  Dataset applyTo(Dataset dataset) {
    return check.map(c -> c.applyTo(dataset)).orElse(dataset);
  }

  /**
   * The report writer with the member check: its counts in report.html and summary.json, and members.csv
   * (internal: the offending members' addresses) among its files, all written all or nothing with the report.
   */
  ReportWriter addTo(ReportWriter writer) {
    return check.map(writer::withMembers).orElse(writer);
  }

  void print(PrintWriter stdout) {
    if (check.isEmpty()) {
      return;
    }
    MemberCheck c = check.get();
    stdout.printf(Locale.ROOT, "%nmember list (rules %s: members live in the area %s, one member per household %s)%n",
        c.rules().name(), c.rules().residentsOnly() ? "required" : "not required", c.rules().oneMemberPerHousehold() ? "required" : "not required");
    String row = "%-12s %8s %8s %13s %12s %15s %11s%n";
    stdout.printf(Locale.ROOT, row, "group", "declared", "counted", "outside area", "second in hh", "unknown address", "violations");
    for (MemberCheck.GroupMembers g : c.groups()) {
      stdout.printf(Locale.ROOT, row, g.id(), g.declared(), g.counted(), g.outsideArea(), g.secondInHousehold(), g.unknownAddress(),
          g.violations());
    }
    if (!c.unknownGroups().isEmpty()) {
      stdout.println(MemberText.unknownGroups(c, Language.EN));
    }
    if (!c.unlisted().isEmpty()) {
      stdout.println(MemberText.unlisted(c, Language.EN));
    }
    stdout.println("offending members' addresses: " + MemberCsv.FILE + " (internal; never publish)");
  }
}
