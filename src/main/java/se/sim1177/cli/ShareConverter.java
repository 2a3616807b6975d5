package se.sim1177.cli;

import picocli.CommandLine;

/**
 * Reads a share of callers or of time, written as a percentage ({@code 80%}) or a fraction
 * ({@code 0.8}), as a fraction from 0 to 1. A bare number above 1 ({@code 80}) is refused rather
 * than guessed at: it could be meant as 80 % or be a typing slip.
 */
final class ShareConverter implements CommandLine.ITypeConverter<Double> {
  /** What a share may be, for messages. */
  static final String ALLOWED = "a share from 0% to 100%, written like 80% or 0.8";

  @Override
  public Double convert(String value) {
    String text = value.strip();
    boolean percent = text.endsWith("%");
    double share;
    try {
      double number = Double.parseDouble(percent ? text.substring(0, text.length() - 1).strip() : text);
      share = percent ? number / 100 : number;
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not " + ALLOWED);
    }
    if (!(share >= 0 && share <= 1)) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not " + ALLOWED);
    }
    return share;
  }
}
