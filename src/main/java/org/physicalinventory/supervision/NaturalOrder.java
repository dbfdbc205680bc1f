package org.physicalinventory.supervision;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names compared with their runs of digits as numbers ("2" before "10"), an empty or missing name last. */
final class NaturalOrder implements Comparator<String> {

    static final Comparator<String> EMPTY_LAST = new NaturalOrder();

    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        boolean noA = a == null || a.isEmpty();
        boolean noB = b == null || b.isEmpty();
        if (noA || noB) {
            return Boolean.compare(noA, noB);
        }
        Matcher left = PART.matcher(a);
        Matcher right = PART.matcher(b);
        while (left.find() && right.find()) {
            String x = left.group();
            String y = right.group();
            int order = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0)) ? new BigInteger(x).compareTo(new BigInteger(y))
                    : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return a.compareTo(b);
    }
}
