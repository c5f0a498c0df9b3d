package com.generalaugment.spring.proxy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ProxyStateStore} shared by every instance through Redis, on Lettuce.
 *
 * <ul>
 * <li>Rate limits are Bucket4j buckets kept by its Lettuce proxy manager, expiring once full again.</li>
 * <li>Slots are leases: members of a sorted set per user and kind, scored by their expiry, taken by a
 * script that first drops expired members, and renewed while the call runs — so the slots of an instance
 * that dies come free within the lease time.</li>
 * <li>Response ownership is one key per user and response with the conversation TTL.</li>
 * <li>Token counts are one counter per user and UTC day, kept two days.</li>
 * </ul>
 *
 * <p>Every call waits at most {@code timeout} for Redis: Lettuce would otherwise queue commands while it
 * reconnects. After a failure the store stops sending for a second and answers
 * {@link ProxyStoreUnavailableException} at once, then tries again by itself; the connection is opened
 * without blocking a request. Keys start with the prefix, so several applications can share one Redis.
 */
public final class RedisProxyStateStore implements ProxyStateStore, AutoCloseable {

	// Short: long enough that a flood of failing requests sends almost nothing, short enough that the
	// proxy notices within a second that Redis is back.
	private static final Duration BACKOFF = Duration.ofSeconds(1);

	private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

	// Redis's own clock decides expiry, so instances whose clocks differ agree on it.
	private static final String ACQUIRE = """
			local t = redis.call('TIME')
			local now = t[1] * 1000 + math.floor(t[2] / 1000)
			redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
			if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
			  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
			  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) * 2)
			  return 1
			end
			return 0
			""";

	private static final String RENEW = """
			local t = redis.call('TIME')
			local now = t[1] * 1000 + math.floor(t[2] / 1000)
			if redis.call('ZSCORE', KEYS[1], ARGV[2]) then
			  redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[2])
			  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]) * 2)
			  return 1
			end
			return 0
			""";

	private static final byte[] ONE = { '1' };

	private final RedisClient client;

	private final RedisURI uri;

	private final ProxyLimits limits;

	private final String prefix;

	private final Duration timeout;

	private final Duration lease;

	private final Clock clock;

	private final String instanceId = UUID.randomUUID().toString();

	private final Set<Lease> leases = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService renewer;

	private final Object connectLock = new Object();

	private volatile @Nullable Connected connected;

	private @Nullable CompletableFuture<StatefulRedisConnection<String, byte[]>> connecting;

	private volatile long quietUntilNanos;

	private volatile @Nullable String lastError;

	private volatile @Nullable Instant downSince;

