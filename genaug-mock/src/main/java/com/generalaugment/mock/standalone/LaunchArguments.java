package com.generalaugment.mock.standalone;

import com.generalaugment.mock.GenaugMockOptions;
import org.jspecify.annotations.Nullable;

/**
 * The command line of the runnable jar.
 *
 * @param host the address to bind, default {@code 127.0.0.1}
 * @param port the port, default {@value GenaugMockOptions#DEFAULT_STANDALONE_PORT}; 0 picks a free one
 * @param quiet whether to skip the per-request log lines
 * @param help whether to print the usage and exit
 */
public record LaunchArguments(String host, int port, boolean quiet, boolean help) {

	/** The usage text printed by {@code --help} and after a bad argument. */
	public static final String USAGE = String.join(System.lineSeparator(),
			"Usage: java -jar genaug-mock.jar [--host HOST] [--port PORT] [--quiet] [--help]",
			"Runs a deterministic local mock of the General Augment v1 API.",
			"  --host HOST   address to bind (default 127.0.0.1)",
			"  --port PORT   port to listen on, 0 for a free port (default 8787)",
			"  --quiet       do not log each request",
			"  --help        print this help and exit");

	/**
	 * Parses the arguments; {@code --name value} and {@code --name=value} are both accepted.
	 *
	 * @param args the command-line arguments
	 * @return the parsed arguments
	 * @throws IllegalArgumentException for an unknown option, a missing value or a bad port
	 */
	public static LaunchArguments parse(String... args) {
		String host = "127.0.0.1";
		int port = GenaugMockOptions.DEFAULT_STANDALONE_PORT;
		boolean quiet = false;
		boolean help = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			int eq = arg.indexOf('=');
			String name = eq > 0 ? arg.substring(0, eq) : arg;
			String inlineValue = eq > 0 ? arg.substring(eq + 1) : null;
			switch (name) {
				case "--host" -> {
					host = inlineValue != null ? inlineValue : value(args, ++i, name);
					if (host.isBlank()) {
						throw new IllegalArgumentException("--host needs a value");
					}
				}
				case "--port" -> port = port(inlineValue != null ? inlineValue : value(args, ++i, name));
				case "--quiet", "-q" -> quiet = flag(name, inlineValue);
				case "--help", "-h" -> help = flag(name, inlineValue);
				default -> throw new IllegalArgumentException("Unknown option: " + arg);
			}
		}
		return new LaunchArguments(host, port, quiet, help);
	}

	/**
	 * The server options these arguments stand for.
	 *
	 * @return the options
	 */
	public GenaugMockOptions toOptions() {
		return GenaugMockOptions.builder().host(host).port(port).logRequests(!quiet).build();
	}

	private static String value(String[] args, int index, String name) {
		if (index >= args.length) {
			throw new IllegalArgumentException(name + " needs a value");
		}
		return args[index];
	}

	private static boolean flag(String name, @Nullable String inlineValue) {
		if (inlineValue != null) {
			throw new IllegalArgumentException(name + " takes no value");
		}
		return true;
	}

	private static int port(String text) {
		try {
			int port = Integer.parseInt(text.strip());
			if (port >= 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("--port must be a number from 0 to 65535, was: " + text);
	}

}
