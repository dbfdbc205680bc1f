package org.physicalinventory.ofbiz.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.bench.Rounds;
import org.physicalinventory.bench.TableRow;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.ServiceCalls;
import org.physicalinventory.ofbiz.Transactions;

/**
 * runPiStartBenchmark: the one-step start of a benchmark facility split every N locations (on the reference warehouse's
 * 2,000 locations, N = 40 makes 50 lists), against making the same lines as today: one list over the whole facility and
 * generatePiCountLines; and that line generation against its floor, the same rows written again through the entity engine
 * with nothing read or checked. In one run, alternating round by round; the start is timed whole (the inventory, its
 * lists and lines, the counters, counting opened and the stock-before snapshot), the generation only its lines.
 * Every inventory made is cancelled at once, so that the facility stays free and the benchmark can run again.
 */
public final class StartBenchmark {

    private static final String MODULE = StartBenchmark.class.getName();
    private static final String LIST_TYPE = "PI_STANDARD";
    /** Rows the floor writes to a transaction, as the line generation does. */
    private static final int CHUNK = 1000;

    private StartBenchmark() {
    }

    /** What one round of either way made: its seconds and lines. */
    private record Round(double seconds, long lines) {
    }

    public static Map<String, Object> runStartBenchmark(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        int rounds = context.get("rounds") == null ? 1 : ((Long) context.get("rounds")).intValue();
        long perList = context.get("locationsPerList") == null ? 40 : (Long) context.get("locationsPerList");
        try {
            if (!PostingBenchmark.isBenchmarkFacility(delegator, facilityId)) {
                return Labels.error("PhysInvErrorNotABenchmarkFacility", locale, facilityId);
            }
            if (rounds < 1) {
                return Labels.error("PhysInvErrorBenchmarkRounds", locale, rounds);
            }
            ServiceCalls services = new ServiceCalls(dctx.getDispatcher(), (GenericValue) context.get("userLogin"), locale);
            List<String> counters = counters(delegator, context.get("counters") == null ? 10 : ((Long) context.get("counters")).intValue());
            List<String> paths = List.of(((String) (context.get("paths") == null ? "generation,floor,start" : context.get("paths"))).split(","));
            String report = report(new Bench(delegator, services, facilityId, paths), perList, counters, rounds);
            Debug.logInfo(report, MODULE);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("report", report);
            return result;
        } catch (ServiceCalls.Refused e) {
            return e.result();
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorStartBenchmarkFailed", e, MODULE, locale, facilityId);
        }
    }

    /** What a run compares, on which facility. */
    private record Bench(Delegator delegator, ServiceCalls services, String facilityId, List<String> paths) {

        boolean runs(String path) {
            return paths.contains(path);
        }
    }

    /**
     * Runs the rounds, in each the line generation (kept for the floor when it runs), its floor, then the start: a line per
     * round, then the median and best of each and their ratios.
     */
    private static String report(Bench bench, long perList, List<String> counters, int rounds)
            throws GenericServiceException, GenericEntityException, ServiceCalls.Refused {
        StringBuilder report = new StringBuilder(String.format("start benchmark: facility %s, a list every %d locations, %d counters, %s, %d rounds%n",
                bench.facilityId(), perList, counters.size(), bench.delegator().getGroupHelperInfo("org.apache.ofbiz").getHelperBaseName(), rounds));
        List<Double> today = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        List<Double> start = new ArrayList<>();
        long lines = 0;
        for (int round = 0; round < rounds; round++) {
            List<GenericValue> made = new ArrayList<>();
            Round generated = generated(bench, bench.runs("floor") ? made : null);
            lines = generated.lines();
            today.add(generated.seconds());
            report.append(String.format("%-62s %8d lines %8.2f s%n", "today: one list, generatePiCountLines", generated.lines(), generated.seconds()));
            if (bench.runs("floor")) {
                Round written = floor(bench, made);
                floor.add(written.seconds());
                report.append(String.format("%-62s %8d lines %8.2f s%n", "floor: the same rows written again, nothing checked", written.lines(),
                        written.seconds()));
            }
            if (bench.runs("start")) {
                Round started = started(bench.services(), bench.facilityId(), perList, counters);
                start.add(started.seconds());
                report.append(String.format("%-62s %8d lines %8.2f s%n", "one-step start: lists, lines, counters, counting, stock before",
                        started.lines(), started.seconds()));
            }
        }
        Rounds baseline = new Rounds(today);
        if (!floor.isEmpty()) {
            report.append(ratios("line generation", baseline, "its floor", new Rounds(floor)));
            report.append(TableRow.best("line generation vs the same rows written", lines, baseline, new Rounds(floor)).line());
        }
        if (!start.isEmpty()) {
            report.append(ratios("the start", new Rounds(start), "today's lines", baseline));
            report.append(TableRow.best("one-step start vs line generation alone", lines, new Rounds(start), baseline).line());
        }
        return report.toString();
    }

