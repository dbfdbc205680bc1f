package org.physicalinventory.barcode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * An in-house label format that is not GS1 (the seed's "barcode tokenizer"): a regular expression
 * whose named groups say which part is the product, the lot, the serial number and the quantity.
 * Example: {@code P(?<product>\d{6})L(?<lot>\w+)} reads "P123456LAB12" as product 123456, lot AB12.
 */
public record BarcodeRule(String ruleId, Pattern pattern, Set<String> groups) {

    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /** Compiles a rule, refusing a pattern that is not a regular expression or has no product group. */
    public static BarcodeRule of(String ruleId, String regex) throws BarcodeException {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new BarcodeException("PhysInvErrorBarcodeRuleInvalid", ruleId, e.getDescription());
        }
        // Pattern.namedGroups() is public only from Java 20
        Set<String> groups = NAMED_GROUP.matcher(regex).results().map(m -> m.group(1)).collect(Collectors.toSet());
        if (!groups.contains("product")) {
            throw new BarcodeException("PhysInvErrorBarcodeRuleNoProduct", ruleId);
        }
        return new BarcodeRule(ruleId, pattern, groups);
    }

    /** The code read by this rule, if the whole code matches it. */
    public Optional<ScannedCode> read(String raw) throws BarcodeException {
        Matcher matcher = pattern.matcher(raw);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        BigDecimal quantity = null;
        String quantityText = group(matcher, "quantity");
        if (quantityText != null) {
            try {
                quantity = new BigDecimal(quantityText);
            } catch (NumberFormatException e) {
                throw new BarcodeException("PhysInvErrorBarcodeRuleBadQuantity", ruleId, quantityText);
            }
        }
        return Optional.of(new ScannedCode(raw, ScannedCode.Source.RULE, group(matcher, "product"), group(matcher, "lot"),
                group(matcher, "serial"), null, quantity, null, List.of()));
    }

    private String group(Matcher matcher, String name) {
        if (!groups.contains(name)) {
            return null;
        }
        String value = matcher.group(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
