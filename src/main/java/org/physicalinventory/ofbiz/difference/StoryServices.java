package org.physicalinventory.ofbiz.difference;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.GenericServiceException;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.count.LineKey;
import org.physicalinventory.explain.ExplainedLine;
import org.physicalinventory.explain.Story;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.Parameters;
import org.physicalinventory.ofbiz.explain.ExplainRows;
import org.physicalinventory.ofbiz.inventory.InventoryRows;
import org.physicalinventory.reconciliation.Document;

/** The story of a difference of an inventory not posted yet: what moved its key's stock since its previous count, and its likely causes. */
public final class StoryServices {

    private static final String MODULE = StoryServices.class.getName();

    private StoryServices() {
    }

    /** getPiDifferenceStory: the story of one key of the inventory's review, with the difference and its likely causes. */
    public static Map<String, Object> getDifferenceStory(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        Object piInventoryId = context.get("piInventoryId");
        LineKey key = new LineKey((String) context.get("productId"), (String) context.get("locationSeqId"), Parameters.text(context.get("lotId")),
                Parameters.text(context.get("serialNumber")));
        try {
            GenericValue inventory = InventoryRows.inventory(delegator, piInventoryId);
            if (inventory == null || inventory.get("postedDate") != null) {
                return inventory == null ? Labels.error("PhysInvErrorInventoryNotFound", locale, piInventoryId)
                        : Labels.error("PhysInvErrorStoryPosted", locale, piInventoryId);
            }
            KeptReview kept = KeptReview.of(delegator, dctx.getDispatcher(), inventory);
            ExplainedLine line = kept.explained(key);
            if (line == null) {
                return Labels.error("PhysInvErrorStoryKeyNotFound", locale, key.productId(), key.locationSeqId(), piInventoryId);
            }
            String facilityId = inventory.getString("facilityId");
            Story.Since since = since(delegator, inventory, key);
            List<Story.Row> rows = Story.rows(facilityId, key, since, ExplainRows.movementsOf(delegator, facilityId, key, since.at()),
                    ExplainRows.transfers(delegator, facilityId, key.locationSeqId(), since.at(), null));
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("difference", difference(line));
            result.put("since", Map.of("kind", since.kind().name(), "labelKey", since.kind().labelKey(), "date", Timestamp.from(since.at()),
                    "reference", since.reference()));
            result.put("storyRows", rows(delegator, rows, facilityId));
            result.put("causes", ReviewRows.causes(kept.causes(key)));
            return result;
        } catch (GenericEntityException | GenericServiceException e) {
            return Labels.failure("PhysInvErrorStoryFailed", e, MODULE, locale, key.productId(), key.locationSeqId(), piInventoryId);
        }
    }

    /** Where the key's story starts: its count on the facility's last posted inventory of this plugin, OFBiz's last variance, or the period. */
    private static Story.Since since(Delegator delegator, GenericValue inventory, LineKey key) throws GenericEntityException {
        String facilityId = inventory.getString("facilityId");
        GenericValue previous = ExplainRows.lastPostedCount(delegator, facilityId, key, inventory.getString("piInventoryId"));
        GenericValue variance = ExplainRows.lastVariance(delegator, facilityId, key);
        return Story.since(previous == null ? null : previous.getTimestamp("countedDate").toInstant(),
                previous == null ? null : previous.getString("piInventoryId"),
                variance == null ? null : variance.getTimestamp("effectiveDate").toInstant(),
                variance == null ? null : variance.getString("physicalInventoryId"), UtilDateTime.nowTimestamp().toInstant(),
                ExplainRows.storyDays(InventoryRows.stockDifferenceParameters(delegator, inventory.getRelatedOne("Facility", true))));
    }

    private static Map<String, Object> difference(ExplainedLine line) {
        Map<String, Object> difference = new HashMap<>();
        difference.put("productId", line.key().productId());
        difference.put("locationSeqId", line.key().locationSeqId());
        difference.put("lotId", line.key().lotId());
        difference.put("serialNumber", line.key().serialNumber());
        difference.put("bookQuantity", line.book());
        difference.put("countedQuantity", line.counted());
        difference.put("difference", line.difference());
        difference.put("countedDate", line.countedAt() == null ? null : Timestamp.from(line.countedAt()));
        return difference;
    }

    /** The story's rows as the screen shows them, a physical inventory posted by this plugin naming the plugin's inventory too. */
    private static List<Map<String, Object>> rows(Delegator delegator, List<Story.Row> rows, String facilityId) throws GenericEntityException {
        Set<String> physicalInventoryIds = rows.stream().filter(r -> r.document() != null
                && r.document().kind() == Document.Kind.PHYSICAL_INVENTORY).map(r -> r.document().id())
                .collect(Collectors.toSet());
        Map<String, String> ours = physicalInventoryIds.isEmpty() ? Map.of() : EntityQuery.use(delegator).from("PiInventory")
                .where(EntityCondition.makeCondition("physicalInventoryId", EntityOperator.IN, physicalInventoryIds))
                .select("piInventoryId", "physicalInventoryId").queryList().stream()
                .collect(Collectors.toMap(i -> i.getString("physicalInventoryId"), i -> i.getString("piInventoryId"), (a, b) -> a));
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Story.Row row : rows) {
            Map<String, Object> map = new HashMap<>();
            map.put("date", Timestamp.from(row.at()));
            map.put("kind", row.kind().name());
            map.put("kindKey", row.kind().labelKey());
            map.put("quantity", row.quantity());
            map.put("otherFacilityId", row.otherFacilityId());
            map.put("otherLocationSeqId", row.otherLocationSeqId());
            map.put("inventoryItemId", row.inventoryItemId());
            map.put("facilityId", facilityId);
            if (row.document() != null) {
                map.put("documentKind", row.document().kind().name());
                // an item names no document of its own here: the movement is the item's (the reconciliation's item is a cost revision)
                map.put("documentKey", row.document().kind() == Document.Kind.ITEM ? "PhysInvStoryInventoryItem" : row.document().kind().labelKey());
                map.put("documentId", row.document().id());
                map.put("piInventoryId", ours.get(row.document().id()));
            }
            shown.add(map);
        }
        return shown;
    }
}
