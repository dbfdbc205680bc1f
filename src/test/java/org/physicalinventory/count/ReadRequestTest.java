package org.physicalinventory.count;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.physicalinventory.Refusals.assertRefused;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.Test;
import org.physicalinventory.LabelledException;
import org.physicalinventory.barcode.ScannedCode;

public class ReadRequestTest {

    private static final ListOptions TYPED = new ListOptions(true, false, true, true, null);
    private static final ListOptions ONE_PER_SCAN = new ListOptions(true, false, true, true, BigDecimal.ONE);
    /** A GS1 code carrying lot L9, serial S9 and a count of 6. */
    private static final ScannedCode GS1 = new ScannedCode("]C1...", ScannedCode.Source.GS1, "09506000134352", "L9", "S9", null,
            new BigDecimal("6"), null, List.of());

    private static ReadRequest request(String productId, String lotId, String serial, String quantity, String action) {
        return new ReadRequest("key-1", "A01", productId == null ? " 09506000134352 " : null, productId, lotId, serial, quantity, action);
    }

    private static Read read(ReadRequest request, ListOptions options, ScannedCode scanned) throws LabelledException {
        return request.toRead("OIL", LotTracking.MANDATORY, false, options, scanned, Locale.ENGLISH);
    }

    @Test
    public void whatIsTypedWinsOverWhatTheCodeCarries() throws Exception {
        Read read = read(request(null, "L1", "S1", "2", null), TYPED, GS1);
        assertEquals(new Read("key-1", "A01", "OIL", true, "L1", "S1", new BigDecimal("2"), null), read);
    }

    @Test
    public void whatIsNotTypedIsTakenFromTheCode() throws Exception {
        Read read = read(request(null, null, null, " ", null), TYPED, GS1);
        assertEquals(new Read("key-1", "A01", "OIL", true, "L9", "S9", new BigDecimal("6"), null), read);
    }

    @Test
    public void aProductNamedByItsIdTakesNothingFromACode() throws Exception {
        Read read = read(request("OIL", null, null, "3", "ADD"), TYPED, null);
        assertEquals(new Read("key-1", "A01", "OIL", true, null, null, new BigDecimal("3"), ScanAction.ADD), read);
    }

    @Test
    public void aListCountingOnePerScanReadsNoTypedQuantityNotEvenAWrongOne() throws Exception {
        Read read = read(request("OIL", null, null, "2,5x", null), ONE_PER_SCAN, null);
        assertNull("the recorder counts the list's quantity per scan", read.quantity());
    }

    @Test
    public void aTypedQuantityIsReadStrictly() {
        assertRefused(() -> read(request("OIL", null, null, "2,5", null), TYPED, null), "PhysInvErrorQuantityComma");
        assertRefused(() -> request("OIL", null, null, "2.5", null).toRead("BOLT", LotTracking.NONE, true, TYPED, null, Locale.ENGLISH),
                "PhysInvErrorQuantityPieces");
    }

    @Test
    public void theActionIsAddReplaceOrNothing() throws Exception {
        assertEquals(ScanAction.REPLACE, read(request("OIL", null, null, "1", "REPLACE"), TYPED, null).action());
        assertNull(read(request("OIL", null, null, "1", ""), TYPED, null).action());
        for (String wrong : new String[] {"add", "KEEP", " "}) {
            assertRefused(() -> read(request("OIL", null, null, "1", wrong), TYPED, null), "PhysInvErrorScanAction", wrong);
        }
    }

    @Test
    public void aWrongQuantityIsRefusedBeforeAWrongAction() {
        assertRefused(() -> read(request("OIL", null, null, "-1", "KEEP"), TYPED, null), "PhysInvErrorNegativeQuantity");
    }

    @Test
    public void theProductIsFoundByTheCodeOnlyWhenNoProductIdIsSent() {
        assertTrue(request(null, null, null, null, null).namesProductByCode());
        assertFalse(request("OIL", null, null, null, null).namesProductByCode());
        assertFalse(new ReadRequest("k", "A01", null, null, null, null, "1", null).namesProductByCode());
    }

    @Test
    public void anUnknownProductIsNamedAsItWasSent() {
        assertEquals(List.of("09506000134352"), List.of(request(null, null, null, null, null).unknownProduct().arguments()));
        assertEquals(List.of("NO-SUCH"), List.of(request("NO-SUCH", null, null, null, null).unknownProduct().arguments()));
        CountException nothing = new ReadRequest("k", "A01", null, null, null, null, "1", null).unknownProduct();
        assertEquals("PhysInvErrorUnknownCode", nothing.labelKey());
        assertEquals(List.of(""), List.of(nothing.arguments()));
    }
}
