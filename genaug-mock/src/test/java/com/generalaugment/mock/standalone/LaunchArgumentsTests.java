package com.generalaugment.mock.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LaunchArgumentsTests {

	@Test
	void defaults() {
		assertThat(LaunchArguments.parse()).isEqualTo(new LaunchArguments("127.0.0.1", 8787, false, false));
	}

	@Test
	void separateAndInlineValues() {
		assertThat(LaunchArguments.parse("--port", "9000", "--host=0.0.0.0", "--quiet"))
			.isEqualTo(new LaunchArguments("0.0.0.0", 9000, true, false));
		assertThat(LaunchArguments.parse("--port=0", "--help").help()).isTrue();
	}

	@Test
	void badArguments() {
		assertThatIllegalArgumentException().isThrownBy(() -> LaunchArguments.parse("--port")).withMessageContaining("needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> LaunchArguments.parse("--port", "http")).withMessageContaining("--port");
		assertThatIllegalArgumentException().isThrownBy(() -> LaunchArguments.parse("--port", "70000"));
		assertThatIllegalArgumentException().isThrownBy(() -> LaunchArguments.parse("--verbose")).withMessageContaining("Unknown option");
		assertThatIllegalArgumentException().isThrownBy(() -> LaunchArguments.parse("--quiet=yes"));
	}

	@Test
	void optionsFollowTheArguments() {
		var options = LaunchArguments.parse("--port", "0", "--quiet").toOptions();

		assertThat(options.port()).isZero();
		assertThat(options.host()).isEqualTo("127.0.0.1");
		assertThat(options.logRequests()).isFalse();
	}

}
