package org.physicalinventory.ofbiz.valuation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.ofbiz.base.util.Debug;
import org.apache.ofbiz.base.util.UtilDateTime;
import org.apache.ofbiz.entity.Delegator;
import org.apache.ofbiz.entity.GenericEntityException;
import org.apache.ofbiz.entity.GenericValue;
import org.apache.ofbiz.entity.condition.EntityCondition;
import org.apache.ofbiz.entity.condition.EntityOperator;
import org.apache.ofbiz.entity.util.EntityListIterator;
import org.apache.ofbiz.entity.util.EntityQuery;
import org.apache.ofbiz.service.DispatchContext;
import org.apache.ofbiz.service.ServiceUtil;
import org.physicalinventory.ofbiz.Labels;
import org.physicalinventory.ofbiz.valuation.StockHistory.Stock;
import org.physicalinventory.report.ReportRow;
import org.physicalinventory.report.ValorizedReport;
import org.physicalinventory.report.ValorizedReport.CategoryTotal;
import org.physicalinventory.valuation.ProductValuation;
import org.physicalinventory.valuation.ProductValuation.LotQuantity;
import org.physicalinventory.valuation.StockValuer;
import org.physicalinventory.valuation.Valuation;
import org.physicalinventory.valuation.ValuationMethod;

/**
 * getPiValorizedReport: the valorized inventory report over a closing, or over the live stock (a closing of this
 * moment that is not stored), filtered by facility, category, supplier, product and lot; rows, totals by
 * category (the product's primary category) and the grand total. The screen and every export use it.
 */
public final class ValorizedReportServices {

    private static final String MODULE = ValorizedReportServices.class.getName();
    private static final int IN_CHUNK = 500;

    private ValorizedReportServices() {
    }

    public static Map<String, Object> getValorizedReport(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String closingId = empty(context.get("closingId"));
        String lotId = empty(context.get("lotId"));
        try {
            Set<String> products = productFilter(delegator, empty(context.get("productId")), empty(context.get("productCategoryId")),
                    empty(context.get("supplierPartyId")));
            List<ReportRow> rows;
            Map<String, Object> result = ServiceUtil.returnSuccess();
            if (closingId != null) {
                GenericValue closing = ClosingRun.find(delegator, closingId);
                if (closing == null) {
                    return Labels.error("PhysInvErrorClosingNotFound", locale, closingId);
                }
                rows = closingRows(delegator, closing, empty(context.get("facilityId")), products, lotId);
                result.put("closing", closing);
                result.put("valuationMethod", closing.getString("valuationMethod"));
                result.put("currencyUomId", closing.getString("currencyUomId"));
                result.put("asOf", closing.getTimestamp("thruDate"));
            } else {
                ClosingScope scope = ClosingScope.resolve(delegator, empty(context.get("organizationPartyId")), empty(context.get("facilityId")),
                        context.get("valuationMethod"), locale);
                if (scope.refusal() != null) {
                    return ServiceUtil.returnError(scope.refusal());
                }
                ValuationMethod method = scope.method();
                Timestamp now = UtilDateTime.nowTimestamp();
                rows = liveRows(delegator, scope, method, now, products, lotId);
                result.put("valuationMethod", method.name());
                result.put("currencyUomId", scope.currencyUomId());
                result.put("asOf", now);
            }
            ValorizedReport report = ValorizedReport.of(rows);
            List<Map<String, Object>> rowMaps = new ArrayList<>();
            for (ReportRow row : report.rows()) {
                Map<String, Object> map = new HashMap<>();
                map.put("facilityId", row.facilityId());
                map.put("productId", row.productId());
                map.put("productName", row.productName());
                map.put("categoryId", row.categoryId());
                map.put("lotId", row.lotId());
                map.put("quantity", row.quantity());
                map.put("unitCost", row.unitCost());
                map.put("value", row.value());
                map.put("fallback", row.fallback());
                rowMaps.add(map);
            }
            List<Map<String, Object>> categories = new ArrayList<>();
            Map<String, String> names = categoryNames(delegator, report.categories());
            for (CategoryTotal total : report.categories()) {
                categories.add(Map.of("categoryId", total.categoryId() == null ? "" : total.categoryId(),
                        "categoryName", names.getOrDefault(total.categoryId(), ""), "rows", (long) total.rows(),
                        "quantity", total.quantity(), "value", total.value()));
            }
            result.put("report", report);
            result.put("categoryNames", names);
            result.put("reportRows", rowMaps);
            result.put("categoryTotals", categories);
            result.put("totalQuantity", report.totalQuantity());
            result.put("totalValue", report.totalValue());
            return result;
        } catch (GenericEntityException e) {
            Debug.logError(e, MODULE);
            return ServiceUtil.returnError(e.getMessage());
        }
    }

