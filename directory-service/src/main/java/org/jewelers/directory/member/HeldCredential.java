package org.jewelers.directory.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jewelers.directory.taxonomy.Credential;

/** A credential held by someone on the firm's staff; it counts only until it expires. */
@Embeddable
public class HeldCredential {

    @Column(nullable = false)
    public String holder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Credential credential;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    protected HeldCredential() {
    }

    public HeldCredential(String holder, Credential credential, LocalDate expiresOn) {
        this.holder = holder;
        this.credential = credential;
        this.expiresOn = expiresOn;
    }
}
