package org.physicalinventory.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The points of a small line chart (an SVG polyline) for a series of figures, left to right, the largest at the top. */
public final class Sparkline {

    private Sparkline() {
    }

    /**
     * "x,y x,y ..." within {@code width} × {@code height}, with {@code margin} on every side; a single figure sits in the middle,
     * a series that never changes lies halfway up. Zero is the bottom unless a figure is below it.
     */
    public static String points(List<BigDecimal> figures, int width, int height, int margin) {
        if (figures.isEmpty()) {
            return "";
        }
        double low = 0;
        double high = 0;
        for (BigDecimal figure : figures) {
            low = Math.min(low, figure.doubleValue());
            high = Math.max(high, figure.doubleValue());
        }
        double span = high - low;
        double innerWidth = width - 2.0 * margin;
        double innerHeight = height - 2.0 * margin;
        StringJoiner points = new StringJoiner(" ");
        for (int i = 0; i < figures.size(); i++) {
            double x = figures.size() == 1 ? width / 2.0 : margin + innerWidth * i / (figures.size() - 1);
            double y = span == 0 ? height / 2.0 : margin + innerHeight * (high - figures.get(i).doubleValue()) / span;
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return points.toString();
    }
}
