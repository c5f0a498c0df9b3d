package com.generalaugment.mock.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Matches a request to a route by method and path template ({@code /api/v1/admin/projects/{project}}).
 * Templates match whole decoded segments, so an encoded {@code /} inside an id never splits it.
 */
final class Router {

	/** An endpoint method. */
	@FunctionalInterface
	interface Handler {

		MockReply handle(Call call);

	}

	record Route(String method, List<String> template, Access access, Handler handler) {
	}

	record Match(Route route, Map<String, String> params) {
	}

	private final List<Route> routes = new ArrayList<>();

	Router add(String method, String template, Access access, Handler handler) {
		List<String> segments = List.of(template.substring(1).split("/"));
		routes.add(new Route(method, segments, access, handler));
		return this;
	}

	Optional<Match> match(MockRequest request) {
		List<String> segments = request.segments();
		for (Route route : routes) {
			if (!route.method().equals(request.method()) || route.template().size() != segments.size()) {
				continue;
			}
			Map<String, String> params = bind(route.template(), segments);
			if (params != null) {
				return Optional.of(new Match(route, params));
			}
		}
		return Optional.empty();
	}

	private static @Nullable Map<String, String> bind(List<String> template, List<String> segments) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < template.size(); i++) {
			String part = template.get(i);
			if (part.startsWith("{") && part.endsWith("}")) {
				if (segments.get(i).isEmpty()) {
					return null;
				}
				params.put(part.substring(1, part.length() - 1), segments.get(i));
			}
			else if (!part.equals(segments.get(i))) {
				return null;
			}
		}
		return params;
	}

}
