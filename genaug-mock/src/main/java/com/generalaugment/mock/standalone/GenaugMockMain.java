package com.generalaugment.mock.standalone;

import java.io.PrintStream;

import com.generalaugment.mock.GenaugMockServer;

/**
 * The runnable jar's entry point: {@code java -jar genaug-mock.jar --port 8787}. It prints
 * {@code General Augment mock listening on http://127.0.0.1:8787} once ready and runs until the process is
 * stopped (Ctrl-C). Exit status 2 for bad arguments, 1 when the server cannot start.
 */
public final class GenaugMockMain {

	private GenaugMockMain() {
	}

	/**
	 * Starts the mock.
	 *
	 * @param args the command line, see {@link LaunchArguments#USAGE}
	 */
	public static void main(String[] args) {
		LaunchArguments arguments;
		try {
			arguments = LaunchArguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(LaunchArguments.USAGE);
			System.exit(2);
			return;
		}
		if (arguments.help()) {
			System.out.println(LaunchArguments.USAGE);
			return;
		}
		GenaugMockServer server;
		try {
			server = launch(arguments, System.out);
		}
		catch (RuntimeException ex) {
			System.err.println("Could not start the General Augment mock on " + arguments.host() + ":"
					+ arguments.port() + ": " + ex.getMessage());
			System.exit(1);
			return;
		}
		// Jetty's threads are not daemons: the JVM keeps serving until it is told to stop.
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "genaug-mock-shutdown"));
	}

	/**
	 * Starts a mock for parsed arguments and announces its base URL.
	 *
	 * @param arguments the arguments
	 * @param out where to print the announcement
	 * @return the running mock; the caller stops it
	 */
	static GenaugMockServer launch(LaunchArguments arguments, PrintStream out) {
		GenaugMockServer server = GenaugMockServer.start(arguments.toOptions());
		out.println("General Augment mock listening on " + server.baseUrl());
		out.flush();
		return server;
	}

}
