package se.sim1177.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import se.sim1177.analytic.ErlangA;
import se.sim1177.analytic.ErlangC;

/** {@code sim1177 erlang}: Erlang C or Erlang A figures for one interval, for a range of staffing. */
@Command(name = "erlang", mixinStandardHelpOptions = true,
    description = {"Erlang C or, with --patience, Erlang A figures for one interval.",
        "Erlang C: no caller abandons. Erlang A: callers have exponential patience.",
        "The interval is stationary: constant arrival rate and staffing.",
        "Prints one row per staffing level."})
final class ErlangCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Option(names = "--calls-per-hour", required = true, paramLabel = "N", description = "Offered calls per hour.")
  private double callsPerHour;

  @Option(names = "--aht", required = true, paramLabel = "DURATION", converter = DurationConverter.class,
      description = {"Mean handling time, talk plus after-call work,", "like 8m."})
  private double handleSeconds;

  @Option(names = "--patience", paramLabel = "DURATION", converter = DurationConverter.class,
      description = {"Mean caller patience (exponential): gives Erlang A.", "Without it: Erlang C."})
  private Double patienceSeconds;

  @Option(names = "--nurses", paramLabel = "N", description = {"A staffing level like 12, or a range like 10..16.", "Default: a range around the load."})
  private String nurses;

  @Option(names = "--within", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5m",
      description = "Service-level threshold (default: ${DEFAULT-VALUE}).")
  private double withinSeconds;

  @Override
  public Integer call() {
    if (!(callsPerHour > 0) || Double.isInfinite(callsPerHour)) {
      main.err.println("error: --calls-per-hour " + callsPerHour + ": must be a positive number");
      return Main.BAD_INPUT;
    }
    double lambda = callsPerHour / 3600;
    double load = lambda * handleSeconds;
    int[] range = range(load);
    if (range == null) {
      main.err.println("error: --nurses " + nurses + ": must be a whole number like 12 or a range like 10..16 (from 1 up to 10000)");
      return Main.BAD_INPUT;
    }
    boolean erlangA = patienceSeconds != null;
    main.out.printf(Locale.ROOT, "%s: %.1f calls/hour, mean handling %.1f min, offered load %.2f erlangs%s%n",
        erlangA ? "Erlang A (M/M/c+M)" : "Erlang C (M/M/c)", callsPerHour, handleSeconds / 60, load,
        erlangA ? String.format(Locale.ROOT, ", mean patience %.1f min", patienceSeconds / 60) : "");
    String within = se.sim1177.scenario.Durations.format(withinSeconds);
    main.out.printf(Locale.ROOT, "%7s %10s %8s %12s %21s %16s %16s%n", "nurses", "occupancy", "P(wait)",
        "answer_rate", "mean_wait_answered_s", "mean_wait_all_s", "service_level(" + within + ")");
    for (int c = range[0]; c <= range[1]; c++) {
      if (erlangA) {
        ErlangA.Figures f = new ErlangA(lambda, handleSeconds, c, patienceSeconds).figures(withinSeconds);
        row(c, f.occupancy(), f.probabilityOfWaiting(), f.answerRate(), f.meanWaitAnsweredSeconds(), f.meanWaitAllSeconds(), f.serviceLevel());
      } else if (load < c) {
        ErlangC q = new ErlangC(lambda, handleSeconds, c);
        row(c, q.occupancy(), q.probabilityOfWaiting(), 1, q.meanWaitSeconds(), q.meanWaitSeconds(), q.serviceLevel(withinSeconds));
      } else {
        main.out.printf(Locale.ROOT, "%7d %10s   overloaded: the queue grows without bound (add --patience for Erlang A)%n", c, ">= 1");
      }
    }
    return Main.OK;
  }

  private void row(int c, double occupancy, double pWait, double answered, double asa, double waitAll, double sl) {
    main.out.printf(Locale.ROOT, "%7d %10.3f %8.3f %12.3f %21.1f %16.1f %16.3f%n", c, occupancy, pWait, answered, asa, waitAll, sl);
  }

  private int[] range(double load) {
    if (nurses == null) {
      int from = Math.max(1, (int) Math.floor(load) - (patienceSeconds != null ? 3 : 0));
      return new int[] {from, from + 10};
    }
    String[] parts = nurses.trim().split("\\.\\.", -1);
    try {
      int from = Integer.parseInt(parts[0].trim());
      int to = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : from;
      if (parts.length > 2 || from < 1 || to < from || to > 10_000) {
        return null;
      }
      return new int[] {from, to};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
