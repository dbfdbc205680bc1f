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
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.ServiceCalls;

/**
 * runPiStartBenchmark: the one-step start of a benchmark facility split every N locations (on the reference warehouse's
 * 2,000 locations, N = 40 makes 50 lists), against making the same lines as today: one list over the whole facility and
 * generatePiCountLines. In one run, the two alternating round by round; the start is timed whole (the inventory, its
 * lists and lines, the counters, counting opened and the stock-before snapshot), the baseline only its line generation.
 * Every inventory either makes is cancelled at once, so that the facility stays free and the benchmark can run again.
 */
public final class StartBenchmark {

    private static final String MODULE = StartBenchmark.class.getName();
    private static final String LIST_TYPE = "PI_STANDARD";

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
            String report = report(services, facilityId, perList, counters, rounds, delegator.getGroupHelperInfo("org.apache.ofbiz").getHelperBaseName());
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

    /** Runs the rounds, the baseline first in each: a line per round, then the median and best of each and their ratios. */
    private static String report(ServiceCalls services, String facilityId, long perList, List<String> counters, int rounds, String database)
            throws GenericServiceException, ServiceCalls.Refused {
        StringBuilder report = new StringBuilder(String.format("start benchmark: facility %s, a list every %d locations, %d counters, %s, %d rounds%n",
                facilityId, perList, counters.size(), database, rounds));
        List<Double> today = new ArrayList<>();
        List<Double> start = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Round generated = generated(services, facilityId);
            today.add(generated.seconds());
            report.append(String.format("%-62s %8d lines %8.2f s%n", "today: one list, generatePiCountLines", generated.lines(), generated.seconds()));
            Round started = started(services, facilityId, perList, counters);
            start.add(started.seconds());
            report.append(String.format("%-62s %8d lines %8.2f s%n", "one-step start: lists, lines, counters, counting, stock before", started.lines(),
                    started.seconds()));
        }
        Rounds baseline = new Rounds(today);
        Rounds ours = new Rounds(start);
        report.append(String.format("median of %d: today %.2f s, the start %.2f s: the start takes %.2fx today's lines%n", rounds, baseline.median(),
                ours.median(), ours.median() / baseline.median()));
        report.append(String.format("best of %d:   today %.2f s, the start %.2f s: the start takes %.2fx today's lines%n", rounds, baseline.best(),
                ours.best(), ours.best() / baseline.best()));
        return report.toString();
    }

    /** Today's way: an inventory with one list over the whole facility, whose lines generatePiCountLines makes (timed); then cancelled. */
    private static Round generated(ServiceCalls services, String facilityId) throws GenericServiceException, ServiceCalls.Refused {
        String inventoryId = (String) services.call("createPiInventory", "facilityId", facilityId, "description", "Start benchmark: today")
                .get("piInventoryId");
        try {
            String listId = (String) services.call("createPiInventoryList", "piInventoryId", inventoryId, "listTypeId", LIST_TYPE).get("piListId");
            long began = System.nanoTime();
            Map<String, Object> lines = services.call("generatePiCountLines", "piListId", listId);
            return new Round((System.nanoTime() - began) / 1e9, ((Integer) lines.get("linesCreated")).longValue());
        } finally {
            services.call("cancelPiInventory", "piInventoryId", inventoryId);
        }
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
