package org.jewelers.contracts.awards;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.UUID;
import org.jewelers.contracts.EventData;

/**
 * The data of competition.award.granted: a Design Competition (CASE) winner or a 20 Under 40 honoree.
 *
 * @param program  case-awards or 20-under-40
 * @param category the CASE category, or the honoree list for 20 Under 40
 * @param entryId  the winning entry; absent for an honoree
 */
public record AwardGranted(UUID awardId, String program, int editionYear, String category, UUID memberId,
                           @JsonInclude(JsonInclude.Include.NON_NULL) UUID entryId, Citation citation)
        implements EventData {

    /** The public citation; its fields tell which kind it is, as the contract ties each kind to its program. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
    @JsonSubTypes({@JsonSubTypes.Type(PieceCitation.class), @JsonSubTypes.Type(HonoreeCitation.class)})
    public sealed interface Citation permits PieceCitation, HonoreeCitation {
    }

    /** A CASE winner's citation. */
    public record PieceCitation(String pieceTitle, String designerName) implements Citation {
    }

    /** A 20 Under 40 honoree's citation. */
    public record HonoreeCitation(String honoreeName, String jobTitle, String employerName, String employerCity)
            implements Citation {
    }
}
