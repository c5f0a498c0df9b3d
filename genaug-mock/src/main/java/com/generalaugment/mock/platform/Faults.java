package com.generalaugment.mock.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.node.IntNode;

/** The failure replies of the {@link MockScenario}s that answer without running the operation. */
final class Faults {

	private static final Duration DEFAULT_SLOW = Duration.ofSeconds(2);

	private Faults() {
	}

	/**
	 * The immediate failure a scenario asks for.
	 *
	 * @param delivery the request's delivery
	 * @return the failure reply, or empty when the operation should run
	 */
	static Optional<MockReply> immediate(Delivery delivery) {
		return delivery.scenario().flatMap(scenario -> switch (scenario) {
			case RATE_LIMIT -> Optional.of(rateLimited());
			case SERVER_ERROR -> Optional.of(ApiError.of(500, "internal_error", "Mock internal server error.").toReply());
			case UNAVAILABLE -> Optional.of(ApiError.of(503, "service_unavailable", "Mock service unavailable.")
				.withHeaders(Map.of("Retry-After", "1")).toReply());
			default -> Optional.empty();
		});
	}

	/**
	 * The reply as the request's scenario delivers it: delayed for {@code slow}, unchanged otherwise.
	 *
	 * @param reply the normal reply
	 * @param delivery the request's delivery
	 * @return the reply to send
	 */
	static MockReply delayed(MockReply reply, Delivery delivery) {
		return delivery.is(MockScenario.SLOW) ? reply.withDelay(delivery.delayOr(DEFAULT_SLOW)) : reply;
	}

	private static MockReply rateLimited() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Retry-After", "1");
		headers.put("X-RateLimit-Limit", "60");
		headers.put("X-RateLimit-Remaining", "0");
		headers.put("X-RateLimit-Reset", "1");
		headers.put("X-RateLimit-Policy", "60;w=60");
		return ApiError.of(429, "rate_limited", "rate_limit_exceeded", "Mock rate limit exceeded.")
			.withField("retry_after", IntNode.valueOf(1))
			.withHeaders(headers)
			.toReply();
	}

}
