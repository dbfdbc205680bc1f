package org.physicalinventory.cycle;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The cycle-counting settings of a facility, read strictly from what a user typed: the ABC shares
 * (percent, up to two decimals, a point as separator), the counts a year of each class and the
 * period whose movements rank the products (whole numbers). Empty means the default.
 */
public record CycleSettings(AbcShares shares, CountFrequencies frequencies, int periodDays) {

    public static final int DEFAULT_PERIOD_DAYS = 365;
    static final int MAX_PERIOD_DAYS = 3650;
    private static final Pattern SHARE = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,6}");

    public static final CycleSettings DEFAULT = new CycleSettings(AbcShares.DEFAULT, CountFrequencies.DEFAULT, DEFAULT_PERIOD_DAYS);

    /** Reads the typed settings; any of them empty takes its default. Refuses the first that is wrong. */
    public static CycleSettings read(String shareA, String shareB, String shareC, String perYearA, String perYearB, String perYearC,
            String periodDays) throws CycleException {
        AbcShares shares = AbcShares.of(share(shareA, AbcShares.DEFAULT.a()), share(shareB, AbcShares.DEFAULT.b()),
                share(shareC, AbcShares.DEFAULT.c()));
        CountFrequencies frequencies = CountFrequencies.of(whole(perYearA, CountFrequencies.DEFAULT.a()),
                whole(perYearB, CountFrequencies.DEFAULT.b()), whole(perYearC, CountFrequencies.DEFAULT.c()));
        int days = whole(periodDays, DEFAULT_PERIOD_DAYS);
        if (days <= 0 || days > MAX_PERIOD_DAYS) {
            throw new CycleException("PhysInvErrorPeriodDays", days, MAX_PERIOD_DAYS);
        }
        return new CycleSettings(shares, frequencies, days);
    }

    /** A whole number typed by a user (a sign allowed, so that a negative one is refused for what it is), or the default when empty. */
    public static int whole(String text, int byDefault) throws CycleException {
        if (text == null || text.isBlank()) {
            return byDefault;
        }
        String trimmed = text.trim();
        if (!WHOLE.matcher(trimmed).matches()) {
            throw new CycleException("PhysInvErrorNotAWholeNumber", trimmed);
        }
        return Integer.parseInt(trimmed);
    }

    private static BigDecimal share(String text, BigDecimal byDefault) throws CycleException {
        if (text == null || text.isBlank()) {
            return byDefault;
        }
        String trimmed = text.trim();
        if (trimmed.startsWith("-") && SHARE.matcher(trimmed.substring(1)).matches()) {
            throw new CycleException("PhysInvErrorAbcShareNotPositive", trimmed);
        }
        if (!SHARE.matcher(trimmed).matches()) {
            throw new CycleException("PhysInvErrorNotAShare", trimmed);
        }
        return new BigDecimal(trimmed);
    }
}
