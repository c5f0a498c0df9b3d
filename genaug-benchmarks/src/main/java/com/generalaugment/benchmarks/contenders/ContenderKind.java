package com.generalaugment.benchmarks.contenders;

import java.util.function.Function;

/** The contenders, by the name the report gives them, the baseline first. */
public enum ContenderKind {

	/** A hand-written call: JDK {@code HttpClient} POST and a Jackson parse of the reply. */
	RAW("raw JDK HttpClient", RawJdkContender::new),

	/** This project's client, {@code GeneralAugmentClient}, with its defaults. */
	GENAUG("genaug-client", GenaugClientContender::new),

	/** OpenAI's Java SDK Responses client (OkHttp, Jackson 2, Kotlin) with its defaults. */
	OPENAI("openai-java", OpenAiJavaContender::new);

	private final String label;

	private final Function<String, Contender> factory;

	ContenderKind(String label, Function<String, Contender> factory) {
		this.label = label;
		this.factory = factory;
	}

	/** @return the name in reports */
	public String label() {
		return this.label;
	}

	/**
	 * Create this contender.
	 * @param baseUrl the upstream's base URL, without {@code /v1}
	 * @return the contender, to be closed
	 */
	public Contender create(String baseUrl) {
		return this.factory.apply(baseUrl);
	}

}
