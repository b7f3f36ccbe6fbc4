package org.jewelers.competition.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jewelers.competition.problem.Quota;
import org.jewelers.competition.quota.EntrantQuotas;
import org.jewelers.competition.quota.QuotaSettings;

/**
 * The daily limit of nomination emails to one address. Anyone may name any address as a nominee, so the bound is
 * the address's, not the entrant's: counted where a nomination queues an email to its nominee, in that
 * transaction, under a lock of the address, so that entrants naming it at once cannot both pass the last place.
 */
@ApplicationScoped
public class NomineeEmails {

    private final EntityManager entities;
    private final QuotaSettings settings;
    private final Clock clock;

    NomineeEmails(EntityManager entities, QuotaSettings settings, Clock clock) {
        this.entities = entities;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts an email to the address, or refuses it when the address had its share in the last 24 hours. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void count(String address) {
        String recipient = ConsentTokens.hash(address.strip().toLowerCase(Locale.ROOT));
        entities.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "nominee-email/" + recipient).getSingleResult();
        Instant now = clock.instant();
        int limit = settings.nomineeEmailsPerDay();
        @SuppressWarnings("unchecked")
        var newest = entities.createNativeQuery("""
                        select (extract(epoch from queued_at) * 1000)::bigint from nominee_email
                        where recipient_sha256 = ?1 and queued_at > ?2
                        order by queued_at desc offset ?3 limit 1""")
                .setParameter(1, recipient).setParameter(2, now.minus(EntrantQuotas.DAY)).setParameter(3, limit - 1)
                .getResultList();
        if (!newest.isEmpty()) {
            Instant freed = Instant.ofEpochMilli(((Number) newest.get(0)).longValue()).plus(EntrantQuotas.DAY);
            throw new Quota("nominee-emails-per-day", limit).reachedToday("The nominee's address was sent " + limit
                    + " nomination emails in the last 24 hours, the most one address gets; try again from " + freed,
                    Duration.between(now, freed));
        }
        entities.createNativeQuery("insert into nominee_email (recipient_sha256, queued_at) values (?1, ?2)")
                .setParameter(1, recipient).setParameter(2, now).executeUpdate();
    }
}
