package org.jewelers.gateway.keys;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jewelers.gateway.edge.EdgeSettings;

/**
 * The active keys this process has seen, by the hash of their secret, so that no database round trip sits on a
 * request's path. Unknown secrets are remembered too, so that one made-up key sent again and again does not reach
 * the database; many different ones are held off by the limit on unknown keys per address. A revocation or a change
 * of a key's origins or limits takes effect at once in the process that made it and within
 * {@code gateway.api-keys.cache-ttl} (default 30 s) in every other process; the end of a rotation's overlap is
 * checked on each use.
 */
@Singleton
public class PartnerKeyCache {

    private final AsyncLoadingCache<ByteBuffer, Optional<KeyMatch>> keys;

    PartnerKeyCache(ApiKeyStore store, Vertx vertx, EdgeSettings settings) {
        this.keys = Caffeine.newBuilder()
                .expireAfterWrite(settings.apiKeys().cacheTtl())
                .maximumSize(100_000)
                .buildAsync((hash, executor) -> vertx.executeBlocking(() -> store.findActive(hash.array()), false)
                        .toCompletionStage().toCompletableFuture());
    }

    /** The active key with this secret, or empty; complete at once when the secret was seen within the TTL. */
    public CompletableFuture<Optional<KeyMatch>> find(String secret) {
        return keys.get(ByteBuffer.wrap(ApiKeySecrets.hash(secret)));
    }

    /** The key with this secret if this process holds it already as active; empty says nothing either way. */
    public Optional<KeyMatch> knownAlready(String secret) {
        CompletableFuture<Optional<KeyMatch>> cached = keys.getIfPresent(ByteBuffer.wrap(ApiKeySecrets.hash(secret)));
        return cached != null && cached.isDone() && !cached.isCompletedExceptionally() ? cached.join()
                : Optional.empty();
    }

    /** Changes to keys are rare; forgetting every key is simpler than finding the one by its secret's hash. */
    void forgetAll() {
        keys.synchronous().invalidateAll();
    }
}
