package org.physicalinventory.count;

/**
 * The location a counter is in. With the list type's keep-location option it stays until another
 * location is scanned; without it, every item needs its location scanned first.
 */
public final class LocationMemory {

    private final boolean keepLocation;
    private String location;

    public LocationMemory(boolean keepLocation) {
        this.keepLocation = keepLocation;
    }

    public void scanLocation(String locationSeqId) {
        location = locationSeqId;
    }

    /** The location of the item read now, or null when a location must be scanned first. */
    public String locationForItem() {
        String current = location;
        if (!keepLocation) {
            location = null;
        }
        return current;
    }
}
