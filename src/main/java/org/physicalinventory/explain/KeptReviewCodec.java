package org.physicalinventory.explain;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.physicalinventory.count.LineKey;
import org.physicalinventory.difference.Adjustment;
import org.physicalinventory.difference.CountedLine;
import org.physicalinventory.difference.CountedLine.LineRef;
import org.physicalinventory.difference.Difference;
import org.physicalinventory.difference.MovedChoice;
import org.physicalinventory.difference.Resolution;
import org.physicalinventory.difference.SlicedReview.Reviewed;
import org.physicalinventory.reconciliation.Document;

/**
 * A kept review as bytes, so that it outlives the server that worked it out: its slices (each key's difference with its lines),
 * what its likely causes were read from (the window, the movements, the packs) and the rows it saw written just before it was
 * read, with their stamps. Compact and exact: each text written once
 * and named by its number afterwards, quantities with their scale, the whole gzipped. Bytes of another version read as nothing
 * (the review is then worked out again), never as a wrong review.
 */
public final class KeptReviewCodec {

    /** Changes whenever the layout below changes. */
    static final int VERSION = 1;

    private KeptReviewCodec() {
    }

    /**
     * What is kept.
     *
     * @param slices    the review's slices, each its keys' differences with their lines in the review's order
     * @param window    the likely causes' window around the counts
     * @param movements the movements the causes were worked out from, in any order
     * @param packs     the pack size of each product that has one
     * @param seenLines the lines written just before the review was read, by id, with their stamps; null: not kept
     * @param seenItems the same of the items
     */
    public record Kept(List<List<Reviewed>> slices, Duration window, List<Movement> movements, Map<String, BigDecimal> packs,
            Map<String, Instant> seenLines, Map<String, Instant> seenItems) {
    }