    /** The lines of a closing (or, for a lot, its lot rows valued at the line's unit value; FIFO at the lot's own items). */
    private static List<ReportRow> closingRows(Delegator delegator, GenericValue closing, String facilityId, Set<String> products, String lotId)
            throws GenericEntityException {
        List<EntityCondition> conditions = new ArrayList<>(List.of(EntityCondition.makeCondition("closingId", closing.get("closingId"))));
        if (facilityId != null) {
            conditions.add(EntityCondition.makeCondition("facilityId", facilityId));
        }
        Map<String, GenericValue> lots = new HashMap<>();
        if (lotId != null) {
            for (GenericValue lot : EntityQuery.use(delegator).from("PiStockClosingLot").where(conditions.get(0),
                    EntityCondition.makeCondition("lotId", lotId)).queryList()) {
                lots.put(lot.getString("facilityId") + "\u0000" + lot.getString("productId"), lot);
            }
            if (lots.isEmpty()) {
                return List.of();
            }
        }
        boolean fifo = ValuationMethod.FIFO.name().equals(closing.getString("valuationMethod"));
        List<ReportRow> rows = new ArrayList<>();
        try (EntityListIterator lines = EntityQuery.use(delegator).from("PiStockClosingLineAndProduct").where(conditions)
                .orderBy("productId", "facilityId").queryIterator()) {
            GenericValue line;
            while ((line = lines.next()) != null) {
                BigDecimal quantity = line.getBigDecimal("quantity");
                BigDecimal value = line.getBigDecimal("value");
                if (products != null && !products.contains(line.getString("productId")) || quantity.signum() == 0 && value.signum() == 0) {
                    continue;
                }
                if (lotId != null) {
                    GenericValue lot = lots.get(line.getString("facilityId") + "\u0000" + line.getString("productId"));
                    if (lot == null) {
                        continue;
                    }
                    quantity = lot.getBigDecimal("quantity");
                    value = fifo || line.get("unitValue") == null ? lot.getBigDecimal("fifoValue")
                            : quantity.multiply(line.getBigDecimal("unitValue")).setScale(Valuation.VALUE_SCALE, Valuation.ROUNDING);
                }
                rows.add(row(line.getString("facilityId"), line.getString("productId"), productName(line), line.getString("primaryProductCategoryId"),
                        lotId, quantity, value, "Y".equals(line.getString("fallback"))));
            }
        }
        return rows;
    }

