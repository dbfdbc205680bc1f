package org.physicalinventory.supervision;

import java.util.Comparator;

/** A location range of the inventory's lines: an aisle of an area (either empty when the locations name none) and its progress. */
public record AisleTile(String areaId, String aisleId, Progress progress) {

    /** By area, then aisle, empty ones last, numbers in their natural order (aisle 2 before aisle 10). */
    public static final Comparator<AisleTile> ORDER = Comparator.comparing(AisleTile::areaId, NaturalOrder.EMPTY_LAST)
            .thenComparing(AisleTile::aisleId, NaturalOrder.EMPTY_LAST);

    public TileStatus status() {
        return progress.status();
    }
}
