package org.physicalinventory.count;

/**
 * The last reads a counter sees on the handheld after each read: how many of them a request may ask for.
 */
public final class RecentReads {

    /** Reads shown when the request does not say how many. */
    public static final int DEFAULT = 10;
    /** The most reads one request answers. */
    public static final int MOST = 50;

    private RecentReads() {
    }

    /** How many reads the request asks for: digits from 1 to {@link #MOST}; {@link #DEFAULT} when it does not say. */
    public static int howMany(String asked) throws CountException {
        if (asked == null || asked.isBlank()) {
            return DEFAULT;
        }
        String digits = asked.trim();
        if (!digits.matches("[0-9]{1,3}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > MOST) {
            throw new CountException("PhysInvErrorMaxReads", asked, MOST);
        }
        return Integer.parseInt(digits);
    }
}
