package nl.dekking.examples;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.dekking.analysis.AnalysisSettings;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.MunicipalitySplit;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.analysis.Language;
import nl.dekking.model.Dataset;
import nl.dekking.plan.Plan;
import nl.dekking.plan.PlanSettings;
import nl.dekking.plan.PlanWriter;
import nl.dekking.plan.Planner;
import nl.dekking.report.NationalReportWriter;
import nl.dekking.report.ReportWriter;
import nl.dekking.report.map.MapBackground;
import nl.dekking.report.words.CapacityText;
import nl.dekking.rules.GroupRules;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dekking report}: which households each group covers, the gaps and overlaps, and each group's state
 * against the municipality's rules. Prints a per-group table and writes the report files into {@code --out}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Report per group the households it covers, the gaps, the overlaps and the map's drawing errors.",
        "Prints a table per group and writes the report (report.html, map, summary.json, CSV, GeoJSON and KML) into",
        "the output folder, all or nothing: a failure leaves the previous report as it was."})
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  ReportInputs.OrSample source;

  @Mixin
  MapBackgroundOptions mapBackground;

  @Mixin
  RulesOption rules;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "dekking-report",
      description = "Folder for the report files (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
      description = "Language of the report and of this table (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "Title of report.html and summary.json (default: \"Dekking van de buurtpreventiegroepen: \" and the data's name).")
  String title;

  @Option(names = "--members", paramLabel = "FILE",
      description = {"A member list (CSV groep;postcode;huisnummer[;huisletter;toevoeging]): counts members per group",
          "against the rules; the offending addresses go to members.csv (internal only)."})
  Path members;

  @Option(names = "--plan",
      description = {"Also propose how to split each group whose area holds more households than one group may",
          "serve, and new groups for the gaps (as the plan command does): plan.html, proposals.geojson and",
          "proposals.csv go into the report folder, and report.html links each group to split to its proposal."})
  boolean plan;

  @Option(names = "--per-gemeente",
      description = {"Write one full report per municipality into OUT/GMxxxx/, with OUT/index.html (a national",
          "overview) and OUT/summary.json; a household lies in the municipality of the neighbourhood covering it",
          "(needs --neighbourhoods: CBS wijken or buurten, which name their gemeentecode)."})
  boolean perMunicipality;

  @Override
  public Integer call() {
    if (perMunicipality) {
      return perMunicipality();
    }
    PrintWriter stdout = spec.commandLine().getOut();
    Progress progress = new Progress(spec.commandLine().getErr());
    Language language = Language.of(lang);
    GroupRules groupRules = rules.read();

    checkOut(out);
    progress.step("loading");
    Dataset dataset = source.load();
    progress.done(String.format(Locale.ROOT, "%,d addresses, %,d groups, %,d streets, %,d neighbourhoods",
        dataset.households().size(), dataset.groups().size(), dataset.streets().size(), dataset.neighbourhoods().size()));

    // --members (issue 14): the counted members replace the declared ones; see MemberReport
    MemberReport memberReport = MemberReport.check(members, dataset, groupRules);
    dataset = memberReport.applyTo(dataset);

    progress.step("analysing");
    CoverageReport report = CoverageAnalysis.withDefaults().analyse(dataset, groupRules, progress::detail);
    progress.done(String.format(Locale.ROOT, "%,d households, %,d gap clusters, %,d overlaps, %,d QA findings",
        report.households(), report.gapClusters().size(), report.overlaps().size(), report.findings().size()));

    progress.step("writing");
    MapBackground background = mapBackground.read(source.sample);
    ReportWriter writer = ReportWriter.of(language).withBackground(background).withInputs(inputs());
    if (title != null) {
      writer = writer.withTitle(title);
    }
    writer = memberReport.addTo(writer);
    if (plan) {
      progress.detail("planning splits and new groups");
      Plan proposals = Planner.plan(dataset, report, PlanSettings.of(groupRules));
      for (Map.Entry<String, byte[]> f : PlanWriter.filesForReport(proposals, report, language).entrySet()) {
        writer = writer.withExtraFile(f.getKey(), f.getValue());
      }
    }
    List<Path> written = writer.write(report, out, progress::detail);
    progress.done(written.size() + " files in " + out.toAbsolutePath().normalize());

    printTable(stdout, report, language);
    memberReport.print(stdout);
    boolean en = language == Language.EN;
    stdout.printf(locale(language), en ? "%nreport: %s (%.1f%% of %,d households covered, %,d without a group)%n%s%n"
            : "%nrapport: %s (%.1f%% van %,d huishoudens gedekt, %,d zonder groep)%n%s%n",
        out.resolve("report.html").toAbsolutePath().normalize(), 100.0 * report.covered() / Math.max(1, report.households()),
        report.households(), report.uncovered(), CapacityText.summary(CapacityText.count(report), language));
    return 0;
  }

  private int perMunicipality() {
    if (source.sample || source.files.neighbourhoods == null) {
      throw new IllegalArgumentException("--per-gemeente needs --households, --groups and --neighbourhoods (CBS wijken"
          + " or buurten, which name their gemeentecode)");
    }
    if (source.files.municipality != null) {
      throw new IllegalArgumentException("--per-gemeente writes every municipality; leave out --gemeente");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    Progress progress = new Progress(spec.commandLine().getErr());
    Language language = Language.of(lang);
    GroupRules groupRules = rules.read();
    checkOut(out);
    HeapNeed.check(source.files.households, Runtime.getRuntime().maxMemory());
    progress.step("loading");
    Dataset dataset = source.files.load();
    progress.done(String.format(Locale.ROOT, "%,d addresses, %,d groups, %,d neighbourhoods",
        dataset.households().size(), dataset.groups().size(), dataset.neighbourhoods().size()));
    progress.step("splitting by municipality");
    MunicipalitySplit split = MunicipalitySplit.of(dataset);
    dataset = null; // the parts hold what is needed from here on
    progress.done(String.format(Locale.ROOT, "%,d municipalities, %,d households outside every neighbourhood",
        split.parts().size(), split.outside()));
    progress.step("analysing and writing each municipality");
    ReportWriter writer = ReportWriter.of(language).withInputs(inputs());
    NationalReportWriter.Result result = NationalReportWriter.of(writer, language)
        .write(split, groupRules, AnalysisSettings.defaults(), out, progress::detail);
    progress.done(result.municipalities().size() + " reports, index.html and summary.json in "
        + out.toAbsolutePath().normalize());
    stdout.printf(Locale.ROOT, "%nreport: %s (%d municipalities, %.1f%% of %,d households covered)%n",
        out.resolve("index.html").toAbsolutePath().normalize(), result.municipalities().size(),
        100.0 * result.covered() / Math.max(1, result.households()), result.households());
    return 0;
  }

  /**
   * Refuses, before any reading, an output path below a file ("Not a directory" from the operating system, which
   * Java reports as "already exists").
   */
  static void checkOut(Path out) {
    for (Path p = out.toAbsolutePath().normalize().getParent(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p)) {
        throw new IllegalArgumentException("cannot write the report into " + out + ": " + p
            + " is a file, not a folder (Not a directory); choose a new or empty folder");
      }
    }
  }

  /** The files read, which the output folder may not hold. */
  private List<Path> inputs() {
    List<Path> inputs = new ArrayList<>(source.files());
    inputs.addAll(rules.files());
    inputs.addAll(mapBackground.inputs());
    return inputs;
  }

  static void printTable(PrintWriter out, CoverageReport report, Language language) {
    boolean en = language == Language.EN;
    Locale locale = locale(language);
    String[] head = en ? new String[] {"group", "name", "households", "members", "capacity", "advice"}
        : new String[] {"groep", "naam", "huishoudens", "leden", "capaciteit", "advies"};
    int idWidth = head[0].length();
    int nameWidth = head[1].length();
    int stateWidth = head[4].length();
    for (GroupCoverage g : report.groups()) {
      idWidth = Math.max(idWidth, g.id().length());
      nameWidth = Math.max(nameWidth, g.name().length());
      stateWidth = Math.max(stateWidth, CapacityText.state(g.capacityState(), report.rules(), language).length());
    }
    String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %11s  %7s  %-" + stateWidth + "s  %s%n";
    out.printf(locale, en ? "%s: %,d households, %,d groups (rules: %s)%n%n" : "%s: %,d huishoudens, %,d groepen (regels: %s)%n%n",
        report.datasetName(), report.households(), report.groups().size(), report.rules().name());
    out.printf(locale, row, (Object[]) head);
    for (GroupCoverage g : report.groups()) {
      out.printf(locale, row, g.id(), g.name(), String.format(locale, "%,d", g.households()),
          String.format(locale, "%,d", g.members()), CapacityText.state(g.capacityState(), report.rules(), language),
          CapacityText.advice(g, language));
    }
    out.println();
    if (en) {
      out.printf(locale, "covered by one group:          %,8d%n", report.coveredByOne());
      out.printf(locale, "covered by two or more groups: %,8d%n", report.coveredByMultiple());
      out.printf(locale, "not covered by any group:      %,8d%n", report.uncovered());
    } else {
      out.printf(locale, "gedekt door één groep:            %,8d%n", report.coveredByOne());
      out.printf(locale, "gedekt door twee of meer groepen: %,8d%n", report.coveredByMultiple());
      out.printf(locale, "door geen groep gedekt:           %,8d%n", report.uncovered());
    }
  }

  /** Numbers as the language writes them: 2,478 and 34.6 in English, 2.478 and 34,6 in Dutch. */
  static Locale locale(Language language) {
    return language == Language.EN ? Locale.UK : Locale.forLanguageTag("nl-NL");
  }

}
