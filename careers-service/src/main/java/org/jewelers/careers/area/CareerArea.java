package org.jewelers.careers.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the fixed career areas; postings, profiles and programs are filed under it by slug. */
@Entity
@Table(name = "career_area")
public class CareerArea {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int position;
}
