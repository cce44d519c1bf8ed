package nl.dekking.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.dekking.analysis.Language;
import nl.dekking.index.CoverageMap;
import nl.dekking.io.BagFilter;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.lookup.AddressLookup;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.publish.PublicGroups;
import picocli.CommandLine.Option;

/** The inputs of {@code lookup} and {@code publish}: addresses, groups (or the bundled sample) and the contact. */
final class LookupSource {

  @Option(names = "--households", paramLabel = "FILE", description = CoverageInputs.HOUSEHOLDS)
  Path households;

  @Option(names = "--groups", paramLabel = "FILE", description = CoverageInputs.GROUPS)
  Path groups;

  @Option(names = "--layer", paramLabel = "NAME", description = ReportInputs.LAYER)
  String layer;

  @Option(names = "--homes-only",
      description = {"From a BAG GeoPackage, only homes (gebruiksdoel woonfunctie), as the report counts them.",
          "Default: every address in use (homes, shops, offices, berths), so any real address can be looked up."})
  boolean homesOnly;

  @Option(names = "--sample", description = InputSource.SAMPLE)
  boolean sample;

  @Option(names = "--contact", paramLabel = "TEXT", defaultValue = "",
      description = "The municipality's contact for joining or starting a group, e.g. \"veiligheid@heerenveen.nl, 14 0513\".")
  String contact;

  /** The lookup over the inputs, its groups published with their streets in this language. */
  AddressLookup lookup(Language language) {
    List<Household> h;
    List<Group> g;
    if (sample) {
      if (households != null || groups != null) {
        throw new IllegalArgumentException("give either --sample or --households and --groups, not both");
      }
      h = SampleData.households();
      g = SampleData.groups();
    } else {
      if (households == null || groups == null) {
        throw new IllegalArgumentException("need --households FILE and --groups FILE (or --sample)");
      }
      ReadOptions options = ReadOptions.defaults().withBag(new BagFilter(homesOnly, true, true));
      options = layer == null ? options : options.withLayer(layer);
      h = DataFiles.readHouseholds(households, options);
      g = DataFiles.readGroups(groups, ReadOptions.defaults());
    }
    AddressLookup plain = AddressLookup.of(CoverageMap.of(g), h, contact);
    return plain.withGroups(PublicGroups.of(plain, contact, language));
  }

  /** The files read. */
  List<Path> inputs() {
    List<Path> inputs = new ArrayList<>();
    if (households != null) {
      inputs.add(households);
    }
    if (groups != null) {
      inputs.add(groups);
    }
    return inputs;
  }
}
