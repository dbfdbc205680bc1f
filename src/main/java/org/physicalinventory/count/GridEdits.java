package org.physicalinventory.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the back office's count grid asks to store when its page is saved at once: the rows whose typed count differs
 * from the count the page showed. A row left as shown stores nothing, even when a handheld counted the line since the
 * page was shown (its count is not overwritten with the old one); a count typed again as it was shown ("5,0" for "5")
 * stores nothing either.
 */
public final class GridEdits {

    private GridEdits() {
    }

    /** A changed row: the line and the count as typed. */
    public record Edit(String lineSeqId, String typed) {
    }

    /**
     * The changed rows, in line order (the order their lines are locked in).
     *
     * @param typed  the count typed in each row, by line
     * @param shown  the count each row showed, by line ("" or absent: not counted)
     * @param locale the user's language, by which both are read
     */
    public static List<Edit> changed(Map<String, String> typed, Map<String, String> shown, Locale locale) {
        List<Edit> edits = new ArrayList<>();
        for (Map.Entry<String, String> row : new TreeMap<>(typed).entrySet()) {
            String now = strip(row.getValue());
            String before = strip(shown.get(row.getKey()));
            if (!now.equals(before) && !sameQuantity(now, before, locale)) {
                edits.add(new Edit(row.getKey(), now));
            }
        }
        return edits;
    }

    private static boolean sameQuantity(String now, String before, Locale locale) {
        try {
            BigDecimal a = QuantityReader.read(now, locale, false);
            BigDecimal b = QuantityReader.read(before, locale, false);
            return a != null && b != null && a.compareTo(b) == 0;
        } catch (QuantityException e) {
            return false; // not a quantity: stored, so that the row is refused and says why
        }
    }

    private static String strip(String value) {
        return Objects.toString(value, "").strip();
    }
}
