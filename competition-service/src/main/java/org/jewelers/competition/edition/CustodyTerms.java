package org.jewelers.competition.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * What finalists are told about shipping their pieces, and when staff count a piece overdue. Unset until staff set
 * them; the custody of pieces starts at the finalists' confirmation whether set or not.
 */
@Embeddable
public class CustodyTerms {

    public static final int DEFAULT_RECEIVE_WITHIN_DAYS = 21;
    public static final int DEFAULT_RETURN_WITHIN_DAYS = 30;

    /** Where finalists ship their pieces. */
    @Column(name = "custody_ship_to")
    public String shipTo;

    /** The last day to ship. */
    @Column(name = "custody_ship_by")
    public LocalDate shipBy;

    /** What the association's insurance covers on its premises at once; above it staff are warned. */
    @Column(name = "custody_insured_limit_cents")
    public Long insuredLimitCents;

    /** A piece not received this many days after it was requested is overdue. */
    @Column(name = "custody_receive_within_days", nullable = false)
    public int receiveWithinDays = DEFAULT_RECEIVE_WITHIN_DAYS;

    /** A piece not returned this many days after it was judged is overdue. */
    @Column(name = "custody_return_within_days", nullable = false)
    public int returnWithinDays = DEFAULT_RETURN_WITHIN_DAYS;
}
