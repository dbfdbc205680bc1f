package org.physicalinventory.barcode;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Codes read per second on one thread: a mix of what a warehouse scans (GS1-128 with lot and
 * expiry, GS1 DataMatrix with serial, a count of trade items, an EAN-13, an in-house label).
 * Run: mvn -Pbench test-compile exec:exec
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Gs1ParserBenchmark {

    private static final String[] CODES = {
        "]C1" + "01" + "09506000134352" + "17" + "270331" + "10" + "LOT42",
        "]d2" + "01" + "09506000134352" + "21" + "SN-0001" + "\u001D" + "10" + "L7",
        "02" + "09506000134352" + "37" + "24",
        "4006381333931",
        "P1001LAB12",
    };

    private final Gs1Parser parser = new Gs1Parser(2026);
    private BarcodeReader reader;

    @org.openjdk.jmh.annotations.Setup
    public void setUp() throws BarcodeException {
        reader = new BarcodeReader(parser, List.of(BarcodeRule.of("LOT_LABEL", "P(?<product>\\d{4})L(?<lot>[A-Z0-9]+)")));
    }

    /** The GS1 parser alone on a GS1-128 code with GTIN, expiry and lot. */
    @Benchmark
    public ScannedCode parseGs1128() throws BarcodeException {
        return parser.parse(CODES[0]);
    }

    /** The whole reader on the mix: GS1, EAN, in-house rule. */
    @Benchmark
    public void readMix(Blackhole hole) throws BarcodeException {
        for (String code : CODES) {
            hole.consume(reader.read(code));
        }
    }
}
