package org.physicalinventory.ofbiz.cycle;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.base.util.UtilMisc;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.transaction.TransactionUtil;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.LocalDispatcher;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.cycle.AccuracyPoint;
import org.physicalinventory.cycle.CycleException;
import org.physicalinventory.cycle.CyclePlanner;
import org.physicalinventory.cycle.CycleSettings;
import org.physicalinventory.cycle.Due;
import org.physicalinventory.cycle.DueItem;
import org.physicalinventory.cycle.InventoryAccuracy;
import org.physicalinventory.cycle.LineCount;
import org.physicalinventory.difference.Tolerances;
import org.physicalinventory.inventory.InventoryStatus;
import org.physicalinventory.inventory.ListStatus;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.count.KeyLineServices;
import org.physicalinventory.ofbiz.inventory.InventoryRows;
import org.physicalinventory.ofbiz.inventory.FacilityLock;

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
        ZoneId zone = zone(context);
        try {
            if (EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).queryOne() == null) {
                return Labels.error("PhysInvErrorFacilityNotFound", locale, facilityId);
            }
            List<DueItem> due = CyclePlan.due(delegator, facilityId, CycleSettingServices.settings(delegator, facilityId), LocalDate.now(zone), zone);
            Map<Due, int[]> counts = new EnumMap<>(Due.class);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DueItem item : due) {
                int[] count = counts.computeIfAbsent(item.due(), k -> new int[2]);
                count[0]++;
                count[1] += item.key().lines();
                if (rows.size() < PLAN_ROWS) {
                    rows.add(row(delegator, item));
                }
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("dueItems", rows);
            for (Due when : Due.values()) {
                int[] count = counts.getOrDefault(when, new int[2]);
                String name = switch (when) {
                case OVERDUE -> "overdue";
                case TODAY -> "today";
                case THIS_WEEK -> "week";
                };
                result.put(name + "Items", count[0]);
                result.put(name + "Lines", count[1]);
            }
            GenericValue latest = EntityQuery.use(delegator).from("PiAbcClass").where("facilityId", facilityId).orderBy("-computedDate").queryFirst();
            result.put("classesComputedDate", latest == null ? null : latest.getTimestamp("computedDate"));
            return result;
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
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
     * createPiCycleInventory: one action makes a cycle inventory of what is due (up to the horizon, or the
     * products and locations ticked on the plan), with one list per employee, each a run of whole locations
     * with the lines of its products, assigned and open for counting. Counting, review and posting are the
     * normal flow. Refused, nothing written, while a full inventory of the facility is open.
     */
    public static Map<String, Object> createCycleInventory(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        LocalDispatcher dispatcher = dctx.getDispatcher();
        Locale locale = (Locale) context.get("locale");
        GenericValue userLogin = (GenericValue) context.get("userLogin");
        String facilityId = (String) context.get("facilityId");
        ZoneId zone = zone(context);
        try {
            if (EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).queryOne() == null) {
                return Labels.error("PhysInvErrorFacilityNotFound", locale, facilityId);
            }
            // a full inventory or another cycle inventory of the facility created at this moment waits for this one, and the other way round
            FacilityLock.hold(delegator, facilityId);
            GenericValue full = CyclePlan.openFullInventory(delegator, facilityId);
            if (full != null) {
                return Labels.error("PhysInvErrorFullInventoryOpen", locale, full.get("piInventoryId"), facilityId);
            }
            List<String> employees = employees(delegator, context.get("partyId"));
            String listTypeId = context.get("listTypeId") != null ? (String) context.get("listTypeId") : CycleSettingServices.listTypeId(delegator, facilityId);
            if (EntityQuery.use(delegator).from("PiListType").where("listTypeId", listTypeId).queryOne() == null) {
                return Labels.error("PhysInvErrorListTypeNotFound", locale, listTypeId);
            }
            int maxLines = CycleSettings.whole((String) context.get("maxLines"), 0);
            if (maxLines < 0) {
                return Labels.error("PhysInvErrorMaxLinesNegative", locale, maxLines);
            }
            List<DueItem> chosen = choose(delegator, facilityId, context.get("cycleKey"), horizon(context.get("horizon")), maxLines, zone);
            String piInventoryId = delegator.getNextSeqId("PiInventory");
            Timestamp now = UtilDateTime.nowTimestamp();
            delegator.create("PiInventory", UtilMisc.toMap("piInventoryId", piInventoryId, "facilityId", facilityId, "inventoryDate", now,
                    "description", context.get("description") != null ? context.get("description")
                            : Labels.message("PhysInvCycleInventoryDescription", locale, LocalDate.now(zone).toString()),
                    "statusId", InventoryStatus.CREATED.statusId(), "cycleCount", "Y", "createdByUserLogin", userLogin.get("userLoginId"),
                    "createdDate", now));
            List<String> listIds = new ArrayList<>();
            int lines = 0;
            List<List<DueItem>> parts = CyclePlanner.split(chosen, employees.size());
            for (int i = 0; i < parts.size(); i++) {
                String piListId = makeList(dispatcher, userLogin, locale, piInventoryId, listTypeId, parts.get(i), employees.get(i));
                lines += EntityQuery.use(delegator).from("PiCountLine").where("piListId", piListId).queryCount();
                listIds.add(piListId);
            }
            Map<String, Object> result = ServiceUtil.returnSuccess(Labels.message("PhysInvCycleInventoryCreated", locale, piInventoryId,
                    listIds.size(), lines));
            result.put("piInventoryId", piInventoryId);
            result.put("piListIds", listIds);
            result.put("linesCreated", lines);
            return result;
        } catch (CycleException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (Refused e) {
            rollbackOnly(e.getMessage());
            return e.result;
        } catch (GenericEntityException | GenericServiceException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    /**
     * The items the cycle inventory counts: the products and locations ticked, each of which must be due and
     * not on an open inventory, or everything due up to the horizon; the most urgent first, up to maxLines
     * lines (0: no limit).
     */
    private static List<DueItem> choose(Delegator delegator, String facilityId, Object ticked, Due horizon, int maxLines, ZoneId zone)
            throws GenericEntityException, CycleException {
        List<DueItem> due = CyclePlan.due(delegator, facilityId, CycleSettingServices.settings(delegator, facilityId), LocalDate.now(zone), zone);
        List<DueItem> chosen = new ArrayList<>();
        List<String> references = new ArrayList<>(KeyLineServices.references(ticked));
        if (references.isEmpty()) {
            due.stream().filter(d -> d.due().within(horizon)).forEach(chosen::add);
        } else {
            Map<String, DueItem> byReference = new LinkedHashMap<>();
            due.forEach(d -> byReference.put(CyclePlanner.reference(d.key().productId(), d.key().locationSeqId()), d));
            Map<String, String> busy = CyclePlan.onOpenInventories(delegator, facilityId);
            for (String reference : references) {
                DueItem item = byReference.get(reference);
                String[] key = reference.split("\\|", 2);
                if (item == null && busy.containsKey(reference)) {
                    throw new CycleException("PhysInvErrorAlreadyOnInventory", key[0], key.length > 1 ? key[1] : "", busy.get(reference));
                }
                if (item == null) {
                    throw new CycleException("PhysInvErrorNotDue", key[0], key.length > 1 ? key[1] : "");
                }
                chosen.add(item);
            }
            Set<DueItem> picked = new HashSet<>(chosen);
            chosen = due.stream().filter(picked::contains).collect(Collectors.toList()); // the plan's order: most urgent first
        }
        if (maxLines > 0) {
            int lines = 0;
            int kept = 0;
            while (kept < chosen.size() && (kept == 0 || lines + chosen.get(kept).key().lines() <= maxLines)) {
                lines += chosen.get(kept++).key().lines();
            }
            chosen = new ArrayList<>(chosen.subList(0, kept));
        }
        if (chosen.isEmpty()) {
            throw new CycleException("PhysInvErrorNothingDue", facilityId);
        }
        return chosen;
    }

    /** The employees chosen to count: at least one, each a party with the EMPLOYEE role. */
    private static List<String> employees(Delegator delegator, Object chosen) throws GenericEntityException, CycleException {
        List<String> employees = new ArrayList<>(KeyLineServices.references(chosen));
        if (employees.isEmpty()) {
            throw new CycleException("PhysInvErrorNoEmployee");
        }
        for (String partyId : employees) {
            if (EntityQuery.use(delegator).from("PartyRole").where("partyId", partyId, "roleTypeId", "EMPLOYEE").queryOne() == null) {
                throw new CycleException("PhysInvErrorNotAnEmployee", partyId);
            }
        }
        return employees;
    }

    private static Due horizon(Object horizon) throws CycleException {
        try {
            return horizon == null ? Due.TODAY : Due.valueOf((String) horizon);
        } catch (IllegalArgumentException e) {
            throw new CycleException("PhysInvErrorUnknownHorizon", horizon);
        }
    }

    /** One list of the cycle inventory: the lines of its products and locations, assigned to the employee, open for counting. */
    private static String makeList(LocalDispatcher dispatcher, GenericValue userLogin, Locale locale, String piInventoryId, String listTypeId,
            List<DueItem> part, String partyId) throws GenericServiceException, Refused {
        String first = part.get(0).key().locationSeqId();
        String last = part.get(part.size() - 1).key().locationSeqId();
        String piListId = (String) call(dispatcher, "createPiInventoryList", userLogin, locale, "piInventoryId", piInventoryId,
                "listTypeId", listTypeId, "explicitKeys", "Y", "description",
                Labels.message("PhysInvCycleListDescription", locale, first.equals(last) ? first : first + " - " + last)).get("piListId");
        List<String> keys = part.stream().map(d -> CyclePlanner.reference(d.key().productId(), d.key().locationSeqId())).toList();
        call(dispatcher, "addPiCountLinesForKeys", userLogin, locale, "piListId", piListId, "cycleKey", keys);
        call(dispatcher, "assignPiInventoryList", userLogin, locale, "piListId", piListId, "partyId", partyId);
        call(dispatcher, "changePiInventoryListStatus", userLogin, locale, "piListId", piListId, "statusId", ListStatus.COUNTING.statusId());
        return piListId;
    }

    /** Runs a service of the plugin in this transaction; a refusal stops the whole creation. */
    private static Map<String, Object> call(LocalDispatcher dispatcher, String service, GenericValue userLogin, Locale locale, Object... fields)
            throws GenericServiceException, Refused {
        Map<String, Object> context = UtilMisc.toMap(fields);
        context.put("userLogin", userLogin);
        context.put("locale", locale);
        Map<String, Object> result = dispatcher.runSync(service, context);
        if (!ServiceUtil.isSuccess(result)) {
            throw new Refused(result);
        }
        return result;
    }

    /** A service called on the way refused: its answer is the creation's, and nothing stays written. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, Object> result;

        Refused(Map<String, Object> result) {
            super(ServiceUtil.getErrorMessage(result));
            this.result = result;
        }
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
            GenericValue facility = EntityQuery.use(delegator).from("Facility").where("facilityId", facilityId).queryOne();
            if (facility == null) {
                return Labels.error("PhysInvErrorFacilityNotFound", locale, facilityId);
            }
            GenericValue params = InventoryRows.stockDifferenceParameters(delegator, facility);
            Tolerances tolerances = params == null ? Tolerances.NONE : new Tolerances(params.getBigDecimal("toleranceQuantity"),
                    params.getBigDecimal("tolerancePercent"), params.getBigDecimal("toleranceValue"));
            List<LineCount> lines = CyclePlan.countedLines(delegator, facilityId, Timestamp.from(from.atDay(1).atStartOfDay(zone).toInstant()), zone);
            List<Map<String, Object>> points = new ArrayList<>();
            Map<String, int[]> totals = new LinkedHashMap<>();
            for (AccuracyPoint point : InventoryAccuracy.byMonthAndClass(InventoryAccuracy.standing(lines),
                    CyclePlan.classes(delegator, facilityId), tolerances, from, thru)) {
                String abcClass = point.abcClass() == null ? "ALL" : point.abcClass().name();
                points.add(UtilMisc.toMap("month", point.month().toString(), "abcClass", abcClass, "lines", point.lines(),
                        "withinTolerance", point.withinTolerance(), "percent", point.percent()));
                int[] total = totals.computeIfAbsent(abcClass, k -> new int[2]);
                total[0] += point.lines();
                total[1] += point.withinTolerance();
            }
            List<Map<String, Object>> overall = new ArrayList<>();
            totals.forEach((abcClass, total) -> overall.add(UtilMisc.toMap("abcClass", abcClass, "lines", total[0], "withinTolerance", total[1],
                    "percent", new AccuracyPoint(thru, null, total[0], total[1]).percent())));
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("accuracy", points);
            result.put("accuracyTotals", overall);
            return result;
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    static ZoneId zone(Map<String, ? extends Object> context) {
        return (context.get("timeZone") instanceof TimeZone timeZone ? timeZone : TimeZone.getDefault()).toZoneId();
    }
}
