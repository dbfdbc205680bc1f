package org.physicalinventory.barcode;

/**
 * The GS1 application identifiers we read: their data length, whether that length is fixed, the
 * characters allowed and what the value means. Lengths and formats follow the GS1 General
 * Specifications (section 3); "predefined length" is the GS1 table of AIs needing no separator.
 */
enum ApplicationIdentifier {
    SSCC("00", 18, true, Kind.CHECKED),
    GTIN("01", 14, true, Kind.CHECKED),
    CONTENT("02", 14, true, Kind.CHECKED),
    MTO_GTIN("03", 14, true, Kind.CHECKED),
    BATCH_LOT("10", 20, false, Kind.TEXT),
    PROD_DATE("11", 6, true, Kind.DATE),
    DUE_DATE("12", 6, true, Kind.DATE),
    PACK_DATE("13", 6, true, Kind.DATE),
    BEST_BEFORE("15", 6, true, Kind.DATE),
    SELL_BY("16", 6, true, Kind.DATE),
    EXPIRY("17", 6, true, Kind.DATE),
    VARIANT("20", 2, true, Kind.NUMERIC),
    SERIAL("21", 20, false, Kind.TEXT),
    CPV("22", 20, false, Kind.TEXT),
    TPX("235", 28, false, Kind.TEXT),
    ADDITIONAL_ID("240", 30, false, Kind.TEXT),
    CUST_PART_NO("241", 30, false, Kind.TEXT),
    MTO_VARIANT("242", 6, false, Kind.NUMERIC),
    PCN("243", 20, false, Kind.TEXT),
    SECONDARY_SERIAL("250", 30, false, Kind.TEXT),
    REF_TO_SOURCE("251", 30, false, Kind.TEXT),
    GDTI("253", 30, false, Kind.TEXT),
    GLN_EXTENSION("254", 20, false, Kind.TEXT),
    GCN("255", 25, false, Kind.NUMERIC),
    VAR_COUNT("30", 8, false, Kind.NUMERIC),
    /** 3100-3695: trade measures; the parser reads the unit and decimal digits */
    MEASURE("31", 6, true, Kind.DECIMAL),
    COUNT("37", 8, false, Kind.NUMERIC),
    ORDER_NUMBER("400", 30, false, Kind.TEXT),
    GINC("401", 30, false, Kind.TEXT),
    GSIN("402", 17, false, Kind.NUMERIC),
    ROUTE("403", 30, false, Kind.TEXT),
    SHIP_TO_LOC("410", 13, true, Kind.NUMERIC),
    BILL_TO("411", 13, true, Kind.NUMERIC),
    PURCHASE_FROM("412", 13, true, Kind.NUMERIC),
    SHIP_FOR_LOC("413", 13, true, Kind.NUMERIC),
    LOC_NO("414", 13, true, Kind.NUMERIC),
    PAY_TO("415", 13, true, Kind.NUMERIC),
    PROD_SERV_LOC("416", 13, true, Kind.NUMERIC),
    PARTY("417", 13, true, Kind.NUMERIC),
    SHIP_TO_POST("420", 20, false, Kind.TEXT),
    ORIGIN("422", 3, false, Kind.NUMERIC),
    NSN("7001", 13, false, Kind.NUMERIC),
    EXPIRY_TIME("7003", 10, false, Kind.NUMERIC),
    ACTIVE_POTENCY("7004", 4, false, Kind.NUMERIC),
    CATCH_AREA("7005", 12, false, Kind.TEXT),
    FIRST_FREEZE_DATE("7006", 6, false, Kind.DATE),
    HARVEST_DATE("7007", 12, false, Kind.NUMERIC),
    AQUATIC_SPECIES("7008", 3, false, Kind.TEXT),
    FISHING_GEAR("7009", 10, false, Kind.TEXT),
    PROD_METHOD("7010", 2, false, Kind.TEXT),
    REFURB_LOT("7020", 20, false, Kind.TEXT),
    DIMENSIONS("8001", 14, false, Kind.NUMERIC),
    CMT_NO("8002", 20, false, Kind.TEXT),
    GRAI("8003", 30, false, Kind.TEXT),
    GIAI("8004", 30, false, Kind.TEXT),
    PRICE_PER_UNIT("8005", 6, false, Kind.NUMERIC),
    ITIP("8006", 18, false, Kind.NUMERIC),
    IBAN("8007", 34, false, Kind.TEXT),
    PROD_TIME("8008", 12, false, Kind.NUMERIC),
    VERSION("8012", 20, false, Kind.TEXT),
    GMN("8013", 25, false, Kind.TEXT),
    GSRN_PROVIDER("8017", 18, false, Kind.NUMERIC),
    GSRN_RECIPIENT("8018", 18, false, Kind.NUMERIC),
    REF_NO("8020", 25, false, Kind.TEXT),
    PRODUCT_URL("8200", 70, false, Kind.TEXT),
    INTERNAL("90", 30, false, Kind.TEXT),
    COMPANY_91("91", 90, false, Kind.TEXT),
    COMPANY_92("92", 90, false, Kind.TEXT),
    COMPANY_93("93", 90, false, Kind.TEXT),
    COMPANY_94("94", 90, false, Kind.TEXT),
    COMPANY_95("95", 90, false, Kind.TEXT),
    COMPANY_96("96", 90, false, Kind.TEXT),
    COMPANY_97("97", 90, false, Kind.TEXT),
    COMPANY_98("98", 90, false, Kind.TEXT),
    COMPANY_99("99", 90, false, Kind.TEXT);

    /** What the data of an AI is. */
    enum Kind {
        /** digits ending with a GS1 mod-10 check digit (GTIN, SSCC) */
        CHECKED,
        /** YYMMDD */
        DATE,
        NUMERIC,
        /** GS1 AI encodable character set 82 */
        TEXT,
        /** a measure whose last AI digit says where the decimal point goes (310n ... 369n) */
        DECIMAL
    }

    final String code;
    final int length;
    final boolean fixed;
    final Kind kind;

    ApplicationIdentifier(String code, int length, boolean fixed, Kind kind) {
        this.code = code;
        this.length = length;
        this.fixed = fixed;
        this.kind = kind;
    }
}
