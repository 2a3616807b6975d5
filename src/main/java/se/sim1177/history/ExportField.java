package se.sim1177.history;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A column of a telephony platform's interval export, by what it means. Each has the name used in
 * {@code --columns} and the headers it is recognised by when the user does not name it: English and
 * Swedish spellings of the common ACD reports, compared without case, accents, spaces or
 * punctuation ({@link #normalised}).
 */
public enum ExportField {
  DATE("date", true, "the interval's date", "date", "datum", "dag", "day"),
  INTERVAL("interval", true, "the interval's start time (07:15, or a range 07:15-07:30)",
      "interval", "intervall", "intervalstart", "intervallstart", "starttid", "start", "tid", "time", "klockslag", "period"),
  OFFERED("offered", true, "calls offered (every attempt that reached the line)",
      "offered", "callsoffered", "offeredcalls", "inkommande", "inkommandesamtal", "erbjudna", "erbjudnasamtal", "samtal", "calls"),
  ANSWERED("answered", false, "calls answered", "answered", "callsanswered", "answeredcalls", "besvarade", "besvaradesamtal"),
  ABANDONED("abandoned", false, "calls abandoned in the queue", "abandoned", "callsabandoned", "abandonedcalls", "avbrutna",
      "avbrutnasamtal", "tappade", "tappadesamtal", "overgivna", "lagtpa"),
  ANSWERED_WITHIN("answered_within", false, "calls answered within the service-level threshold",
      "answeredwithin", "answeredwithinsl", "withinsl", "inomsl", "besvaradeinomsl", "besvaradeinom"),
  WAIT_TOTAL("wait_total", false, "total wait of the answered calls (seconds, or h:mm:ss)",
      "waittotal", "totalwait", "totalwaittime", "totalqueuetime", "totalvantetid", "vantetidtotal", "summavantetid"),
  MEAN_WAIT("mean_wait", false, "mean wait of the answered calls, ASA (seconds, or m:ss)",
      "meanwait", "asa", "averagespeedofanswer", "avgspeedofanswer", "medelvantetid", "snittvantetid", "genomsnittligvantetid"),
  HANDLE_TIME("handle_time", false, "mean handle time of the answered calls, AHT (seconds, or m:ss)",
      "handletime", "aht", "averagehandletime", "meanhandletime", "medelhanteringstid", "hanteringstid", "medelsamtalstid",
      "snitthanteringstid"),
  UNIQUE_CALLERS("unique_callers", false, "unique callers (each caller once, however often they redialled)",
      "uniquecallers", "unique", "unikauppringare", "unikasamtal", "unika");

  private final String key;
  private final boolean required;
  private final String meaning;
  private final List<String> headers;

  ExportField(String key, boolean required, String meaning, String... headers) {
    this.key = key;
    this.required = required;
    this.meaning = meaning;
    this.headers = List.of(headers);
  }

  /** The name in {@code --columns} and in messages. */
  public String key() {
    return key;
  }

  /** Whether an export must have this column. */
  public boolean required() {
    return required;
  }

  /** What the column holds, in words. */
  public String meaning() {
    return meaning;
  }

  /** Whether {@code header} (as written in the export) is one of this field's usual names. */
  boolean recognises(String header) {
    return headers.contains(normalised(header));
  }

  /** The field called {@code key} in {@code --columns}; null when there is none. */
  public static ExportField byKey(String key) {
    for (ExportField f : values()) {
      if (f.key.equals(key.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }

  /** Every key, for messages. */
  public static String keys() {
    return String.join(", ", java.util.Arrays.stream(values()).map(ExportField::key).toList());
  }

  /** A header compared as a name: lower case, accents and everything but letters and digits dropped. */
  static String normalised(String header) {
    String decomposed = Normalizer.normalize(header.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("[^a-z0-9]", "");
  }
}
