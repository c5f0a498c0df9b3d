package com.generalaugment.mock.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Expected strings are Python 3's {@code json.dumps} / {@code repr} output. */
class PyJsonTests {

	@Test
	void floatsUsePythonRepr() {
		assertThat(PyJson.floatRepr(1.0)).isEqualTo("1.0");
		assertThat(PyJson.floatRepr(0.1)).isEqualTo("0.1");
		assertThat(PyJson.floatRepr(1e-05)).isEqualTo("1e-05");
		assertThat(PyJson.floatRepr(0.0001)).isEqualTo("0.0001");
		assertThat(PyJson.floatRepr(1e16)).isEqualTo("1e+16");
		assertThat(PyJson.floatRepr(1e15)).isEqualTo("1000000000000000.0");
		assertThat(PyJson.floatRepr(123.456)).isEqualTo("123.456");
		assertThat(PyJson.floatRepr(-0.0)).isEqualTo("-0.0");
		assertThat(PyJson.floatRepr(1.5e300)).isEqualTo("1.5e+300");
		assertThat(PyJson.floatRepr(Math.pow(2, 60))).isEqualTo("1.152921504606847e+18");
		assertThat(PyJson.floatRepr(2.0 / 3)).isEqualTo("0.6666666666666666");
	}

	@Test
	void canonicalSortsKeysEscapesNonAsciiAndKeepsIntegers() {
		var node = Json.parse("{\"b\":1,\"a\":[1.0,true,null],\"\u00e9\":\"caf\u00e9 \ud83d\ude00\\n\\u0001\"}"
			.getBytes(StandardCharsets.UTF_8));

		assertThat(PyJson.canonical(node))
			.isEqualTo("{\"a\":[1.0,true,null],\"b\":1,\"\\u00e9\":\"caf\\u00e9 \\ud83d\\ude00\\n\\u0001\"}");
		assertThat(PyJson.spaced(node)).startsWith("{\"a\": [1.0, true, null], \"b\": 1, ");
	}

	@Test
	void generalAugmentUserIdIsUuidV5InTheUrlNamespace() {
		assertThat(Digests.generalAugmentUserId("u1")).isEqualTo("bee49a75-c5bb-536d-95b3-6b1cc975216d");
	}

	@Test
	void pythonWhitespaceIncludesNoBreakSpace() {
		assertThat(PyText.split("a\u00a0b\u2003 c")).containsExactly("a", "b", "c");
		assertThat(PyText.strip("\u00a0 x \u0085")).isEqualTo("x");
	}

}
