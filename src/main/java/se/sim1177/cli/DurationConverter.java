package se.sim1177.cli;

import picocli.CommandLine;
import se.sim1177.scenario.Durations;

/** Reads an option value like {@code 7m} or {@code 90s} as seconds. */
final class DurationConverter implements CommandLine.ITypeConverter<Double> {
  @Override
  public Double convert(String value) {
    double seconds = Durations.parseSeconds(value);
    if (Double.isNaN(seconds) || !(seconds > 0)) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a positive duration; write " + Durations.ALLOWED);
    }
    return seconds;
  }
}
