package nl.dekking.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.dekking.index.Assignment;
import nl.dekking.index.CoverageIndex;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dekking report}: which households each group covers, and how many no group covers.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Report per group the households it covers and the households no group covers.")
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
    Files files;
  }

  static final class Files {
    @Option(names = "--households", required = true, paramLabel = "FILE",
        description = "Addresses (households) as GeoJSON: WGS84, or RD New with a crs member.")
    Path households;

    @Option(names = "--groups", required = true, paramLabel = "FILE",
        description = "Group areas as GeoJSON (Polygon or MultiPolygon).")
    Path groups;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err);

    progress.step("loading");
    Dataset dataset = source.sample ? SampleData.load() : load(source.files);
    progress.done(String.format(Locale.ROOT, "%,d households, %,d groups", dataset.households().size(), dataset.groups().size()));

    progress.step("indexing");
    CoverageIndex index = CoverageIndex.build(dataset.groups());
    progress.done(index.size() + " groups");

    progress.step("assigning");
    Assignment assignment = index.assign(dataset.households());
    progress.done(String.format(Locale.ROOT, "%,d households", assignment.size()));

    printTable(out, dataset, index, assignment);
    return 0;
  }

  private static Dataset load(Files files) {
    List<Household> households = GeoJsonReader.readHouseholds(files.households);
    List<Group> groups = GeoJsonReader.readGroups(files.groups);
    return Dataset.of(files.households.getFileName().toString(), households, groups);
  }

  static void printTable(PrintWriter out, Dataset dataset, CoverageIndex index, Assignment assignment) {
    int idWidth = "group".length();
    int nameWidth = "name".length();
    for (Group g : index.groups()) {
      idWidth = Math.max(idWidth, g.id().length());
      nameWidth = Math.max(nameWidth, g.name().length());
    }
    String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %10s%n";
    out.printf(Locale.ROOT, "%s: %,d households, %,d groups%n%n", dataset.name(), assignment.size(), index.size());
    out.printf(Locale.ROOT, row, "group", "name", "households");
    for (int g = 0; g < index.size(); g++) {
      out.printf(Locale.ROOT, row, index.group(g).id(), index.group(g).name(), String.format(Locale.ROOT, "%,d", assignment.householdsOf(g)));
    }
    out.println();
    out.printf(Locale.ROOT, "covered by one group:          %,8d%n", assignment.coveredByOne());
    out.printf(Locale.ROOT, "covered by two or more groups: %,8d%n", assignment.coveredByMultiple());
    out.printf(Locale.ROOT, "not covered by any group:      %,8d%n", assignment.uncovered());
  }
}
