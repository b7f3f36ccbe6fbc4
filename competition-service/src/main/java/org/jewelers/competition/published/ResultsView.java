package org.jewelers.competition.published;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.Program;

/**
 * An edition's published results, as a gallery shows them. It names pieces, designers, honorees and their firms,
 * and nothing else about people: no emails, dates of birth, token subjects, nominators, screening or evidence.
 */
@Schema(name = "PublishedResults")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultsView(UUID editionId, Program program, @Schema(example = "2027") int year,
                          @Schema(example = "CASE Awards 2027") String title,
                          @Schema(description = "CASE Awards only: every category in the edition's order, Best in "
                                  + "Show included") List<CategoryResult> categories,
                          @Schema(description = "20 Under 40 only: every list with its honorees") List<HonoreeList> lists) {

    /** A CASE category (or Best in Show) with its winner, null until awarded, and its other finalists. */
    @Schema(name = "PublishedCategory")
    public record CategoryResult(@Schema(example = "retailer-up-to-2000") String code,
                                 @Schema(example = "Retailer, up to $2,000") String name,
                                 @Schema(example = "retailer") String division,
                                 @Schema(nullable = true) Piece winner,
                                 @Schema(description = "The category's finalists other than its winner, by title. "
                                         + "Best in Show is not entered: its contenders are listed in their own "
                                         + "categories, so its list is empty") List<Piece> finalists) {
    }

    /** A winning or finalist piece with its designer credit, firm and the images staff chose to publish. */
    @Schema(name = "PublishedPiece")
    public record Piece(UUID entryId, @Schema(example = "Tidepool Cuff") String pieceTitle,
                        @Schema(example = "Ada Goldsmith") String designerName,
                        @Schema(example = "Hartwell Jewelers") String firmName,
                        @Schema(example = "Providence") String city, @Schema(example = "RI") String state,
                        List<Image> images) {
    }

    @Schema(name = "PublishedImage")
    public record Image(UUID id, @Schema(example = "image/jpeg") String mediaType,
                        @Schema(example = "4000") Integer width, @Schema(example = "3000") Integer height,
                        @Schema(description = "The file as stored, without identifying metadata",
                                example = "/api/v1/editions/{id}/results/images/{imageId}") String file,
                        @Schema(description = "A JPEG of at most 320 pixels a side",
                                example = "/api/v1/editions/{id}/results/images/{imageId}/thumbnail") String thumbnail) {
    }

    /** A 20 Under 40 list and its honorees, by name. */
    @Schema(name = "PublishedHonoreeList")
    public record HonoreeList(@Schema(example = "retail") String code, @Schema(example = "Retail") String name,
                              List<Honoree> honorees) {
    }

    @Schema(name = "PublishedHonoree")
    public record Honoree(@Schema(description = "The honoree's award id") UUID honoreeId,
                          @Schema(example = "Amara Okafor") String name,
                          @Schema(example = "Director of E-commerce") String jobTitle,
                          @Schema(example = "Hartwell Jewelers") String employer,
                          @Schema(example = "Missoula") String city, @Schema(example = "MT") String state,
                          @Schema(nullable = true, description = "Why this person, as staff wrote it") String citation,
                          @JsonInclude(JsonInclude.Include.NON_NULL)
                          @Schema(description = "Only when the honoree agreed to its publication",
                                  example = "/api/v1/editions/{id}/results/honorees/{honoreeId}/photo") String photo) {
    }
}
