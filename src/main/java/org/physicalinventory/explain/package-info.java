/**
 * Every difference explained: the story of a key since its previous count (the stock movements of its items, transfers in and
 * out) and the likely causes of its difference, from rules over plain records ({@link CauseRules}, {@link Story}). A cause is
 * stated as likely: a rule sees a pattern in the movements and the counts, not what happened in the warehouse.
 */
package org.physicalinventory.explain;
