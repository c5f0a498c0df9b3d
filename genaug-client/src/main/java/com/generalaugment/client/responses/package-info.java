/**
 * Responses: {@link com.generalaugment.client.responses.ResponseService}, its parameters, replies,
 * streams and structured output.
 */
@NullMarked
package com.generalaugment.client.responses;

import org.jspecify.annotations.NullMarked;
