package nl.dekking.examples;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.dekking.analysis.AnalysisSettings;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.MunicipalitySplit;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.analysis.Language;
import nl.dekking.index.CoverageIndex;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import nl.dekking.plan.Plan;
import nl.dekking.plan.PlanSettings;
import nl.dekking.plan.PlanWriter;
import nl.dekking.plan.Planner;
import nl.dekking.report.NationalReportWriter;
import nl.dekking.report.ReportWriter;
import nl.dekking.report.map.MapBackground;
import nl.dekking.report.words.CapacityText;
import nl.dekking.rules.GroupRules;
import nl.dekking.rules.GroupRulesJson;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
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
  Source source;

  static final class Source {
    @Option(names = "--sample", required = true,
        description = "Use the bundled sample: the real addresses of Otterlo and Wekerom with invented sample groups.")
    boolean sample;

    @ArgGroup(exclusive = false)
    Inputs files;
  }

  static final class Inputs {
    @Option(names = "--households", required = true, paramLabel = "FILE",
        description = "Addresses: GeoJSON, GeoPackage (BAG, INSPIRE Adressen) or CSV.")
    Path households;

    @Option(names = "--groups", required = true, paramLabel = "FILE",
        description = "Group areas: GeoJSON, KML (Google My Maps) or GeoPackage.")
    Path groups;

    @Option(names = "--streets", paramLabel = "FILE",
        description = "Street centre lines: GeoJSON or GeoPackage (NWB). Without it, streets come from the addresses.")
    Path streets;

    @Option(names = "--neighbourhoods", paramLabel = "FILE",
        description = "CBS buurten or wijken: GeoJSON or GeoPackage, to compare with CBS household counts.")
    Path neighbourhoods;

    @Option(names = "--layer", paramLabel = "NAME",
        description = "The GeoPackage layer of the households (default: verblijfsobject, or the only point layer).")
    String layer;

    @Option(names = "--gemeente", paramLabel = "CODE|NAME",
        description = {"Keep only this municipality (GM0074 or Heerenveen): neighbourhoods and streets by the",
            "municipality they name; addresses by lying inside those neighbourhoods, and street lines by",
            "crossing them (needs --neighbourhoods)."})
    String municipality;
  }

  @picocli.CommandLine.Mixin
  MapBackgroundOptions mapBackground;

  @Option(names = "--rules", paramLabel = "heerenveen|harlingen|FILE", defaultValue = "heerenveen",
      description = "The municipality's rules: a preset or a JSON file (default: ${DEFAULT-VALUE}).")
  String rules;

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
    GroupRules groupRules = rules(rules);

    checkOut(out);
    progress.step("loading");
    Dataset dataset = source.sample ? SampleData.load() : load(source.files);
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
    MapBackground background = source.sample && mapBackground.inputs().isEmpty() ? SampleMap.background()
        : mapBackground.read();
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
    GroupRules groupRules = rules(rules);
    checkOut(out);
    HeapNeed.check(source.files.households, Runtime.getRuntime().maxMemory());
    progress.step("loading");
    Dataset dataset = load(source.files);
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
    List<Path> inputs = new ArrayList<>();
    if (source.files != null) {
      for (Path p : new Path[] {source.files.households, source.files.groups, source.files.streets,
          source.files.neighbourhoods}) {
        if (p != null) {
          inputs.add(p);
        }
      }
    }
    if (!List.of("heerenveen", "harlingen").contains(rules.toLowerCase(Locale.ROOT))) {
      inputs.add(Path.of(rules));
    }
    inputs.addAll(mapBackground.inputs());
    return inputs;
  }

  static GroupRules rules(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "heerenveen" -> GroupRules.heerenveen();
      case "harlingen" -> GroupRules.harlingen();
      default -> {
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
          throw new IllegalArgumentException("--rules must be heerenveen, harlingen or a JSON file; no file " + value);
        }
        yield GroupRulesJson.read(file);
      }
    };
  }

  private static Dataset load(Inputs files) {
    ReadOptions options = ReadOptions.defaults();
    if (files.municipality != null) {
      options = options.withMunicipality(files.municipality);
    }
    ReadOptions householdOptions = files.layer == null ? options : options.withLayer(files.layer);
    ReadOptions others = options;
    // groups, streets and neighbourhoods are read on another thread while the households are: the household
    // reader's own thread is what a national file waits for. Errors still come in file order.
    ExecutorService background = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "dekking-read");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<List<Group>> groupsRead = background.submit(
          () -> DataFiles.readGroups(files.groups, ReadOptions.defaults()));
      Future<List<Street>> streetsRead = background.submit(
          () -> files.streets == null ? List.<Street>of() : DataFiles.readStreets(files.streets, others));
      Future<List<Neighbourhood>> neighbourhoodsRead = background.submit(() -> files.neighbourhoods == null
          ? List.<Neighbourhood>of() : DataFiles.readNeighbourhoods(files.neighbourhoods, others));
      List<Household> households = DataFiles.readHouseholds(files.households, householdOptions);
      return dataset(files, households, result(groupsRead), result(streetsRead), result(neighbourhoodsRead));
    } finally {
      background.shutdownNow();
    }
  }

  /** What a background read returned, or what it threw, as thrown. */
  private static <T> T result(Future<T> read) {
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the input files", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Dataset dataset(Inputs files, List<Household> households, List<Group> groups, List<Street> streets,
      List<Neighbourhood> neighbourhoods) {
    Dataset dataset = new Dataset(files.households.getFileName().toString(), households, streets, groups,
        neighbourhoods);
    if (files.municipality == null) {
      return dataset;
    }
    // BAG and INSPIRE addresses and GeoJSON street lines name no municipality: keep those inside (or crossing)
    // the municipality's neighbourhoods
    if (files.neighbourhoods == null) {
      throw new IllegalArgumentException("--gemeente " + files.municipality + " needs --neighbourhoods (CBS buurten"
          + " or wijken): addresses name no municipality, so Dekking keeps those inside its neighbourhoods");
    }
    return dataset.clippedTo(neighbourhoods);
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
