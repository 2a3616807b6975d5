package se.sim1177.model;

import java.util.Arrays;
import se.sim1177.engine.Xoshiro256PlusPlus;
import se.sim1177.engine.StreamFamily;

/**
 * The random streams of one replication, in one place: one per {@link RandomSource}, one absence
 * stream per roster shift, and what is drawn from them before the run starts (each day's busyness
 * factor, which both arrival processes share). Which part of the line draws from which stream is
 * fixed here, so that two scenarios run with one seed see the same callers.
 */
final class ReplicationStreams {
  final Xoshiro256PlusPlus talk;
  final Xoshiro256PlusPlus afterCall;
  final Xoshiro256PlusPlus patience;
  final Xoshiro256PlusPlus balk;
  final Xoshiro256PlusPlus redial;
  /** One absence stream per roster shift. */
  final Xoshiro256PlusPlus[] absence;
  final Xoshiro256PlusPlus channel;
  final Xoshiro256PlusPlus chat;
  final Xoshiro256PlusPlus offers;
  final Xoshiro256PlusPlus chatToPhone;
  final Xoshiro256PlusPlus callbackReach;
  final PiecewiseArrivals phoneArrivals;
  final PiecewiseArrivals chatArrivals;

  ReplicationStreams(CallCentreModel model, StreamFamily streams, int replication) {
    // Every stream of the replication at once, so the substream jump is computed once: the
    // model's sources, then one absence stream per roster shift.
    int sources = RandomSource.values().length;
    int shifts = model.staff.shifts.length;
    int[] wanted = new int[sources + shifts];
    for (int i = 0; i < wanted.length; i++) {
      wanted[i] = i < sources ? i : CallCentreModel.absenceSource(i - sources);
    }
    Xoshiro256PlusPlus[] stream = streams.streams(wanted, replication);
    talk = stream[RandomSource.TALK_TIME.ordinal()];
    afterCall = stream[RandomSource.AFTER_CALL_WORK.ordinal()];
    patience = stream[RandomSource.PATIENCE.ordinal()];
    balk = stream[RandomSource.BALK.ordinal()];
    redial = stream[RandomSource.REDIAL.ordinal()];
    absence = Arrays.copyOfRange(stream, sources, wanted.length);
    channel = stream[RandomSource.CHANNEL.ordinal()];
    chat = stream[RandomSource.CHAT.ordinal()];
    offers = stream[RandomSource.CALLER_OFFERS.ordinal()];
    chatToPhone = stream[RandomSource.CHAT_TO_PHONE.ordinal()];
    callbackReach = stream[RandomSource.CALLBACK_REACH.ordinal()];

    int totalDays = model.warmupDays + model.measuredDays;
    Xoshiro256PlusPlus busynessStream = stream[RandomSource.DAY_BUSYNESS.ordinal()];
    // One more day, never drawn: the arrival processes' day after the horizon.
    double[] busyness = new double[totalDays + 1];
    busyness[totalDays] = 1.0;
    for (int d = 0; d < totalDays; d++) {
      double u = busynessStream.nextDouble();
      busyness[d] = model.busynessShape > 0 ? GammaInverse.standard(model.busynessShape, u) / model.busynessShape : 1.0;
    }
    if (model.forecastShape > 0) {
      // One factor for the whole period: a forecast off by this much, every day alike.
      double u = stream[RandomSource.FORECAST.ordinal()].nextDouble();
      double forecast = GammaInverse.standard(model.forecastShape, u) / model.forecastShape;
      for (int d = 0; d < totalDays; d++) {
        busyness[d] *= forecast;
      }
    }
    phoneArrivals = new PiecewiseArrivals(model.arrivals.weekRates(), model.intervalsPerDay(), model.startWeekday,
        busyness, stream[RandomSource.ARRIVALS.ordinal()]);
    chatArrivals = new PiecewiseArrivals(model.chat.weekRates, model.chat.intervalsPerDay, model.startWeekday, busyness,
        stream[RandomSource.CHAT_ARRIVALS.ordinal()]);
    if (model.chat.choice != null) {
      chatArrivals.reactive(totalDays * model.intervalsPerDay(), model.chat.intervalsPerDay / model.intervalsPerDay());
    }
  }
}
