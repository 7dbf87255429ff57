package io.pilothouse.runtime.api.admission;

import java.util.Locale;
import java.util.Optional;

import io.pilothouse.model.types.Quantity;

/**
 * The three constraints of a limit range item on one resource, with upstream's messages. Values compare in
 * thousandths when all of them fit, else in units, as upstream does.
 */
final class LimitConstraints {

    private static final long MAX_MILLI_VALUE = Long.MAX_VALUE / 1000;
    private static final double THOUSAND = 1000.0;

    private LimitConstraints() {}

    /** The request (and limit, when set) must be at least the minimum. */
    static Optional<String> min(String type, String resource, Quantity min, Quantity request, Quantity limit) {
        String prefix = "minimum " + resource + " usage per " + type + " is " + min;
        if (request == null) {
            return Optional.of(prefix + ".  No request is specified");
        }
        long[] values = comparable(request, limit, min);
        if (values[0] < values[2]) {
            return Optional.of(prefix + ", but request is " + request);
        }
        if (limit != null && values[1] < values[2]) {
            return Optional.of(prefix + ", but limit is " + limit);
        }
        return Optional.empty();
    }

    /** The limit (which must be set) and the request, when set, must be at most the maximum. */
    static Optional<String> max(String type, String resource, Quantity max, Quantity request, Quantity limit) {
        String prefix = "maximum " + resource + " usage per " + type + " is " + max;
        if (limit == null) {
            return Optional.of(prefix + ".  No limit is specified");
        }
        long[] values = comparable(request, limit, max);
        if (values[1] > values[2]) {
            return Optional.of(prefix + ", but limit is " + limit);
        }
        if (request != null && values[0] > values[2]) {
            return Optional.of(prefix + ", but request is " + request);
        }
        return Optional.empty();
    }

    /** Limit over request may not exceed the ratio; both must be set and not zero. */
    static Optional<String> ratio(String type, String resource, Quantity ratio, Quantity request, Quantity limit) {
        String prefix = resource + " max limit to request ratio per " + type + " is " + ratio;
        long[] values = comparable(request, limit, ratio);
        if (request == null || values[0] == 0) {
            return Optional.of(prefix + ", but no request is specified or request is 0");
        }
        if (limit == null || values[1] == 0) {
            return Optional.of(prefix + ", but no limit is specified or limit is 0");
        }
        double observed = (double) values[1] / values[0];
        double shown = observed;
        double allowed = ratio.value();
        if (ratio.value() <= MAX_MILLI_VALUE) {
            observed = observed * THOUSAND;
            allowed = ratio.milliValue();
        }
        if (observed > allowed) {
            return Optional.of(prefix + ", but provided ratio is " + String.format(Locale.ROOT, "%f", shown));
        }
        return Optional.empty();
    }

    /** Request, limit and bound (missing ones as zero) in thousandths when they all fit, else in units. */
    private static long[] comparable(Quantity request, Quantity limit, Quantity bound) {
        long requestValue = request == null ? 0 : request.value();
        long limitValue = limit == null ? 0 : limit.value();
        long boundValue = bound.value();
        if (requestValue <= MAX_MILLI_VALUE && limitValue <= MAX_MILLI_VALUE && boundValue <= MAX_MILLI_VALUE) {
            return new long[] {request == null ? 0 : request.milliValue(), limit == null ? 0 : limit.milliValue(),
                    bound.milliValue()};
        }
        return new long[] {requestValue, limitValue, boundValue};
    }
}
