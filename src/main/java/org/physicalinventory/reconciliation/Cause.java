package org.physicalinventory.reconciliation;

/**
 * Why the closing's value of an inventory account and the account's balance in the ledger differ, in the order the reconciliation
 * shows the causes. Each explanation's amount is what it adds to the difference (closing value less ledger balance).
 */
public enum Cause {
    /** The difference the previous confirmed closing of the same scope already had (its items at their own cost less the ledger then). */
    CARRIED,
    /** The closing's method values the stock otherwise than at each item's own cost, which OFBiz's postings use. */
    METHOD,
    /** Stock moved in the period and its document has no posted transaction. */
    NO_LEDGER_ENTRY,
    /** A posted transaction on the account names no stock movement of the period (a manual entry, an invoice, a document that never moved stock). */
    NO_MOVEMENT,
    /** One side in the period, the other dated before or after it. */
    TIMING,
    /** A unit cost changed while the item held stock: the revaluation and what the ledger holds of it. */
    REVALUATION,
    /** Both sides are there but differ: posted at another cost (an average cost, rounding) or to another inventory account. */
    OTHER_VALUE,
    /** The ledger holds, in the same transactions, stock of facilities the closing does not cover. */
    OTHER_FACILITY,
    /** What no rule explains: the difference less every explanation. */
    UNEXPLAINED;

    /** What the labels of causes, notes and kinds of document start with (written in two, as no label has this key alone). */
    static final String LABELS = "PhysInv" + "Recon";

    /** The key of the cause's label: PhysInvRecon and the cause in camel case (PhysInvReconNoLedgerEntry). */
    public String labelKey() {
        return LABELS + camel(name());
    }

    static String camel(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : name.split("_")) {
            key.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return key.toString();
    }
}
