package org.physicalinventory.supervision;

/** The lines of a list or of a location range and how many of them are counted. */
public record Progress(long lines, long countedLines) {

    public Progress {
        if (lines < 0 || countedLines < 0) {
            throw new IllegalArgumentException("negative line count");
        }
    }

    /** Not started while nothing is counted (an empty range too), counted once every line is, partly in between. */
    public TileStatus status() {
        if (countedLines == 0) {
            return TileStatus.NOT_STARTED;
        }
        return countedLines >= lines ? TileStatus.COUNTED : TileStatus.PARTLY;
    }

    /** The share of lines counted in whole percent, rounded down so that 100 means every line (0 for an empty range). */
    public int percent() {
        return lines == 0 ? 0 : (int) Math.min(100, countedLines * 100 / lines);
    }

    /** The sum of two progresses: a tile of several lists, or an inventory of several tiles. */
    public Progress plus(Progress other) {
        return new Progress(lines + other.lines, countedLines + other.countedLines);
    }
}