    public static byte[] encode(Kept kept) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new Writer(new DataOutputStream(new BufferedOutputStream(gzip(bytes), 1 << 16)))) {
            out.data.writeInt(VERSION);
            out.data.writeInt(kept.slices().size());
            for (List<Reviewed> slice : kept.slices()) {
                out.data.writeInt(slice.size());
                for (Reviewed reviewed : slice) {
                    out.difference(reviewed.difference());
                    out.data.writeInt(reviewed.lines().size());
                    for (CountedLine line : reviewed.lines()) {
                        out.line(line);
                    }
                }
            }
            out.data.writeBoolean(kept.window() != null);
            if (kept.window() != null) {
                out.data.writeLong(kept.window().getSeconds());
                out.data.writeInt(kept.window().getNano());
            }
            out.data.writeInt(kept.movements().size());
            for (Movement movement : kept.movements()) {
                out.movement(movement);
            }
            out.data.writeInt(kept.packs().size());
            for (Map.Entry<String, BigDecimal> pack : kept.packs().entrySet()) {
                out.text(pack.getKey());
                out.decimal(pack.getValue());
            }
            out.stamps(kept.seenLines());
            out.stamps(kept.seenItems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Gzip at its quickest: a tenth more bytes than its default, in half the time (a review of 90,000 keys: some 2.5 MB). */
    private static OutputStream gzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    /** What the bytes hold; empty when they were written by another version of this codec. */
    public static Optional<Kept> decode(byte[] bytes) {
        try (Reader in = new Reader(new DataInputStream(new BufferedInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16), 1 << 16)))) {
            if (in.data.readInt() != VERSION) {
                return Optional.empty();
            }
            int sliceCount = in.data.readInt();
            List<List<Reviewed>> slices = new ArrayList<>(sliceCount);
            for (int s = 0; s < sliceCount; s++) {
                int size = in.data.readInt();
                List<Reviewed> slice = new ArrayList<>(size);
                for (int k = 0; k < size; k++) {
                    Difference difference = in.difference();
                    int lineCount = in.data.readInt();
                    List<CountedLine> lines = new ArrayList<>(lineCount);
                    for (int l = 0; l < lineCount; l++) {
                        lines.add(in.line());
                    }
                    slice.add(new Reviewed(difference, List.copyOf(lines)));
                }
                slices.add(List.copyOf(slice));
            }
            Duration window = in.data.readBoolean() ? Duration.ofSeconds(in.data.readLong(), in.data.readInt()) : null;
            int movementCount = in.data.readInt();
            List<Movement> movements = new ArrayList<>(movementCount);
            for (int m = 0; m < movementCount; m++) {
                movements.add(in.movement());
            }
            int packCount = in.data.readInt();
            Map<String, BigDecimal> packs = new LinkedHashMap<>();
            for (int p = 0; p < packCount; p++) {
                packs.put(in.text(), in.decimal());
            }
            return Optional.of(new Kept(slices, window, movements, packs, in.stamps(), in.stamps()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes texts once each: the first time in full, then by number. */
    private static final class Writer implements AutoCloseable {

        private final DataOutputStream data;
        private final Map<String, Integer> texts = new HashMap<>();

        Writer(DataOutputStream data) {
            this.data = data;
        }

        void text(String text) throws IOException {
            if (text == null) {
                data.writeInt(-1);
                return;
            }
            Integer number = texts.get(text);
            if (number != null) {
                data.writeInt(number);
                return;
            }
            texts.put(text, texts.size());
            data.writeInt(-2);
            data.writeUTF(text);
        }

        void decimal(BigDecimal value) throws IOException {
            text(value == null ? null : value.toString());
        }

        void instant(Instant at) throws IOException {
            data.writeBoolean(at != null);
            if (at != null) {
                data.writeLong(at.getEpochSecond());
                data.writeInt(at.getNano());
            }
        }

        void stamps(Map<String, Instant> stamps) throws IOException {
            data.writeInt(stamps == null ? -1 : stamps.size());
            if (stamps != null) {
                for (Map.Entry<String, Instant> stamp : stamps.entrySet()) {
                    text(stamp.getKey());
                    instant(stamp.getValue());
                }
            }
        }

        void name(Enum<?> value) throws IOException {
            text(value == null ? null : value.name());
        }

        void key(LineKey key) throws IOException {
            text(key.productId());
            text(key.locationSeqId());
            text(key.lotId());
            text(key.serialNumber());
        }

        void difference(Difference d) throws IOException {
            key(d.key());
            data.writeInt(d.lines().size());
            for (LineRef ref : d.lines()) {
                text(ref.piListId());
                text(ref.lineSeqId());
            }
            for (BigDecimal value : new BigDecimal[] {d.book(), d.currentBook(), d.counted(), d.difference()}) {
                decimal(value);
            }
            name(d.movedChoice());
            data.writeBoolean(d.conflict());
            data.writeBoolean(d.overTolerance());
            data.writeBoolean(d.missingCost());
            decimal(d.unitCost());
            decimal(d.value());
            text(d.reasonId());
            text(d.serialFrom());
            text(d.serialTo());
            data.writeInt(d.adjustments().size());
            for (Adjustment adjustment : d.adjustments()) {
                adjustment(adjustment);
            }
        }

        void adjustment(Adjustment adjustment) throws IOException {
            if (adjustment instanceof Adjustment.ItemVariance v) {
                data.writeByte(0);
                text(v.inventoryItemId());
                decimal(v.quantity());
                decimal(v.unitCost());
                text(v.reasonId());
            } else if (adjustment instanceof Adjustment.FoundItem f) {
                data.writeByte(1);
                key(f.key());
                decimal(f.quantity());
                decimal(f.unitCost());
                text(f.reasonId());
            } else {
                Adjustment.SerialMove m = (Adjustment.SerialMove) adjustment;
                data.writeByte(2);
                text(m.inventoryItemId());
                text(m.fromLocationSeqId());
                text(m.toLocationSeqId());
            }
        }

        void line(CountedLine line) throws IOException {
            text(line.piListId());
            text(line.lineSeqId());
            key(line.key());
            decimal(line.counted());
            decimal(line.bookAtCount());
            instant(line.countedAt());
            data.writeBoolean(line.recount());
            name(line.resolution());
            name(line.movedChoice());
        }

        void movement(Movement movement) throws IOException {
            key(movement.key());
            text(movement.inventoryItemId());
            instant(movement.at());
            decimal(movement.quantity());
            name(movement.kind());
            data.writeBoolean(movement.document() != null);
            if (movement.document() != null) {
                name(movement.document().kind());
                text(movement.document().id());
            }
        }

        @Override
        public void close() throws IOException {
            data.close();
        }
    }

    /** Reads what {@link Writer} wrote. */
    private static final class Reader implements AutoCloseable {

        private final DataInputStream data;
        private final List<String> texts = new ArrayList<>();

        Reader(DataInputStream data) {
            this.data = data;
        }

        String text() throws IOException {
            int number = data.readInt();
            if (number == -1) {
                return null;
            }
            if (number == -2) {
                String text = data.readUTF();
                texts.add(text);
                return text;
            }
            return texts.get(number);
        }

        BigDecimal decimal() throws IOException {
            String text = text();
            return text == null ? null : new BigDecimal(text);
        }

        Instant instant() throws IOException {
            return data.readBoolean() ? Instant.ofEpochSecond(data.readLong(), data.readInt()) : null;
        }

        Map<String, Instant> stamps() throws IOException {
            int size = data.readInt();
            if (size < 0) {
                return null;
            }
            Map<String, Instant> stamps = new HashMap<>(size * 2);
            for (int s = 0; s < size; s++) {
                stamps.put(text(), instant());
            }
            return stamps;
        }

        <E extends Enum<E>> E name(Class<E> type) throws IOException {
            String name = text();
            return name == null ? null : Enum.valueOf(type, name);
        }

        LineKey key() throws IOException {
            return new LineKey(text(), text(), text(), text());
        }

        Difference difference() throws IOException {
            LineKey key = key();
            int refCount = data.readInt();
            List<LineRef> refs = new ArrayList<>(refCount);
            for (int r = 0; r < refCount; r++) {
                refs.add(new LineRef(text(), text()));
            }
            BigDecimal book = decimal();
            BigDecimal currentBook = decimal();
            BigDecimal counted = decimal();
            BigDecimal difference = decimal();
            MovedChoice movedChoice = name(MovedChoice.class);
            boolean conflict = data.readBoolean();
            boolean overTolerance = data.readBoolean();
            boolean missingCost = data.readBoolean();
            BigDecimal unitCost = decimal();
            BigDecimal value = decimal();
            String reasonId = text();
            String serialFrom = text();
            String serialTo = text();
            int adjustmentCount = data.readInt();
            List<Adjustment> adjustments = new ArrayList<>(adjustmentCount);
            for (int a = 0; a < adjustmentCount; a++) {
                adjustments.add(adjustment());
            }
            return new Difference(key, List.copyOf(refs), book, currentBook, counted, difference, movedChoice, conflict, overTolerance,
                    missingCost, unitCost, value, reasonId, serialFrom, serialTo, List.copyOf(adjustments));
        }

        Adjustment adjustment() throws IOException {
            byte kind = data.readByte();
            if (kind == 0) {
                return new Adjustment.ItemVariance(text(), decimal(), decimal(), text());
            }
            if (kind == 1) {
                return new Adjustment.FoundItem(key(), decimal(), decimal(), text());
            }
            return new Adjustment.SerialMove(text(), text(), text());
        }

        CountedLine line() throws IOException {
            return new CountedLine(text(), text(), key(), decimal(), decimal(), instant(), data.readBoolean(), name(Resolution.class),
                    name(MovedChoice.class));
        }

        Movement movement() throws IOException {
            LineKey key = key();
            String itemId = text();
            Instant at = instant();
            BigDecimal quantity = decimal();
            MovementKind kind = name(MovementKind.class);
            Document document = data.readBoolean() ? new Document(name(Document.Kind.class), text()) : null;
            return new Movement(key, itemId, at, quantity, kind, document);
        }

        @Override
        public void close() throws IOException {
            data.close();
        }
    }
}
