package org.physicalinventory.explain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.physicalinventory.count.LineKey;

/**
 * The likely causes of an inventory's differences, worked out once for the whole review from what a few set-based queries read:
 * the movements of the facility within the cut-off window around the counts, the transfers under way then, the products' packs.
 * Each rule is a pattern; a difference may show several, or none.
 * <ul>
 * <li><b>mislaid</b>: the same product and lot missing in one counted location and found, the same quantity, in another: a move
 * from the first to the second rather than two variances (serial numbers aside: the review already moves a serial counted
 * elsewhere);</li>
 * <li><b>cut-off</b>: a receipt, or a pick, of the key booked within the window around its count, whose quantity (or the window's
 * receipts or picks together) is the difference;</li>
 * <li><b>transfer</b>: a transfer of the key under way within the window, out of it when the count found less, into it when more,
 * of at least the difference, whose other side the inventory does not count (another facility, a location it does not count);</li>
 * <li><b>unit multiple</b>: counted 10×, 12× or the product's pack times the book, or the book so many times the count, or the
 * difference a whole number of packs.</li>
 * </ul>
 */
public final class CauseRules {

    /** The factors a count in the wrong unit of measure gives, besides the product's own pack: tens and dozens. */
    static final List<BigDecimal> FACTORS = List.of(BigDecimal.TEN, BigDecimal.valueOf(12));

    private CauseRules() {
    }

    /**
     * What the rules see around the counts.
     *
     * @param facilityId        the inventory's facility
     * @param window            how long before and after a count a movement may be on the wrong side of it (edges included)
     * @param countedLocations  the locations the inventory counts (the locations of its lines)
     * @param packs             per product, the pieces of its pack, when it has one (more than 1)
     */
    public record Setting(String facilityId, Duration window, Set<String> countedLocations, Map<String, BigDecimal> packs) {
    }

    /** The likely causes of each line's difference, by key (keys without any are left out), each key's in the order of the kinds. */
    public static Map<LineKey, List<LikelyCause>> explain(List<ExplainedLine> lines, List<Movement> movements, List<Transfer> transfers,
            Setting setting) {
        Map<LineKey, List<LikelyCause>> causes = new LinkedHashMap<>();
        mislaid(lines).forEach((key, cause) -> causes.computeIfAbsent(key, k -> new ArrayList<>()).add(cause));
        ofEachLine(lines, movements, transfers, setting, causes);
        causes.values().forEach(list -> list.sort(Comparator.comparing(LikelyCause::kind)));
        return causes;
    }

    /**
     * The likely causes after only the keys {@code changed} did, from those worked out before ({@code kept}), as {@link #explain}
     * gives them over every line: with the same transfers and setting, an unchanged key's cut-off, transfer and unit multiple
     * stay as they were (each rule reads its own line, movements and product's transfers), and a mislaid pallet pairs lines of
     * one product and lot only, so those of the changed keys' goods are paired again.
     *
     * @param lines     every line, as explain is given them
     * @param movements the movements of the changed keys (others are not read)
     */
    public static Map<LineKey, List<LikelyCause>> again(Map<LineKey, List<LikelyCause>> kept, List<ExplainedLine> lines, Set<LineKey> changed,
            List<Movement> movements, List<Transfer> transfers, Setting setting) {
        Set<List<String>> goods = new HashSet<>();
        changed.forEach(key -> goods.add(goods(key)));
        Map<LineKey, List<LikelyCause>> causes = new HashMap<>();
        kept.forEach((key, list) -> {
            if (!changed.contains(key)) {
                List<LikelyCause> still = goods.contains(goods(key)) ? list.stream().filter(c -> c.kind() != CauseKind.MISLAID).toList() : list;
                if (!still.isEmpty()) {
                    causes.put(key, new ArrayList<>(still));
                }
            }
        });
        Set<LineKey> touched = new HashSet<>(changed);
        mislaid(lines.stream().filter(l -> goods.contains(goods(l.key()))).toList()).forEach((key, cause) -> {
            causes.computeIfAbsent(key, k -> new ArrayList<>()).add(cause);
            touched.add(key);
        });
        ofEachLine(lines.stream().filter(l -> changed.contains(l.key())).toList(), movements, transfers, setting, causes);
        touched.forEach(key -> causes.computeIfPresent(key, (k, list) -> {
            list.sort(Comparator.comparing(LikelyCause::kind));
            return list;
        }));
        return causes;
    }

