package org.jewelers.competition.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A CASE category (a division and a retail value band) or a 20 Under 40 list. Best in Show is awarded, not
 * entered, so it is not enterable.
 */
@Embeddable
public class Category {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    public String division;

    @Column(name = "min_value_cents")
    public Long minValueCents;

    @Column(name = "max_value_cents")
    public Long maxValueCents;

    @Column(nullable = false)
    public boolean enterable;

    /** 20 Under 40: how many honorees the list has; null for the program's usual number. */
    public Integer honorees;

    /** Sets the list's number of honorees (null: the program's usual number). */
    public Category honoring(Integer honorees) {
        this.honorees = honorees;
        return this;
    }

    protected Category() {
    }

    public Category(String code, String name, String division, Long minValueCents, Long maxValueCents, boolean enterable) {
        this.code = code;
        this.name = name;
        this.division = division;
        this.minValueCents = minValueCents;
        this.maxValueCents = maxValueCents;
        this.enterable = enterable;
    }
}
