package com.generalaugment.sample;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java snippet of the README compiles against this build, so the page a new user copies from
 * cannot drift from the API. Each snippet is compiled as it stands — a whole file, a class, {@code @Bean}
 * methods, or statements — with the imports a reader's IDE would add and the few names the README
 * leaves to the reader's own code ({@code key}, {@code yaml}, {@code log}, …) declared around it.
 */
class ReadmeSnippetsTests {

	private static final String IMPORTS = """
			import java.nio.file.Files;
			import java.nio.file.Path;
			import java.time.*;
			import java.util.*;
			import com.fasterxml.jackson.annotation.*;
			import com.generalaugment.client.*;
			import com.generalaugment.client.admin.*;
			import com.generalaugment.client.error.*;
			import com.generalaugment.client.http.*;
			import com.generalaugment.client.memory.*;
			import com.generalaugment.client.observation.*;
			import com.generalaugment.client.responses.*;
			import com.generalaugment.client.verify.*;
			import com.generalaugment.mock.GenaugMockServer;
			import com.generalaugment.mock.junit.GenaugMockExtension;
			import com.generalaugment.spring.ai.GeneralAugmentChatOptions;
			import com.generalaugment.spring.autoconfigure.GenaugConnectionDetails;
			import com.generalaugment.spring.autoconfigure.GeneralAugmentClientCustomizer;
			import com.generalaugment.spring.test.AutoConfigureGenaugMock;
			import jakarta.servlet.DispatcherType;
			import org.junit.jupiter.api.Test;
			import org.junit.jupiter.api.extension.RegisterExtension;
			import org.springframework.ai.chat.client.ChatClient;
			import org.springframework.aot.hint.annotation.RegisterReflectionForBinding;
			import org.springframework.beans.factory.annotation.Autowired;
			import org.springframework.boot.test.context.SpringBootTest;
			import org.springframework.context.annotation.Bean;
			import org.springframework.context.annotation.Configuration;
			import org.springframework.security.config.Customizer;
			import org.springframework.security.config.annotation.web.builders.HttpSecurity;
			import org.springframework.security.config.http.SessionCreationPolicy;
			import org.springframework.security.web.SecurityFilterChain;
			import org.springframework.stereotype.Service;
			import tools.jackson.databind.JsonNode;
			import static com.github.tomakehurst.wiremock.client.WireMock.*;
			import static org.assertj.core.api.Assertions.assertThat;
			""";

	// What the README's statements take from the reader's own code.
	private static final String READERS_CODE = """
				GeneralAugmentClient client;
				AdminClient admin;
				String key;
				String yaml;
				String soulMarkdown;
				String skillMarkdown;
				String memoryId;
				ResponseCreateParams request;
				org.slf4j.Logger log;
				void retryLater(Object... details) {
				}
				void showUpgrade() {
				}
				void fallBack() {
				}
			""";

	@Test
	void everyJavaSnippetOfTheReadmeCompiles(@TempDir Path classes) throws IOException {
		List<Snippet> snippets = snippets(Path.of("..", "README.md"));
		assertThat(snippets).as("java snippets in the README").hasSizeGreaterThan(20);
		List<JavaFileObject> sources = new ArrayList<>();
		for (Snippet snippet : snippets) {
			sources.add(new Source(snippet));
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		boolean compiled = compiler
			.getTask(null, null, diagnostics, List.of("-proc:none", "-classpath", System.getProperty("java.class.path"),
					"-d", classes.toString()), null, sources)
			.call();
		List<String> errors = diagnostics.getDiagnostics()
			.stream()
			.filter((diagnostic) -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
			.map((diagnostic) -> ((Source) diagnostic.getSource()).snippet.describe() + ": "
					+ diagnostic.getMessage(Locale.ROOT))
			.toList();
		assertThat(errors).as("README snippets that do not compile").isEmpty();
		assertThat(compiled).isTrue();
	}

	private static List<Snippet> snippets(Path readme) throws IOException {
		List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
		List<Snippet> snippets = new ArrayList<>();
		StringBuilder code = null;
		int start = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (code == null && line.equals("```java")) {
				code = new StringBuilder();
				start = i + 2;
			}
			else if (code != null && line.equals("```")) {
				snippets.add(new Snippet(snippets.size() + 1, start, code.toString()));
				code = null;
			}
			else if (code != null) {
				code.append(line).append('\n');
			}
		}
		return snippets;
	}

	/** One fenced {@code java} block, and where it starts in the README. */
	private record Snippet(int number, int line, String code) {

		// A class at the start of a line (not a local record or enum among statements) makes a whole file.
		private static final Pattern TOP_LEVEL_CLASS = Pattern.compile("(?m)^(@\\w+\\s+)*class \\w+");

		String packageName() {
			return "readme.snippet" + this.number;
		}

		String describe() {
			return "snippet " + this.number + " (README line " + this.line + ")";
		}

		/** The snippet as a compilation unit of its own package. */
		String compilationUnit() {
			String pkg = "package " + packageName() + ";\n";
			String trimmed = this.code.strip();
			if (trimmed.startsWith("import ")) {
				return pkg + this.code;
			}
			if (TOP_LEVEL_CLASS.matcher(this.code).find()) {
				return pkg + IMPORTS + this.code;
			}
			if (trimmed.startsWith("@Bean")) {
				return pkg + IMPORTS + "@Configuration\nclass Snippet {\n" + this.code + "\n}\n";
			}
			return pkg + IMPORTS + "abstract class Snippet {\n" + READERS_CODE + "\tvoid run() throws Exception {\n"
					+ this.code + "\n\t}\n}\n";
		}

	}

	private static final class Source extends SimpleJavaFileObject {

		private final Snippet snippet;

		Source(Snippet snippet) {
			super(URI.create("string:///" + snippet.packageName().replace('.', '/') + "/Snippet.java"), Kind.SOURCE);
			this.snippet = snippet;
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return this.snippet.compilationUnit();
		}

	}

}
