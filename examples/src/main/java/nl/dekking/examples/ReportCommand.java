package nl.dekking.examples;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.dekking.analysis.CoverageAnalysis;
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
import nl.dekking.report.CoverageReportWriter;
import nl.dekking.report.html.HtmlReport;
import nl.dekking.report.map.MapBackground;
import nl.dekking.rules.CapacityState;
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
        "Prints a table per group and writes summary.json, CSV and GeoJSON files into the output folder."})
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

  @Option(names = "--rules", paramLabel = "heerenveen|harlingen|FILE", defaultValue = "heerenveen",
      description = "The municipality's rules: a preset or a JSON file (default: ${DEFAULT-VALUE}).")
  String rules;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "dekking-report",
      description = "Folder for the report files (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
      description = "Language of the report (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--members", paramLabel = "FILE",
      description = {"A member list (CSV groep;postcode;huisnummer[;huisletter;toevoeging]): counts members per group",
          "against the rules; the offending addresses go to members.csv (internal only)."})
  Path members;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Progress progress = new Progress(spec.commandLine().getErr());
    Language language = Language.of(lang);
    GroupRules groupRules = rules(rules);

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
    List<Path> written = CoverageReportWriter.write(report, out, language);
    MapBackground background = source.sample ? SampleMap.background() : MapBackground.empty();
    HtmlReport.Files html = HtmlReport.write(report, dataset, background, language, out, progress::detail);
    progress.done((written.size() + 5) + " files in " + out.toAbsolutePath().normalize());

    memberReport.write(out);
    printTable(stdout, report);
    memberReport.print(stdout);
    long overCapacity = report.groups().stream().filter(g -> g.capacityState() == CapacityState.OVER_CAPACITY).count();
    stdout.printf(Locale.ROOT, "%nreport: %s (%.1f%% of %,d households covered, %,d without a group, %d group%s over capacity)%n",
        html.html().toAbsolutePath().normalize(), 100.0 * report.covered() / Math.max(1, report.households()),
        report.households(), report.uncovered(), overCapacity, overCapacity == 1 ? "" : "s");
    return 0;
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
    List<Household> households = DataFiles.readHouseholds(files.households, householdOptions);
    List<Group> groups = DataFiles.readGroups(files.groups, ReadOptions.defaults());
    List<Street> streets = files.streets == null ? List.of() : DataFiles.readStreets(files.streets, options);
    List<Neighbourhood> neighbourhoods =
        files.neighbourhoods == null ? List.of() : DataFiles.readNeighbourhoods(files.neighbourhoods, options);
    if (files.municipality != null && !neighbourhoods.isEmpty()) {
      // BAG and INSPIRE addresses and GeoJSON street lines name no municipality: keep those inside (or crossing)
      // the municipality's neighbourhoods
      households = within(households, neighbourhoods);
      streets = crossing(streets, neighbourhoods);
    }
    return new Dataset(files.households.getFileName().toString(), households, streets, groups, neighbourhoods);
  }

  static List<Household> within(List<Household> households, List<Neighbourhood> neighbourhoods) {
    List<Group> areas = new ArrayList<>();
    for (Neighbourhood n : neighbourhoods) {
      areas.add(Group.of(n.code(), n.name(), n.area()));
    }
    CoverageIndex index = CoverageIndex.build(areas);
    List<Household> kept = new ArrayList<>();
    for (Household h : households) {
      if (index.locate(h.x(), h.y()) != CoverageIndex.NONE) {
        kept.add(h);
      }
    }
    return kept;
  }

  /** The streets whose line meets one of the neighbourhoods, and those without a line (nothing to place). */
  static List<Street> crossing(List<Street> streets, List<Neighbourhood> neighbourhoods) {
    STRtree tree = new STRtree();
    for (Neighbourhood n : neighbourhoods) {
      tree.insert(n.area().getEnvelopeInternal(), PreparedGeometryFactory.prepare(n.area()));
    }
    List<Street> kept = new ArrayList<>();
    for (Street street : streets) {
      if (street.line().isEmpty()) {
        kept.add(street);
        continue;
      }
      Geometry line = street.line().get();
      for (Object area : tree.query(line.getEnvelopeInternal())) {
        if (((PreparedGeometry) area).intersects(line)) {
          kept.add(street);
          break;
        }
      }
    }
    return kept;
  }

  static void printTable(PrintWriter out, CoverageReport report) {
    int idWidth = "group".length();
    int nameWidth = "name".length();
    for (GroupCoverage g : report.groups()) {
      idWidth = Math.max(idWidth, g.id().length());
      nameWidth = Math.max(nameWidth, g.name().length());
    }
    String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %10s  %7s  %s%n";
    out.printf(Locale.ROOT, "%s: %,d households, %,d groups (rules: %s)%n%n", report.datasetName(), report.households(),
        report.groups().size(), report.rules().name());
    out.printf(Locale.ROOT, row, "group", "name", "households", "members", "capacity");
    for (GroupCoverage g : report.groups()) {
      String capacity = g.capacityState().name();
      if (g.groupsNeeded() > 1) {
        capacity += " (split into " + g.groupsNeeded() + " groups)";
      }
      out.printf(Locale.ROOT, row, g.id(), g.name(), String.format(Locale.ROOT, "%,d", g.households()),
          String.format(Locale.ROOT, "%,d", g.members()), capacity);
    }
    out.println();
    out.printf(Locale.ROOT, "covered by one group:          %,8d%n", report.coveredByOne());
    out.printf(Locale.ROOT, "covered by two or more groups: %,8d%n", report.coveredByMultiple());
    out.printf(Locale.ROOT, "not covered by any group:      %,8d%n", report.uncovered());
  }
}
