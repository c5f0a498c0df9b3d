package com.generalaugment.benchmarks.proxy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The class paths of the benchmark app, from what the build left in {@code target/}: the app's jar
 * ({@code genaug-benchmarks-app.jar}), the dependencies in {@code lib/} and Maven's verbose dependency
 * tree ({@code lib/dependency-tree.txt}), which says which dependency brought which jar. The peers' jars
 * (openai-java, JMH) never go on the app's class path; part 5 also leaves off every jar that only
 * {@code genaug-spring-boot-starter} needs.
 */
public final class Classpaths {

	private static final String STARTER = "com.generalaugment:genaug-spring-boot-starter";

	private static final Set<String> PEERS = Set.of("com.openai:openai-java", "org.openjdk.jmh:jmh-core");

	private final Path appJar;

	private final Path lib;

	private final Set<String> appJars;

	private final Set<String> starterJars;

	private Classpaths(Path appJar, Path lib, Set<String> appJars, Set<String> starterJars) {
		this.appJar = appJar;
		this.lib = lib;
		this.appJars = appJars;
		this.starterJars = starterJars;
	}

	/**
	 * Read the class paths next to the module's jars.
	 * @param targetDir the folder holding {@code genaug-benchmarks.jar}
	 * @return the class paths
	 */
	public static Classpaths in(Path targetDir) {
		Path lib = targetDir.resolve("lib");
		Path appJar = targetDir.resolve("genaug-benchmarks-app.jar");
		Path tree = lib.resolve("dependency-tree.txt");
		if (!Files.isRegularFile(appJar) || !Files.isRegularFile(tree)) {
			throw new IllegalStateException("Build the module first: ./mvnw -pl genaug-benchmarks -am package -DskipTests"
					+ " (missing " + appJar + " or " + tree + ")");
		}
		try {
			DependencyGraph graph = DependencyGraph.parse(Files.readAllLines(tree));
			Set<String> app = new HashSet<>();
			Set<String> starter = graph.closure(Set.of(STARTER));
			for (String root : graph.roots) {
				if (!root.equals(STARTER) && !PEERS.contains(root)) {
					app.addAll(graph.closure(Set.of(root)));
				}
			}
			Set<String> starterOnly = new LinkedHashSet<>(starter);
			starterOnly.removeAll(app);
			Set<String> withStarter = new LinkedHashSet<>(app);
			withStarter.addAll(starter);
			return new Classpaths(appJar, lib, graph.jars(withStarter), graph.jars(starterOnly));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the app's class path with the starter */
	public String withStarter() {
		return join(false);
	}

	/** @return the same class path without the jars only the starter needs */
	public String withoutStarter() {
		return join(true);
	}

	/** @return the file names of the jars only the starter needs */
	public Set<String> starterJars() {
		return this.starterJars;
	}

	private String join(boolean withoutStarter) {
		List<String> entries = new ArrayList<>();
		entries.add(this.appJar.toString());
		for (String jar : this.appJars) {
			if (Files.isRegularFile(this.lib.resolve(jar)) && !(withoutStarter && this.starterJars.contains(jar))) {
				entries.add(this.lib.resolve(jar).toString());
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * The edges of {@code mvn dependency:tree -Dverbose} output. A jar omitted as a duplicate in one place
	 * is expanded in another, so the closure of a dependency follows edges wherever they were listed.
	 */
	static final class DependencyGraph {

		private final List<String> roots = new ArrayList<>();

		private final Map<String, Set<String>> children = new HashMap<>();

		private final Map<String, String> jarNames = new HashMap<>();

		static DependencyGraph parse(List<String> lines) {
			DependencyGraph graph = new DependencyGraph();
			Deque<String> parents = new ArrayDeque<>();
			for (String line : lines.subList(1, lines.size())) {
				int start = 0;
				while (start < line.length() && " |+-\\".indexOf(line.charAt(start)) >= 0) {
					start++;
				}
				int depth = start / 3;
				String node = line.substring(start);
				boolean omitted = node.startsWith("(");
				String[] coordinates = node.replace("(", "").split(" ")[0].split(":");
				String key = coordinates[0] + ":" + coordinates[1];
				while (parents.size() >= depth) {
					parents.pop();
				}
				if (parents.isEmpty()) {
					graph.roots.add(key);
				}
				else {
					graph.children.computeIfAbsent(parents.peek(), (parent) -> new LinkedHashSet<>()).add(key);
				}
				// An omitted duplicate names the version that won; its expanded twin may sit in a scope
				// the tree filtered out (jspecify under a test dependency, for one).
				if (!omitted || !graph.jarNames.containsKey(key)) {
					graph.jarNames.put(key, jarName(coordinates));
				}
				parents.push(key);
			}
			return graph;
		}

		Set<String> closure(Set<String> from) {
			Set<String> seen = new LinkedHashSet<>();
			Deque<String> pending = new ArrayDeque<>(from);
			while (!pending.isEmpty()) {
				String next = pending.pop();
				if (seen.add(next)) {
					pending.addAll(this.children.getOrDefault(next, Set.of()));
				}
			}
			return seen;
		}

		Set<String> jars(Set<String> artifacts) {
			Set<String> jars = new LinkedHashSet<>();
			for (String artifact : artifacts) {
				String jar = this.jarNames.get(artifact);
				if (jar != null && jar.endsWith(".jar")) {
					jars.add(jar);
				}
			}
			return jars;
		}

		/** {@code g:a:type[:classifier]:version:scope} to {@code a-version[-classifier].type}. */
		private static String jarName(String[] parts) {
			boolean classified = parts.length >= 6;
			String version = classified ? parts[4] : parts[3];
			return parts[1] + "-" + version + (classified ? "-" + parts[3] : "") + "." + parts[2];
		}

	}

}
