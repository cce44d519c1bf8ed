package nl.dekking.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.dekking.analysis.Language;
import nl.dekking.lookup.AddressLookup;
import nl.dekking.publish.Dekkingskaart;
import nl.dekking.report.map.MapBackground;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dekking publish}: writes {@code DIR/dekkingskaart.html}, the public coverage map a municipality puts on its
 * website as it is or in an iframe. Only what {@link nl.dekking.model.PublicGroup} allows reaches it.
 */
@Command(name = "publish", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write the public dekkingskaart: DIR/dekkingskaart.html, one self-contained page where residents",
        "find the group for their address and see each group's streets and how to join."})
final class PublishCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  LookupSource source;

  @Mixin
  MapBackgroundOptions background;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "dekkingskaart",
      description = "Folder for dekkingskaart.html (default: ${DEFAULT-VALUE}); replaced as a whole.")
  Path out;

  @Option(names = "--title", paramLabel = "TEXT", description = "The page title (default: Dekkingskaart buurtpreventie).")
  String title;

  @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
      description = "Language of the page (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--rules", paramLabel = "heerenveen|harlingen|FILE",
      description = "The municipality's rules, checked for validity; the page itself shows no capacity.")
  String rules;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Progress progress = new Progress(spec.commandLine().getErr());
    Language language = Language.of(lang);
    if (rules != null) {
      RulesOption.read(rules);
    }
    progress.step("loading");
    AddressLookup lookup = source.lookup(language);
    MapBackground map = background.read(source.sample);
    progress.done(String.format(Locale.ROOT, "%,d addresses, %,d groups, %,d road shapes",
        lookup.households().size(), lookup.map().size(), map.roads().size()));
    progress.step("writing");
    List<Path> inputs = new ArrayList<>(source.inputs());
    inputs.addAll(background.inputs());
    Path page = Dekkingskaart.write(lookup, map, new Dekkingskaart.Settings(title, language), out, inputs);
    long size = page.toFile().length();
    progress.done(String.format(Locale.ROOT, "%,d bytes", size));
    int covered = 0;
    for (int i = 0; i < lookup.households().size(); i++) {
      covered += lookup.groupsOf(i).isEmpty() ? 0 : 1;
    }
    stdout.printf(Locale.ROOT, "dekkingskaart: %s (%,d groups, %,d of %,d addresses in a group, %.1f MB)%n",
        page.toAbsolutePath().normalize(), lookup.map().size(), covered, lookup.households().size(), size / 1e6);
    return 0;
  }
}
