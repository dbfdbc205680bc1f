package org.physicalinventory.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.physicalinventory.valuation.ItemSummary.Purchase;

/**
 * One product in one facility as the replay of its movements left it at a moment ({@code at}): everything the replay goes on
 * from, so that a later closing replays only the movements from that moment on and comes to the figures a replay of the whole
 * history gives. A closing valued by LIFO stores it per product and facility; the next closing of its scope carries it forward.
 *
 * @param quantity the quantity on hand
 * @param averageCost the average cost as the replay moved it (null before any receipt)
 * @param lastCost the cost of the last purchase (null before any)
 * @param layers the LIFO layers, oldest first
 * @param owed stock below zero, owed at {@code owedCost} until what comes in repays it (zero when none)
 * @param items every item that moved before the moment, by item id
 */
public record CarriedStock(String facilityId, String productId, Instant at, BigDecimal quantity, BigDecimal averageCost, BigDecimal lastCost,
        List<Layer> layers, BigDecimal owed, BigDecimal owedCost, List<CarriedItem> items) {

    private static final String NONE = "-";

    public CarriedStock {
        Objects.requireNonNull(facilityId, "facilityId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(owed, "owed");
        Objects.requireNonNull(owedCost, "owedCost");
        layers = List.copyOf(layers);
        items = List.copyOf(items);
    }

    /** A LIFO layer: so many units in at one cost. */
    public record Layer(BigDecimal quantity, BigDecimal unitCost) {
    }

    /**
     * One item as the replay left it.
     *
     * @param cost the last unit cost one of its movements recorded (null when none did: its current cost values it)
     * @param fallbackCost the current unit cost that valued its movements while none was recorded (null when none was needed): the
     *        replay stands only while the item still costs that
     * @param arrived whether stock has come into it (its first incoming movement is its receipt when it came by no receipt)
     * @param lastPurchase its latest purchase (null when none)
     * @param lastMovement its latest movement
     */
    public record CarriedItem(String itemId, BigDecimal quantity, BigDecimal cost, BigDecimal fallbackCost, boolean arrived, Purchase lastPurchase,
            Instant lastMovement) {

        public CarriedItem {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(lastMovement, "lastMovement");
        }
    }

    /**
     * The text it is stored as: a first line {@code quantity average lastCost owed owedCost}, then a line {@code L quantity cost} per
     * layer, oldest first, then a line {@code I itemId quantity cost fallbackCost arrived purchaseWhen purchaseCost lastMovement} per
     * item; {@code -} for none, numbers as Java writes a BigDecimal (its scale kept), moments in epoch seconds with their nanoseconds,
     * {@code %}, spaces and line ends in an item id escaped as %25, %20, %0A and %0D.
     */
    public String toText() {
        StringBuilder text = new StringBuilder(64 + 24 * layers.size() + 72 * items.size());
        text.append(quantity).append(' ').append(number(averageCost)).append(' ').append(number(lastCost)).append(' ').append(owed).append(' ')
                .append(owedCost);
        for (Layer layer : layers) {
            text.append("\nL ").append(layer.quantity()).append(' ').append(layer.unitCost());
        }
        for (CarriedItem item : items) {
            Purchase purchase = item.lastPurchase();
            text.append("\nI ").append(escape(item.itemId())).append(' ').append(item.quantity()).append(' ').append(number(item.cost()))
                    .append(' ').append(number(item.fallbackCost())).append(' ').append(item.arrived() ? '1' : '0').append(' ')
                    .append(purchase == null ? NONE : moment(purchase.when())).append(' ')
                    .append(purchase == null ? NONE : number(purchase.unitCost())).append(' ').append(moment(item.lastMovement()));
        }
        return text.toString();
    }

    /** An item a carried stock holds, with the current unit cost that valued its movements (null when none was needed). */
    public record HeldItem(String itemId, BigDecimal fallbackCost) {
    }

    /** The items of a stock's {@link #toText}, read without the rest of it (what decides whether the stock may go on from it). */
    public static List<HeldItem> heldItems(String text) {
        List<HeldItem> items = new ArrayList<>();
        for (int line = text.indexOf("\nI "); line >= 0; line = text.indexOf("\nI ", line + 1)) {
            // I itemId quantity cost fallbackCost ...
            int id = line + 3;
            int quantity = text.indexOf(' ', id) + 1;
            int cost = text.indexOf(' ', quantity) + 1;
            int fallback = text.indexOf(' ', cost) + 1;
            String fallbackCost = text.substring(fallback, text.indexOf(' ', fallback));
            items.add(new HeldItem(unescape(text.substring(id, quantity - 1)), number(fallbackCost)));
        }
        return items;
    }

    /** The stock of {@link #toText}, of this product and facility at that moment. */
    public static CarriedStock fromText(String facilityId, String productId, Instant at, String text) {
        String[] lines = text.split("\n");
        String[] head = lines[0].split(" ");
        List<Layer> layers = new ArrayList<>();
        List<CarriedItem> items = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(" ");
            if ("L".equals(fields[0])) {
                layers.add(new Layer(new BigDecimal(fields[1]), new BigDecimal(fields[2])));
            } else if ("I".equals(fields[0])) {
                Purchase purchase = NONE.equals(fields[6]) ? null : new Purchase(instant(fields[6]), number(fields[7]));
                items.add(new CarriedItem(unescape(fields[1]), new BigDecimal(fields[2]), number(fields[3]), number(fields[4]), "1".equals(fields[5]),
                        purchase, instant(fields[8])));
            } else {
                throw new IllegalArgumentException("not a carried stock line: " + lines[i]);
            }
        }
        return new CarriedStock(facilityId, productId, at, new BigDecimal(head[0]), number(head[1]), number(head[2]), layers, new BigDecimal(head[3]),
                new BigDecimal(head[4]), items);
    }

    private static String number(BigDecimal value) {
        return value == null ? NONE : value.toString();
    }

    private static BigDecimal number(String text) {
        return NONE.equals(text) ? null : new BigDecimal(text);
    }

    private static String moment(Instant instant) {
        return instant.getNano() == 0 ? Long.toString(instant.getEpochSecond()) : instant.getEpochSecond() + "." + instant.getNano();
    }

    private static Instant instant(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? Instant.ofEpochSecond(Long.parseLong(text))
                : Instant.ofEpochSecond(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
    }

    private static String escape(String id) {
        StringBuilder escaped = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            switch (c) {
            case '%' -> escaped.append("%25");
            case ' ' -> escaped.append("%20");
            case '\n' -> escaped.append("%0A");
            case '\r' -> escaped.append("%0D");
            default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String unescape(String id) {
        if (id.indexOf('%') < 0) {
            return id;
        }
        StringBuilder plain = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '%') {
                plain.append((char) Integer.parseInt(id.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
