/**
 * The Server-Sent Events reader under response streams. Internal: not part of the public API.
 */
@NullMarked
package com.generalaugment.client.internal.sse;

import org.jspecify.annotations.NullMarked;
