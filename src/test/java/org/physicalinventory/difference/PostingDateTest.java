package org.physicalinventory.difference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.Test;
import org.physicalinventory.difference.PostingDate.Closing;
import org.physicalinventory.difference.PostingDate.Refusal;

public class PostingDateTest {

    private static final Instant NEW_YEAR = Instant.parse("2027-01-05T09:00:00Z");
    private static final Instant YEAR_END = Instant.parse("2026-12-31T17:00:00Z");
    /** A closing of 30 November, confirmed: movements before 1 December are closed. */
    private static final Optional<Closing> NOVEMBER = Optional.of(new Closing("CLS_NOV", Instant.parse("2026-12-01T00:00:00Z")));

    @Test
    public void aYearEndCountPostedInJanuaryProposesItsOwnDate() {
        assertEquals(YEAR_END, PostingDate.proposed(YEAR_END, NEW_YEAR));
    }

    @Test
    public void anInventoryDatedLaterProposesNow() {
        assertEquals(NEW_YEAR, PostingDate.proposed(Instant.parse("2027-02-01T00:00:00Z"), NEW_YEAR));
        assertEquals(NEW_YEAR, PostingDate.proposed(null, NEW_YEAR));
    }

    @Test
    public void theDateTheUserChoseIsKeptElseTheProposedOne() {
        Instant chosen = Instant.parse("2026-12-15T12:00:00Z");
        assertEquals(chosen, PostingDate.chosen(chosen, YEAR_END, NEW_YEAR));
        assertEquals(YEAR_END, PostingDate.chosen(null, YEAR_END, NEW_YEAR));
    }

    @Test
    public void aDateAfterTheLastConfirmedClosingIsAccepted() {
        assertTrue(PostingDate.refuse(YEAR_END, NEW_YEAR, NOVEMBER).isEmpty());
        assertTrue(PostingDate.refuse(Instant.parse("2026-12-01T00:00:00Z"), NEW_YEAR, NOVEMBER).isEmpty());
        assertTrue(PostingDate.refuse(YEAR_END, NEW_YEAR, Optional.empty()).isEmpty());
    }

    @Test
    public void aDateAClosingHasClosedIsRefusedNamingTheClosing() {
        Refusal refusal = PostingDate.refuse(Instant.parse("2026-11-30T23:59:59Z"), NEW_YEAR, NOVEMBER).orElseThrow();
        assertEquals("PhysInvErrorPostingDateClosed", refusal.labelKey());
        assertEquals("CLS_NOV", refusal.arguments()[0]);
    }

    @Test
    public void theLastMomentOfTheClosedDayIsRefusedTheFirstOfTheNextAccepted() {
        Instant dayEnd = NOVEMBER.get().thruDate();
        assertTrue(PostingDate.refuse(dayEnd.minusMillis(1), NEW_YEAR, NOVEMBER).isPresent());
        assertTrue(PostingDate.refuse(dayEnd, NEW_YEAR, NOVEMBER).isEmpty());
    }

    @Test
    public void aDateToComeIsRefused() {
        assertEquals("PhysInvErrorPostingDateFuture",
                PostingDate.refuse(Instant.parse("2027-01-06T00:00:00Z"), NEW_YEAR, Optional.empty()).orElseThrow().labelKey());
    }
}
