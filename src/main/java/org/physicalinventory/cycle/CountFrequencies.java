package org.physicalinventory.cycle;

/**
 * How many times a year each class is counted (A 12, B 4, C 1 by default). A class counted n times a
 * year is due every 365 / n days, rounded down: 12 a year is every 30 days, 4 every 91, 1 every 365.
 */
public record CountFrequencies(int a, int b, int c) {

    public static final CountFrequencies DEFAULT = new CountFrequencies(12, 4, 1);
    static final int DAYS_A_YEAR = 365;

    /** The frequencies, or the refusal naming the first that is not a count a year can hold (1 to 365). */
    public static CountFrequencies of(int a, int b, int c) throws CycleException {
        for (int perYear : new int[] {a, b, c}) {
            checkPerYear(perYear);
        }
        return new CountFrequencies(a, b, c);
    }

    public int perYear(AbcClass abcClass) {
        return switch (abcClass) {
        case A -> a;
        case B -> b;
        case C -> c;
        };
    }

    /** Days between two counts of a class; a product without a class is counted as C. */
    public int intervalDays(AbcClass abcClass) {
        return Math.max(1, DAYS_A_YEAR / perYear(abcClass == null ? AbcClass.C : abcClass));
    }

    static void checkPerYear(int perYear) throws CycleException {
        if (perYear <= 0) {
            throw new CycleException("PhysInvErrorFrequencyNotPositive", perYear);
        }
        if (perYear > DAYS_A_YEAR) {
            throw new CycleException("PhysInvErrorFrequencyOverDaily", perYear);
        }
    }

    /** A location's own frequency in days: at least one day. */
    public static int checkLocationDays(int days) throws CycleException {
        if (days <= 0) {
            throw new CycleException("PhysInvErrorFrequencyNotPositive", days);
        }
        return days;
    }
}
