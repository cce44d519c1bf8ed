package nl.dekking.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.model.Dataset;
import nl.dekking.plan.Plan;
import nl.dekking.plan.PlanQuality;
import nl.dekking.plan.PlanSettings;
import nl.dekking.plan.PlanWriter;
import nl.dekking.plan.Planner;
import nl.dekking.plan.Proposal;
import nl.dekking.plan.ProposedGroup;
import nl.dekking.rules.GroupRules;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dekking plan}: proposes how to split every group whose area holds more households than one group may serve,
 * and new groups for the larger places without a group, street by street. Writes {@code proposals.geojson},
 * {@code proposals.csv}, {@code summary.json} and {@code plan.html} into {@code --out}.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Propose splits for groups whose area holds more households than one group may serve, and new",
        "groups for places without a group, street by street. Writes proposals.geojson, proposals.csv,",
        "summary.json and plan.html into the output folder."})
final class PlanCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  CoverageInputs.OrSample source;

  @Mixin
  RulesOption rules;

  @Option(names = "--households-per-group", paramLabel = "N",
      description = "The most households one proposed group may serve (default: the rules' soft member cap).")
  Integer householdsPerGroup;

  @Option(names = "--min-gap-households", paramLabel = "N",
      defaultValue = "" + PlanSettings.DEFAULT_MINIMUM_GAP_HOUSEHOLDS,
      description = "The fewest households a place without a group needs for a new group (default: ${DEFAULT-VALUE}).")
  int minimumGapHouseholds;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "dekking-plan",
      description = "Folder for the plan files (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
      description = "Language of the plan (default: ${DEFAULT-VALUE}).")
  String lang;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Progress progress = new Progress(spec.commandLine().getErr());
    Language language = Language.of(lang);
    GroupRules groupRules = rules.read();
    PlanSettings settings = PlanSettings.of(groupRules).withMinimumGapHouseholds(minimumGapHouseholds);
    if (householdsPerGroup != null) {
      settings = settings.withHouseholdsPerGroup(householdsPerGroup);
    }

    progress.step("loading");
    Dataset dataset = source.load();
    progress.done(String.format(Locale.ROOT, "%,d addresses, %,d groups", dataset.households().size(),
        dataset.groups().size()));

    progress.step("analysing");
    CoverageReport report = CoverageAnalysis.withDefaults().analyse(dataset, groupRules, progress::detail);
    progress.done(String.format(Locale.ROOT, "%,d households, %,d without a group", report.households(),
        report.uncovered()));

    progress.step("planning");
    Plan plan = Planner.plan(dataset, report, settings);
    PlanQuality quality = plan.quality();
    progress.done(String.format(Locale.ROOT, "%d proposed groups (at least %d needed), %d over the cap",
        quality.parts(), quality.minimumParts(), quality.capViolations()));

    progress.step("writing");
    List<Path> written = PlanWriter.write(plan, report, out, language, source.files());
    progress.done(written.size() + " files in " + out.toAbsolutePath().normalize());

    for (Proposal p : plan.splits()) {
      stdout.printf(Locale.ROOT, "%s (%d households) -> %d groups%n", p.parent(), p.households().size(),
          p.groups().size());
      for (ProposedGroup g : p.groups()) {
        stdout.printf(Locale.ROOT, "  %s (%d): %s%n", g.id(), g.householdCount(), g.streetsText(language));
      }
    }
    stdout.printf(Locale.ROOT, "%nplan: %s (%d groups split at %d households per group; %d new groups for %,d of %,d "
            + "households without a group)%n", out.resolve("plan.html").toAbsolutePath().normalize(),
        plan.splits().size(), settings.householdsPerGroup(),
        plan.newGroups().stream().mapToInt(p -> p.groups().size()).sum(), plan.uncoveredPlanned(), plan.uncovered());
    return 0;
  }
}
