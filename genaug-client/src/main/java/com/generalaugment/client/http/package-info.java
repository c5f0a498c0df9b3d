/**
 * The sender SPI: how the SDK's HTTP exchanges go out. {@link com.generalaugment.client.http.JdkHttpSender}
 * (the JDK {@code HttpClient}) is the default; an application can send through another HTTP stack by
 * implementing {@link com.generalaugment.client.http.HttpSender} — the Spring Boot starter does so to
 * send through a {@code RestClient} with the application's interceptors and observations. Retries,
 * typed errors, listeners and the SDK's headers stay in the client, above the sender.
 */
@NullMarked
package com.generalaugment.client.http;

import org.jspecify.annotations.NullMarked;
