package org.physicalinventory.reconciliation;

/** What more an explanation says about its document. */
public enum Note {
    /** The movements name no document: written without a receipt, issuance or inventory (loaded stock, a correction by hand). */
    NO_DOCUMENT,
    /** The document has transactions, none of them posted (OFBiz filed them unposted, on its error journal). */
    UNPOSTED,
    /** Posted, with a transaction dated before the period. */
    POSTED_BEFORE,
    /** Posted, with a transaction dated after the closing. */
    POSTED_AFTER,
    /** The document's stock moved before the period. */
    MOVED_BEFORE,
    /** The document's stock moved after the closing. */
    MOVED_AFTER,
    /** A revaluation posted (its amount is what differs from the posting). */
    POSTED,
    /** A revaluation that was not posted. */
    NOT_POSTED,
    /** Posted to another inventory account than the products' own. */
    OTHER_ACCOUNT;

    /** The key of the note's label: PhysInvReconNote and the note in camel case (PhysInvReconNoteUnposted). */
    public String labelKey() {
        return Cause.LABELS + "Note" + Cause.camel(name());
    }
}
