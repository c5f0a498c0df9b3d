package com.generalaugment.spring.proxy;

import java.time.Duration;
import java.util.List;

import org.springframework.util.unit.DataSize;

/**
 * The proxy's checks and timings, as plain values (the auto-configuration reads them from
 * {@code genaug.proxy.*}).
 *
 * @param maxBodySize the largest accepted request body
 * @param maxInputChars the most characters of input text, and of instructions
 * @param maxMetadataEntries the most metadata entries of a request
 * @param maxMetadataKeyChars the longest metadata key
 * @param maxMetadataValueChars the longest metadata value
 * @param allowInstructions whether the client's instructions (and system/developer messages) pass
 * @param model the model tier sent unless the client asks for one of {@code allowedModels}
 * @param allowedModels the model tiers a client may choose
 * @param stripMetadata the response metadata keys removed before a reply reaches the client
 * @param bodyReadTimeout the most time a request body may take to arrive
 * @param streamTimeout the longest time a streamed reply may stay open
 * @param heartbeatInterval the longest silence on a stream before a comment is written ({@code 0} = never)
 * @param errorFormat how error responses are written
 * @param tokensPerDay the most platform tokens per user and UTC day ({@code 0} = no budget)
 */
public record ProxySettings(DataSize maxBodySize, int maxInputChars, int maxMetadataEntries, int maxMetadataKeyChars,
		int maxMetadataValueChars, boolean allowInstructions, String model, List<String> allowedModels,
		List<String> stripMetadata, Duration bodyReadTimeout, Duration streamTimeout, Duration heartbeatInterval,
		ProxyErrorFormat errorFormat, long tokensPerDay) {

	/**
	 * Settings with copies of the lists.
	 * @param maxBodySize the largest accepted request body
	 * @param maxInputChars the most characters of input text, and of instructions
	 * @param maxMetadataEntries the most metadata entries of a request
	 * @param maxMetadataKeyChars the longest metadata key
	 * @param maxMetadataValueChars the longest metadata value
	 * @param allowInstructions whether the client's instructions pass
	 * @param model the default model tier
	 * @param allowedModels the model tiers a client may choose
	 * @param stripMetadata the response metadata keys removed
	 * @param bodyReadTimeout the most time a request body may take to arrive
	 * @param streamTimeout the longest time a streamed reply may stay open
	 * @param heartbeatInterval the longest silence on a stream before a comment is written
	 * @param errorFormat how error responses are written
	 * @param tokensPerDay the most platform tokens per user and UTC day
	 */
	public ProxySettings {
		allowedModels = List.copyOf(allowedModels);
		stripMetadata = List.copyOf(stripMetadata);
	}

}
