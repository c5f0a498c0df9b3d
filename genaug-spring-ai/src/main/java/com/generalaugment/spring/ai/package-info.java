/**
 * Spring AI for General Augment: {@link com.generalaugment.spring.ai.GeneralAugmentChatModel}, a
 * {@code ChatModel} and {@code StreamingChatModel} over the SDK's Responses calls, and its options.
 */
@NullMarked
package com.generalaugment.spring.ai;

import org.jspecify.annotations.NullMarked;
