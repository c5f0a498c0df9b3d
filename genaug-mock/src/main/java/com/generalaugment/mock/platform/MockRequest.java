package com.generalaugment.mock.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the simulated platform sees it, independent of the server that received it.
 *
 * @param method the HTTP method, upper case
 * @param path the raw (still percent-encoded) path, without the query
 * @param query the decoded query parameters; blank values are dropped, as Python's {@code parse_qs} does
 * @param headers the headers, looked up case-insensitively
 * @param body the body bytes, empty when there is none
 */
public record MockRequest(String method, String path, Map<String, List<String>> query,
		Map<String, List<String>> headers, byte[] body) {

	private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+(.*)");

	/**
	 * Normalises the components: copies the maps, makes header lookups case-insensitive.
	 *
	 * @param method the HTTP method
	 * @param path the raw path
	 * @param query the query parameters
	 * @param headers the headers
	 * @param body the body, {@code null} for none
	 */
	public MockRequest {
		Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> caseInsensitive.merge(name, List.copyOf(values), MockRequest::concat));
		headers = Collections.unmodifiableMap(caseInsensitive);
		query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
		body = body == null ? new byte[0] : body;
	}

	/**
	 * Builds a request from a raw request target such as {@code /v1/responses?x=1}.
	 *
	 * @param method the HTTP method
	 * @param target the raw path and query
	 * @param headers the headers
	 * @param body the body, {@code null} for none
	 * @return the request
	 */
	public static MockRequest of(String method, String target, Map<String, List<String>> headers, byte[] body) {
		int queryStart = target.indexOf('?');
		String path = queryStart < 0 ? target : target.substring(0, queryStart);
		String rawQuery = queryStart < 0 ? "" : target.substring(queryStart + 1);
		return new MockRequest(method.toUpperCase(Locale.ROOT), path, parseQuery(rawQuery), headers, body);
	}

	/**
	 * The first value of a header.
	 *
	 * @param name the header name, any case
	 * @return the value, or {@code null} when the header is absent
	 */
	public @Nullable String header(String name) {
		List<String> values = headers.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/**
	 * The key of an {@code Authorization: Bearer <key>} header.
	 *
	 * @return the key, stripped; empty when the header is absent, not a bearer header or blank
	 */
	public String bearerToken() {
		String authorization = header("Authorization");
		if (authorization == null) {
			return "";
		}
		Matcher bearer = BEARER.matcher(authorization.strip());
		return bearer.matches() ? bearer.group(1).strip() : "";
	}

	/**
	 * The first value of a query parameter.
	 *
	 * @param name the parameter name
	 * @return the decoded value, or {@code null} when absent or blank
	 */
	public @Nullable String queryParam(String name) {
		List<String> values = query.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/**
	 * The path split at {@code /}, each segment percent-decoded on its own, so that an encoded {@code %2F}
	 * stays inside its segment (contract §1: {@code proj%2F1} is the one id {@code proj/1}).
	 *
	 * @return the decoded segments, without the empty one before the leading slash
	 */
	public List<String> segments() {
		List<String> segments = new ArrayList<>();
		for (String raw : path.split("/", -1)) {
			segments.add(decode(raw, false));
		}
		if (!segments.isEmpty() && segments.get(0).isEmpty()) {
			segments.remove(0);
		}
		return segments;
	}

	private static Map<String, List<String>> parseQuery(String rawQuery) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		for (String pair : rawQuery.split("&")) {
			int eq = pair.indexOf('=');
			String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
			if (!name.isEmpty() && !value.isEmpty()) {
				query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
			}
		}
		query.replaceAll((name, values) -> List.copyOf(values));
		return query;
	}

	/**
	 * Percent-decodes like Python's {@code unquote} (invalid escapes stay as they are, bad UTF-8 becomes
	 * U+FFFD). Unlike {@code URLDecoder}, {@code +} means space only in the query.
	 */
	private static String decode(String text, boolean plusIsSpace) {
		if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '%' && i + 2 < text.length()
					&& Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
				bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
				i += 3;
				continue;
			}
			flush(bytes, out);
			out.append(plusIsSpace && c == '+' ? ' ' : c);
			i++;
		}
		flush(bytes, out);
		return out.toString();
	}

	private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
		if (bytes.size() > 0) {
			out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
			bytes.reset();
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

}
