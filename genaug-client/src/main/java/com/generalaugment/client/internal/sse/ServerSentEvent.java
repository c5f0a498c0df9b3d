package com.generalaugment.client.internal.sse;

/**
 * One Server-Sent Event exactly as received: its name and its data text.
 *
 * @param event the event name ({@code message} when the block named none)
 * @param data the data lines joined with {@code \n}
 */
public record ServerSentEvent(String event, String data) {
}
