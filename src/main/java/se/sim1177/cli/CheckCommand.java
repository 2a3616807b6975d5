package se.sim1177.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.sim1177.app.ScenarioSource;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;

/** {@code sim1177 check}: validate a scenario without running it. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Validate a scenario file and print what it describes; runs nothing.")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  private Path scenario;

  @Mixin
  private OverrideOptions overrides = new OverrideOptions();

  @Override
  public Integer call() {
    try {
      Scenario s = ScenarioSource.file(scenario).read(overrides.sets);
      describe(s);
      return Main.OK;
    } catch (ScenarioException e) {
      return Problems.report(e, main.err);
    }
  }

  private static String plural(int count) {
    return count == 1 ? "" : "s";
  }

  private void describe(Scenario s) {
    double factorSum = s.arrivals().weekdayFactors().stream().mapToDouble(Double::doubleValue).sum();
    double firstAttemptsPerWeek = s.arrivals().callsPerDay() * factorSum;
    double handleHoursPerWeek = firstAttemptsPerWeek * s.handling().meanHandleSeconds() / 3600;
    double nurseHoursPerWeek = 0;
    for (StaffGroup g : s.staff()) {
      for (Shift sh : g.shifts()) {
        nurseHoursPerWeek += Integer.bitCount(sh.days().mask()) * sh.nurses() * sh.lengthMinutes() / 60.0 * (1 - g.absence());
      }
    }
    main.out.printf(Locale.ROOT, "ok: %s%n", s.name());
    int days = s.simulation().days();
    int warmup = s.simulation().warmupDays();
    main.out.printf(Locale.ROOT, "  simulation: %d day%s after %d warm-up day%s, %d replications, seed %d%n",
        days, plural(days), warmup, plural(warmup), s.simulation().replications(), s.simulation().seed());
    main.out.printf(Locale.ROOT, "  first attempts: %.0f a week; at %.1f min mean handling that is %.0f nurse hours of calls%n",
        firstAttemptsPerWeek, s.handling().meanHandleSeconds() / 60, handleHoursPerWeek);
    main.out.printf(Locale.ROOT, "  staff: %d group%s, %.0f nurse hours a week after expected absence%n",
        s.staff().size(), plural(s.staff().size()), nurseHoursPerWeek);
    if (s.chat() != se.sim1177.scenario.Chat.NONE) {
      var chat = s.chat();
      main.out.printf(Locale.ROOT, "  1177 direkt: %.0f %% adoption (%.0f chats a week), %d open window%s, up to %d chat%s per nurse,"
          + " %.1f min nurse time per chat%n", 100 * chat.adoption(), firstAttemptsPerWeek * chat.adoption() * (1 + chat.inducedDemand()),
          chat.open().size(), plural(chat.open().size()), chat.concurrency(), plural(chat.concurrency()), chat.nurseTime().mean() / 60);
    }
    if (nurseHoursPerWeek > 0) {
      main.out.printf(Locale.ROOT, "  load before redials and handle-time factors: %.0f %% of staffed hours%n",
          100 * handleHoursPerWeek / nurseHoursPerWeek);
    } else {
      main.out.println("  no nurse hours are rostered: every call will wait until it is abandoned");
    }
  }
}