    /** The live stock valued now, as a closing would value it, for the products of the filter only. */
    private static List<ReportRow> liveRows(Delegator delegator, ClosingScope scope, ValuationMethod method, Timestamp now, Set<String> products,
            String lotId) throws GenericEntityException {
        Map<String, BigDecimal> standardCosts = StandardCosts.at(delegator, now, scope.currencyUomId());
        StockValuer valuer = new StockValuer(now.toInstant(), method);
        List<ProductValuation> valuations = new ArrayList<>();
        if (method == ValuationMethod.LIFO) {
            for (Stock stock : StockHistory.load(delegator, scope.facilityIds(), now, products)) {
                ProductValuation valuation = valuer.value(stock.productId(), stock.facilityId(), stock.items(), standardCosts.get(stock.productId()));
                if (valuation != null) {
                    valuations.add(valuation);
                }
            }
        } else {
            // as a closing by this method values them (OFBiz's average cost, the items summed up by the database)
            valuations = SummedHistory.value(delegator, scope.facilityIds(), now, valuer, standardCosts, products);
        }
        Set<String> productIds = new HashSet<>();
        valuations.forEach(v -> productIds.add(v.productId()));
        Map<String, GenericValue> productRows = products(delegator, productIds);
        List<ReportRow> rows = new ArrayList<>();
        for (ProductValuation valuation : valuations) {
            if (valuation.quantity().signum() == 0 && valuation.value().signum() == 0) {
                continue;
            }
            GenericValue product = productRows.get(valuation.productId());
            String name = product == null ? null : productName(product);
            String category = product == null ? null : product.getString("primaryProductCategoryId");
            if (lotId == null) {
                rows.add(row(valuation.facilityId(), valuation.productId(), name, category, null, valuation.quantity(), valuation.value(),
                        valuation.fallback()));
                continue;
            }
            for (LotQuantity lot : valuation.lots()) {
                if (lotId.equals(lot.lotId())) {
                    BigDecimal value = method == ValuationMethod.FIFO || valuation.unitValue() == null ? lot.fifoValue()
                            : lot.quantity().multiply(valuation.unitValue()).setScale(Valuation.VALUE_SCALE, Valuation.ROUNDING);
                    rows.add(row(valuation.facilityId(), valuation.productId(), name, category, lotId, lot.quantity(), value, valuation.fallback()));
                }
            }
        }
        return rows;
    }

    private static ReportRow row(String facilityId, String productId, String name, String categoryId, String lotId, BigDecimal quantity,
            BigDecimal value, boolean fallback) {
        BigDecimal unitCost = quantity.signum() == 0 ? null : value.divide(quantity, Valuation.COST_SCALE, Valuation.ROUNDING);
        return new ReportRow(facilityId, productId, name, categoryId, lotId, quantity, unitCost, value, fallback);
    }

    /** The products a filter allows, or null for all: a product id, the members of a category, the products of a supplier. */
    private static Set<String> productFilter(Delegator delegator, String productId, String categoryId, String supplierPartyId)
            throws GenericEntityException {
        Set<String> allowed = productId == null ? null : new HashSet<>(List.of(productId));
        if (categoryId != null) {
            allowed = intersect(allowed, ids(EntityQuery.use(delegator).from("ProductCategoryMember").where("productCategoryId", categoryId)
                    .filterByDate().select("productId").queryList()));
        }
        if (supplierPartyId != null) {
            allowed = intersect(allowed, ids(EntityQuery.use(delegator).from("SupplierProduct").where("partyId", supplierPartyId)
                    .select("productId").queryList()));
        }
        return allowed;
    }

    private static Set<String> intersect(Set<String> allowed, Set<String> more) {
        if (allowed == null) {
            return more;
        }
        allowed.retainAll(more);
        return allowed;
    }

    private static Set<String> ids(List<GenericValue> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.getString("productId")));
        return ids;
    }

    private static Map<String, GenericValue> products(Delegator delegator, Collection<String> productIds) throws GenericEntityException {
        Map<String, GenericValue> products = new HashMap<>();
        List<String> ids = new ArrayList<>(productIds);
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            for (GenericValue product : EntityQuery.use(delegator).from("Product").where(EntityCondition.makeCondition("productId",
                    EntityOperator.IN, ids.subList(from, Math.min(ids.size(), from + IN_CHUNK))))
                    .select("productId", "productName", "internalName", "primaryProductCategoryId").queryList()) {
                products.put(product.getString("productId"), product);
            }
        }
        return products;
    }

    private static Map<String, String> categoryNames(Delegator delegator, List<CategoryTotal> totals) throws GenericEntityException {
        Map<String, String> names = new HashMap<>();
        for (CategoryTotal total : totals) {
            if (total.categoryId() != null) {
                GenericValue category = EntityQuery.use(delegator).from("ProductCategory").where("productCategoryId", total.categoryId()).cache()
                        .queryOne();
                String name = category == null ? null : category.get("categoryName") != null ? category.getString("categoryName")
                        : category.getString("description");
                if (name != null) {
                    names.put(total.categoryId(), name);
                }
            }
        }
        return names;
    }

    private static String productName(GenericValue product) {
        return product.get("productName") != null ? product.getString("productName") : product.getString("internalName");
    }

    private static String empty(Object value) {
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }
}
