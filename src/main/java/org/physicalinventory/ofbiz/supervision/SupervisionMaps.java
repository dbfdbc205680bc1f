package org.physicalinventory.ofbiz.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.count.ListProgress;
import org.physicalinventory.ofbiz.inventory.InventoryRows;
import org.physicalinventory.supervision.AisleTile;
import org.physicalinventory.supervision.CounterActivity;
import org.physicalinventory.supervision.Progress;
import org.physicalinventory.supervision.ShownLine;
import org.physicalinventory.supervision.Supervisor;

/** The supervision's figures as the maps the service answers (moments as milliseconds since 1970, for the page's script). */
final class SupervisionMaps {

    private SupervisionMaps() {
    }

    /** Each list with its progress counters (PiListProgress, kept as reads are stored), and the inventory's total as "progress". */
    static void lists(Map<String, Object> result, Delegator delegator, String piInventoryId) throws GenericEntityException {
        List<GenericValue> lists = InventoryRows.lists(delegator, piInventoryId);
        Map<String, GenericValue> counters = new HashMap<>();
        if (!lists.isEmpty()) {
            for (GenericValue progress : EntityQuery.use(delegator).from("PiListProgress").where(EntityCondition.makeCondition("piListId",
                    EntityOperator.IN, lists.stream().map(list -> list.getString("piListId")).toList())).queryList()) {
                counters.put(progress.getString("piListId"), progress);
            }
        }
        List<Map<String, Object>> shown = new ArrayList<>();
        List<Progress> all = new ArrayList<>();
        for (GenericValue list : lists) {
            GenericValue progress = counters.get(list.getString("piListId"));
            if (progress == null) {
                progress = ListProgress.ensure(delegator, list.getString("piListId"));
            }
            Progress figures = new Progress(progress.getLong("lineCount"), progress.getLong("countedLineCount"));
            all.add(figures);
            Map<String, Object> map = progress(figures);
            map.put("piListId", list.getString("piListId"));
            map.put("description", list.getString("description"));
            map.put("listStatusId", list.getString("statusId"));
            GenericValue type = InventoryRows.listTypeOf(list);
            map.put("blind", type != null && "Y".equals(type.getString("blindCount")));
            shown.add(map);
        }
        result.put("lists", shown);
        result.put("progress", progress(Supervisor.total(all)));
    }

    static List<Map<String, Object>> tiles(List<AisleTile> tiles) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (AisleTile tile : tiles) {
            Map<String, Object> map = progress(tile.progress());
            map.put("areaId", tile.areaId());
            map.put("aisleId", tile.aisleId());
            shown.add(map);
        }
        return shown;
    }

    static List<Map<String, Object>> counters(Delegator delegator, List<CounterActivity> counters) throws GenericEntityException {
        Map<String, String> names = names(delegator, counters.stream().map(CounterActivity::userLoginId).toList());
        List<Map<String, Object>> shown = new ArrayList<>();
        for (CounterActivity counter : counters) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("userLoginId", counter.userLoginId());
            map.put("name", names.getOrDefault(counter.userLoginId(), counter.userLoginId()));
            map.put("reads", counter.reads());
            map.put("readsPerMinute", counter.readsPerMinute());
            map.put("lastRead", millis(counter.lastRead()));
            map.put("idleSeconds", counter.idleFor().toSeconds());
            map.put("idle", counter.idle());
            map.put("unusualRate", counter.unusualRate());
            shown.add(map);
        }
        return shown;
    }

    static List<Map<String, Object>> lines(List<ShownLine> lines) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (ShownLine line : lines) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("piListId", line.line().piListId());
            map.put("lineSeqId", line.line().lineSeqId());
            map.put("productId", line.line().productId());
            map.put("locationSeqId", line.line().locationSeqId());
            map.put("lotId", line.line().lotId());
            map.put("serialNumber", line.line().serialNumber());
            map.put("counted", line.line().counted());
            map.put("book", line.book());
            map.put("difference", line.difference());
            map.put("blind", line.line().blind());
            map.put("beyondTolerance", line.beyondTolerance());
            map.put("countedBy", line.line().countedBy());
            map.put("countedDate", millis(line.line().countedDate()));
            shown.add(map);
        }
        return shown;
    }

    static List<Map<String, Object>> serials(List<GenericValue> rows) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (GenericValue row : rows) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("productId", row.getString("productId"));
            map.put("serialNumber", row.getString("serialNumber"));
            map.put("reads", row.getLong("reads"));
            map.put("lines", row.getLong("lines"));
            map.put("locations", row.getLong("locations"));
            Timestamp last = row.getTimestamp("lastRead");
            map.put("lastRead", last == null ? null : last.getTime());
            shown.add(map);
        }
        return shown;
    }

    /** Refused reads with the refusal's label key; {@link #inWords} gives each its message in the page's language. */
    static List<Map<String, Object>> refused(Delegator delegator, List<GenericValue> rows) throws GenericEntityException {
        Map<String, String> names = names(delegator, rows.stream().map(row -> row.getString("userLoginId")).distinct().toList());
        List<Map<String, Object>> shown = new ArrayList<>();
        for (GenericValue row : rows) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String field : List.of("piListId", "userLoginId", "locationSeqId", "productId", "lotId", "serialNumber", "rawCode", "refusal")) {
                map.put(field, row.getString(field));
            }
            Timestamp refused = row.getTimestamp("refusedDate");
            map.put("refusedDate", refused == null ? null : refused.getTime());
            map.put("name", names.getOrDefault(row.getString("userLoginId"), row.getString("userLoginId")));
            shown.add(map);
        }
        return shown;
    }

    /** The refused reads, each with its refusal in words: figures are shared by pages in every language, so words are added per page. */
    static List<Map<String, Object>> inWords(List<Map<String, Object>> refused, Locale locale) {
        List<Map<String, Object>> worded = new ArrayList<>(refused.size());
        for (Map<String, Object> read : refused) {
            Map<String, Object> map = new LinkedHashMap<>(read);
            map.put("reason", Labels.message((String) read.get("refusal"), locale));
            worded.add(map);
        }
        return worded;
    }

    private static Map<String, Object> progress(Progress progress) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("lines", progress.lines());
        map.put("countedLines", progress.countedLines());
        map.put("percent", progress.percent());
        map.put("status", progress.status().name());
        return map;
    }

    /** The person's name of each user login, where it has one. */
    private static Map<String, String> names(Delegator delegator, List<String> userLoginIds) throws GenericEntityException {
        Map<String, String> names = new HashMap<>();
        if (userLoginIds.isEmpty()) {
            return names;
        }
        Map<String, String> parties = new HashMap<>();
        for (GenericValue login : EntityQuery.use(delegator).from("UserLogin").where(EntityCondition.makeCondition("userLoginId", EntityOperator.IN,
                userLoginIds)).select("userLoginId", "partyId").queryList()) {
            if (login.getString("partyId") != null) {
                parties.put(login.getString("partyId"), login.getString("userLoginId"));
            }
        }
        if (!parties.isEmpty()) {
            for (GenericValue person : EntityQuery.use(delegator).from("Person").where(EntityCondition.makeCondition("partyId", EntityOperator.IN,
                    new ArrayList<>(parties.keySet()))).select("partyId", "firstName", "lastName").queryList()) {
                String name = String.join(" ", nonNull(person.getString("firstName")), nonNull(person.getString("lastName"))).trim();
                if (!name.isEmpty()) {
                    names.put(parties.get(person.getString("partyId")), name);
                }
            }
        }
        return names;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
