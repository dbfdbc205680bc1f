package org.physicalinventory.ofbiz.valuation;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
import org.physicalinventory.ofbiz.Parameters;
import org.physicalinventory.ofbiz.Transactions;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory;
import org.physicalinventory.ofbiz.valuation.sql.StockHistory.Stock;
import org.physicalinventory.ofbiz.valuation.sql.SummedHistory;
import org.physicalinventory.report.ReportExport;
import org.physicalinventory.report.ReportRow;
import org.physicalinventory.report.StockLine;
import org.physicalinventory.report.ValorizedReport;
import org.physicalinventory.report.ValorizedReport.CategoryTotal;
import org.physicalinventory.valuation.ClosingScope;
import org.physicalinventory.valuation.ProductValuation;
import org.physicalinventory.valuation.ProductValuation.LotQuantity;
import org.physicalinventory.valuation.StockValuer;
import org.physicalinventory.valuation.ValuationException;
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

    /** The report's rows, and what the report is of: its closing (if any), method, currency and moment. */
    private record Rows(List<ReportRow> rows, Map<String, Object> about) {
    }

    public static Map<String, Object> getValorizedReport(DispatchContext dctx, Map<String, ? extends Object> context) {
        Delegator delegator = dctx.getDelegator();
        Locale locale = (Locale) context.get("locale");
        String closingId = Parameters.text(context.get("closingId"));
        String facilityId = Parameters.text(context.get("facilityId"));
        String organizationPartyId = Parameters.text(context.get("organizationPartyId"));
        String lotId = Parameters.text(context.get("lotId"));
        try {
            Set<String> products = productFilter(delegator, Parameters.text(context.get("productId")), Parameters.text(context.get("productCategoryId")),
                    Parameters.text(context.get("supplierPartyId")));
            Rows rows = closingId != null ? ofClosing(delegator, closingId, facilityId, products, lotId)
                    : ofLiveStock(delegator, organizationPartyId, facilityId, Parameters.text(context.get("valuationMethod")), products, lotId);
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.putAll(rows.about());
            putReport(result, delegator, ValorizedReport.of(rows.rows()));
            return result;
        } catch (ValuationException e) {
            return Labels.error(e.labelKey(), locale, e.arguments());
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorValorizedReportFailed", e, MODULE, locale,
                    closingId != null ? closingId : facilityId != null ? facilityId : organizationPartyId);
        }
    }

    private static Rows ofClosing(Delegator delegator, String closingId, String facilityId, Set<String> products, String lotId)
            throws GenericEntityException, ValuationException {
        GenericValue closing = ClosingRows.closing(delegator, closingId);
        if (closing == null) {
            throw new ValuationException("PhysInvErrorClosingNotFound", closingId);
        }
        Map<String, Object> about = new HashMap<>();
        about.put("closing", closing);
        about.put("valuationMethod", closing.getString("valuationMethod"));
        about.put("currencyUomId", closing.getString("currencyUomId"));
        about.put("asOf", closing.getTimestamp("thruDate"));
        return new Rows(closingRows(delegator, closing, facilityId, products, lotId), about);
    }

    /** The lines of a closing (or, for a lot, its lot rows valued by the closing's method). */
    private static List<ReportRow> closingRows(Delegator delegator, GenericValue closing, String facilityId, Set<String> products, String lotId)
            throws GenericEntityException {
        List<ReportRow> rows = new ArrayList<>();
        eachClosingRow(delegator, closing, facilityId, products, lotId, rows::add);
        return rows;
    }

    /**
     * The report's rows of a closing handed over as its lines are read (a cursor, in the report's order: category, product,
     * facility), so that an export holds none of them: the rows of a lot, when one is asked for, else one per line with
     * quantity or value; only the products of the filter (null: all).
     */
    private static void eachClosingRow(Delegator delegator, GenericValue closing, String facilityId, Set<String> products, String lotId,
            Consumer<ReportRow> consumer) throws GenericEntityException {
        String closingId = closing.getString("closingId");
        Map<String, LotQuantity> lots = new HashMap<>();
        if (lotId != null) {
            for (GenericValue lot : ClosingRows.lots(delegator, closingId, lotId)) {
                lots.put(key(lot.getString("facilityId"), lot.getString("productId")), new LotQuantity(lotId, lot.getBigDecimal("quantity"),
                        lot.getBigDecimal("fifoValue")));
            }
            if (lots.isEmpty()) {
                return;
            }
        }
        ValuationMethod method = ValuationMethod.valueOf(closing.getString("valuationMethod"));
        Transactions.read(() -> {
            try (EntityListIterator lines = ClosingRows.linesWithProducts(delegator, closingId, facilityId)) {
                GenericValue line;
                while ((line = lines.next()) != null) {
                    if (products == null || products.contains(line.getString("productId"))) {
                        stockLine(line, lots.get(key(line.getString("facilityId"), line.getString("productId")))).rows(method, lotId).forEach(consumer);
                    }
                }
            }
            return null;
        });
    }

    /**
     * getPiValorizedReportHeading: what the report of a closing is of (the closing, its method, currency and moment), the
     * permission and the closing checked, without its rows: the exports read them as they write them ({@link #writeClosing}).
     */
    public static Map<String, Object> getValorizedReportHeading(DispatchContext dctx, Map<String, ? extends Object> context) {
        Locale locale = (Locale) context.get("locale");
        String closingId = Parameters.text(context.get("closingId"));
        try {
            GenericValue closing = ClosingRows.closing(dctx.getDelegator(), closingId);
            if (closing == null) {
                return Labels.error("PhysInvErrorClosingNotFound", locale, closingId);
            }
            Map<String, Object> result = ServiceUtil.returnSuccess();
            result.put("closing", closing);
            result.put("valuationMethod", closing.getString("valuationMethod"));
            result.put("currencyUomId", closing.getString("currencyUomId"));
            result.put("asOf", closing.getTimestamp("thruDate"));
            return result;
        } catch (GenericEntityException e) {
            return Labels.failure("PhysInvErrorValorizedReportFailed", e, MODULE, locale, closingId);
        }
    }

    /**
     * Writes the report of a closing (its filter as getPiValorizedReport takes it: closingId, facilityId, productCategoryId,
     * supplierPartyId, productId, lotId) to the sink as its lines are read, then its totals with the categories' names.
     */
    public static void writeClosing(Delegator delegator, Map<String, String> filter, ReportExport.Sink sink)
            throws GenericEntityException, IOException {
        GenericValue closing = ClosingRows.closing(delegator, filter.get("closingId"));
        Set<String> products = productFilter(delegator, Parameters.text(filter.get("productId")), Parameters.text(filter.get("productCategoryId")),
                Parameters.text(filter.get("supplierPartyId")));
        try {
            eachClosingRow(delegator, closing, Parameters.text(filter.get("facilityId")), products, Parameters.text(filter.get("lotId")), row -> {
                try {
                    sink.row(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sink.finish(categoryNames(delegator, sink.totals().categories()));
    }

    /** A closing's line (with its product) as the report reads it, with its row of the lot asked for, if any. */
    private static StockLine stockLine(GenericValue line, LotQuantity lot) {
        return new StockLine(line.getString("facilityId"), line.getString("productId"), productName(line), line.getString("primaryProductCategoryId"),
                line.getBigDecimal("quantity"), line.getBigDecimal("value"), line.getBigDecimal("unitValue"), "Y".equals(line.getString("fallback")),
                lot == null ? List.of() : List.of(lot));
    }

    /** The live stock valued now, as a closing would value it, for the products of the filter only. */
    private static Rows ofLiveStock(Delegator delegator, String organizationPartyId, String facilityId, String methodName, Set<String> products,
            String lotId) throws GenericEntityException, ValuationException {
        ClosingScope scope = EntityScopeDirectory.resolve(delegator, organizationPartyId, facilityId, methodName);
        Timestamp now = UtilDateTime.nowTimestamp();
        List<ProductValuation> valuations = valuedNow(delegator, scope, now, products);
        Map<String, GenericValue> productRows = products(delegator, valuations.stream().map(ProductValuation::productId).collect(Collectors.toSet()));
        List<ReportRow> rows = new ArrayList<>();
        for (ProductValuation valuation : valuations) {
            GenericValue product = productRows.get(valuation.productId());
            StockLine line = new StockLine(valuation.facilityId(), valuation.productId(), product == null ? null : productName(product),
                    product == null ? null : product.getString("primaryProductCategoryId"), valuation.quantity(), valuation.value(),
                    valuation.unitValue(), valuation.fallback(), valuation.lots());
            rows.addAll(line.rows(scope.method(), lotId));
        }
        return new Rows(rows, Map.of("valuationMethod", scope.method().name(), "currencyUomId", scope.currencyUomId(), "asOf", now));
    }

    /** Each product of the scope (of the filter, when given) valued now as a closing by the scope's method would value it. */
    private static List<ProductValuation> valuedNow(Delegator delegator, ClosingScope scope, Timestamp now, Set<String> products)
            throws GenericEntityException {
        Map<String, BigDecimal> standardCosts = StandardCosts.at(delegator, now, scope.currencyUomId());
        StockValuer valuer = new StockValuer(now.toInstant(), scope.method());
        if (!scope.method().replaysMovements()) {
            // as a closing by this method values them (OFBiz's average cost, the items summed up by the database)
            return SummedHistory.value(delegator, scope.facilityIds(), now, valuer, standardCosts, products);
        }
        List<ProductValuation> valuations = new ArrayList<>();
        for (Stock stock : StockHistory.load(delegator, scope.facilityIds(), now, products)) {
            ProductValuation valuation = valuer.value(stock.productId(), stock.facilityId(), stock.items(), standardCosts.get(stock.productId()));
            if (valuation != null) {
                valuations.add(valuation);
            }
        }
        return valuations;
    }

    /** The report, its rows and category totals as maps for the screens, the category names, the grand total. */
    private static void putReport(Map<String, Object> result, Delegator delegator, ValorizedReport report) throws GenericEntityException {
        Map<String, String> names = categoryNames(delegator, report.categories());
        result.put("report", report);
        result.put("categoryNames", names);
        result.put("reportRows", report.rows().stream().map(ValorizedReportServices::rowMap).toList());
        result.put("categoryTotals", report.categories().stream().map(total -> Map.<String, Object>of("categoryId",
                total.categoryId() == null ? "" : total.categoryId(), "categoryName", names.getOrDefault(total.categoryId(), ""),
                "rows", (long) total.rows(), "quantity", total.quantity(), "value", total.value())).toList());
        result.put("totalQuantity", report.totalQuantity());
        result.put("totalValue", report.totalValue());
    }

    private static Map<String, Object> rowMap(ReportRow row) {
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
        return map;
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

    private static String key(String facilityId, String productId) {
        return facilityId + "\u0000" + productId;
    }
}