	/**
	 * A store on a Lettuce client. Connects at once, without waiting for the connection.
	 * @param client the Lettuce client (e.g. the native client of Spring Data Redis's connection factory)
	 * @param uri where Redis is
	 * @param limits the per-user limits
	 * @param settings the key prefix, call timeout and lease time
	 * @param clock the clock that says which UTC day it is, for token budgets
	 */
	public RedisProxyStateStore(RedisClient client, RedisURI uri, ProxyLimits limits, Settings settings, Clock clock) {
		this.client = client;
		this.uri = uri;
		this.limits = limits;
		this.prefix = settings.keyPrefix();
		this.timeout = settings.timeout();
		this.lease = settings.lease();
		this.clock = clock;
		this.renewer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "genaug-proxy-lease-renewer");
			thread.setDaemon(true);
			return thread;
		});
		long period = Math.max(1, this.lease.toMillis() / 3);
		this.renewer.scheduleWithFixedDelay(this::renewAll, period, period, TimeUnit.MILLISECONDS);
		startConnecting();
	}

	@Override
	public Duration tryConsume(String userId) {
		if (this.limits.requestsPerMinute() <= 0) {
			return Duration.ZERO;
		}
		Connected redis = redis();
		ConsumptionProbe probe = await(redis.buckets()
			.builder()
			.build(key("rate", userId), redis.bucketConfiguration())
			.tryConsumeAndReturnRemaining(1), "rate limit");
		if (probe == null) {
			throw unavailable("Redis answered the rate limit call with nothing", null);
		}
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
	}

	@Override
	public @Nullable ProxyLease tryAcquire(ProxySlot slot, String userId) {
		int max = this.limits.max(slot);
		if (max <= 0) {
			return ProxyLease.NONE;
		}
		String key = key("slots:" + slot.name().toLowerCase(Locale.ROOT), userId);
		String member = this.instanceId + ":" + UUID.randomUUID();
		Long taken = await(redis().commands()
			.<Long>eval(ACQUIRE, ScriptOutputType.INTEGER, new String[] { key }, bytes(String.valueOf(max)),
					bytes(String.valueOf(this.lease.toMillis())), bytes(member)), "slot");
		if (taken == null || taken != 1L) {
			return null;
		}
		Lease held = new Lease(key, member);
		this.leases.add(held);
		return held;
	}

	// Waited for: the user may continue the conversation on another instance as soon as the reply arrives.
	@Override
	public void rememberResponse(String userId, String responseId) {
		await(redis().commands().set(key("response", userId) + ":" + encode(responseId), ONE,
				SetArgs.Builder.px(this.limits.conversationTtl().toMillis())), "conversation");
	}

	@Override
	public boolean ownsResponse(String userId, String responseId) {
		Long found = await(redis().commands().exists(key("response", userId) + ":" + encode(responseId)), "conversation");
		return found != null && found > 0;
	}

	@Override
	public long tokensToday(String userId) {
		byte[] value = await(redis().commands().get(tokensKey(userId)), "token budget");
		if (value == null) {
			return 0;
		}
		try {
			return Long.parseLong(new String(value, StandardCharsets.US_ASCII));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	@Override
	public void addTokens(String userId, long tokens) {
		if (tokens <= 0) {
			return;
		}
		// Not waited for: the count only decides later calls, and a budget is a bound, not an invoice.
		RedisAsyncCommands<String, byte[]> commands = redis().commands();
		String key = tokensKey(userId);
		unawaited(commands.incrby(key, tokens), "token budget");
		// Kept past the day's end so a clock a little behind still counts into the right day.
		unawaited(commands.expire(key, Duration.ofDays(2)), "token budget");
	}

	@Override
	public ProxyStoreStatus status() {
		String error = this.lastError;
		if (error == null && this.connected != null) {
			return ProxyStoreStatus.up("redis", "");
		}
		return new ProxyStoreStatus("redis", false, "", (error != null) ? error : "connecting to Redis", this.downSince);
	}

	/** Stop renewing leases and close the store's own connection (not the client, which is the app's). */
	@Override
	public void close() {
		this.renewer.shutdownNow();
		Connected redis = this.connected;
		if (redis != null) {
			redis.connection().closeAsync();
		}
		synchronized (this.connectLock) {
			if (this.connecting != null) {
				this.connecting.thenAccept(StatefulRedisConnection::closeAsync);
			}
		}
	}

	private Connected redis() {
		Connected redis = this.connected;
		if (System.nanoTime() - this.quietUntilNanos < 0) {
			throw new ProxyStoreUnavailableException(describeDown());
		}
		if (redis != null) {
			return redis;
		}
		startConnecting();
		throw unavailable("Redis is not connected yet", null);
	}

	private void startConnecting() {
		synchronized (this.connectLock) {
			if (this.connected != null || (this.connecting != null && !this.connecting.isDone())) {
				return;
			}
			this.connecting = this.client.connectAsync(CODEC, this.uri).toCompletableFuture();
			this.connecting.whenComplete((connection, failure) -> {
				if (connection != null) {
					this.connected = new Connected(connection, Bucket4jLettuce.casBasedBuilder(connection)
						.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
								Duration.ofSeconds(10)))
						.requestTimeout(this.timeout)
						.build()
						.asAsync(), bucketConfiguration());
					this.lastError = null;
					this.downSince = null;
				}
				else {
					failed("cannot connect to Redis: " + describe(failure));
				}
			});
		}
	}

	private CompletableFuture<BucketConfiguration> bucketConfiguration() {
		int rate = Math.max(1, this.limits.requestsPerMinute());
		return CompletableFuture.completedFuture(
				BucketConfiguration.builder().addLimit(LocalRateBuckets.perMinute(rate)).build());
	}

	private <T> @Nullable T await(CompletionStage<T> call, String what) {
		CompletableFuture<T> future = call.toCompletableFuture();
		try {
			T value = future.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			this.lastError = null;
			this.downSince = null;
			return value;
		}
		catch (TimeoutException ex) {
			future.cancel(false);
			throw unavailable("Redis did not answer the " + what + " call within " + this.timeout.toMillis() + " ms", ex);
		}
		catch (ExecutionException ex) {
			throw unavailable("Redis refused the " + what + " call: " + describe(ex.getCause()), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable("interrupted while waiting for Redis", ex);
		}
	}

	private void unawaited(CompletionStage<?> call, String what) {
		call.whenComplete((value, failure) -> {
			if (failure != null) {
				failed("Redis refused the " + what + " call: " + describe(failure));
			}
		});
	}

	private ProxyStoreUnavailableException unavailable(String message, @Nullable Throwable cause) {
		failed(message);
		return (cause != null) ? new ProxyStoreUnavailableException(message, cause) : new ProxyStoreUnavailableException(message);
	}

	private void failed(String message) {
		this.lastError = message;
		if (this.downSince == null) {
			this.downSince = this.clock.instant();
		}
		this.quietUntilNanos = System.nanoTime() + BACKOFF.toNanos();
	}

	private String describeDown() {
		String error = this.lastError;
		return (error != null) ? error : "Redis is not answering";
	}

	private static String describe(@Nullable Throwable failure) {
		if (failure == null) {
			return "unknown failure";
		}
		Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	private void renewAll() {
		Connected redis = this.connected;
		if (redis == null || this.leases.isEmpty()) {
			return;
		}
		for (Lease held : this.leases) {
			// Fire and forget: a renewal lost to an outage lets the slot expire, which is what an outage
			// should do to slots nobody can see.
			redis.commands()
				.<Long>eval(RENEW, ScriptOutputType.INTEGER, new String[] { held.key() },
						bytes(String.valueOf(this.lease.toMillis())), bytes(held.member()));
		}
	}

	private String tokensKey(String userId) {
		return key("tokens", userId) + ":" + LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	// User ids are the application's: encoded, no id can reach into another user's keys.
	private String key(String kind, String userId) {
		return this.prefix + kind + ":" + encode(userId);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * How the store uses Redis.
	 * @param keyPrefix what every key starts with, e.g. {@code genaug:proxy:}
	 * @param timeout the most time one call waits for Redis
	 * @param lease how long a slot outlives an instance that stopped renewing it
	 */
	public record Settings(String keyPrefix, Duration timeout, Duration lease) {

		/**
		 * @param keyPrefix what every key starts with
		 * @param timeout the most time one call waits for Redis
		 * @param lease how long a slot outlives an instance that stopped renewing it
		 */
		public Settings {
			if (timeout.isNegative() || timeout.isZero() || lease.compareTo(Duration.ofSeconds(1)) < 0) {
				throw new IllegalArgumentException("timeout must be positive and lease at least 1s");
			}
		}

	}

	private record Connected(StatefulRedisConnection<String, byte[]> connection, AsyncProxyManager<String> buckets,
			CompletableFuture<BucketConfiguration> bucketConfigurationFuture) {

		RedisAsyncCommands<String, byte[]> commands() {
			return this.connection.async();
		}

		Supplier<CompletableFuture<BucketConfiguration>> bucketConfiguration() {
			return () -> this.bucketConfigurationFuture;
		}

	}

	private final class Lease implements ProxyLease {

		private final String key;

		private final String member;

		private final AtomicBoolean released = new AtomicBoolean();

		Lease(String key, String member) {
			this.key = key;
			this.member = member;
		}

		String key() {
			return this.key;
		}

		String member() {
			return this.member;
		}

		@Override
		public void release() {
			if (!this.released.compareAndSet(false, true)) {
				return;
			}
			leases.remove(this);
			Connected redis = connected;
			if (redis != null) {
				// Not awaited: if Redis does not take it, the lease expires by itself.
				redis.commands().zrem(this.key, bytes(this.member));
			}
		}

	}

}
