package org.physicalinventory.ofbiz.cycle;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.LabelledException;
import org.physicalinventory.cycle.AccuracyPoint;
import org.physicalinventory.cycle.CycleChoice;
import org.physicalinventory.cycle.CycleException;
import org.physicalinventory.cycle.CyclePlanner;
import org.physicalinventory.cycle.Due;
import org.physicalinventory.cycle.DueItem;
import org.physicalinventory.cycle.InventoryAccuracy;
import org.physicalinventory.cycle.LineCount;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.ServiceCalls;
import org.physicalinventory.ofbiz.count.KeyLineServices;
import org.physicalinventory.ofbiz.inventory.InventoryRows;
import org.physicalinventory.ofbiz.inventory.NewInventory;

/** The cycle-count plan of a facility, the cycle inventory made from it in one action, and inventory record accuracy. */
public final class CycleServices {

    private static final String MODULE = CycleServices.class.getName();
    /** Rows the plan answers at most; its counts cover everything due. */
    private static final int PLAN_ROWS = 1000;

    private CycleServices() {
    }

    /** getPiCyclePlan: what is due this week or earlier, most urgent first, with the lines each would make. */
    public static Map<String, Object> getCyclePlan(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        try {
            if (facility(delegator, facilityId) == null) {
                return Labels.error("PhysInvErrorFacilityNotFound", locale, facilityId);
            }
            List<DueItem> due = plan(delegator, facilityId, CyclePlan.onOpenInventories(delegator, facilityId).keySet(), zone(context));
            Map<String, Object> result = ServiceUtil.returnSuccess();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DueItem item : due.subList(0, Math.min(due.size(), PLAN_ROWS))) {
                rows.add(row(delegator, item));
            }
            result.put("dueItems", rows);
            putTotals(result, due);
            GenericValue latest = EntityQuery.use(delegator).from("PiAbcClass").where("facilityId", facilityId).orderBy("-computedDate").queryFirst();
            result.put("classesComputedDate", latest == null ? null : latest.getTimestamp("computedDate"));
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorCyclePlanReadFailed", e, MODULE, locale, facilityId);
        }
    }

    /** The plan of the facility today, leaving out the products and locations on an open inventory ({@code busy}). */
    private static List<DueItem> plan(Delegator delegator, String facilityId, Set<String> busy, ZoneId zone) throws GenericEntityException {
        return CyclePlan.due(delegator, facilityId, CycleSettingServices.settings(delegator, facilityId), busy, LocalDate.now(zone), zone);
    }

    /** The items and lines due overdue, today and this week: overdueItems, overdueLines, todayItems and so on. */
    private static void putTotals(Map<String, Object> result, List<DueItem> due) {
        for (Due when : Due.values()) {
            String name = switch (when) {
            case OVERDUE -> "overdue";
            case TODAY -> "today";
            case THIS_WEEK -> "week";
            };
            result.put(name + "Items", (int) due.stream().filter(d -> d.due() == when).count());
            result.put(name + "Lines", due.stream().filter(d -> d.due() == when).mapToInt(d -> d.key().lines()).sum());
        }
    }

    private static Map<String, Object> row(Delegator delegator, DueItem item) throws GenericEntityException {
        GenericValue product = EntityQuery.use(delegator).from("Product").where("productId", item.key().productId()).cache().queryOne();
        Map<String, Object> row = new HashMap<>();
        row.put("cycleKey", CyclePlanner.reference(item.key().productId(), item.key().locationSeqId()));
        row.put("productId", item.key().productId());
        row.put("productName", product == null ? null : product.get("productName") != null ? product.get("productName") : product.get("internalName"));
        row.put("locationSeqId", item.key().locationSeqId());
        row.put("abcClass", item.abcClass() == null ? null : item.abcClass().name());
        row.put("intervalDays", item.intervalDays());
        row.put("lastCounted", item.key().lastCounted() == null ? null : item.key().lastCounted().toLocalDate().toString());
        row.put("dueDate", item.dueDate() == null ? null : item.dueDate().toString());
        row.put("due", item.due().name());
        row.put("bookQuantity", item.key().bookQuantity());
        row.put("lines", item.key().lines());
        row.put("zeroConfirmation", item.zeroConfirmation() ? "Y" : "N");
        return row;
    }

    /**
     * createPiCycleInventory: one action makes a cycle inventory of what is due (up to the horizon, or the products and
     * locations ticked on the plan), with one list per employee, each a run of whole locations with the lines of its
     * products, assigned and open for counting. Counting, review and posting are the normal flow. Refused, nothing
     * written, while a full inventory of the facility is open.
     */
    public static Map<String, Object> createCycleInventory(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        String facilityId = (String) context.get("facilityId");
        ZoneId zone = zone(context);
        try {
            GenericValue facility = facility(delegator, facilityId);
            if (facility == null) {
                return Labels.error("PhysInvErrorFacilityNotFound", locale, facilityId);
            }
            // a full inventory or another cycle inventory of the facility created at this moment waits for this one, and the other way round
            NewInventory inventory = NewInventory.cycle(delegator, facility);
            List<String> employees = employees(delegator, context.get("partyId"));
            String listTypeId = listTypeId(delegator, facilityId, (String) context.get("listTypeId"));
            List<DueItem> chosen = choose(delegator, facilityId, context, zone);
            String description = context.get("description") != null ? (String) context.get("description")
                    : Labels.message("PhysInvCycleInventoryDescription", locale, LocalDate.now(zone).toString());
            String piInventoryId = inventory.create(Map.of("description", description), userLogin).getString("piInventoryId");
            CycleLists lists = new CycleLists(dctx.getDispatcher(), userLogin, locale, piInventoryId, listTypeId)
                    .make(CyclePlanner.split(chosen, employees.size()), employees);
            Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvCycleInventoryCreated", locale, piInventoryId,
                    lists.listIds().size(), lists.lines()));
            result.put("piInventoryId", piInventoryId);
            result.put("piListIds", lists.listIds());
            result.put("linesCreated", lists.lines());
            return result;
        } catch (LabelledException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (ServiceCalls.Refused e) {
            rollbackOnly(e.getMessage());
            return e.result();
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorCycleInventoryCreateFailed", e, MODULE, locale, facilityId);
        }
    }

    /** What the cycle inventory counts: what is due up to the horizon, or the items ticked, up to the most lines asked for. */
    private static List<DueItem> choose(Delegator delegator, String facilityId, Map<String, ? extends Object> context, ZoneId zone)
            throws GenericEntityException, CycleException {
        int maxLines = CycleChoice.maxLines((String) context.get("maxLines"));
        Due horizon = CycleChoice.horizon((String) context.get("horizon"));
        Map<String, String> busy = CyclePlan.onOpenInventories(delegator, facilityId);
        return CycleChoice.choose(facilityId, plan(delegator, facilityId, busy.keySet(), zone), KeyLineServices.references(context.get("cycleKey")),
                busy, horizon, maxLines);
    }

    /** The employees chosen to count: at least one, each a party with the EMPLOYEE role. */
    private static List<String> employees(Delegator delegator, Object chosen) throws GenericEntityException, CycleException {
        List<String> employees = new ArrayList<>(KeyLineServices.references(chosen));
        if (employees.isEmpty()) {
            throw new CycleException("PhysInvErrorNoEmployee");
        }
        for (String partyId : employees) {
            if (!InventoryRows.isEmployee(delegator, partyId)) {
                throw new CycleException("PhysInvErrorNotAnEmployee", partyId);
            }
        }
        return employees;
    }

    /** The list type of the cycle lists: the one asked for, else the facility's; refused when there is none with that id. */
    private static String listTypeId(Delegator delegator, String facilityId, String asked) throws GenericEntityException, CycleException {
        String listTypeId = asked != null ? asked : CycleSettingServices.listTypeId(delegator, facilityId);
        if (InventoryRows.listType(delegator, listTypeId) == null) {
            throw new CycleException("PhysInvErrorListTypeNotFound", listTypeId);
        }
        return listTypeId;
    }

    private static void rollbackOnly(String why) {
        try {
            TransactionUtil.setRollbackOnly(why, null);
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
        }
    }

    /**
     * getPiCountAccuracy: inventory record accuracy of the facility, per month of posting and per class, over
     * the last months: the share of counted lines of posted inventories (cycle or full) within the
     * stock-difference tolerances, exact when none are set.
     */
    public static Map<String, Object> getCountAccuracy(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String facilityId = (String) context.get("facilityId");
        ZoneId zone = zone(context);
        int months = context.get("months") == null ? 12 : Math.max(1, Math.min(60, ((Long) context.get("months")).intValue()));
        YearMonth thru = YearMonth.now(zone);
        YearMonth from = thru.minusMonths(months - 1L);
        try {
            GenericValue facility = facility(delegator, facilityId);
            if (facility == null) {
                return Labels.error("PhysInvErrorFacilityNotFound", locale, facilityId);
            }
            List<LineCount> lines = CyclePlan.countedLines(delegator, facilityId, Timestamp.from(from.atDay(1).atStartOfDay(zone).toInstant()), zone);
            List<AccuracyPoint> points = InventoryAccuracy.byMonthAndClass(InventoryAccuracy.standing(lines), CyclePlan.classes(delegator, facilityId),
                    InventoryRows.tolerances(delegator, facility), from, thru);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("accuracy", points.stream().map(CycleServices::accuracyRow).toList());
            result.put("accuracyTotals", InventoryAccuracy.overall(points).stream().map(CycleServices::accuracyRow).toList());
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorAccuracyReadFailed", e, MODULE, locale, facilityId);
        }
    }

    /** A point as the service answers it: month (none for a total over the months), abcClass (ALL for all classes), lines, withinTolerance, percent. */
    private static Map<String, Object> accuracyRow(AccuracyPoint point) {
        Map<String, Object> row = UtilMisc.toMap("abcClass", point.abcClass() == null ? "ALL" : point.abcClass().name(), "lines", point.lines(),
                "withinTolerance", point.withinTolerance(), "percent", point.percent());
        if (point.month() != null) {
            row.put("month", point.month().toString());
        }
        return row;
    }

    private static GenericValue facility(Delegator delegator, String facilityId) throws GenericEntityException {
        return EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).queryOne();
    }

    static ZoneId zone(Map<String, ? extends Object> context) {
        return (context.get("timeZone") instanceof TimeZone timeZone ? timeZone : TimeZone.getDefault()).toZoneId();
    }
}
