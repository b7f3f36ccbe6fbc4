package org.jewelers.competition.quota;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * What one entrant (a token subject) may hold and send. Each bound protects the association rather than the
 * competition's rules: the database from unbounded drafts and files, and strangers' inboxes from mail sent in the
 * association's name.
 */
@ConfigMapping(prefix = "competition.quotas")
public interface QuotaSettings {

    /** Entries an entrant holds in one edition, whatever their status (each starts as a draft; a deleted one frees). */
    @WithDefault("20")
    @Min(1)
    int draftsPerEdition();

    /** Bytes of stored files (entry images, nominee photos, as stored) an entrant holds in one edition. */
    @WithDefault("200M")
    MemorySize storedPerEdition();

    /** Nominations an entrant holds in one edition, whatever their status. */
    @WithDefault("30")
    @Min(1)
    int nominationsPerEdition();

    /** Nominations an entrant sends (submits) in any 24 hours: each colleague's asks its nominee by email. */
    @WithDefault("10")
    @Min(1)
    int nominationsPerDay();

    /** Nomination emails (consent requests, reminders, reissued links) to one address in any 24 hours. */
    @WithDefault("3")
    @Min(1)
    int nomineeEmailsPerDay();
}
