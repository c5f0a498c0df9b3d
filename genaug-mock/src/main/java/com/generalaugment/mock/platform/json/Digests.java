package com.generalaugment.mock.platform.json;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The hashes of contract §7: {@code sha256hex} of canonical JSON, and the UUID v5 behind
 * {@code general_augment_user_id}.
 */
public final class Digests {

	/** RFC 4122 namespace for URLs, the one Python's {@code uuid.NAMESPACE_URL} names. */
	private static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

	private Digests() {
	}

	/**
	 * Lowercase hex SHA-256 of the canonical JSON ({@link PyJson#canonical}) of a value.
	 *
	 * @param value the value
	 * @return 64 lowercase hex characters
	 */
	public static String sha256Hex(JsonNode value) {
		return HexFormat.of().formatHex(digest("SHA-256", PyJson.canonical(value).getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The platform's pseudonymous user id: UUID v5 in the URL namespace of
	 * {@code general-augment-local-mock:<userId>} (contract §7, Memory).
	 *
	 * @param userId the app-owned user id
	 * @return the UUID text, lowercase
	 */
	public static String generalAugmentUserId(String userId) {
		return uuidV5(NAMESPACE_URL, "general-augment-local-mock:" + userId).toString();
	}

	/**
	 * A name-based UUID, version 5 (SHA-1), per RFC 4122 §4.3. The JDK only offers version 3 (MD5).
	 *
	 * @param namespace the namespace UUID
	 * @param name the name, hashed as UTF-8
	 * @return the UUID
	 */
	static UUID uuidV5(UUID namespace, String name) {
		byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
		ByteBuffer input = ByteBuffer.allocate(16 + nameBytes.length);
		input.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits()).put(nameBytes);
		byte[] hash = digest("SHA-1", input.array());
		hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
		hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
		ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
		return new UUID(bits.getLong(), bits.getLong());
	}

	private static byte[] digest(String algorithm, byte[] input) {
		try {
			return MessageDigest.getInstance(algorithm).digest(input);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(algorithm + " is required by every Java platform", ex);
		}
	}

}