    /** The rules of one line each (cut-off, transfer, unit multiple) over these lines, added to {@code causes}. */
    private static void ofEachLine(List<ExplainedLine> lines, List<Movement> movements, List<Transfer> transfers, Setting setting,
            Map<LineKey, List<LikelyCause>> causes) {
        Map<LineKey, List<Movement>> byKey = new HashMap<>();
        movements.forEach(m -> byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
        Map<String, List<Transfer>> byProduct = new HashMap<>();
        transfers.forEach(t -> byProduct.computeIfAbsent(t.productId(), k -> new ArrayList<>()).add(t));
        for (ExplainedLine line : lines) {
            if (line.difference().signum() == 0) {
                continue;
            }
            // a key without movements, a product without transfers: neither rule can find anything (not asked, for speed)
            List<Movement> itsMovements = byKey.get(line.key());
            List<LikelyCause> found = new ArrayList<>(itsMovements == null ? List.of() : cutOff(line, itsMovements, setting.window()));
            List<Transfer> itsTransfers = byProduct.get(line.key().productId());
            if (itsTransfers != null) {
                transfer(line, itsTransfers, setting).ifPresent(found::add);
            }
            unitMultiple(line, setting.packs().get(line.key().productId())).ifPresent(found::add);
            if (!found.isEmpty()) {
                causes.computeIfAbsent(line.key(), k -> new ArrayList<>()).addAll(found);
            }
        }
    }

    /** What a mislaid pallet pairs by: the product and the lot. */
    private static List<String> goods(LineKey key) {
        return Arrays.asList(key.productId(), key.lotId());
    }

    /**
     * Shortages and surpluses of the same product and lot in two counted locations, of the same quantity, paired: each the move of
     * that quantity from the shortage's location to the surplus's. Shortages are paired in the order of their locations, each
     * with the first surplus of its quantity not paired yet.
     */
    public static Map<LineKey, LikelyCause> mislaid(List<ExplainedLine> lines) {
        Map<List<String>, List<ExplainedLine>> shortages = new LinkedHashMap<>();
        Map<List<String>, List<ExplainedLine>> surpluses = new HashMap<>();
        for (ExplainedLine line : lines) {
            if (!line.isCounted() || line.key().serialNumber() != null || line.difference().signum() == 0) {
                continue;
            }
            (line.difference().signum() < 0 ? shortages : surpluses).computeIfAbsent(goods(line.key()), k -> new ArrayList<>()).add(line);
        }
        Map<LineKey, LikelyCause> moves = new LinkedHashMap<>();
        Comparator<ExplainedLine> byLocation = Comparator.comparing(l -> l.key().locationSeqId());
        for (Map.Entry<List<String>, List<ExplainedLine>> goods : shortages.entrySet()) {
            if (!surpluses.containsKey(goods.getKey())) {
                continue;
            }
            List<ExplainedLine> found = new ArrayList<>(surpluses.get(goods.getKey()));
            found.sort(byLocation);
            List<ExplainedLine> missing = new ArrayList<>(goods.getValue());
            missing.sort(byLocation);
            for (ExplainedLine shortage : missing) {
                BigDecimal quantity = shortage.difference().negate();
                Optional<ExplainedLine> match = found.stream().filter(s -> s.difference().compareTo(quantity) == 0).findFirst();
                if (match.isPresent()) {
                    found.remove(match.get());
                    LikelyCause move = new LikelyCause(CauseKind.MISLAID, quantity, shortage.key().locationSeqId(),
                            match.get().key().locationSeqId(), null, null);
                    moves.put(shortage.key(), move);
                    moves.put(match.get().key(), move);
                }
            }
        }
        return moves;
    }

    /**
     * Receipts, and picks, of the key booked within the window around its count (edges included) whose quantity is the
     * difference, one of them or all of the window's together: at most one cause of each, naming the nearest such movement.
     */
    public static List<LikelyCause> cutOff(ExplainedLine line, List<Movement> movements, Duration window) {
        if (line.countedAt() == null || line.difference().signum() == 0) {
            return List.of();
        }
        Instant from = line.countedAt().minus(window);
        Instant until = line.countedAt().plus(window);
        List<Movement> near = movements.stream().filter(m -> m.key().equals(line.key()) && !m.at().isBefore(from) && !m.at().isAfter(until))
                .sorted(Comparator.comparing(m -> Duration.between(m.at(), line.countedAt()).abs())).toList();
        List<LikelyCause> causes = new ArrayList<>();
        cutOffOf(line, near.stream().filter(m -> m.kind().isReceipt()).toList(), CauseKind.CUT_OFF_RECEIPT).ifPresent(causes::add);
        cutOffOf(line, near.stream().filter(m -> m.kind().isIssue()).toList(), CauseKind.CUT_OFF_ISSUE).ifPresent(causes::add);
        return causes;
    }

    private static Optional<LikelyCause> cutOffOf(ExplainedLine line, List<Movement> near, CauseKind kind) {
        BigDecimal wanted = line.difference().abs();
        Optional<Movement> one = near.stream().filter(m -> m.quantity().abs().compareTo(wanted) == 0).findFirst();
        BigDecimal all = near.stream().map(m -> m.quantity().abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<Movement> named = one.isPresent() ? one : all.compareTo(wanted) == 0 ? near.stream().findFirst() : Optional.empty();
        return named.map(m -> new LikelyCause(kind, wanted, null, null, m.document(), m.at()));
    }

    /**
     * A transfer of the key under way within the window around its count whose other side is not counted: out of the key's
     * location when the count found less, into it when it found more, of at least the difference.
     */
    public static Optional<LikelyCause> transfer(ExplainedLine line, List<Transfer> transfers, Setting setting) {
        if (line.countedAt() == null || line.difference().signum() == 0) {
            return Optional.empty();
        }
        Instant from = line.countedAt().minus(setting.window());
        Instant until = line.countedAt().plus(setting.window());
        boolean less = line.difference().signum() < 0;
        BigDecimal wanted = line.difference().abs();
        for (Transfer transfer : transfers) {
            if (!transfer.underWay(from, until) || transfer.quantity() != null && transfer.quantity().compareTo(wanted) < 0) {
                continue;
            }
            boolean out = less && transfer.outOf(setting.facilityId(), line.key())
                    && !counted(setting, transfer.toFacilityId(), transfer.toLocationSeqId());
            boolean in = !less && transfer.into(setting.facilityId(), line.key())
                    && !counted(setting, transfer.fromFacilityId(), transfer.fromLocationSeqId());
            if (out || in) {
                return Optional.of(new LikelyCause(CauseKind.TRANSFER_UNCOUNTED, wanted, transfer.fromLocationSeqId(), transfer.toLocationSeqId(),
                        transfer.document(), transfer.sentAt()));
            }
        }
        return Optional.empty();
    }

    private static boolean counted(Setting setting, String facilityId, String locationSeqId) {
        return setting.facilityId().equals(facilityId) && locationSeqId != null && setting.countedLocations().contains(locationSeqId);
    }

    /**
     * Counted a factor (10, 12, the product's pack) times the book or the book that factor times the count, both above zero; else
     * a difference of whole packs (a pack of more than one piece). The cause's quantity is the factor, or the pack.
     */
    public static Optional<LikelyCause> unitMultiple(ExplainedLine line, BigDecimal pack) {
        if (!line.isCounted() || line.key().serialNumber() != null || line.difference().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal book = line.book() == null ? BigDecimal.ZERO : line.book();
        List<BigDecimal> factors = new ArrayList<>(FACTORS);
        boolean hasPack = pack != null && pack.compareTo(BigDecimal.ONE) > 0;
        if (hasPack && factors.stream().noneMatch(f -> f.compareTo(pack) == 0)) {
            factors.add(pack);
        }
        if (book.signum() > 0 && line.counted().signum() > 0) {
            for (BigDecimal factor : factors) {
                if (line.counted().compareTo(book.multiply(factor)) == 0 || book.compareTo(line.counted().multiply(factor)) == 0) {
                    return Optional.of(LikelyCause.of(CauseKind.UNIT_MULTIPLE, factor));
                }
            }
        }
        if (hasPack && line.difference().abs().remainder(pack).signum() == 0) {
            return Optional.of(LikelyCause.of(CauseKind.UNIT_MULTIPLE, pack));
        }
        return Optional.empty();
    }
}