    /** The median and best of a path and of what it is compared with, and their ratios. */
    private static String ratios(String what, Rounds ours, String against, Rounds reference) {
        return String.format("median of %d: %s %.2f s, %s %.2f s: %.2fx%nbest of %d:   %s %.2f s, %s %.2f s: %.2fx%n", ours.count(), what, ours.median(),
                against, reference.median(), ours.median() / reference.median(), ours.count(), what, ours.best(), against, reference.best(),
                ours.best() / reference.best());
    }

    /**
     * Today's way: an inventory with one list over the whole facility, whose lines generatePiCountLines makes (timed); the
     * lines kept in {@code keep} when given; then cancelled.
     */
    private static Round generated(Bench bench, List<GenericValue> keep) throws GenericServiceException, ServiceCalls.Refused, GenericEntityException {
        String inventoryId = newInventory(bench, "Start benchmark: today");
        try {
            String listId = (String) bench.services().call("createPiInventoryList", "piInventoryId", inventoryId, "listTypeId", LIST_TYPE).get("piListId");
            long began = System.nanoTime();
            Map<String, Object> lines = bench.services().call("generatePiCountLines", "piListId", listId);
            double seconds = (System.nanoTime() - began) / 1e9;
            if (keep != null) {
                keep.addAll(EntityQuery.use(bench.delegator()).from("PiCountLine").where("piListId", listId).queryList());
            }
            return new Round(seconds, ((Integer) lines.get("linesCreated")).longValue());
        } finally {
            bench.services().call("cancelPiInventory", "piInventoryId", inventoryId);
        }
    }

    /**
     * The floor of the line generation: the rows it made written again, to a new list, through the entity engine in
     * transactions of {@link #CHUNK} rows, with nothing read or checked (timed); then cancelled.
     */
    private static Round floor(Bench bench, List<GenericValue> lines) throws GenericServiceException, ServiceCalls.Refused, GenericEntityException {
        String inventoryId = newInventory(bench, "Start benchmark: floor");
        try {
            String listId = (String) bench.services().call("createPiInventoryList", "piInventoryId", inventoryId, "listTypeId", LIST_TYPE).get("piListId");
            List<GenericValue> copies = new ArrayList<>(lines.size());
            for (GenericValue line : lines) {
                GenericValue copy = GenericValue.create(line);
                copy.set("piListId", listId);
                copies.add(copy);
            }
            long began = System.nanoTime();
            for (int from = 0; from < copies.size(); from += CHUNK) {
                List<GenericValue> chunk = copies.subList(from, Math.min(copies.size(), from + CHUNK));
                Transactions.retried("Floor lines of list " + listId, () -> {
                    for (GenericValue copy : chunk) {
                        bench.delegator().create(copy);
                    }
                    return null;
                });
            }
            return new Round((System.nanoTime() - began) / 1e9, copies.size());
        } finally {
            bench.services().call("cancelPiInventory", "piInventoryId", inventoryId);
        }
    }

    private static String newInventory(Bench bench, String description) throws GenericServiceException, ServiceCalls.Refused {
        return (String) bench.services().call("createPiInventory", "facilityId", bench.facilityId(), "description", description).get("piInventoryId");
    }

    /** The one-step start, timed whole; then cancelled. */
    private static Round started(ServiceCalls services, String facilityId, long perList, List<String> counters)
            throws GenericServiceException, ServiceCalls.Refused {
        long began = System.nanoTime();
        Map<String, Object> started = services.call("startPiInventory", "facilityId", facilityId, "description", "Start benchmark: one step",
                "splitMode", "EVERY_N", "locationsPerList", String.valueOf(perList), "partyId", counters, "freezeMovements", "N");
        double seconds = (System.nanoTime() - began) / 1e9;
        services.call("cancelPiInventory", "piInventoryId", started.get("piInventoryId"));
        return new Round(seconds, (Long) started.get("linesCreated"));
    }

    /** Up to {@code most} employees to assign, in id order. */
    private static List<String> counters(Delegator delegator, int most) throws GenericEntityException {
        return EntityQuery.use(delegator).from("PartyRole").where("roleTypeId", "EMPLOYEE").orderBy("partyId").maxRows(most).queryList().stream()
                .limit(most).map(r -> r.getString("partyId")).toList();
    }
}
